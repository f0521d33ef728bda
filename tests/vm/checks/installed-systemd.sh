#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# LVS Studio as an installed Debian runs it (tests/vm/run.sh --systemd): systemd 252 as
# PID 1 has started the distribution's dbus-daemon and polkitd from their own units; the
# project is installed with `cmake --install --prefix /usr` into the guest's overlay
# /usr; the helper is started by D-Bus activation through its own systemd unit, with
# that unit's sandbox in force. Then each feature that works through that sandbox today
# runs once through the installed lvsctl and is compared with what ipvsadm, the kernel
# or systemd-sysctl say. Last, installed-agent.sh: a real polkit agent and an active
# local session.
set -eu
data=$(cd "$(dirname "$0")/../../data" && pwd)
build=$BUILD_DIR
work=/tmp/installed-systemd
mkdir -p "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# Each line says when it came (seconds since this check began): the suite is the longest
# guest of the test loop, and these are where its time goes.
check_began=$(cut -d' ' -f1 /proc/uptime)
ok() { printf 'systemd [%4.0f s]: %s\n' "$(awk -v began="$check_began" '{ print $1 - began }' /proc/uptime)" "$*"; }
lvsctl=/usr/bin/lvsctl

[ "$(cat /proc/1/comm)" = systemd ] || { echo "FAIL: PID 1 is $(cat /proc/1/comm), not systemd"; exit 1; }
for unit in dbus.service polkit.service; do
  [ "$(systemctl is-active "$unit")" = active ] || fail "$unit is $(systemctl is-active "$unit")"
done
ok "PID 1 is systemd $(systemctl --version | awk 'NR == 1 { print $2 }'); dbus.service and polkit.service active"

# 1. Install as %cmake_install does, straight into /usr (an overlay in guest memory).
cmake --install "$build" --prefix /usr >"$work/install.log" 2>&1 ||
  { echo "FAIL: cmake --install:"; cat "$work/install.log"; exit 1; }
# Debian 12 has no polkit-qt6 package (Fedora has): its libraries, built into the build
# cache, go where the distribution's would be (the spec builds without RPATH).
cache=$(sed -n 's/^LVS_CACHE_DIR:PATH=//p' "$build/CMakeCache.txt")
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)
cp -a "$cache"/polkit-qt6/lib*/libpolkit-qt6-*.so.* "/usr/lib/$multiarch/"
ldconfig
# What a package's scriptlets and triggers do: systemd and the bus read their files again.
systemctl daemon-reload
dbus-send --system --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
  org.freedesktop.DBus.ReloadConfig >/dev/null
grep -qx 'SystemdService=lvs-studio-helper.service' /usr/share/dbus-1/system-services/org.lvsstudio.Helper1.service ||
  fail "the activation file does not hand over to lvs-studio-helper.service"
[ "$(systemctl show -p LoadState --value lvs-studio-helper.service)" = loaded ] ||
  fail "systemd does not know lvs-studio-helper.service"
[ "$(systemctl show -p ActiveState --value lvs-studio-helper.service)" = inactive ] ||
  fail "the helper runs before anyone called it"
ok "installed $(wc -l <"$build/install_manifest.txt") files; lvs-studio-helper.service loaded, inactive"

# 2. The first call activates the helper through its unit.
ip link add d0 type dummy
ip addr add 10.1.1.1/24 dev d0
ip link set d0 up
ipvsadm -C
ipvsadm -R <"$data/rules/listing1.rules"
$lvsctl list >"$work/lvsctl.list" 2>"$work/lvsctl.err" || fail "lvsctl list: $(cat "$work/lvsctl.err")"
ipvsadm -Ln >"$work/ipvsadm.list"
cmp -s "$work/ipvsadm.list" "$work/lvsctl.list" && ok "lvsctl list is ipvsadm -Ln ($(wc -l <"$work/lvsctl.list") lines)" ||
  { fail "lvsctl list differs from ipvsadm -Ln"; diff -u "$work/ipvsadm.list" "$work/lvsctl.list" || :; }
main_pid=$(systemctl show -p MainPID --value lvs-studio-helper.service)
owner=$(gdbus call --system --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
  --method org.freedesktop.DBus.GetConnectionUnixProcessID org.lvsstudio.Helper1 | sed -n 's/^(uint32 \([0-9]*\),)$/\1/p')
if [ -n "$owner" ] && [ "$owner" = "$main_pid" ]; then
  ok "org.lvsstudio.Helper1 is owned by lvs-studio-helper.service's main process ($main_pid, $(readlink "/proc/$main_pid/exe"))"
else
  fail "org.lvsstudio.Helper1 is owned by pid '${owner}', the unit's main process is '$main_pid'"
fi

