#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Runtime to Boot is all or nothing: the helper is killed (SIGKILL) at random moments
# while it reads a 1,000 x 10 table and writes it to the boot file, and afterwards the
# file must be the previous version or the new one, whole, every time.
set -eu
ip link set lo up
work=/tmp/boot-kill
mkdir -p "$work"
rm -f /etc/sysconfig/ipvsadm /etc/ipvsadm.rules
mkdir -p /etc/sysconfig # Fedora's layout (the guest's own /etc): the file is /etc/sysconfig/ipvsadm
python3 - >"$work/big.rules" <<'PY'
for s in range(1000):
    vip = "10.%d.%d.1:80" % (s // 250, s % 250)
    print("-A -t %s -s wlc" % vip)
    for r in range(10):
        print("-a -t %s -r 192.168.%d.%d:80 -m -w 1" % (vip, s // 250, s % 250 * 0 + r + 10))
PY
ipvsadm -C
ipvsadm -R <"$work/big.rules"
lvsctl boot save 2>"$work/err"
boot=$(sed -n 's/^wrote //p' "$work/err")
[ -f "$boot" ] || { echo "FAIL: boot save wrote nothing: $(cat "$work/err")"; exit 1; }
[ "$boot" = /etc/sysconfig/ipvsadm ] || { echo "FAIL: boot save wrote $boot, not /etc/sysconfig/ipvsadm"; exit 1; }
cp "$boot" "$work/previous"

failures=0 old=0 new=0 rounds=10
i=0
while [ "$i" -lt "$rounds" ]; do
  i=$((i + 1))
  # Each round changes one service, so the two versions differ.
  if [ $((i % 2)) = 1 ]; then ipvsadm -E -t 10.0.0.1:80 -s rr; else ipvsadm -E -t 10.0.0.1:80 -s wlc; fi
  ipvsadm -S -n >"$work/current"
  lvsctl boot save >/dev/null 2>&1 &
  saver=$!
  # A random moment within the save (about 1.5 s under emulation).
  sleep "$(awk -v seed="$i" 'BEGIN { srand(seed); printf "%.2f", rand() * 1.6 }')"
  pkill -KILL -x lvs-studio-help 2>/dev/null || true # comm is cut to 15 characters
  wait "$saver" 2>/dev/null || true
  if cmp -s "$boot" "$work/previous"; then
    old=$((old + 1))
  elif cmp -s "$boot" "$work/current"; then
    new=$((new + 1))
    cp "$boot" "$work/previous"
  else
    failures=$((failures + 1))
    echo "FAIL: round $i: the boot file is neither the previous version nor the new one ($(wc -c <"$boot") bytes)"
    cp "$boot" "$work/previous"
  fi
done
leftovers=$(find "$(dirname "$boot")" -maxdepth 1 -name ".$(basename "$boot").*" | wc -l)
echo "boot kill: $rounds saves killed at random moments: $old left the previous file whole, $new wrote the new one whole, $failures torn; $leftovers temporary file(s) left beside it"
[ "$old" -gt 0 ] || echo "note: no kill landed before the rename this time"
[ "$failures" = 0 ]
