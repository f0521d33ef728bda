#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The simulated kernel against the real one, connection by connection. A VS/NAT
# director (the guest's own namespace) with five real servers of uneven weights, one of
# them quiesced, gets the same scripted connections for each scheduler: 60 clients with
# addresses of their own, opened in order, some held open and some closed as they go.
# The real server the kernel chose for each (its connection table, ipvsadm -Lnc) must be
# the one `lvsctl simulate` chooses for the same table and script.
set -eu
export LC_ALL=C # sort and join must agree on the order
lab=sim
. "${LVS_LABS:-$(dirname "$0")}/common.sh"
work=/tmp/sim-agreement
mkdir -p "$work"

segment outside
segment inside
host client
plug client eth0 outside 192.168.10.10/24
plug director eth0 outside 192.168.10.254/24
plug director eth1 inside 192.168.0.254/24
ns director sysctl -qw net.ipv4.ip_forward=1
# The clients: 60 addresses of their own, routed through the client's namespace.
for i in $(seq 1 60); do ns client ip addr add "10.1.0.$i/32" dev eth0; done
ns director ip route add 10.1.0.0/24 via 192.168.10.10
# A virtual address per scheduler: a service deleted with live connections leaves its
# real servers in the kernel's trash, and a new service on the same address and port
# would take them back with their connection counts. dh hashes the destination
# address: it gets ten virtual addresses, one service each.
for i in $(seq 101 109) $(seq 201 210); do ns director ip addr add "192.168.10.$i/32" dev eth0; done
servers="160:1 170:3 180:2 190:0 200:4" # address:weight, added in this order; 190 is quiesced
for server in $servers; do
  n=${server%%:*}
  host "rs$n"
  plug "rs$n" eth0 inside "192.168.0.$n/24"
  ns "rs$n" ip route add default via 192.168.0.254
  ns "rs$n" python3 "$labs/holdserver.py" "$n" &
done
sleep 2 # the servers' interpreters start slowly under emulation

# table SCHEDULER VIP...: the ipvsadm script for one service per VIP.
table() {
  scheduler=$1
  shift
  for vip in "$@"; do
    echo "ipvsadm -A -t $vip:80 -s $scheduler"
    for server in $servers; do
      echo "ipvsadm -a -t $vip:80 -r 192.168.0.${server%%:*}:80 -m -w ${server##*:}"
    done
  done
}

# script BASEPORT VIP...: 60 opens from 10.1.0.1..60 (ports BASEPORT+i), to the VIPs in
# turn; every 4th closes the one before it, every 7th closes itself at once.
script() {
  base=$1
  shift
  awk -v base="$base" -v vips="$*" 'BEGIN {
    n = split(vips, vip, " ")
    for (i = 1; i <= 60; i++) {
      printf "open 10.1.0.%d:%d %s:80\n", i, base + i, vip[(i - 1) % n + 1]
      if (i % 4 == 0 && (i - 1) % 7 != 0) printf "close 10.1.0.%d:%d\n", i - 1, base + i - 1
      if (i % 7 == 0) printf "close 10.1.0.%d:%d\n", i, base + i
    }
  }'
}

index=0
for scheduler in rr wrr lc wlc sed nq sh dh mh; do
  index=$((index + 1))
  vips=192.168.10.$((100 + index))
  [ "$scheduler" = dh ] && vips=$(seq -f '192.168.10.%g' 201 210 | tr '\n' ' ')
  # shellcheck disable=SC2086
  table "$scheduler" $vips >"$work/$scheduler.table"
  # shellcheck disable=SC2086
  script $((20000 + index * 100)) $vips >"$work/$scheduler.script"

  ipvsadm -C
  sh "$work/$scheduler.table"
  rm -f "$work/done" "$work/stop"
  ns client python3 "$labs/connect.py" "$work/$scheduler.script" "$work/done" "$work/stop" >"$work/$scheduler.client" &
  client=$!
  tries=0
  while [ ! -e "$work/done" ] && [ "$tries" -lt 600 ]; do sleep 0.2; tries=$((tries + 1)); done
  # The kernel's choice per client (closed connections stay listed until their timeout).
  ipvsadm -Lnc | awk '$4 ~ /^10\.1\.0\./ { print $4, $6 }' | sort >"$work/$scheduler.kernel"
  touch "$work/stop"
  wait "$client" || true

  lvsctl simulate "$work/$scheduler.table" "$work/$scheduler.script" | sort >"$work/$scheduler.sim"
  # Every open: the kernel's server, or - when it had none (no entry in its table).
  awk '{ print $1 }' "$work/$scheduler.sim" | sort >"$work/$scheduler.clients"
  join -a 1 -e - -o 0,2.2 "$work/$scheduler.clients" "$work/$scheduler.kernel" >"$work/$scheduler.kernelall"
  total=$(wc -l <"$work/$scheduler.sim")
  agreeing=$(join "$work/$scheduler.kernelall" "$work/$scheduler.sim" | awk '$2 == $3' | wc -l)
  echo "scheduler agreement: $scheduler $agreeing/$total"
  # What the picks looked like, to see that the check was not vacuous: per real server
  # (- for connections no server took, e.g. sh's buckets of the quiesced server).
  echo "  $scheduler kernel picks: $(awk '{ n = split($2, a, "[.:]"); print (n > 1 ? a[4] : "-") }' \
    "$work/$scheduler.kernelall" | sort | uniq -c | awk '{ printf "%s%s=%s", (NR > 1 ? " " : ""), $2, $1 }')"
  if [ "$agreeing" -ne "$total" ] || [ "$total" -lt 50 ]; then
    fail "$scheduler" "the simulator chose differently (client, kernel, simulator):"
    join "$work/$scheduler.kernelall" "$work/$scheduler.sim" | awk '$2 != $3' | head -10
  fi
  # The client saw the server the kernel's table names (a check on the check).
  seen=$(awk '$2 != "-" { print $1, "192.168.0." $2 ":80" }' "$work/$scheduler.client" | sort)
  if [ "$seen" != "$(grep -v ' -$' "$work/$scheduler.kernelall")" ]; then
    fail "$scheduler: client and connection table" "disagree"
  fi
done
finish