# 3. The sandbox is in force on that process.
status=/proc/$main_pid/status
cap=$(awk '$1 == "CapEff:" { print $2 }' "$status")
[ "$cap" = 0000000000001000 ] && ok "effective capabilities: CAP_NET_ADMIN only" || fail "effective capabilities $cap"
[ "$(awk '$1 == "NoNewPrivs:" { print $2 }' "$status")" = 1 ] || fail "NoNewPrivs is not set"
[ "$(readlink "/proc/$main_pid/ns/mnt")" != "$(readlink /proc/1/ns/mnt)" ] || fail "the helper shares PID 1's mount namespace"
usr=$(awk '$5 == "/usr" { split($6, o, ","); print o[1] }' "/proc/$main_pid/mountinfo" | tail -n1)
[ "$usr" = ro ] && ok "the helper runs in a mount namespace of its own, /usr read-only (ProtectSystem=strict)" ||
  fail "/usr is '$usr' for the helper"

# 4. Each feature once, through the sandboxed helper.
same() { # what, expected file, actual file
  if cmp -s "$2" "$3"; then ok "$1"; else fail "$1"; diff -u "$2" "$3" | head -20 || :; fi
}
$lvsctl restore "$data/rules/every_scheduler.rules" || fail "lvsctl restore exited $?"
ipvsadm -S -n >"$work/ipvsadm.save"
same "lvsctl restore: ipvsadm -S -n reads back the file" "$data/rules/every_scheduler.rules" "$work/ipvsadm.save"
$lvsctl save >"$work/lvsctl.save"
same "lvsctl save is ipvsadm -S -n" "$work/ipvsadm.save" "$work/lvsctl.save"
$lvsctl zero || fail "lvsctl zero exited $?"
nonzero=$(ipvsadm -Ln --stats --exact | awk 'NR > 3 && ($3 + $4 + $5 + $6 + $7) > 0' | wc -l)
[ "$nonzero" = 0 ] && ok "lvsctl zero: every counter is 0" || fail "lvsctl zero left $nonzero rows counting"
$lvsctl timeout 600 60 200 || fail "lvsctl timeout exited $?"
timeouts=$(ipvsadm -L --timeout)
[ "$timeouts" = "Timeout (tcp tcpfin udp): 600 60 200" ] && ok "lvsctl timeout: $timeouts" || fail "timeouts: $timeouts"
$lvsctl daemon start master --mcast-interface d0 --syncid 7 || fail "lvsctl daemon start exited $?"
daemons=$(ipvsadm -L --daemon)
case "$daemons" in
  *"master sync daemon (mcast=d0, syncid=7"*) ok "lvsctl daemon start: $daemons" ;;
  *) fail "sync daemons: '$daemons'" ;;
esac
[ "$($lvsctl daemon)" = "$daemons" ] || fail "lvsctl daemon lists '$($lvsctl daemon)', ipvsadm '$daemons'"
$lvsctl daemon stop master || fail "lvsctl daemon stop exited $?"
[ -z "$(ipvsadm -L --daemon)" ] || fail "the sync daemon still runs after stop"
$lvsctl connections >"$work/lvsctl.conn" || fail "lvsctl connections exited $?"
ipvsadm -Lnc >"$work/ipvsadm.conn"
same "lvsctl connections is ipvsadm -Lnc" "$work/ipvsadm.conn" "$work/lvsctl.conn"

# sysctl, set and persisted: systemd-sysctl reads the persisted file back as boot would.
$lvsctl sysctl set --persist net.ipv4.conf.d0.arp_ignore 1 || fail "lvsctl sysctl set exited $?"
[ "$(cat /proc/sys/net/ipv4/conf/d0/arp_ignore)" = 1 ] || fail "arp_ignore on d0 is not 1"
grep -q 'arp_ignore = 1' /etc/sysctl.d/90-lvs-studio.conf || fail "the setting is not in /etc/sysctl.d/90-lvs-studio.conf"
echo 0 >/proc/sys/net/ipv4/conf/d0/arp_ignore
/lib/systemd/systemd-sysctl /etc/sysctl.d/90-lvs-studio.conf
[ "$(cat /proc/sys/net/ipv4/conf/d0/arp_ignore)" = 1 ] &&
  ok "lvsctl sysctl set --persist: systemd-sysctl sets net.ipv4.conf.d0.arp_ignore = 1 again" ||
  fail "systemd-sysctl did not apply the persisted file: $(cat /etc/sysctl.d/90-lvs-studio.conf)"

