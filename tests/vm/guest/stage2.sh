#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The guest, now on the host's (read-only) filesystem, with its writable places and IPVS
# from init: points module loading at the unpacked kernel, optionally starts a system
# bus and polkitd, runs the command and reports its exit status into the run directory,
# then powers off.
run=$1
build=$2
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
step() { echo "$(cut -d' ' -f1 /proc/uptime) $1" >>/dev/.lvs-boot-steps; }
step stage2
report() {
  echo "$1" >"$run/status"
  sync
  # Wait for the power-off inside the shell: a program (sleep) would be read from the
  # host's filesystem, which goes away first, and init dying then panics the kernel.
  mkfifo /dev/.lvs-poweroff 2>/dev/null || :
  echo o >/proc/sysrq-trigger
  read -r _ <>/dev/.lvs-poweroff
}

# modprobe through the wrapper init wrote, which reads the unpacked kernel's modules.
export PATH=/run/lvs-bin:$PATH

# init loaded IPVS and its schedulers from memory (prepare.sh lists them); should that
# have failed, modprobe says why, and the boot check names what is missing.
grep -q '^ip_vs ' /proc/modules || modprobe ip_vs || { echo "vm: cannot load ip_vs" >&2; report 1; }

# With --bus, init has written the bus's configuration and polkit's directories (bus.sh).
if [ -f /run/dbus/system.conf ]; then
  dbus-daemon --config-file=/run/dbus/system.conf || { echo "vm: dbus-daemon did not start" >&2; report 1; }
  /usr/lib/polkit-1/polkitd --no-debug >/run/polkitd.log 2>&1 &
  # polkitd takes a moment under emulation; wait for its name, not for a fixed time.
  if ! gdbus wait --system --timeout 30 org.freedesktop.PolicyKit1; then
    echo "vm: polkitd did not appear on the bus; its log:" >&2
    cat /run/polkitd.log >&2
    report 1
  fi
  step bus
fi

cut -d' ' -f1 /proc/uptime >"$run/boot-seconds"
cp /dev/.lvs-boot-steps "$run/boot-steps"
# Kernel messages would mix with the command's output on the console.
echo 1 >/proc/sys/kernel/printk
if grep -q 'LVS_VM_INTERACTIVE=1' "$run/command.sh"; then
  sh "$run/command.sh" </dev/console >/dev/console 2>&1
else
  sh "$run/command.sh" </dev/null
fi
report $?
