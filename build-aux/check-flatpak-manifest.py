#!/usr/bin/env python3
"""check-flatpak-manifest.py MANIFEST — least privilege, as TAP: no network,
no file system access beyond what portals hand out (files are opened and
saved through the file chooser portal and the document portal), no session
or system bus beyond the defaults, no devices but the GPU."""
import json
import sys

manifest = json.load(open(sys.argv[1], encoding="utf-8"))
args = manifest.get("finish-args", [])
checks = [
    ("no network permission", not any(a.startswith("--share=network") for a in args)),
    ("no file system access (files through portals)", not any(a.startswith("--filesystem") for a in args)),
    ("no open talk to the session or system bus",
     not any(a.startswith(("--socket=session-bus", "--socket=system-bus", "--talk-name", "--system-talk-name"))
             for a in args)),
    ("no devices but the GPU", all(a == "--device=dri" for a in args if a.startswith("--device"))),
    ("the build itself needs no network",
     all("--share=network" not in " ".join(m.get("build-options", {}).get("build-args", []))
         for m in manifest.get("modules", []) if isinstance(m, dict))),
]
print(f"1..{len(checks)}")
failed = False
for n, (what, ok) in enumerate(checks, 1):
    print(f"{'ok' if ok else 'not ok'} {n} {what}")
    failed |= not ok
if failed:
    print("# finish-args: " + " ".join(args))
sys.exit(1 if failed else 0)