# A VLAN interface's name has a dot: sysctl.d(5) reads net.ipv4.conf.eth0.100.rp_filter as
# conf/eth0/100/rp_filter, so the helper persists the slash form, which systemd-sysctl
# applies at boot (the guest has no eth0: a dummy one, with its VLAN 100).
if ip link add eth0 type dummy && ip link add link eth0 name eth0.100 type vlan id 100; then
  $lvsctl sysctl set --persist net.ipv4.conf.eth0.100.rp_filter 1 || fail "lvsctl sysctl set eth0.100 exited $?"
  grep -qxF 'net/ipv4/conf/eth0.100/rp_filter = 1' /etc/sysctl.d/90-lvs-studio.conf ||
    fail "eth0.100 is not persisted in the slash form: $(grep eth0 /etc/sysctl.d/90-lvs-studio.conf)"
  echo 0 >/proc/sys/net/ipv4/conf/eth0.100/rp_filter
  /lib/systemd/systemd-sysctl /etc/sysctl.d/90-lvs-studio.conf || fail "systemd-sysctl exited $?"
  [ "$(cat /proc/sys/net/ipv4/conf/eth0.100/rp_filter)" = 1 ] &&
    ok "lvsctl sysctl set --persist: systemd-sysctl sets rp_filter = 1 on eth0.100 again ($(grep eth0 /etc/sysctl.d/90-lvs-studio.conf))" ||
    fail "systemd-sysctl left eth0.100's rp_filter at $(cat /proc/sys/net/ipv4/conf/eth0.100/rp_filter)"
else
  fail "the guest could not make eth0 and its VLAN eth0.100"
fi

# Runtime to Boot, Fedora's layout: /etc/sysconfig/ipvsadm, read back at boot by
# ipvsadm.service. No Fedora package is reachable here: this unit is our own
# reconstruction of Fedora's (ExecStart restores the file, ExecStop saves the table).
mkdir -p /etc/sysconfig
# The helper and the writer choose the layout when they start: start them again.
systemctl stop lvs-studio-helper.service lvs-studio-bootfile.service
# What a writer killed between creating its temporary file and renaming it leaves; the
# next start of the writer (lvs-studio-bootfile.service, which writes the boot file for
# the helper) removes it, and nothing else beside it.
echo cut >/etc/sysconfig/.ipvsadm.Ab12Cd
echo mine >/etc/sysconfig/.ipvsadm.kept-1
$lvsctl boot save || fail "lvsctl boot save exited $?"
same "lvsctl boot save (Fedora layout) is ipvsadm -S -n" "$work/ipvsadm.save" /etc/sysconfig/ipvsadm
if [ ! -e /etc/sysconfig/.ipvsadm.Ab12Cd ] && [ -e /etc/sysconfig/.ipvsadm.kept-1 ] &&
  journalctl -u lvs-studio-bootfile.service --no-pager | grep -q 'removed /etc/sysconfig/.ipvsadm.Ab12Cd'; then
  ok "the writer's start removed the temporary file a cut-short write left, and only that one"
else
  fail "leftover sweep: $(ls -a /etc/sysconfig | tr '\n' ' ')"
fi
rm -f /etc/sysconfig/.ipvsadm.kept-1
# The unit holds no CAP_CHOWN: a boot file root does not own is left as it is, and why is said.
chown 4321:4321 /etc/sysconfig/ipvsadm
cp /etc/sysconfig/ipvsadm "$work/foreign.before"
if $lvsctl boot save 2>"$work/chown.err"; then
  fail "lvsctl boot save replaced a file owned by uid 4321 (now $(stat -c %u:%g /etc/sysconfig/ipvsadm))"
elif grep -q 'belongs to uid 4321 gid 4321' "$work/chown.err" && cmp -s "$work/foreign.before" /etc/sysconfig/ipvsadm &&
  [ "$(stat -c %u:%g /etc/sysconfig/ipvsadm)" = 4321:4321 ]; then
  ok "a boot file owned by uid 4321 is refused, not given to root: $(cat "$work/chown.err")"
else
  fail "foreign owner: $(cat "$work/chown.err"), owner $(stat -c %u:%g /etc/sysconfig/ipvsadm)"
