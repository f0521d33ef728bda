#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# LVS Studio as a package installs it, not as the build tree runs it: cmake --install
# into a guest-only root, laid over the guest's /usr with overlayfs (the host's /usr
# below stays read-only), then the distribution's own system bus configuration
# (dbus-daemon --system, its setuid activation helper) and polkitd, neither told about
# the build tree. The installed lvsctl and the installed window (offscreen) must reach
# the installed helper by D-Bus activation, and polkitd must decide with the installed
# policy. Run without --bus: this check starts its own bus.
set -eu
data=$(cd "$(dirname "$0")/../../data" && pwd)
build=$BUILD_DIR
root=/tmp/lvs-installed
work=/tmp/installed-check
mkdir -p "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# 1. Install as %cmake_install does (prefix /usr), into guest memory.
DESTDIR=$root cmake --install "$build" --prefix /usr >"$work/install.log" 2>&1 ||
  { echo "FAIL: cmake --install:"; cat "$work/install.log"; exit 1; }
echo "installed: $(find "$root" -type f | wc -l) files under $root"
# Debian 12 has no polkit-qt6 package (Fedora has): its libraries, built into the
# build cache, go where the distribution's would be.
cache=$(sed -n 's/^LVS_CACHE_DIR:PATH=//p' "$build/CMakeCache.txt")
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)
mkdir -p "$root/usr/lib/$multiarch"
cp -a "$cache"/polkit-qt6/lib*/libpolkit-qt6-*.so.* "$root/usr/lib/$multiarch/"

# 2. The installed files over /usr; nothing of the host's changes.
mount -t overlay overlay -o "lowerdir=$root/usr:/usr" /usr ||
  { echo "FAIL: cannot lay the install over /usr with overlayfs"; exit 1; }
ldconfig -X 2>/dev/null || :
for path in /usr/bin/lvsctl /usr/bin/lvs-studio /usr/libexec/lvs-studio-helper \
            /usr/share/dbus-1/system-services/org.lvsstudio.Helper1.service \
            /usr/share/dbus-1/system.d/org.lvsstudio.Helper1.conf \
            /usr/share/polkit-1/actions/org.lvsstudio.policy; do
  cmp -s "$path" "$root$path" || fail "$path is not the installed file"
done
echo "overlay: /usr shows the installed files"

# The helper owning the name: its process, and the executable it runs.
owner_pid() {
  gdbus call --system --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.GetConnectionUnixProcessID org.lvsstudio.Helper1 2>/dev/null |
    sed -n 's/^(uint32 \([0-9]*\),)$/\1/p'
}
# 3. The distribution's system bus and polkitd, as a booted system starts them.
mkdir -p /run/dbus
dbus-daemon --system --fork >"$work/dbus.log" 2>&1 || { echo "FAIL: dbus-daemon --system:"; cat "$work/dbus.log"; exit 1; }
/usr/lib/polkit-1/polkitd --no-debug >"$work/polkitd.log" 2>&1 &
tries=0
until busctl --system --no-pager list 2>/dev/null | grep -q '^org.freedesktop.PolicyKit1 '; do
  tries=$((tries + 1))
  [ "$tries" -le 150 ] || { echo "FAIL: polkitd did not appear on the bus:"; cat "$work/polkitd.log"; exit 1; }
  sleep 0.2
done
grep -q "$build" /usr/share/dbus-1/system.conf && fail "the system bus configuration names the build tree"
busctl --system --no-pager list --activatable >"$work/activatable"
grep -q '^org.lvsstudio.Helper1 ' "$work/activatable" || fail "org.lvsstudio.Helper1 is not activatable from the installed file"
[ -z "$(owner_pid)" ] || fail "the helper runs before anyone called it"
echo "bus: dbus-daemon --system and polkitd; org.lvsstudio.Helper1 activatable, not running"

check_helper() { # who called
  pid=$(owner_pid)
  if [ -z "$pid" ]; then
    fail "$1: no process owns org.lvsstudio.Helper1"
    return
  fi
  exe=$(readlink "/proc/$pid/exe")
  if [ "$exe" = /usr/libexec/lvs-studio-helper ]; then
    echo "$1: activated the helper, pid $pid, running $exe"
  else
    fail "$1: the helper runs $exe, not /usr/libexec/lvs-studio-helper"
  fi
}

