/* test-language-table.h — sentences and the hints they must (not) give
 *
 * Each expectation is "rule=phrase", separated by "|", in text order: the
 * phrase is the exact text the hint must cover, found in the sentence after
 * the previous expectation's start, so a hint that starts or ends one
 * character off fails. "" means no hint at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

typedef struct {
  const char *sentence;
  const char *expected;
} LanguageCase;

static const LanguageCase english_cases[] = {
  /* counterfactuals */
  { "Alice should have checked the replica lag.", "counterfactual=should have" },
  { "She could have rolled back sooner.", "counterfactual=could have" },
  { "It would have taken five minutes.", "counterfactual=would have" },
  { "Bob shouldn't have restarted the primary.", "counterfactual=shouldn't have" },
  { "Bob shouldn’t have restarted the primary.", "counterfactual=shouldn’t have" },
  { "Should've paged the DBA.", "counterfactual=Should've" },
  { "We COULD HAVE caught it in staging.", "counterfactual=COULD HAVE" },
  { "They should not have deployed on Friday.", "counterfactual=should not have" },
  { "The team ought to have waited.", "counterfactual=ought to have" },
  { "He would’ve seen the alert.", "counterfactual=would’ve" },
  { "We would have to restart every node.", "" },
  { "The runbook should say which flag to flip.", "" },
  { "It could be the cache.", "" },
  { "What would have helped support say more, sooner?", "" },
  { "How could we have known?", "" },
  { "Carol failed to notice the warning.", "failed-to=failed to" },
  { "The on-call fails to see alerts at night.", "failed-to=fails to" },
  { "Failing to escalate cost an hour.", "failed-to=Failing to" },
  { "Dave didn't check the dashboard.", "did-not=didn't check" },
  { "Dave did not check the dashboard.", "did-not=did not check" },
  { "She didn’t escalate.", "did-not=didn’t escalate" },
  { "The alert didn’t fire.", "" },
  { "That didn't fit, so I looked at the pods.", "" },
  { "If only we had paged earlier.", "if-only=If only" },
  { "If only someone had looked at the graph.", "if-only=If only" },
  { "If only the metrics had been on the dashboard.", "if-only=If only" },
  { "The alert fires if only the metrics endpoint fails.", "" },
  { "It pages if only one replica is down.", "" },
  { "Had she checked the logs, she would have seen the error.", "had-would=Had she checked the logs, she would|counterfactual=would have" },
  { "The deploy finished. Had we waited, the cache would be warm.", "had-would=Had we waited, the cache would" },
  { "He had coffee and went back to the incident.", "" },
  { "We had a plan; it would take an hour.", "" },
  /* judgements */
  { "That was a careless change.", "judgement=careless" },
  { "The config was edited carelessly.", "judgement=carelessly" },
  { "Sloppy review let it through.", "judgement=Sloppy" },
  { "The handover was negligent.", "judgement=negligent" },
  { "Gross negligence by the operator.", "judgement=negligence" },
  { "Restarting it was inappropriate.", "judgement=inappropriate" },
  { "It was a mistake to skip the canary.", "mistake=mistake" },
  { "Two mistakes were made.", "mistake=mistakes" },
  { "She was mistaken about the region.", "mistake=mistaken" },
  { "The job was mistakenly run twice.", "mistake=mistakenly" },
  { "Obviously the disk was full.", "obviously=Obviously" },
  { "He simply restarted the service.", "simply=simply" },
  { "She just restarted the pod.", "just=just" },
  { "Just roll it back.", "just=Just" },
  { "The alert fired just before the deploy.", "" },
  { "The job ran just after midnight.", "" },
  { "We use just-in-time compilation.", "" },
  { "Justice was not the point.", "" },
  { "The cache was justified by the load test.", "" },
  { "He adjusted the limit.", "" },
  { "It took just over five minutes.", "" },
  { "The first ticket just came in.", "" },
  { "The mistaking of hosts is common.", "" },
  /* blame */
  { "Root cause: human error.", "root-cause=Root cause|human-error=human error" },
  { "The outage was operator error.", "human-error=operator error" },
  { "We root-caused it to the pool size.", "root-cause=root-caused" },
  { "The root causes were several.", "root-cause=root causes" },
  { "The tree is deeply rooted.", "" },
  { "Root access was needed.", "" },
  { "It was the fault of the on-call engineer.", "fault-of=fault of" },
  { "Whose fault was it?", "fault-of=Whose fault" },
  { "Nobody was at fault.", "fault-of=at fault" },
  { "Who broke the build?", "who-broke=Who broke" },
  { "The error budget was spent.", "" },
  { "The operator restarted the pod.", "" },
  /* mechanistic hindsight */
  { "The obvious fix was to add an index.", "obvious-fix=The obvious fix" },
  { "She clearly should have asked.", "clearly-should=clearly should|counterfactual=should have" },
  { "The graph clearly showed the spike.", "" },
  /* traps: words that contain a phrase */
  { "He hurt his shoulder moving the rack.", "" },
  { "The shoulders of giants.", "" },
  { "Wouldn't it be nice.", "" },
  { "The justification was sound.", "" },
  { "The failover worked.", "" },
  { "Did the alert fire?", "" },
  { "Unjust blame hurts teams.", "" },
  { "The simplyfied config", "" },
  { "A faultless handover.", "" },
  { "Obviousness is a matter of hindsight.", "" },
  /* several in one text, and case */
  { "She SHOULD HAVE known; it was SLOPPY.", "counterfactual=SHOULD HAVE|judgement=SLOPPY" },
  { "He simply failed to look, obviously.", "simply=simply|failed-to=failed to|obviously=obviously" },
  { "could have, should have, would have", "counterfactual=could have|counterfactual=should have|counterfactual=would have" },
  { "Should have\nchecked; could\thave waited.", "counterfactual=Should have|counterfactual=could\thave" },
  /* non-ASCII before the phrase: offsets stay in bytes */
  { "Zoë’s shard — it should have failed over.", "counterfactual=should have" },
  { "🔥 the obvious fix 🔥", "obvious-fix=the obvious fix" },
  { "Naïve retries; careless.", "judgement=careless" },
  /* neutral descriptions */
  { "At 09:14 Alice saw replication lag climbing on orders-db.", "" },
  { "Bob believed the deploy was unrelated because the error rate was flat.", "" },
  { "The team decided to fail over to the replica.", "" },
  { "What made restarting look reasonable at the time?", "" },
  { "", "" },
};

