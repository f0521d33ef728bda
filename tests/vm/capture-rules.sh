#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# In the guest: runs each tests/data/rules/NAME.sh (ipvsadm commands) in a fresh
# network namespace with the distribution's ipvsadm, and writes what the real tool then
# prints: `ipvsadm -S -n` to OUT/NAME.rules and `ipvsadm -Ln` to OUT/NAME.list.
# A command a case's script has that ipvsadm refuses makes the capture fail, visibly.
set -eu
data=$(cd "$(dirname "$0")/../data/rules" && pwd)
out=$1
mkdir -p "$out"
for script in "$data"/*.sh; do
  name=$(basename "$script" .sh)
  ip netns add capture
  ip netns exec capture sh -eu -c '
    ip link set lo up
    ip link add d0 type dummy
    ip addr add 10.1.1.1/24 dev d0
    ip link set d0 up
    sh -e "$1" >/dev/null
    ipvsadm -S -n >"$2/$3.rules"
    ipvsadm -Ln >"$2/$3.list"' capture "$script" "$out" "$name" || { echo "capture $name: ipvsadm refused a line" >&2; exit 1; }
  ip netns del capture
  echo "captured $name"
done
