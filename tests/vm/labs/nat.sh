#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The how-to's VS/NAT network (section 2): a client on 192.168.10.0/24, the director
# with 192.168.10.254 outside and 192.168.0.254 inside, real servers .160 .170 .180
# whose gateway is the director, and the director itself as the fourth real server.
set -eu
lab=nat
. "${LVS_LABS:-$(dirname "$0")}/common.sh"
vip=192.168.10.254

segment outside
segment inside
host client
host director
plug client eth0 outside 192.168.10.10/24
plug director eth0 outside 192.168.10.254/24
plug director eth1 inside 192.168.0.254/24
ns director sysctl -qw net.ipv4.ip_forward=1
for server in 160 170 180; do
  host "rs$server"
  plug "rs$server" eth0 inside "192.168.0.$server/24"
  ns "rs$server" ip route add default via 192.168.0.254
  serve "rs$server" "$server"
done
serve director 254

# tests/vm/lab.sh stops here and leaves a shell.
if [ -n "${LVS_LAB_SHELL:-}" ]; then return 0; fi

# Listing 1, as printed, restored through the helper.
lvsctl restore "$labs/../../data/howto/listing1.sh"
answers=$(fetch 60 20000)
every "Listing 1 (wlc) over 60 requests" "$answers" 160 170 180 254
counters "kernel counters agree" "$answers"

# The connection table through the helper is ipvsadm -Lnc's (the expiry column aside:
# the two reads are moments apart).
without_expiry() { awk '{ $2 = ""; print }'; }
ours=$(lvsctl connections | without_expiry)
theirs=$(ns director ipvsadm -Lnc | without_expiry)
if [ "$ours" = "$theirs" ]; then
  pass "lvsctl connections is ipvsadm -Lnc: $(echo "$theirs" | wc -l) lines"
else
  fail "lvsctl connections is ipvsadm -Lnc" "$(printf '%s\n' "$ours" "--- ipvsadm:" "$theirs" | head -12)"
fi
expect "--server filters by real server" "$(lvsctl connections --server 192.168.0.170:80 | tail -n +3 | awk '{ print $6 }' | sort -u)" \
  "192.168.0.170:80"

weighted_checks -m
finish
