#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# polkit failing never wedges the helper. When polkitd goes away under a running helper,
# a check ends in an error: that call is refused at once, and once polkitd is back the
# same helper answers again. Callers that leave before polkitd has looked their name up
# (dbus-send without waiting for the reply) end their own checks in errors too, and
# nobody after them waits. With PolkitQt6-1's Authority the first such error left every
# later call waiting until the client's timeout (120 s), and the helper never exited.
set -eu
data=$(cd "$(dirname "$0")/../../data" && pwd)
work=/tmp/polkit-faults
mkdir -p "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ipvsadm -R <"$data/rules/listing1.rules"
ipvsadm -Ln >"$work/ipvsadm.list"

helper_pid() {
  gdbus call --system --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.GetConnectionUnixProcessID org.lvsstudio.Helper1 2>/dev/null |
    sed -n 's/^(uint32 \([0-9]*\),)$/\1/p'
}
# lvsctl list within a bound well below the client's own 120 s: "status seconds".
timed_list() {
  started=$(cut -d' ' -f1 /proc/uptime)
  status=0
  timeout 60 lvsctl list >"$work/list" 2>"$work/err" || status=$?
  echo "$status $(awk -v s="$started" -v e="$(cut -d' ' -f1 /proc/uptime)" 'BEGIN { printf "%.1f", e - s }')"
}
start_polkitd() {
  /usr/lib/polkit-1/polkitd --no-debug >>/run/polkitd.log 2>&1 &
  gdbus wait --system --timeout 30 org.freedesktop.PolicyKit1 || fail "polkitd did not come back"
}

lvsctl list >/dev/null || fail "lvsctl list before any fault exited $?"
first=$(helper_pid)
[ -n "$first" ] || fail "no helper runs after lvsctl list"

# 1. polkitd goes away: the next call's check is an error, refused at once.
pkill -x polkitd
tries=0
while busctl --system --no-pager list 2>/dev/null | grep -q '^org.freedesktop.PolicyKit1 '; do
  tries=$((tries + 1))
  [ "$tries" -lt 50 ] || { fail "polkitd did not go away"; break; }
  sleep 0.2
done
set -- $(timed_list)
if [ "$1" = 5 ]; then
  echo "polkit faults: polkitd gone: lvsctl list refused (exit 5) in $2 s: $(cat "$work/err")"
else
  fail "with polkitd gone lvsctl list exited $1 after $2 s (expected 5, not authorized, at once): $(cat "$work/err")"
fi

# 2. polkitd is back: the same helper answers.
start_polkitd
set -- $(timed_list)
if [ "$1" = 0 ] && cmp -s "$work/ipvsadm.list" "$work/list"; then
  echo "polkit faults: polkitd back: lvsctl list answered in $2 s"
else
  fail "after polkitd came back lvsctl list exited $1 after $2 s: $(cat "$work/err")"
fi
[ "$(helper_pid)" = "$first" ] || fail "the helper was replaced (pid $first, now $(helper_pid)): the old one may have wedged"

# 3. Twenty callers that leave at once, as nobody (outside any session) and as root.
for i in $(seq 1 10); do
  setpriv --reuid=65534 --regid=65534 --clear-groups \
    dbus-send --system --dest=org.lvsstudio.Helper1 /org/lvsstudio/Helper1 org.lvsstudio.Helper1.GetInfo
  dbus-send --system --dest=org.lvsstudio.Helper1 /org/lvsstudio/Helper1 org.lvsstudio.Helper1.GetInfo
done
set -- $(timed_list)
if [ "$1" = 0 ]; then
  echo "polkit faults: after 20 callers that left at once, lvsctl list answered in $2 s"
else
  fail "after 20 callers that left, lvsctl list exited $1 after $2 s: $(cat "$work/err")"
fi
[ "$(helper_pid)" = "$first" ] || fail "the helper was replaced after the callers that left"
[ "$failures" = 0 ]
