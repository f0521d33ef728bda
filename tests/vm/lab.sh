#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds one of the how-to's labs in a guest and leaves you a shell in it:
#   tests/vm/lab.sh nat|dr|tun
# Inside: the guest itself is the director (`lvsctl list`, `ipvsadm -Ln`); `ip netns list`
# shows client, router, rs160 ...; run a command in one with `ip netns exec rs160 ip addr`,
# fetch the VIP from the client with
# `ip netns exec client python3 tests/vm/labs/client.py 192.168.10.254 80 10 40000`.
# Leave with `poweroff -f` or Ctrl-A X.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
case "${1:-}" in
  nat) script=$here/labs/nat.sh ;;
  dr|tun) script=$here/labs/dr.sh ;;
  *) echo "usage: $0 nat|dr|tun" >&2; exit 2 ;;
esac
LVS_VM_INTERACTIVE=1 exec "$here/run.sh" --bus --timeout 86400 -- \
  env LVS_LABS="$here/labs" LVS_LAB_SHELL=1 LVS_LAB_METHOD="$1" sh -c ". $script && ip netns list && exec sh -i"