fi
chown 0:0 /etc/sysconfig/ipvsadm
cat >/run/systemd/system/ipvsadm.service <<'UNIT'
[Unit]
Description=Initialise the Linux Virtual Server (a reconstruction of Fedora's unit)
After=syslog.target network.target

[Service]
Type=oneshot
ExecStart=/bin/sh -c "exec /sbin/ipvsadm-restore < /etc/sysconfig/ipvsadm"
ExecStop=/bin/sh -c "exec /sbin/ipvsadm-save -n > /etc/sysconfig/ipvsadm"
ExecStop=/sbin/ipvsadm -C
RemainAfterExit=yes
UNIT
systemctl daemon-reload
ipvsadm -C
systemctl start ipvsadm.service || fail "ipvsadm.service did not start: $(journalctl -u ipvsadm.service --no-pager | tail -5)"
ipvsadm -S -n >"$work/after-boot.save"
same "ipvsadm.service restores the table Runtime to Boot saved" "$work/ipvsadm.save" "$work/after-boot.save"
systemctl stop ipvsadm.service

# The window, offscreen, on the helper its unit started: dialogs, inline weight, drain,
# delete and Apply, each compared with ipvsadm -S -n, then the Boot Configuration page's
# Runtime to Boot through the writer (Fedora's layout, as the services started with it).
rm -f /etc/sysconfig/ipvsadm /etc/sysconfig/ipvsadm.bak
ipvsadm -C
mkdir -p -m 0700 /run/user/0
if QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/run/user/0 "$build/tests/tst_windowonhelper" -maxwarnings 0 \
  >"$work/window.log" 2>&1; then
  ok "the window drove the unit's helper: $(grep '^Totals:' "$work/window.log")"
else
  fail "the window on the unit's helper:"; grep -E '^(FAIL|Totals)' -A3 "$work/window.log" | head -20
  journalctl -u lvs-studio-helper.service -u lvs-studio-bootfile.service -u polkit.service --no-pager | tail -25
fi

# Debian's layout (/etc/ipvsadm.rules, no /etc/sysconfig): its init script restores the file
# only with AUTO="true" in /etc/default/ipvsadm, and the package ships AUTO="false".
rm -rf /etc/sysconfig
systemctl stop lvs-studio-helper.service lvs-studio-bootfile.service
grep -qx 'AUTO="false"' /etc/default/ipvsadm || fail "/etc/default/ipvsadm is not the package's: $(grep AUTO /etc/default/ipvsadm)"
$lvsctl boot show >/dev/null 2>"$work/debian.err" || fail "lvsctl boot show exited $?: $(cat "$work/debian.err")"
grep -q 'only when /etc/default/ipvsadm sets AUTO="true"; it sets AUTO="false" now' "$work/debian.err" &&
  ok "lvsctl boot (Debian layout) says: $(grep AUTO "$work/debian.err")" ||
  fail "lvsctl boot does not say that AUTO=\"false\" restores nothing: $(cat "$work/debian.err")"
sed -i 's/^AUTO="false"/AUTO="true"/' /etc/default/ipvsadm
$lvsctl boot show >/dev/null 2>"$work/debian-auto.err" || fail "lvsctl boot show exited $?"
grep -q AUTO "$work/debian-auto.err" && fail "AUTO=\"true\" still warned: $(cat "$work/debian-auto.err")" ||
  ok "with AUTO=\"true\" lvsctl boot no longer warns"

# Runtime to Boot on Debian's layout. The helper's unit keeps /etc read-only (only
# /etc/sysctl.d is writable), so it hands the text to org.lvsstudio.BootFile1, activated
# through lvs-studio-bootfile.service, which replaces /etc/ipvsadm.rules with a temporary
# file and a .bak beside it. Debian's own init script then restores it, as at boot.
rm -f /run/systemd/system/ipvsadm.service # the Fedora reconstruction above
systemctl daemon-reload
$lvsctl list >/dev/null # the helper runs, in its unit's mount namespace
helper_pid=$(systemctl show -p MainPID --value lvs-studio-helper.service)
if [ "$helper_pid" = 0 ]; then
  fail "the helper is not running, so its view of /etc cannot be tried"
elif nsenter -t "$helper_pid" -m sh -c ': >/etc/.lvs-studio-probe' 2>"$work/probe.err"; then
  fail "the helper can write in /etc"
  rm -f /etc/.lvs-studio-probe
elif grep -q 'Read-only file system' "$work/probe.err"; then
  ok "the helper cannot write in /etc itself: Read-only file system"
else
  fail "writing in /etc as the helper failed, but not as read-only: $(cat "$work/probe.err")"
fi
ipvsadm -C
ipvsadm -R <"$data/rules/every_scheduler.rules"
ipvsadm -S -n >"$work/debian.save"
cp /etc/ipvsadm.rules "$work/debian.package-rules"
echo cut >/etc/.ipvsadm.rules.Zy98Xw # a writer killed mid-write left this
$lvsctl boot save >"$work/debian-save.out" 2>&1 || fail "lvsctl boot save (Debian layout) exited $?: $(cat "$work/debian-save.out")"
same "lvsctl boot save (Debian layout) writes /etc/ipvsadm.rules as ipvsadm -S -n" "$work/debian.save" /etc/ipvsadm.rules
same "the package's /etc/ipvsadm.rules is kept as /etc/ipvsadm.rules.bak" "$work/debian.package-rules" /etc/ipvsadm.rules.bak
writer_pid=$(systemctl show -p MainPID --value lvs-studio-bootfile.service)
if [ "$writer_pid" != 0 ] && [ -n "$writer_pid" ]; then
  writer_cap=$(awk '$1 == "CapEff:" { print $2 }' "/proc/$writer_pid/status")
  [ "$writer_cap" = 0000000000000000 ] || fail "the writer's effective capabilities are $writer_cap"
  [ "$(readlink "/proc/$writer_pid/ns/net")" != "$(readlink /proc/1/ns/net)" ] || fail "the writer shares PID 1's network namespace"
  ok "org.lvsstudio.BootFile1 was activated through lvs-studio-bootfile.service (pid $writer_pid): no capabilities, no network"
else
  fail "lvs-studio-bootfile.service is $(systemctl is-active lvs-studio-bootfile.service) after the save"
fi
journalctl -u lvs-studio-bootfile.service --no-pager | grep -q 'removed /etc/.ipvsadm.rules.Zy98Xw' && [ ! -e /etc/.ipvsadm.rules.Zy98Xw ] &&
  ok "the writer's start removed the temporary file a cut-short write left" ||
  fail "the writer's leftover sweep: $(ls -a /etc | grep ipvsadm | tr '\n' ' ')"
# Only root may call the writer: the bus refuses anyone else before it is reached.
if setpriv --reuid=nobody --regid=nogroup --clear-groups dbus-send --system --print-reply --dest=org.lvsstudio.BootFile1 \
  /org/lvsstudio/BootFile1 org.lvsstudio.BootFile1.Write string:'-A -t 10.9.9.9:80 -s rr' >"$work/nobody-write.out" 2>&1; then
  fail "nobody wrote the boot file through org.lvsstudio.BootFile1"
else
  grep -q AccessDenied "$work/nobody-write.out" && ok "nobody calling org.lvsstudio.BootFile1 is refused: $(head -c 120 "$work/nobody-write.out")" ||
    fail "nobody's call to the writer: $(cat "$work/nobody-write.out")"
fi
same "the boot file is unchanged after nobody's call" "$work/debian.save" /etc/ipvsadm.rules
ipvsadm -C
/etc/init.d/ipvsadm start >"$work/initd.out" 2>&1 || fail "/etc/init.d/ipvsadm start exited $?: $(cat "$work/initd.out")"
ipvsadm -S -n >"$work/debian-after-boot.save"
same "Debian's /etc/init.d/ipvsadm start (AUTO=\"true\") restores the table Runtime to Boot saved" "$work/debian.save" "$work/debian-after-boot.save"

# The lab, through its own unit (lvs-studio-lab.service, org.lvsstudio.Lab1): NAT, DR and
# TUN built, answering as wrr 1:2 says, seen by the host's `ip netns list` (the unit has
# no mount namespace of its own, so /run/netns is the host's), then removed; the host's
# own IPVS table is never touched.
lab() { # METHOD ARGUMENTS...
  lab_call=$1
  shift
  gdbus call --system --timeout 600 --dest org.lvsstudio.Lab1 --object-path /org/lvsstudio/Lab1 \
    --method "org.lvsstudio.Lab1.$lab_call" "$@"
}
ipvsadm -S -n >"$work/host-before-lab.save"
for method in nat dr tun; do
  if ! lab CreateLab "$method" wrr "uint32 0" "@au [160, 170]" "@au [1, 2]" true >"$work/lab-create" 2>&1; then
    fail "$method lab under lvs-studio-lab.service: $(cat "$work/lab-create")"
    journalctl -u lvs-studio-lab.service --no-pager | tail -5
    continue
  fi
  [ "$(cat "$work/lab-create")" = "(objectpath '/org/lvsstudio/Lab1/Director',)" ] ||
    fail "$method: CreateLab answered $(cat "$work/lab-create")"
  seen=$(ip netns list | awk '$1 ~ /^lvs-lab-/ { n++ } END { print n + 0 }')
  lab SendLabRequests "uint32 30" false >"$work/lab-answers" 2>&1 || fail "$method: SendLabRequests: $(cat "$work/lab-answers")"
  counts=$(sed -n 's/^(\[\([^]]*\)\].*/\1/p' "$work/lab-answers" | tr ',' '\n' | tr -d ' u' | sed 's/^int32//' | grep . |
    sort -n | uniq -c | awk '{ printf "%s%s=%s", (NR > 1 ? " " : ""), $2, $1 }')
  lab_pid=$(systemctl show -p MainPID --value lvs-studio-lab.service)
  lab_cap=$(awk '$1 == "CapEff:" { print $2 }' "/proc/$lab_pid/status" 2>/dev/null || echo none)
  lab DestroyLab true >"$work/lab-destroy" 2>&1 || fail "$method: DestroyLab: $(cat "$work/lab-destroy")"
  left=$(ip netns list | grep -c '^lvs-lab-' || :)
  if [ "$counts" = "160=10 170=20" ] && [ "$seen" -ge 4 ] && [ "$left" = 0 ] && [ "$lab_cap" = 0000000000201400 ]; then
    ok "$method lab under lvs-studio-lab.service (CAP_NET_ADMIN, CAP_SYS_ADMIN, CAP_NET_BIND_SERVICE only): $seen namespaces in the host's ip netns list, wrr 1:2 answered $counts, none left after DestroyLab"
  else
    fail "$method lab: answers '$counts', $seen namespaces seen, $left left, capabilities $lab_cap"
  fi
done
ipvsadm -S -n >"$work/host-after-lab.save"
same "the labs left the host's own IPVS table as it was" "$work/host-before-lab.save" "$work/host-after-lab.save"

# Limits before work: as nobody, an Apply larger than the helper reads (16 MiB) is refused
# by its size, before decoding and before polkit; one larger than the bus carries (32 MiB)
# is refused by dbus-daemon and never reaches the helper. The helper's peak memory stays.
# The labs above can outlast the helper's idle minute: a call first, so that it runs.
$lvsctl list >/dev/null
main_pid=$(systemctl show -p MainPID --value lvs-studio-helper.service)
[ "$main_pid" != 0 ] || fail "the helper is not running before the large Apply"
hwm() { awk '$1 == "VmHWM:" { print $2 }' "/proc/$main_pid/status" 2>/dev/null || echo 0; }
hwm_before=$(hwm)
cat >"$work/big-apply.py" <<'PY'
import sys, time, dbus
size = int(sys.argv[1])
helper = dbus.Interface(dbus.SystemBus().get_object("org.lvsstudio.Helper1", "/org/lvsstudio/Helper1"),
                        "org.lvsstudio.Helper1")
payload = dbus.ByteArray(b"LVSC" + b"\0" * (size - 4))
start = time.monotonic()
try:
    helper.Apply(dbus.UInt64(0), payload, False, signature="tayb", timeout=60)
    print("accepted")
except dbus.exceptions.DBusException as error:
    print("%.3f s %s: %s" % (time.monotonic() - start, error.get_dbus_name(), error.get_dbus_message()[:160]))
PY
for mib in 20 32; do
  answer=$(setpriv --reuid=nobody --regid=nogroup --clear-groups /usr/bin/python3 "$work/big-apply.py" $((mib * 1048576)) 2>&1)
  echo "systemd: a $mib MiB Apply as nobody: $answer"
  case "$mib:$answer" in
    20:*org.freedesktop.DBus.Error.InvalidArgs:*"at most 16777216"*) ;;
    32:*org.freedesktop.DBus.Error.*) ;;
    *) fail "a $mib MiB Apply as nobody was answered: $answer" ;;
  esac
