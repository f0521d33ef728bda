#!/bin/sh
# LVS Studio: real server 192.168.0.160, applied to the running system until the
# next boot (the files in this document make it permanent). Safe to run again:
# each step leaves alone what is already in place.
set -e
# The ARP settings first, so that eth0 does not answer for the VIP even for a
# moment.
sysctl -w net.ipv4.conf.all.arp_ignore=1
sysctl -w net.ipv4.conf.all.arp_announce=2
sysctl -w net.ipv4.conf.lo.arp_ignore=1
sysctl -w net.ipv4.conf.lo.arp_announce=2
sysctl -w net.ipv4.conf.default.rp_filter=1
# lo is up on any running system; a fresh network namespace (a lab's) starts
# with it down.
ip link set lo up
# The VIP as a single address (/32): on lo a wider prefix would take the whole
# network to lo, and this server could no longer reach its neighbours on it.
ip addr replace 192.168.0.200/32 dev lo
