#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The lab wizard and panel (offscreen) on the helper's lab on the real kernel: the NAT
# and the DR lab built in at most 25 clicks and key presses each, 60 requests answered
# 10/20/30, and after removal `ip netns list` and `ip link` as before.
set -eu
ip link set lo up
before=$(ip netns list; ip -o link)
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/run/user/0 LVS_TEST_LAB_ON_HELPER=1
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
"$BUILD_DIR/tests/tst_labwizard" -maxwarnings 0 buildSendRemove 2>&1
after=$(ip netns list; ip -o link)
if [ "$before" = "$after" ]; then
  echo "lab-gui: ip netns list and ip link are as before"
else
  echo "lab-gui: FAIL: left behind:"
  printf '%s\n' "$before" >/tmp/before
  printf '%s\n' "$after" | diff -u /tmp/before - || :
  exit 1
fi
