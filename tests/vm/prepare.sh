#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Prepares what the guest boots, once, in the cache directory given: the distribution's
# kernel package unpacked (never installed on the host) with its module index, and a
# busybox initramfs that mounts the host over 9p. Rebuilt only when its inputs change.
set -euo pipefail
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

modules=$(cat "$cache/modules-path")
inputs=$(cat "$here/guest/init" "$cache/modules-path" | sha256sum | cut -d' ' -f1)
if [ "$(cat "$cache/initramfs.inputs" 2>/dev/null)" != "$inputs" ]; then
  work=$(mktemp -d "$cache/initramfs.XXXXXX")
  mkdir -p "$work"/{bin,dev,proc,sys,newroot,modules}
  cp /bin/busybox "$work/bin/busybox"
  install -m 0755 "$here/guest/init" "$work/init"
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
  (cd "$work" && find . | cpio -o -H newc --quiet | gzip -1) >"$cache/initramfs.cpio.gz"
  rm -rf "$work"
  echo "$inputs" >"$cache/initramfs.inputs"
fi