# 4. The installed lvsctl, through the activated helper, agrees with ipvsadm.
ip link set lo up
ipvsadm -C
ipvsadm -R <"$data/rules/listing1.rules"
/usr/bin/lvsctl list >"$work/lvsctl.list" 2>"$work/lvsctl.err" || { fail "lvsctl list: $(cat "$work/lvsctl.err")"; }
ipvsadm -Ln >"$work/ipvsadm.list"
if cmp -s "$work/lvsctl.list" "$work/ipvsadm.list"; then
  echo "lvsctl: /usr/bin/lvsctl list prints what ipvsadm -Ln prints ($(wc -l <"$work/lvsctl.list") lines)"
else
  fail "lvsctl list differs from ipvsadm -Ln:"; diff -u "$work/ipvsadm.list" "$work/lvsctl.list" || :
fi
check_helper lvsctl
first=$(owner_pid)

# 5. polkitd decides with the installed actions: pkaction reads them back, and the
# shipped defaults refuse an unprivileged user outside a session until a guest-only
# rule lets it read (a rule sees only actions polkitd has registered).
pkaction --action-id org.lvsstudio.modify --verbose >"$work/pkaction" 2>&1 || fail "pkaction: $(cat "$work/pkaction")"
grep -q 'implicit active: *auth_admin_keep' "$work/pkaction" || fail "org.lvsstudio.modify: $(cat "$work/pkaction")"
pkaction --action-id org.lvsstudio.read --verbose | grep -q 'implicit active: *yes' || fail "org.lvsstudio.read is not yes for an active user"
echo "polkit: pkaction shows the installed actions (read: yes, modify: auth_admin_keep for the active user)"
as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
status=0
as_nobody /usr/bin/lvsctl list >/dev/null 2>&1 || status=$?
[ "$status" = 5 ] || fail "nobody's lvsctl list exited $status, expected 5 (not authorized)"
mkdir -p /etc/polkit-1/rules.d
cat >/etc/polkit-1/rules.d/50-installed-check.rules <<'RULES'
polkit.addRule(function(action, subject) {
    if (subject.user == "nobody" && action.id == "org.lvsstudio.read")
        return polkit.Result.YES;
});
RULES
tries=0
until as_nobody /usr/bin/lvsctl list >"$work/nobody.list" 2>/dev/null; do
  tries=$((tries + 1))
  [ "$tries" -lt 50 ] || { fail "the guest-only rule never applied"; break; }
  sleep 0.2
done
cmp -s "$work/nobody.list" "$work/ipvsadm.list" && echo "polkit: nobody refused (exit 5), then allowed to read by a rule on org.lvsstudio.read"
status=0
as_nobody /usr/bin/lvsctl clear >"$work/out" 2>&1 || status=$?
[ "$status" = 5 ] || fail "nobody's lvsctl clear exited $status, expected 5: $(cat "$work/out")"

# 6. The installed window, offscreen: it finds the helper activatable and reads the
# table through it. The helper is stopped first, so only the window can start it.
kill "$first"
tries=0
while [ -n "$(owner_pid)" ]; do
  tries=$((tries + 1))
  [ "$tries" -lt 50 ] || { fail "the helper did not go away"; break; }
  sleep 0.2
done
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/run/user/0 HOME=/root
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
status=0
timeout 180 /usr/bin/lvs-studio --screenshot "$work/window.png" >"$work/gui.log" 2>&1 || status=$?
if [ "$status" = 0 ] && [ -s "$work/window.png" ]; then
  echo "window: /usr/bin/lvs-studio --screenshot wrote $(wc -c <"$work/window.png") bytes"
else
  fail "lvs-studio --screenshot exited $status: $(cat "$work/gui.log")"
fi
second=$(owner_pid)
[ -n "$second" ] && [ "$second" != "$first" ] || fail "the window did not activate a new helper (before $first, now ${second:-none})"
check_helper lvs-studio
cp "$work/window.png" "$build/installed-window.png" 2>/dev/null || :

[ "$failures" = 0 ]