done
hwm_after=$(hwm)
echo "systemd: the helper's peak RSS (VmHWM): $hwm_before kB before, $hwm_after kB after"
[ "$hwm_after" -lt 102400 ] || fail "the helper's peak RSS reached $hwm_after kB (limit 100 MB)"
# systemctl stop in the middle of a large restore (one Apply of 2,000 services): the helper
# blocks SIGTERM and reads it from its event loop, so the batch ends first; the table is
# exactly the one before or exactly the file, never between (tst_terminationsignals
# proves where the signal lands; here, where it lands is up to timing).
ipvsadm -C
ipvsadm -R <"$data/rules/listing1.rules"
ipvsadm -S -n >"$work/stop-before.save"
awk 'BEGIN { for (i = 0; i < 2000; i++) printf "-A -t 10.%d.%d.1:80 -s rr\n", int(i / 250) + 20, i % 250 }' >"$work/stop-big.rules"
$lvsctl list >/dev/null # the helper is running, so the stop below meets the batch
$lvsctl restore "$work/stop-big.rules" >"$work/stop-restore.out" 2>&1 &
restore_pid=$!
# The stop goes out as soon as the kernel holds more than before: the batch under way.
before_rules=$(wc -l <"$work/stop-before.save")
polls=0
while [ "$(ipvsadm -S -n | wc -l)" -le "$before_rules" ] && [ "$polls" -lt 400 ] && kill -0 "$restore_pid" 2>/dev/null; do
  polls=$((polls + 1))
