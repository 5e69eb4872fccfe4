#!/usr/bin/env bash
# Debrief never opens a network socket. Every socket(2) call of the command
# line (validate, export, import) and of the app (opening the example on the
# test display for a few seconds) is traced with strace -f; the test fails
# on any socket of the internet families (AF_INET, AF_INET6) or a raw packet
# socket (AF_PACKET). Local sockets (AF_UNIX: D-Bus, the X server,
# Wayland) and AF_NETLINK (the kernel, not a network) are allowed and listed.
# TAP output; skipped (not passed) where strace cannot trace.
set -u
debrief=$1
example=$2
fixtures=$3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

if ! command -v strace >/dev/null || ! strace -f -o /dev/null true 2>/dev/null; then
  echo "1..0 # SKIP strace is missing or may not trace here"
  exit 0
fi
echo "1..5"
n=0

traced () {  # NAME COMMAND... — runs it under strace, keeping the log
  local name=$1; shift
  strace -f -qq -e trace=execve,socket,socketpair -o "$out/$name.trace" "$@" >"$out/$name.out" 2>&1
}

check () {  # NAME DESCRIPTION
  n=$((n + 1))
  local bad used
  bad=$(grep -E 'socket\((AF_INET|AF_INET6|AF_PACKET|PF_INET|PF_INET6|PF_PACKET)\b' "$out/$1.trace")
  used=$(grep -oE 'socket\(AF_[A-Z0-9]+' "$out/$1.trace" | sort | uniq -c | tr -s ' ' | tr '\n' ';')
  if ! grep -q execve "$out/$1.trace" 2>/dev/null; then
    echo "not ok $n $2 (no trace was written)"
  elif [ -n "$bad" ]; then
    echo "not ok $n $2: network sockets opened"; echo "$bad" | sed 's/^/# /'
  else
    echo "ok $n $2 (sockets:${used:- none})"
  fi
}

traced validate "$debrief" validate "$example"
check validate "debrief validate opens no network socket"
traced export "$debrief" export "$example" -o "$out/chart.pdf"
check export "debrief export opens no network socket"
traced import "$debrief" import "$fixtures/jsonl/app.jsonl" -o "$out/new.debrief"
check import "debrief import opens no network socket"
traced import-slack "$debrief" import "$fixtures/slack/export" -o "$out/slack.debrief"
check import-slack "debrief import of a Slack export opens no network socket"

n=$((n + 1))
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "ok $n the app opens no network socket # SKIP no display"
else
  state=$(mktemp -d -p "$out")
  XDG_STATE_HOME=$state strace -f -qq -e trace=execve,socket,socketpair -o "$out/app.trace" \
    timeout -s TERM 6 "$debrief" "$example" >"$out/app.out" 2>&1
  n=$((n - 1))
  check app "the app, opening and showing a review, opens no network socket"
fi