static const LanguageCase german_cases[] = {
  { "Sie hätte den Alarm prüfen sollen.", "counterfactual=hätte" },
  { "Er hätte das sehen müssen.", "counterfactual=hätte" },
  { "Das wäre vermeidbar gewesen.", "counterfactual=wäre" },
  { "Das Team hat es versäumt, die Replik zu prüfen.", "failed-to=versäumt" },
  { "Wenn wir nur früher eskaliert hätten.", "if-only=Wenn wir nur" },
  { "Der Alarm feuert, wenn nur ein Replikat ausfällt.", "" },
  { "Das war menschliches Versagen.", "human-error=menschliches Versagen" },
  { "Die Grundursache war ein Bedienfehler.", "root-cause=Grundursache|human-error=Bedienfehler" },
  { "Das war fahrlässig und schlampig.", "judgement=fahrlässig|judgement=schlampig" },
  { "Er war schuld.", "fault-of=schuld" },
  { "Sie ist unschuldig.", "" },
  { "Offensichtlich war die Platte voll.", "obviously=Offensichtlich" },
  { "Er hat den Dienst einfach neu gestartet.", "just=einfach" },
  { "Die einfache Lösung wurde gewählt.", "" },
  { "Wer hat den Build kaputt gemacht?", "who-broke=Wer hat den Build kaputt gemacht" },
  { "Die offensichtliche Lösung war ein Index.", "obvious-fix=Die offensichtliche Lösung" },
  { "Um 09:14 sah Alice die Verzögerung der Replikation.", "" },
  { "", "" },
};
