#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs a command as root inside a QEMU guest that boots the distribution's own kernel,
# which (unlike this machine's) has IPVS:
#
#   tests/vm/run.sh [--bus | --systemd] [--timeout SECONDS] -- COMMAND [ARGUMENT...]
#
# The guest sees the host's filesystem read-only over 9p, except the build tree, which
# it may write; it has its own tmpfs /tmp, /run and a private /etc (an overlay whose writes stay in guest memory), and no
# network device: every address a test needs lives in network namespaces inside it.
# COMMAND runs in the caller's directory with $BUILD_DIR/bin on PATH; its output and
# exit status come back as run.sh's. --bus first starts a private system dbus-daemon
# (seeing the build tree's D-Bus service and policy files) and a real polkitd whose
# rules directory is a guest-only tmpfs. --systemd boots the distribution's systemd as
# PID 1 instead, as an installed system runs: it starts journald, the distribution's
# dbus-daemon and polkitd from their own units, and COMMAND as a unit of its own; /usr is
# an overlay too, so that COMMAND may `cmake --install --prefix /usr` into guest memory.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/../.." && pwd)
build=$(realpath -m "${BUILD_DIR:-$top/build}")
# The kernel and initramfs live in the build tree's cache directory (outside the checkout,
# shared by every clone: scripts/lib/cache.sh), or in a cache of their own without one.
cache=$(sed -n 's/^LVS_CACHE_DIR:PATH=//p' "$build/CMakeCache.txt" 2>/dev/null)
if [ -z "$cache" ]; then
  . "$top/scripts/lib/cache.sh"
  cache=$LVS_CACHE_DIR
fi
cache=$cache/vm

bus=0
systemd=0
timeout=900
while [ $# -gt 0 ]; do
  case "$1" in
    --bus) bus=1; shift ;;
    --systemd) systemd=1; shift ;;
    --timeout) timeout=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "usage: $0 [--bus | --systemd] [--timeout SECONDS] -- COMMAND..." >&2; exit 2 ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: $0 [--bus | --systemd] [--timeout SECONDS] -- COMMAND..." >&2; exit 2; }
[ "$bus$systemd" != 11 ] || { echo "$0: --systemd starts the system's own bus; --bus is for the bare guest" >&2; exit 2; }
if [ "$systemd" = 1 ] && [ -n "${LVS_VM_INTERACTIVE:-}" ]; then
  echo "$0: an interactive guest runs without --systemd" >&2
  exit 2
fi

# A missing part is a skip (77) for a developer, a failure in CI.
missing() {
  echo "vm: $*" >&2
  if [ "${CI:-}" = true ]; then exit 1; fi
  exit 77
}
command -v qemu-system-x86_64 >/dev/null || missing "qemu-system-x86_64 is not installed (scripts/install-deps.sh installs it)"
[ -x /bin/busybox ] || missing "busybox-static is not installed (scripts/install-deps.sh installs it)"

initramfs=$("$here/prepare.sh" "$cache") || missing "could not prepare the guest kernel (see above)"
kernel=$(cat "$cache/boot-kernel")

# Everything the guest needs from this run lives in a directory of the build tree.
mkdir -p "$build/vm-runs"
run=$(mktemp -d "$build/vm-runs/run.XXXXXX")
trap 'rm -rf "$run"' EXIT
cp "$cache/modules-path" "$run/modules-path"
{
  printf 'cd %q\n' "$PWD"
  printf 'export BUILD_DIR=%q PATH=%q CI=%q LVS_VM_BUS=%q LVS_VM_SYSTEMD=%q LVS_VM_INTERACTIVE=%q\n' "$build" \
    "/run/lvs-bin:$build/bin:/usr/sbin:/usr/bin:/sbin:/bin" "${CI:-}" "$bus" "$systemd" "${LVS_VM_INTERACTIVE:-}"
  printf 'exec'
  printf ' %q' "$@"
  printf '\n'
} >"$run/command.sh"

# KVM only where it really works: /dev/kvm can exist and still hang a guest. Probe once
# by booting the kernel without a root, which must end in a panic within seconds.
accel=tcg,thread=multi
if [ -r /dev/kvm ] && [ -w /dev/kvm ]; then
  if [ ! -f "$cache/kvm-probe" ]; then
    if timeout 20 qemu-system-x86_64 -accel kvm -cpu host -m 256M -nic none -nographic -no-reboot \
         -kernel "$kernel" -append "console=ttyS0 panic=-1" </dev/null 2>/dev/null | grep -q 'Kernel panic'; then
      echo kvm >"$cache/kvm-probe"
    else
      echo tcg >"$cache/kvm-probe"
    fi
  fi
  [ "$(cat "$cache/kvm-probe")" = kvm ] && accel=kvm
fi

# systemd shows a spinner for the command's long-running job on the console otherwise.
systemd_args=
[ "$systemd" = 1 ] && systemd_args="systemd.show_status=false"
start=$(date +%s.%N)
set +e
timeout --foreground "$timeout" qemu-system-x86_64 \
  -accel "$accel" -cpu max -smp 2 -m 2G \
  -nic none -nographic -no-reboot \
  -kernel "$kernel" -initrd "$initramfs" \
  -append "console=ttyS0 ${LVS_VM_KERNEL_ARGS:-quiet loglevel=1} panic=-1 $systemd_args lvs.run=$run lvs.build=$build lvs.stage2=$here/guest/stage2.sh" \
  -virtfs "local,path=/,mount_tag=hostroot,security_model=passthrough,multidevs=remap,readonly=on" \
  -virtfs "local,path=$build,mount_tag=build,security_model=passthrough,multidevs=remap" \
  <"$([ -n "${LVS_VM_INTERACTIVE:-}" ] && echo /dev/stdin || echo /dev/null)" | sed -u -e 's/\x1bc\|\x1b\[?7l\|\x1b\[2J\|\x1b\[0m//g' \
                      -e 's/^SeaBIOS (version.*//; s/^Booting from ROM\.*//; s/^Probing EDD (edd=off to disable)\.\.\. ok//' \
                      -e 's/\r//g' -e '/sysrq: Power Off\|reboot: Power down/d' \
                      -e '/^\r*$/d'
qemu_status=${PIPESTATUS[0]}
set -e
end=$(date +%s.%N)
# Under systemd the command's unit wrote its output here rather than to the console.
[ -f "$run/output" ] && cat "$run/output"

if [ "$qemu_status" -eq 124 ]; then
  echo "vm: timed out after $timeout s" >&2
  exit 1
fi
if [ ! -f "$run/status" ]; then
  # An interactive session may end with a power-off by hand.
  [ -n "${LVS_VM_INTERACTIVE:-}" ] && exit 0
  echo "vm: the guest did not report the command's exit status (qemu exit $qemu_status)" >&2
  exit 1
fi
[ -f "$run/boot-seconds" ] && echo "vm: booted in $(cat "$run/boot-seconds") s" >&2
# Each step's share of the boot ("kernel" is the time until the initramfs ran).
[ -f "$run/boot-steps" ] &&
  awk '{ printf "%s%s %.1f", (NR > 1 ? ", " : "vm: boot steps: "), $2, $1 - last; last = $1 } END { print "" }' \
    "$run/boot-steps" >&2
awk -v s="$start" -v e="$end" 'BEGIN { printf "vm: whole run %.1f s\n", e - s }' >&2
exit "$(cat "$run/status")"
