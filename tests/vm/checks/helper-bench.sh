#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# A benchmark, not a timed test: for 1,000 services x 10 real servers on the real
# kernel, reading the whole table with its counters through the helper
# (lvsctl list --stats) against ipvsadm -Ln --stats, and restoring it with
# lvsctl restore against ipvsadm -R. The runs alternate, side by side; medians and
# their ratios are printed. It fails only if the two tools disagree about the table.
set -eu
runs=5
# Restores are the slow part (ipvsadm -R of this table takes about 13 s under TCG): CI
# takes three of them, in the first three rounds (the guest gets no environment from the
# host: edit this line, up to $runs, for a figure to quote).
restore_runs=3
work=/tmp/helper-bench
mkdir -p "$work"
ip link set lo up
python3 - "$work/table.rules" <<'PY'
import sys
with open(sys.argv[1], "w") as out:
    for s in range(1000):
        vip = f"10.100.{s // 250}.{s % 250 + 1}"
        out.write(f"-A -t {vip}:80 -s wlc\n")
        for r in range(10):
            out.write(f"-a -t {vip}:80 -r 10.{200 + s // 250}.{s % 250}.{r + 1}:80 -g -w {r + 1}\n")
PY

now() { date +%s%N; }
# elapsed_ms COMMAND...: runs it, output discarded, and prints its wall time in ms.
elapsed_ms() {
  start=$(now)
  "$@" >/dev/null
  echo $((($(now) - start) / 1000000))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ipvsadm_restore() { ipvsadm -C && ipvsadm -R <"$work/table.rules"; }
lvsctl_restore() { ipvsadm -C && lvsctl restore "$work/table.rules"; }

# Both tools restore the same table, and read it alike.
lvsctl_restore
lvsctl save >"$work/ours.rules"
ipvsadm -S -n >"$work/theirs.rules"
cmp -s "$work/ours.rules" "$work/theirs.rules" || { echo "FAIL: lvsctl save differs from ipvsadm -S -n"; exit 1; }
lvsctl list --stats --exact >"$work/ours.list"
ipvsadm -Ln --stats --exact >"$work/theirs.list"
cmp -s "$work/ours.list" "$work/theirs.list" || { echo "FAIL: lvsctl list --stats differs from ipvsadm -Ln --stats"; exit 1; }
echo "bench: 1000 services x 10 real servers; lvsctl and ipvsadm agree on the table"

: >"$work/read-ipvsadm" ; : >"$work/read-lvsctl" ; : >"$work/restore-ipvsadm" ; : >"$work/restore-lvsctl"
i=0
while [ "$i" -lt "$runs" ]; do
  elapsed_ms ipvsadm -Ln --stats >>"$work/read-ipvsadm"
  elapsed_ms lvsctl list --stats >>"$work/read-lvsctl"
  if [ "$i" -lt "$restore_runs" ]; then
    elapsed_ms ipvsadm_restore >>"$work/restore-ipvsadm"
    elapsed_ms lvsctl_restore >>"$work/restore-lvsctl"
  fi
  i=$((i + 1))
done
report() { # what, ours, theirs
  ours=$(median <"$work/$2")
  theirs=$(median <"$work/$3")
  count=$(wc -l <"$work/$2")
  awk -v what="$1" -v ours="$ours" -v theirs="$theirs" -v runs="$count" 'BEGIN {
    printf "bench: %-44s %6d ms vs %6d ms  ratio %.2f  (medians of %d)\n", what, ours, theirs, ours / theirs, runs }'
}
report "read with stats: lvsctl list vs ipvsadm -Ln" read-lvsctl read-ipvsadm
report "restore: lvsctl restore vs ipvsadm -R" restore-lvsctl restore-ipvsadm
echo "bench: all runs (ms): read lvsctl $(tr '\n' ' ' <"$work/read-lvsctl")| ipvsadm $(tr '\n' ' ' <"$work/read-ipvsadm")"
echo "bench: all runs (ms): restore lvsctl $(tr '\n' ' ' <"$work/restore-lvsctl")| ipvsadm $(tr '\n' ' ' <"$work/restore-ipvsadm")"