done
stop_since=$(date '+%Y-%m-%d %H:%M:%S')
systemctl stop lvs-studio-helper.service
rules_at_stop=$(ipvsadm -S -n | wc -l)
wait "$restore_pid" && restore_status=0 || restore_status=$?
# systemd says "Main process exited, code=killed, status=15/TERM" of a helper the signal
# killed; of one that left by itself, after its batch, nothing but "Deactivated".
if journalctl -u lvs-studio-helper.service --since "$stop_since" --no-pager | grep -q 'code=killed\|code=dumped'; then
  fail "systemctl stop: the signal killed the helper: $(journalctl -u lvs-studio-helper.service --since "$stop_since" --no-pager | grep code=)"
else
  ok "systemctl stop: the helper left by itself, not killed by the signal"
fi
ipvsadm -S -n >"$work/stop-after.save"
sort "$work/stop-big.rules" >"$work/stop-big.sorted"
sort "$work/stop-after.save" >"$work/stop-after.sorted"
if cmp -s "$work/stop-big.sorted" "$work/stop-after.sorted"; then
  ok "systemctl stop during a 2,000-service restore ($rules_at_stop rules in the kernel just after the stop came): the table is exactly the file (lvsctl exited $restore_status)"
elif cmp -s "$work/stop-before.save" "$work/stop-after.save"; then
  ok "systemctl stop during a 2,000-service restore ($rules_at_stop rules just after the stop came): the table is exactly as before (lvsctl exited $restore_status: $(head -c 160 "$work/stop-restore.out"))"
