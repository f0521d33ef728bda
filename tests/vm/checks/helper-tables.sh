#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# For every captured case in tests/data/rules, through the helper (D-Bus activation,
# polkitd) on the real kernel:
#   lvsctl restore NAME.rules, then lvsctl save  == ipvsadm -S -n == NAME.rules
#   ipvsadm -R < NAME.rules                        gives the same table
#   lvsctl restore NAME.sh (from the previous case's table: the planner edits)
#     lvsctl list == ipvsadm -Ln == NAME.list, and with --thresholds alike.
set -eu
data=$(cd "$(dirname "$0")/../../data/rules" && pwd)
work=/tmp/helper-tables
mkdir -p "$work"
ip link set lo up
ip link add d0 type dummy
ip addr add 10.1.1.1/24 dev d0
ip link set d0 up

failures=0
fail() { echo "FAIL $name: $*"; failures=$((failures + 1)); }
same() { # what, expected file, actual file
  cmp -s "$2" "$3" || { fail "$1 differs"; diff -u "$2" "$3" | head -20; }
}
count=0
for rules in "$data"/*.rules; do
  name=$(basename "$rules" .rules)
  count=$((count + 1))
  ipvsadm -C
  lvsctl restore "$rules" || fail "lvsctl restore $name.rules exited $?"
  lvsctl save >"$work/lvsctl.save"
  ipvsadm -S -n >"$work/ipvsadm.save"
  same "lvsctl save vs ipvsadm -S -n" "$work/ipvsadm.save" "$work/lvsctl.save"
  same "ipvsadm -S -n vs the captured rules" "$rules" "$work/ipvsadm.save"
  ipvsadm -C
  ipvsadm -R <"$rules"
  ipvsadm -S -n >"$work/ipvsadm-R.save"
  same "ipvsadm -R of the file" "$work/lvsctl.save" "$work/ipvsadm-R.save"

  # The script form keeps thresholds; restoring it over the table just made edits it.
  lvsctl restore "$data/$name.sh" || fail "lvsctl restore $name.sh exited $?"
  lvsctl list >"$work/lvsctl.list"
  ipvsadm -Ln >"$work/ipvsadm.list"
  same "lvsctl list vs ipvsadm -Ln" "$work/ipvsadm.list" "$work/lvsctl.list"
  same "ipvsadm -Ln vs the captured listing" "$data/$name.list" "$work/ipvsadm.list"
  lvsctl list --thresholds >"$work/lvsctl.thresholds"
  ipvsadm -Ln --thresholds >"$work/ipvsadm.thresholds"
  same "lvsctl list --thresholds vs ipvsadm -Ln --thresholds" "$work/ipvsadm.thresholds" "$work/lvsctl.thresholds"
  echo "table $name: restore, save, list and ipvsadm -R agree"
done
echo "helper tables: $((count - failures))/$count cases agree"
[ "$count" -ge 20 ] || { echo "FAIL: only $count cases"; exit 1; }
[ "$failures" = 0 ]
