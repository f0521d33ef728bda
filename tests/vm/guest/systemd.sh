# SPDX-License-Identifier: GPL-2.0-or-later
# Sourced by init (busybox, before switch_root, so paths are under /newroot) for a guest
# with --systemd: systemd 252 as PID 1 from the host's root, which then starts what an
# installed Debian starts for the command's unit (journald, udev, the system bus and
# polkitd from the distribution's own units) and nothing of the host's own services.
# /usr becomes an overlay like /etc, so that `cmake --install --prefix /usr` and what
# the distribution would put there stay in guest memory.
mkdir -p /newroot/run/usr-overlay/upper /newroot/run/usr-overlay/work
mount -t overlay -o lowerdir=/newroot/usr,upperdir=/newroot/run/usr-overlay/upper,workdir=/newroot/run/usr-overlay/work \
  overlay /newroot/usr || echo "vm: no overlayfs for /usr" >/dev/console
# The host's fstab names the host's disks, which this guest does not have: systemd
# would wait for them.
: >/newroot/etc/fstab
# The guest's /tmp is a tmpfs of its own already; Debian's "D /tmp" would have
# systemd-tmpfiles empty it at boot, and a checkout under /tmp is carried into it.
# (rm_rf stops at mount points, and that one is; this makes sure nothing is tried.)
mkdir -p /newroot/etc/tmpfiles.d
: >/newroot/etc/tmpfiles.d/tmp.conf
# The command, as a unit: after the bus and polkitd are up, its output into the run
# directory (run.sh prints it), its status reported and the guest powered off by
# systemd-command.sh.
mkdir -p /newroot/run/systemd/system
cat >/newroot/run/systemd/system/lvs-vm-command.service <<UNIT
[Unit]
Description=The LVS Studio rig's command
Wants=dbus.service polkit.service
After=dbus.service polkit.service basic.target

[Service]
Type=oneshot
ExecStart=/bin/sh ${stage2%/*}/systemd-command.sh $run
StandardInput=null
StandardOutput=file:$run/output
StandardError=inherit
TimeoutStartSec=infinity
UNIT
