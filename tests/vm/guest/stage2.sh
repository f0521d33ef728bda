#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The guest, now on the host's (read-only) filesystem: gives it writable places of its
# own, loads IPVS, optionally starts a system bus and polkitd, runs the command and
# reports its exit status into the run directory, then powers off.
run=$1
build=$2
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
report() {
  echo "$1" >"$run/status"
  sync
  # Wait for the power-off inside the shell: a program (sleep) would be read from the
  # host's filesystem, which goes away first, and init dying then panics the kernel.
  mkfifo /dev/.lvs-poweroff 2>/dev/null || :
  echo o >/proc/sysrq-trigger
  read -r _ <>/dev/.lvs-poweroff
}

# Writable places, all in guest memory; nothing reaches the host but the build tree.
# A checkout (and its build tree) may itself live under one of them, /tmp say: keep a
# view of each first (on /dev, the one writable place yet), then carry the checkout's
# top directory through into the new tmpfs.
workdir=$(sed -n 's/^cd //p' "$run/command.sh")
for dir in /tmp /run /var/tmp /var/lib /var/log /root; do
  keep=""
  for path in "$build" "$workdir"; do
    case "$path" in "$dir"/*) keep="$keep ${path#"$dir"/}" ;; esac
  done
  if [ -n "$keep" ]; then
    mkdir -p "/dev/.host$dir"
    mount --rbind "$dir" "/dev/.host$dir"
  fi
  mount -t tmpfs -o mode=1777 tmpfs "$dir" 2>/dev/null
  for rest in $keep; do
    first=${rest%%/*}
    [ -d "$dir/$first" ] && continue
    mkdir -p "$dir/$first"
    mount --rbind "/dev/.host$dir/$first" "$dir/$first"
  done
done
chmod 0755 /run /var/lib /var/log
chmod 0700 /root
mkdir -p /dev/pts /dev/shm && mount -t devpts devpts /dev/pts && mount -t tmpfs tmpfs /dev/shm
# The host has no modules for this kernel, and its /lib is read-only here: modprobe
# (ours and the kernel's autoload, for veth, bridge, ipip ...) reads the unpacked
# package instead, through a wrapper first on PATH.
modules=$(cat "$build/cache/vm/modules-path")
moduleroot=${modules%/lib/modules/*}
mkdir -p /run/lvs-bin
cat >/run/lvs-bin/modprobe <<WRAPPER
#!/bin/sh
exec /sbin/modprobe -d "$moduleroot" "\$@"
WRAPPER
chmod 0755 /run/lvs-bin/modprobe
echo /run/lvs-bin/modprobe >/proc/sys/kernel/modprobe
export PATH=/run/lvs-bin:$PATH

# A private /etc: the host's seen through an overlay whose writes stay in guest memory.
# Copying it instead (1,300 files, each a dozen 9p round trips under TCG) took 50 s.
mkdir -p /run/etc-overlay/upper /run/etc-overlay/work
if ! { modprobe overlay &&
       mount -t overlay -o lowerdir=/etc,upperdir=/run/etc-overlay/upper,workdir=/run/etc-overlay/work \
         overlay /etc; }; then
  echo "vm: no overlayfs; copying /etc" >&2
  mkdir -p /run/etc && cp -a /etc/. /run/etc/ && mount --bind /run/etc /etc
fi
ip link set lo up

modprobe ip_vs || { echo "vm: cannot load ip_vs" >&2; report 1; }
# One modprobe for all of them: each run reads the module indexes over 9p again.
modprobe -a ip_vs_rr ip_vs_wrr ip_vs_lc ip_vs_wlc ip_vs_lblc ip_vs_lblcr ip_vs_dh ip_vs_sh \
  ip_vs_sed ip_vs_nq ip_vs_fo ip_vs_ovf ip_vs_mh ip_vs_twos ip_vs_pe_sip 2>/dev/null

if [ "$(sed -n 's/.*LVS_VM_BUS=\([0-9]*\).*/\1/p' "$run/command.sh")" = 1 ]; then
  sh "$(dirname "$0")/bus.sh" "$build" || report 1
fi

cut -d' ' -f1 /proc/uptime >"$run/boot-seconds"
# Kernel messages would mix with the command's output on the console.
echo 1 >/proc/sys/kernel/printk
if grep -q 'LVS_VM_INTERACTIVE=1' "$run/command.sh"; then
  sh "$run/command.sh" </dev/console >/dev/console 2>&1
else
  sh "$run/command.sh" </dev/null
fi
report $?
