#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The command's unit in a guest booted with systemd as PID 1 (run.sh --systemd): notes
# when systemd got this far, runs the command, reports its exit status into the run
# directory and powers the guest off at once (nothing of it is left to stop cleanly).
run=$1
step() { echo "$(cut -d' ' -f1 /proc/uptime) $1" >>/dev/.lvs-boot-steps; }
step systemd
cut -d' ' -f1 /proc/uptime >"$run/boot-seconds"
cp /dev/.lvs-boot-steps "$run/boot-steps"
export PATH=/run/lvs-bin:/usr/sbin:/usr/bin:/sbin:/bin
sh "$run/command.sh" </dev/null
echo $? >"$run/status"
sync
systemctl poweroff --force --force