else
  fail "systemctl stop mid-restore left $(wc -l <"$work/stop-after.save") rules, neither before nor the file; lvsctl: $(head -c 200 "$work/stop-restore.out")"
fi
[ "$restore_status" != 0 ] || cmp -s "$work/stop-big.sorted" "$work/stop-after.sorted" ||
  fail "lvsctl restore reported success, but the table is not the file"
# SIGKILL (what the OOM killer sends) in the middle of a larger restore: nothing can
# finish the batch, so the note the helper wrote before its first change is left under
# /run/lvs-studio (RuntimeDirectoryPreserve=yes keeps it past the unit's failure); the
# next helper reports the batch, and its rollback puts back what the batch touched and
# keeps a service someone else added after the kill.
ipvsadm -C
ipvsadm -R <"$data/rules/listing1.rules"
ipvsadm -S -n >"$work/kill-before.save"
awk 'BEGIN { for (i = 0; i < 5000; i++) printf "-A -t 10.%d.%d.1:80 -s rr\n", int(i / 250) + 20, i % 250 }' >"$work/kill-big.rules"
$lvsctl list >/dev/null
helper_pid=$(systemctl show -p MainPID --value lvs-studio-helper.service)
$lvsctl restore "$work/kill-big.rules" >"$work/kill-restore.out" 2>&1 &
restore_pid=$!
# The kill goes out once the note is there and the kernel holds the batch's first
# services: the batch is under way (ipvsadm -S or systemctl would be too slow to catch a
# pipelined batch in its middle; /proc/net/ip_vs is read by the kernel in one go).
spins=0
while [ ! -e /run/lvs-studio/batch-in-progress ] && [ "$spins" -lt 200000 ] && kill -0 "$restore_pid" 2>/dev/null; do
  spins=$((spins + 1))
done
listed=$(wc -l </proc/net/ip_vs)
spins=0
while [ "$(wc -l </proc/net/ip_vs)" -le "$listed" ] && [ "$spins" -lt 2000 ] && kill -0 "$restore_pid" 2>/dev/null; do
  spins=$((spins + 1))
done
kill -KILL "$helper_pid"
rules_at_kill=$(ipvsadm -S -n | wc -l)
wait "$restore_pid" 2>/dev/null || :
note_left=no
[ -f /run/lvs-studio/batch-in-progress ] && note_left=yes
ipvsadm -A -t 10.99.0.1:80 -s rr # someone else's change, after the kill
$lvsctl interrupted >"$work/interrupted.out" 2>&1 || fail "lvsctl interrupted exited $?: $(cat "$work/interrupted.out")"
if grep -q 'was cut short' "$work/interrupted.out"; then
  ok "SIGKILL during a 5,000-service restore ($rules_at_kill rules in the kernel at the kill, note left: $note_left): the next helper reports \"$(head -n1 "$work/interrupted.out" | cut -c1-120)...\" and $(grep -c '^  ' "$work/interrupted.out" || :) touched items not as before"
  journalctl -u lvs-studio-helper.service --no-pager | grep -q 'was cut short: the previous helper stopped' &&
    ok "the journal says so: $(journalctl -u lvs-studio-helper.service --no-pager -o cat | grep -m1 'was cut short' | cut -c1-140)..." ||
    fail "the journal does not mention the interrupted batch"
  $lvsctl interrupted rollback >"$work/rollback.out" 2>&1 || fail "lvsctl interrupted rollback exited $?: $(cat "$work/rollback.out")"
  ipvsadm -S -n >"$work/kill-after.save"
  { cat "$work/kill-before.save"; echo "-A -t 10.99.0.1:80 -s rr"; } | sort >"$work/kill-expected.sorted"
  sort "$work/kill-after.save" >"$work/kill-after.sorted"
  cmp -s "$work/kill-expected.sorted" "$work/kill-after.sorted" &&
    ok "lvsctl interrupted rollback: the table is exactly before the batch, plus the service added after the kill" ||
    fail "after lvsctl interrupted rollback the table differs: $(diff "$work/kill-expected.sorted" "$work/kill-after.sorted" | head -5)"
  [ "$($lvsctl interrupted)" = "No batch was interrupted." ] || fail "the report outlived its rollback: $($lvsctl interrupted)"
  [ ! -e /run/lvs-studio/batch-interrupted ] || fail "/run/lvs-studio/batch-interrupted outlived its rollback"
