#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# polkit decides every call to the helper, for the caller's D-Bus name. An unprivileged
# user (nobody, outside any session) is refused reading by the shipped policy; with a
# guest-only rule that lets nobody read and denies the rest, reading works and every
# mutating method is refused with org.lvsstudio.Error.NotAuthorized, changing nothing.
set -eu
data=$(cd "$(dirname "$0")/../../data" && pwd)
work=/tmp/helper-polkit
mkdir -p "$work"
ip link set lo up
ip link add d0 type dummy
ip link set d0 up
ipvsadm -R <"$data/rules/listing1.rules"
ipvsadm --start-daemon backup --mcast-interface d0

as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
snapshot() {
  {
    ipvsadm -S -n
    ipvsadm -L --timeout
    ipvsadm -L --daemon
    sysctl -n net.ipv4.ip_forward net.ipv4.vs.expire_nodest_conn
    ls -l /etc/sysconfig/ipvsadm /etc/ipvsadm.rules /etc/sysctl.d/90-lvs-studio.conf 2>&1 || :
  } >"$1"
}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The shipped policy: reading needs an active session (or an administrator's password).
status=0
as_nobody lvsctl list >"$work/out" 2>&1 || status=$?
[ "$status" = 5 ] || fail "nobody's lvsctl list without a rule exited $status (expected 5, not authorized)"
echo "polkit: without a rule, nobody may not read (exit $status)"
# Each reading method asks polkit itself, the combined one too.
for method in GetInfo GetTable GetTableWithInfo; do
  if as_nobody gdbus call --system --dest org.lvsstudio.Helper1 --object-path /org/lvsstudio/Helper1 \
       --method "org.lvsstudio.Helper1.$method" >"$work/out" 2>&1; then
    fail "$method succeeded for nobody without a rule"
  elif ! grep -q 'org.lvsstudio.Error.NotAuthorized' "$work/out"; then
    fail "$method without a rule: $(cat "$work/out")"
  fi
done

cat >/etc/polkit-1/rules.d/50-deny-nobody.rules <<'RULES'
polkit.addRule(function(action, subject) {
    if (subject.user != "nobody" || action.id.indexOf("org.lvsstudio.") != 0)
        return polkit.Result.NOT_HANDLED;
    // Reading as an active session's user would; everything else refused.
    return action.id == "org.lvsstudio.read" ? polkit.Result.YES : polkit.Result.NO;
});
RULES
# polkitd notices new rules asynchronously: wait until they apply.
tries=0
until as_nobody lvsctl list >/dev/null 2>&1; do
  tries=$((tries + 1))
  [ "$tries" -lt 50 ] || { echo "FAIL: the rule never applied"; exit 1; }
  sleep 0.2
done
as_nobody lvsctl list >"$work/nobody.list"
ipvsadm -Ln >"$work/root.list"
cmp -s "$work/nobody.list" "$work/root.list" || fail "nobody's lvsctl list differs from ipvsadm -Ln"
echo "polkit: with the rule, nobody reads the table (as ipvsadm -Ln)"

snapshot "$work/before"
service="(uint32 0, uint16 2, uint16 6, '192.168.10.254', uint16 80, 'wlc', uint32 0, false, uint32 0, uint32 0, '', false)"
other="(uint32 0, uint16 2, uint16 6, '10.40.0.1', uint16 80, 'rr', uint32 0, false, uint32 0, uint32 0, '', false)"
server="('192.168.0.160', uint16 80, uint32 0, uint32 5, uint32 0, uint32 0, byte 0, uint16 0, byte 0)"
newserver="('192.168.0.190', uint16 80, uint32 0, uint32 1, uint32 0, uint32 0, byte 0, uint16 0, byte 0)"
generation=$(lvsctl generation)
call() { # method, arguments...
  method=$1
  shift
  if as_nobody gdbus call --system --dest org.lvsstudio.Helper1 --object-path /org/lvsstudio/Helper1 \
       --method "org.lvsstudio.Helper1.$method" "$@" >"$work/out" 2>&1; then
    fail "$method succeeded for nobody"
  elif grep -q 'org.lvsstudio.Error.NotAuthorized' "$work/out"; then
    echo "polkit: $method refused: NotAuthorized"
  else
    fail "$method: $(cat "$work/out")"
  fi
}
call AddService "$other" false
call EditService "$service" false
call DeleteService "$service" false
call AddRealServer "$service" "$newserver" false
call EditRealServer "$service" "$server" false
call DeleteRealServer "$service" "$server" false
call SetTimeouts "(uint32 100, uint32 20, uint32 30)" false
# Apply's batch (core/changebatch.h): add service TCP 10.40.0.1:80 with rr.
call Apply "uint64 $generation" "@ay [0x4c, 0x56, 0x53, 0x43, 0x01, 0x01, 0x00, 0x06, 0x04, 0x0a, 0x28, 0x00, 0x01, 0x50, 0x00, 0x01, 0x00, 0x00, 0x00, 0xe8, 0x02, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x00, 0x00]" false
call ZeroCounters false
call ZeroServiceCounters "$service" false
call Flush false
call StartSyncDaemon "(byte 0, 'd0', byte 1, uint16 0, '', uint16 0, byte 0)" false
call StopSyncDaemon "byte 1" false
call SetSysctl net.ipv4.ip_forward 1 false false
call SetSysctl net.ipv4.vs.expire_nodest_conn 1 true false
call SaveBootConfig false
# The same through lvsctl, which asks with interaction allowed: still refused (exit 5).
for command in "restore $data/howto/listing9.sh" "clear" "zero" "timeout 100 20 30" \
               "sysctl set net.ipv4.ip_forward=1" "boot save"; do
  status=0
  # shellcheck disable=SC2086 # the command's words
  as_nobody lvsctl $command >"$work/out" 2>&1 || status=$?
  [ "$status" = 5 ] || fail "lvsctl $command exited $status: $(cat "$work/out")"
done
echo "polkit: lvsctl's mutating commands exit 5 for nobody"

snapshot "$work/after"
if cmp -s "$work/before" "$work/after"; then
  echo "polkit: the table, timeouts, daemons, sysctls and boot files are unchanged"
else
  fail "something changed:"; diff -u "$work/before" "$work/after"
fi
[ "$failures" = 0 ]
