#!/bin/bash
# test-recovery-app.sh — the whole recovery path, as a person lives it:
# edit a review in the real app, have it killed with SIGKILL, start again,
# restore what the dialog offers, save, and find the edit in the file.
#
# Usage: test-recovery-app.sh DEBRIEF EXAMPLE   (needs an X display and xdotool)
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

debrief=$1
example=$2
marker="Typed before the crash 7d2f"
tmp=$(mktemp -d)
trap 'kill -9 $(jobs -p) 2>/dev/null; rm -rf "$tmp"' EXIT

echo "1..6"
if [ -z "${DISPLAY:-}" ] || ! command -v xdotool >/dev/null; then
  for i in 1 2 3 4 5 6; do echo "ok $i # SKIP needs an X display and xdotool"; done
  exit 0
fi

# A private home, and a 1-second autosave through the real settings.
export XDG_STATE_HOME=$tmp/state XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache
export GSETTINGS_BACKEND=keyfile
mkdir -p "$XDG_CONFIG_HOME/glib-2.0/settings"
printf '[io/github/debrief/Debrief]\nautosave-interval=uint32 1\n' > "$XDG_CONFIG_HOME/glib-2.0/settings/keyfile"
cp "$example" "$tmp/review.debrief"
recovery=$XDG_STATE_HOME/debrief/recovery

check () {  # check N DESCRIPTION COMMAND…
  local n=$1 description=$2; shift 2
  if "$@"; then echo "ok $n - $description"; else echo "not ok $n - $description"; fi
}

wait_for_window () {  # wait_for_window PID [NAME]: prints the window id
  local id=""
  for _ in $(seq 1 100); do
    if [ -n "${2:-}" ]; then id=$(xdotool search --name "$2" 2>/dev/null | tail -1)
    else id=$(xdotool search --onlyvisible --pid "$1" 2>/dev/null | tail -1); fi
    [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 0.2
  done
  return 1
}

# 1. Edit in the app: select the first event, add one beside it, type.
"$debrief" "$tmp/review.debrief" &
pid=$!
window=$(wait_for_window $pid) || { echo "Bail out! the app showed no window"; exit 1; }
# The review is open once the title names it (a slow build takes a while).
window=$(wait_for_window $pid "Checkout latency") || { echo "Bail out! the review did not open"; exit 1; }
sleep 1
xdotool windowfocus --sync "$window" 2>/dev/null
xdotool key --clearmodifiers Home
sleep 0.3
xdotool key --clearmodifiers Insert
sleep 0.5
xdotool type --delay 20 "$marker"
# Autosave runs every second; a slow build (sanitizers) may take longer to
# type and write: wait for the copy to hold the whole text, up to 30 s.
for _ in $(seq 1 150); do grep -qs "$marker" $recovery/*.debrief && break; sleep 0.2; done
kill -9 $pid
wait $pid 2>/dev/null

check 1 "the killed app left a recovery copy with the edit" grep -q "$marker" $recovery/*.debrief
check 2 "the review file itself is untouched" bash -c "! grep -q '$marker' '$tmp/review.debrief'"

# 2. Start again: the dialog offers the copy; Enter restores it. An X
# server run without -noreset starts over when its last client goes, and
# refuses connections meanwhile: an app that could not connect is started
# again.
dialog=""
for attempt in 1 2 3; do
  "$debrief" &
  pid=$!
  sleep 1
  kill -0 $pid 2>/dev/null || continue
  dialog=$(wait_for_window $pid "Recover Unsaved Reviews")
  break
done
check 3 "the next start offers to restore" test -n "$dialog"
sleep 1
xdotool windowfocus --sync "$dialog" 2>/dev/null
xdotool key --clearmodifiers Return
sleep 2

# 3. The restored review is unsaved and shows the edit; saving writes it.
restored=$(xdotool search --name "^• " 2>/dev/null | tail -1)
check 4 "the restored review opens marked unsaved" test -n "$restored"
[ -n "$restored" ] && { xdotool windowfocus --sync "$restored" 2>/dev/null; xdotool key --clearmodifiers ctrl+s; }
for _ in $(seq 1 50); do grep -q "$marker" "$tmp/review.debrief" && break; sleep 0.2; done
check 5 "saving the restored review writes the edit to its file" grep -q "$marker" "$tmp/review.debrief"
sleep 1
check 6 "saving removes the recovery copy" bash -c "! ls $recovery/*.debrief >/dev/null 2>&1"
kill $pid 2>/dev/null
exit 0