elif [ "$note_left" = no ] && grep -q 'No batch was interrupted' "$work/interrupted.out"; then
  ok "SIGKILL landed after the 5,000-service restore had ended (no note left): nothing to report"
else
  fail "after a SIGKILL mid-batch (note left: $note_left, $rules_at_kill rules): $(cat "$work/interrupted.out")"
fi
stat -c '%a %U' /run/lvs-studio | grep -qx '700 root' || fail "/run/lvs-studio is $(stat -c '%a %U' /run/lvs-studio), not 700 root"
ipvsadm -C
# The lab service stopped with a lab built removes the lab's namespaces as it goes.
lab CreateLab nat rr "uint32 0" "@au [160]" "@au [1]" true >"$work/lab-create" 2>&1 ||
  fail "nat lab before the stop: $(cat "$work/lab-create")"
built=$(ip netns list | grep -c '^lvs-lab-' || :)
systemctl stop lvs-studio-lab.service
left=$(ip netns list | grep -c '^lvs-lab-' || :)
[ "$built" -ge 4 ] && [ "$left" = 0 ] && ok "systemctl stop lvs-studio-lab.service with a lab built ($built namespaces): they went with it" ||
  fail "systemctl stop lvs-studio-lab.service: $built lab namespaces before, $left after"
ipvsadm -C

# Idle exit: the helper releases its name, answers what had already arrived, then exits
# by itself (the unit ends "Deactivated successfully", not stopped or killed). Calls sent
# around the moment it leaves (gaps swept across its idle timeout, here 2 s through a
# drop-in) each get their answer, from it or from the helper their call activates.
mkdir -p /run/systemd/system/lvs-studio-helper.service.d
cat >/run/systemd/system/lvs-studio-helper.service.d/idle.conf <<'UNIT'
[Service]
ExecStart=
ExecStart=/usr/libexec/lvs-studio-helper --boot-file-service --idle-timeout 2
UNIT
systemctl daemon-reload
systemctl stop lvs-studio-helper.service
sleep 1 # the journal's --since counts whole seconds: not the stop just above
journal_from=$(date '+%Y-%m-%d %H:%M:%S')
lost=0
for gap in 1.80 1.85 1.90 1.95 2.00 2.05 2.10 2.15 2.20 2.25 2.30 2.40; do
  $lvsctl list >/dev/null 2>"$work/idle.err" || { lost=$((lost + 1)); echo "after a gap of $gap s: $(cat "$work/idle.err")"; }
  sleep "$gap"
done
sleep 3
state=$(systemctl show -p ActiveState --value lvs-studio-helper.service)
starts=$(journalctl -u lvs-studio-helper.service --since "$journal_from" --no-pager | grep -c 'Started lvs-studio-helper' || :)
stops=$(journalctl -u lvs-studio-helper.service --since "$journal_from" --no-pager | grep -c 'Stopping lvs-studio-helper\|Killing\|SIGKILL\|status=' || :)
if [ "$lost" = 0 ] && [ "$state" = inactive ] && [ "$stops" = 0 ] && [ "$starts" -ge 2 ]; then
  ok "idle exit: 12 calls around a 2 s idle timeout all answered; the helper left by itself $starts times, never stopped or killed"
else
  fail "idle exit: $lost calls lost, the unit is $state, started $starts times, stopped or killed $stops times"
  journalctl -u lvs-studio-helper.service --since "$journal_from" --no-pager | tail -15
fi
rm -r /run/systemd/system/lvs-studio-helper.service.d
systemctl daemon-reload

# What each unit's sandbox still allows, for the record (systemd's own scoring).
for unit in lvs-studio-helper.service lvs-studio-bootfile.service lvs-studio-lab.service; do
  echo "systemd-analyze security $unit: $(systemd-analyze security --no-pager "$unit" 2>&1 | tail -n 1)"
done

# A real polkit agent (pkttyagent) answering lvsctl and the window's lock, and a user in an
# active local session answered by the shipped policy alone: installed-agent.sh.
sh "$(dirname "$0")/installed-agent.sh" || fail "the agent and session checks (installed-agent.sh, above)"

if [ "$failures" != 0 ]; then
  echo "the helper's journal:"
  journalctl -u lvs-studio-helper.service --no-pager | tail -20
  echo "the boot-file writer's journal:"
  journalctl -u lvs-studio-bootfile.service --no-pager | tail -10
  echo "the lab service's journal:"
  journalctl -u lvs-studio-lab.service --no-pager | tail -20
fi
[ "$failures" = 0 ]
