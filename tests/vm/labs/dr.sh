#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The how-to's VS/DR network (section 3), or with "tun" its VS/TUN variant: one LAN
# with the director (VIP 192.168.0.200) and real servers .160 .170 .180 that hold the
# VIP themselves and must not answer ARP for it; a router with the how-to's RouterA
# (.251, the director's gateway) and RouterB (.252, the real servers' gateway); the
# client behind it. Requests come in through the director, replies go straight back
# through the router. The real servers are set up by the script that
# `lvsctl realserver-setup --apply-script` writes.
set -eu
method=${1:-${LVS_LAB_METHOD:-dr}}
lab=$method
. "${LVS_LABS:-$(dirname "$0")}/common.sh"
vip=192.168.0.200
listing=$labs/../../data/howto/listing9.sh
forward=-g
if [ "$method" = tun ]; then
  listing=$labs/../../data/howto/listing9-tun.sh
  forward=-i
fi

segment lan
segment outside
host client
host router
host director
plug client eth0 outside 192.168.10.10/24
ns client ip route add default via 192.168.10.254
plug router eth0 outside 192.168.10.254/24
plug router eth1 lan 192.168.0.251/24
ns router ip addr add 192.168.0.252/24 dev eth1
ns router sysctl -qw net.ipv4.ip_forward=1
plug director eth0 lan 192.168.0.1/24
ns director ip addr add "$vip/32" dev eth0
ns director ip route add default via 192.168.0.251
for server in 160 170 180; do
  host "rs$server"
  plug "rs$server" eth0 lan "192.168.0.$server/24"
  lvsctl realserver-setup "$listing" --os linux --server "192.168.0.$server" --gateway 192.168.0.252 --apply-script \
    >"/tmp/setup-$server.sh"
  ns "rs$server" sh "/tmp/setup-$server.sh" >/dev/null
  serve "rs$server" "$server"
done

# tests/vm/lab.sh stops here and leaves a shell.
if [ -n "${LVS_LAB_SHELL:-}" ]; then return 0; fi

lvsctl restore "$listing"
answers=$(fetch 60 20000)
every "Listing 9 ($forward, wlc) over 60 requests" "$answers" 160 170 180
counters "kernel counters agree" "$answers"

# The real servers hold the VIP but stay silent on ARP: the router learned the VIP
# from the director alone (otherwise requests would bypass it).
director_mac=$(ns director cat /sys/class/net/eth0/address)
router_sees=$(ns router ip neigh show "$vip" | awk '{ print $5 }')
expect "the router reaches the VIP at the director's MAC only" "$router_sees" "$director_mac"

weighted_checks "$forward"
finish
