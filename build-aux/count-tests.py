#!/usr/bin/env python3
"""Counts test cases over meson test logs: each TAP subtest counts once, a
test without TAP counts once. A skipped case (TAP "# SKIP", or a test that
exits 77) is neither passed nor failed: it is listed, with its reason, and
counted on a line of its own. Prints "N passed, N failed" as its last line
and exits non-zero when anything failed or a log is missing."""
import json
import re
import sys

passed = failed = 0
skipped = []
missing = []
for build in sys.argv[1:]:
    try:
        lines = open(f"{build}/meson-logs/testlog.json", encoding="utf-8").read().splitlines()
    except OSError:
        missing.append(build)
        continue
    for line in lines:
        test = json.loads(line)
        stdout = test.get("stdout") or ""
        skips = re.findall(r"^ok \d+ (.*?)\s*# SKIP\s*(.*)$", stdout, re.M)
        skipped += [f"{test['name']}: {case} ({why})" for case, why in skips]
        oks = len(re.findall(r"^ok \d+", stdout, re.M)) - len(skips)
        not_oks = len(re.findall(r"^not ok \d+", stdout, re.M))
        if oks or not_oks or skips:
            passed += oks
            failed += not_oks
            # A crash after some cases passed still fails the test.
            if test["result"] not in ("OK", "SKIP", "EXPECTEDFAIL") and not_oks == 0:
                failed += 1
        elif test["result"] in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif test["result"] == "SKIP":
            skipped.append(f"{test['name']}: skipped")
        else:
            failed += 1

for line in skipped:
    print(f"skipped: {line}")
print(f"{len(skipped)} skipped")
for build in missing:
    print(f"{build}: no test log (the build failed)")
    failed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
