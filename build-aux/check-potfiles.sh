#!/usr/bin/env bash
# Every file with translatable strings must be listed in po/POTFILES.in,
# and every file listed there must exist. Run by `meson test`.
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
marked=$( {
  grep -rlE '(^|[^A-Za-z0-9_])(N?_|C_|NC_|ngettext) ?\(' src --include='*.c' || true
  grep -rl 'translatable="yes"' src --include='*.ui' || true
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml 2>/dev/null || true
} | sort -u)

status=0
for file in $marked; do
  if ! grep -qxF "$file" <<<"$listed"; then
    echo "po/POTFILES.in: missing $file (it has translatable strings)"
    status=1
  fi
done
for file in $listed; do
  if [ ! -f "$file" ]; then
    echo "po/POTFILES.in: lists $file, which does not exist"
    status=1
  fi
done
[ $status -eq 0 ] && echo "po/POTFILES.in lists all $(wc -w <<<"$marked") files with translatable strings"
exit $status
