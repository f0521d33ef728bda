#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Captures ipvsadm's output afresh and compares it with tests/data/rules.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=/tmp/rules-capture
sh "$here/capture-rules.sh" "$out" >/dev/null
status=0
for file in "$out"/*; do
  if diff -u "$here/../data/rules/$(basename "$file")" "$file"; then :; else status=1; fi
done
[ "$status" = 0 ] && echo "rules capture: $(ls "$out" | wc -l) files as kept in tests/data/rules"
exit "$status"
