#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Prepares what the guest boots, once, in the cache directory given: the distribution's
# kernel package unpacked (never installed on the host) with its module index, and a
# busybox initramfs that mounts the host over 9p. Prints the initramfs's path. The cache
# is the machine's, shared by every checkout: each version of the guest's scripts gets
# an initramfs of its own, named by the hash of its inputs and written whole before it
# is named, so that clones of different versions never boot each other's.
set -euo pipefail
# Standard output carries the initramfs's path alone; whatever the tools say goes to stderr.
exec 3>&1 1>&2
cache=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "$cache"

if [ ! -f "$cache/kernel-path" ]; then
  if command -v apt-get >/dev/null; then
    # The kernel package that the linux-image-amd64 metapackage stands for.
    package=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/ { print $2; exit }')
    if [ -z "$package" ]; then
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      package=$(apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-[0-9]/ { print $2; exit }')
    fi
    [ -n "$package" ] || { echo "vm: cannot tell which kernel package linux-image-amd64 depends on" >&2; exit 1; }
    echo "vm: fetching $package (once)" >&2
    rm -rf "$cache/download" "$cache/root"
    mkdir -p "$cache/download"
    (cd "$cache/download" && apt-get download -q "$package" >/dev/null)
    dpkg -x "$cache"/download/*.deb "$cache/root"
    version=${package#linux-image-}
    depmod -b "$cache/root" "$version"
    echo "$cache/root/boot/vmlinuz-$version" >"$cache/kernel-path"
    echo "$cache/root/lib/modules/$version" >"$cache/modules-path"
    rm -rf "$cache/download"
  else
    # Fedora: the installed kernel and its modules serve.
    version=$(uname -r)
    echo "/lib/modules/$version/vmlinuz" >"$cache/kernel-path"
    echo "/lib/modules/$version" >"$cache/modules-path"
  fi
fi

# Boot the kernel uncompressed, through its PVH entry point, when it has one (Debian's
# and Fedora's have): decompressing the bzImage's 66 MB of xz under TCG took 9 s of
# every boot here. The payload is found by its compression's magic bytes.
if [ ! -f "$cache/boot-kernel" ]; then
  kernel=$(cat "$cache/kernel-path")
  boot=$kernel
  for format in 'xz fd377a585a00' 'zstd 28b52ffd' 'gzip 1f8b0800'; do
    tool=${format% *}
    magic=$(echo "${format#* }" | sed 's/../\\x&/g')
    command -v "$tool" >/dev/null || continue
    offset=$(LC_ALL=C grep -abo -m1 -P "$magic" "$kernel" 2>/dev/null | head -n1 | cut -d: -f1)
    [ -n "$offset" ] || continue
    tail -c +"$((offset + 1))" "$kernel" | "$tool" -dc 2>/dev/null >"$cache/vmlinux.part" || :
    # The PVH entry point is ELF note 18 (XEN_ELFNOTE_PHYS32_ENTRY).
    if readelf -n "$cache/vmlinux.part" 2>/dev/null | grep -q 'Unknown note type: (0x00000012)'; then
      mv "$cache/vmlinux.part" "$cache/vmlinux"
      boot=$cache/vmlinux
      break
    fi
  done
  rm -f "$cache/vmlinux.part"
  echo "$boot" >"$cache/boot-kernel"
fi

modules=$(cat "$cache/modules-path")
inputs=$(cat "$here/guest/init" "$here/guest/bus.sh" "$here/guest/systemd.sh" "$here/prepare.sh" "$cache/modules-path" | sha256sum | cut -d' ' -f1)
initramfs=$cache/initramfs-$inputs.cpio.gz
if [ ! -f "$initramfs" ]; then
  work=$(mktemp -d "$cache/initramfs.XXXXXX")
  trap 'rm -rf "$work" "$work.cpio.gz"' EXIT
  mkdir -p "$work"/{bin,dev,proc,sys,newroot,modules}
  cp /bin/busybox "$work/bin/busybox"
  install -m 0755 "$here/guest/init" "$work/init"
  install -m 0644 "$here/guest/bus.sh" "$work/bus.sh"
  install -m 0644 "$here/guest/systemd.sh" "$work/systemd.sh"
  # virtio and 9p are modules in Debian's kernel: take them and what they need.
  for module in virtio_ring virtio virtio_pci_legacy_dev virtio_pci_modern_dev virtio_pci netfs fscache \
                9pnet 9pnet_virtio 9p; do
    file=$(find "$modules" -name "$module.ko*" | head -n1)
    [ -n "$file" ] || continue # built into this kernel
    case "$file" in
      *.xz) xz -dc "$file" >"$work/modules/$module.ko" ;;
      *.zst) zstd -qdc "$file" >"$work/modules/$module.ko" ;;
      *) cp "$file" "$work/modules/$module.ko" ;;
    esac
  done
  # What init loads before handing over, from memory: overlayfs for the guest's /etc, and
  # IPVS with every scheduler, in the order modprobe would load them (soft dependencies,
  # crc32c for libcrc32c, included). modprobe would read its indexes and each module
  # over 9p, which took seconds under TCG.
  version=$(basename "$modules")
  modprobe -d "${modules%/lib/modules/*}" -S "$version" --show-depends -a overlay \
      ip_vs ip_vs_rr ip_vs_wrr ip_vs_lc ip_vs_wlc ip_vs_lblc ip_vs_lblcr ip_vs_dh ip_vs_sh \
      ip_vs_sed ip_vs_nq ip_vs_fo ip_vs_ovf ip_vs_mh ip_vs_pe_sip |
    awk '$1 == "insmod" && !seen[$2]++ { print $2 }' >"$work/module-files"
  mkdir -p "$work/modules/boot"
  while read -r file; do
    name=$(basename "$file")
    name=${name%%.ko*}.ko
    case "$file" in
      *.xz) xz -dc "$file" >"$work/modules/boot/$name" ;;
      *.zst) zstd -qdc "$file" >"$work/modules/boot/$name" ;;
      *) cp "$file" "$work/modules/boot/$name" ;;
    esac
    echo "$name" >>"$work/modules/boot/order"
  done <"$work/module-files"
  rm "$work/module-files"
  (cd "$work" && find . | cpio -o -H newc --quiet | gzip -1) >"$work.cpio.gz"
  mv "$work.cpio.gz" "$initramfs"
  rm -rf "$work"
  rm -f "$cache/initramfs.cpio.gz" "$cache/initramfs.inputs" # the one shared name of older versions
fi
echo "$initramfs" >&3
