#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs several checks in one guest, one after the other, so that they share one boot
# (a boot with the bus is a minute or more under TCG, most of a short check's time):
#
#   sh tests/vm/suite.sh 'CHECK [ARGUMENT...]'...
#
# (each argument is one check's command line, split at blanks: the checks' paths have none)
# Each check gets the guest as a fresh boot would give it: after each one, whatever it
# started or left is undone -- the helper (the next check activates its own), network
# namespaces and their processes, links, IPVS itself (its modules are unloaded and
# loaded again: the table, connections, the destinations the kernel keeps on its trash
# list with their counters, timeouts and its sysctls all go), sync daemons, the
# forwarding sysctls, polkit rules and the boot files it wrote. Every check runs even
# after one fails; the suite fails if any did, and names them.
set -u

seconds_up() { cut -d' ' -f1 /proc/uptime; }

# What a fresh guest has, to return to.
links_at_start=$(ip -o link | awk -F': ' '{ sub(/@.*/, "", $2); print $2 }')
rules_at_start=$(ls /etc/polkit-1/rules.d 2>/dev/null)
ipvs_modules_at_start=$(awk '$1 ~ /^ip_vs/ { print $1 }' /proc/modules)
sysctls_at_start=/run/suite-sysctls
for file in /proc/sys/net/ipv4/vs/* /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv6/conf/all/forwarding \
            /proc/sys/net/ipv4/conf/all/arp_ignore /proc/sys/net/ipv4/conf/all/arp_announce \
            /proc/sys/net/ipv4/conf/all/rp_filter /proc/sys/net/ipv4/conf/default/rp_filter; do
  [ -w "$file" ] && printf '%s %s\n' "$file" "$(tr '\t' ' ' <"$file")"
done >"$sysctls_at_start"

# A deleted real server that still has connections stays on the kernel's trash list,
# and a new service with the same VIP takes it back, counters and all; a client port
# used again finds the old connection entry. Only a fresh IPVS forgets both.
# One modprobe for all of them (each process start costs a tenth of a second or more
# under TCG): the schedulers first, then ip_vs, then what only they used.
reload_ipvs() {
  loaded=$(awk '$1 ~ /^ip_vs_/ { print $1 }' /proc/modules)
  # shellcheck disable=SC2086 # a list of module names
  modprobe -r -a $loaded ip_vs 2>/dev/null
  if grep -q '^ip_vs ' /proc/modules; then
    echo "suite: IPVS could not be unloaded; emptying its table instead" >&2
    ipvsadm -C
    ipvsadm --set 900 120 300 # the kernel's defaults
  fi
  # shellcheck disable=SC2086 # a list of module names
  modprobe -a $ipvs_modules_at_start
}

reset_guest() {
  pkill -KILL -x lvs-studio-help 2>/dev/null # comm is cut to 15 characters
  for namespace in $(ip netns list | awk '{ print $1 }'); do
    for pid in $(ip netns pids "$namespace" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null; done
    ip netns delete "$namespace" 2>/dev/null
  done
  for link in $(ip -o link | awk -F': ' '{ sub(/@.*/, "", $2); print $2 }'); do
    printf '%s\n' "$links_at_start" | grep -qx -- "$link" || ip link delete "$link" 2>/dev/null
  done
  ipvsadm --stop-daemon master 2>/dev/null
  ipvsadm --stop-daemon backup 2>/dev/null
  ipvsadm -C
  reload_ipvs
  while read -r file value; do printf '%s\n' "$value" >"$file" 2>/dev/null; done <"$sysctls_at_start"
  for rule in $(ls /etc/polkit-1/rules.d 2>/dev/null); do
    printf '%s\n' "$rules_at_start" | grep -qx -- "$rule" || rm -f "/etc/polkit-1/rules.d/$rule"
  done
  rm -f /etc/sysconfig/ipvsadm /etc/sysconfig/ipvsadm.bak /etc/ipvsadm.rules /etc/ipvsadm.rules.bak \
    /etc/sysctl.d/90-lvs-studio.conf
}

passed=0
failed=""
total=0
run_one() {
  total=$((total + 1))
  name=$(basename "$1" .sh)
  [ $# -gt 1 ] && name="$name $2"
  echo "== check $name"
  started=$(seconds_up)
  status=0
  sh "$@" || status=$?
  took=$(awk -v s="$started" -v e="$(seconds_up)" 'BEGIN { printf "%.0f", e - s }')
  if [ "$status" = 0 ]; then
    passed=$((passed + 1))
    echo "== check $name: passed ($took s)"
  else
    failed="$failed, $name"
    echo "== check $name: FAILED with status $status ($took s)"
  fi
  reset_guest
}

[ $# -gt 0 ] || { echo "usage: $0 'CHECK [ARGUMENT...]'..." >&2; exit 2; }
for check in "$@"; do
  # shellcheck disable=SC2086 # one argument is one check's words, split at blanks
  run_one $check
done

echo "suite: $passed/$total checks passed${failed:+; failed: ${failed#, }}"
[ "$passed" = "$total" ]
