#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The helper's Apply on the real kernel: a batch whose 7th of 10 changes fails leaves
# the table exactly as before; a change made with ipvsadm after the table was read makes
# the apply refuse; sync daemons started and stopped through the helper are what ipvsadm
# lists.
set -eu
data=$(cd "$(dirname "$0")/../../data" && pwd)
work=/tmp/helper-transactions
mkdir -p "$work"
ip link set lo up
ip link add d0 type dummy
ip link set d0 up
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
state() { ipvsadm -S -n; ipvsadm -Ln --thresholds; ipvsadm -L --timeout; }

# 1. Rollback.
sh "$data/transactions/before.sh"
state >"$work/before"
status=0
lvsctl restore "$data/transactions/seventh-fails.sh" 2>"$work/err" || status=$?
state >"$work/after"
cat "$work/err"
[ "$status" = 4 ] || fail "the failing batch exited $status, expected 4 (refused)"
grep -q "change 7 of 10 (add service UDP 10.20.0.2:53" "$work/err" || fail "the error does not name change 7 of 10"
grep -q "scheduler 'twos' is not available" "$work/err" || fail "the error does not give the kernel's reason"
grep -q "the table is as before" "$work/err" || fail "the error does not say the table is as before"
if cmp -s "$work/before" "$work/after"; then
  echo "transactions: 7th of 10 failed in the kernel; ipvsadm -S -n, -Ln --thresholds and timeouts as before"
else
  fail "the table changed:"; diff -u "$work/before" "$work/after"
fi

# 2. Someone else's change between read and apply.
generation=$(lvsctl generation)
ipvsadm -A -t 10.30.0.1:80 -s rr
state >"$work/before"
status=0
lvsctl restore --if-generation "$generation" "$data/howto/listing9.sh" 2>"$work/err" || status=$?
cat "$work/err"
[ "$status" = 4 ] || fail "apply after an ipvsadm change exited $status, expected 4 (refused)"
grep -q "changed by someone else" "$work/err" || fail "the refusal does not say the table changed"
state >"$work/after"
cmp -s "$work/before" "$work/after" || { fail "the refused apply changed the table"; diff -u "$work/before" "$work/after"; }
# A timeout changed behind our back is a change too.
generation=$(lvsctl generation)
ipvsadm --set 1000 0 0
status=0
lvsctl restore --if-generation "$generation" "$data/howto/listing9.sh" 2>/dev/null || status=$?
[ "$status" = 4 ] || fail "apply after ipvsadm --set exited $status, expected 4"
# Read afresh, the same restore goes through.
lvsctl restore --if-generation "$(lvsctl generation)" "$data/howto/listing9.sh" || fail "the fresh restore failed"
ipvsadm -S -n >"$work/now"
cmp -s "$work/now" "$data/rules/listing9.rules" || { fail "the fresh restore did not make Listing 9"; diff -u "$data/rules/listing9.rules" "$work/now"; }
echo "transactions: changes by ipvsadm after reading (a service, a timeout) make apply refuse; read afresh it applies"

# 3. Sync daemons, through the helper, as ipvsadm lists them.
lvsctl daemon start master --mcast-interface d0 --syncid 9 --mcast-group 239.1.1.1 --mcast-port 9000 --mcast-ttl 2
lvsctl daemon start backup --mcast-interface d0 --syncid 9
lvsctl daemon >"$work/ours"
ipvsadm -L --daemon >"$work/theirs"
cmp -s "$work/ours" "$work/theirs" || { fail "lvsctl daemon differs from ipvsadm -L --daemon"; diff -u "$work/theirs" "$work/ours"; }
status=0
lvsctl daemon start master --mcast-interface d0 2>"$work/err" || status=$?
grep -q "already running" "$work/err" || fail "a second master: $(cat "$work/err")"
lvsctl daemon stop master
lvsctl daemon stop backup
[ -z "$(ipvsadm -L --daemon)" ] || fail "daemons left running"
status=0
lvsctl daemon stop backup 2>"$work/err" || status=$?
grep -q "no backup sync daemon is running" "$work/err" || fail "stopping a stopped daemon: $(cat "$work/err")"
echo "transactions: sync daemons started and stopped through the helper, listed as ipvsadm lists them"

# 4. Kernel settings and the boot file, written by the helper into the guest's own /etc.
lvsctl sysctl set net.ipv4.vs.expire_nodest_conn=1
[ "$(sysctl -n net.ipv4.vs.expire_nodest_conn)" = 1 ] || fail "sysctl set did not reach the kernel"
lvsctl sysctl set --persist net.ipv4.ip_forward 1
[ "$(sysctl -n net.ipv4.ip_forward)" = 1 ] || fail "sysctl set --persist did not reach the kernel"
grep -qx 'net.ipv4.ip_forward *= *1' /etc/sysctl.d/90-lvs-studio.conf || fail "--persist did not write /etc/sysctl.d/90-lvs-studio.conf"
status=0
lvsctl sysctl set kernel.panic 1 2>"$work/err" || status=$?
[ "$status" = 1 ] || fail "a setting outside the allow-list exited $status: $(cat "$work/err")"
lvsctl boot save 2>"$work/err"
boot=$(sed -n 's/^wrote //p' "$work/err")
[ -n "$boot" ] && [ -f "$boot" ] || fail "boot save wrote nothing: $(cat "$work/err")"
ipvsadm -S -n >"$work/live"
cmp -s "$work/live" "$boot" || { fail "the boot file is not ipvsadm -S -n"; diff -u "$work/live" "$boot"; }
ipvsadm -C
ipvsadm-restore <"$boot" 2>/dev/null || ipvsadm -R <"$boot"
ipvsadm -S -n >"$work/restored"
cmp -s "$work/live" "$work/restored" || fail "ipvsadm -R of the boot file gives another table"
lvsctl boot show >"$work/shown" 2>/dev/null
cmp -s "$boot" "$work/shown" || fail "lvsctl boot show is not the file"
echo "transactions: sysctls set (and persisted) through the helper; boot save wrote $boot, which ipvsadm -R restores"
[ "$failures" = 0 ]
