#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Makes a fresh Debian 12 / Ubuntu or Fedora machine ready to build, run and test
# LVS Studio. Installs only what is missing, says what it did, and does nothing on a
# second run. Works as root or through sudo.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(dirname "$here")
. "$here/lib/cache.sh"
cache=$LVS_CACHE_DIR

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
say() { printf 'install-deps: %s\n' "$*"; }

debian_packages=(
  cmake ninja-build g++ pkg-config git xz-utils ccache
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libgl-dev
  libnl-3-dev libnl-genl-3-dev libnl-route-3-dev
  libpolkit-gobject-1-dev libpolkit-agent-1-dev libglib2.0-dev
  clang
  qemu-system-x86 busybox-static cpio kmod ipvsadm dbus polkitd libpam-systemd libglib2.0-bin iproute2 curl
  xvfb xauth python3 python3-dbus netbase fonts-wqy-microhei qt6-translations-l10n
  desktop-file-utils appstream libxml2-utils libdbus-1-dev rpm rpmlint
  bash-completion zsh
)
fedora_packages=(
  cmake ninja-build gcc-c++ pkgconf-pkg-config git xz ccache
  qt6-qtbase-devel qt6-qttools-devel qt6-linguist qt6-qtcharts-devel qt6-qtsvg-devel
  libnl3-devel polkit-qt6-1-devel
  clang compiler-rt
  qemu-system-x86-core busybox cpio kmod ipvsadm dbus-daemon polkit systemd-pam iproute curl
  xorg-x11-server-Xvfb xorg-x11-xauth python3 python3-dbus wqy-microhei-fonts qt6-qttranslations
  desktop-file-utils appstream libxml2 dbus-devel rpm-build rpmlint
  bash-completion zsh
)

install_debian() {
  local missing=() p
  for p in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "all ${#debian_packages[@]} Debian packages already installed"
    return
  fi
  say "installing: ${missing[*]}"
  # A new machine has empty package lists; refresh them once before the first install.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1
  say "installed ${#missing[@]} packages"
}

install_fedora() {
  local missing=() p
  for p in "${fedora_packages[@]}"; do
    rpm -q "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "all ${#fedora_packages[@]} Fedora packages already installed"
    return
  fi
  say "installing: ${missing[*]}"
  "${sudo[@]}" dnf install -y -q "${missing[@]}"
}

# Debian 12 packages polkit-qt for Qt 5 only. Build the upstream 0.200.0 release (the
# one Debian 13 packages) into a prefix inside the build cache, from the source package
# fetched through a private apt configuration, so the machine's own sources stay as they are.
build_polkit_qt6() {
  local prefix=$cache/polkit-qt6
  if [ -f "$prefix/lib/cmake/PolkitQt6-1/PolkitQt6-1Config.cmake" ] ||
     [ -f "$prefix/lib64/cmake/PolkitQt6-1/PolkitQt6-1Config.cmake" ]; then
    say "PolkitQt6-1 already built in $prefix"
    return
  fi
  if pkg-config --exists polkit-qt6-core-1 2>/dev/null; then
    say "PolkitQt6-1 provided by the system"
    return
  fi
  say "building PolkitQt6-1 0.200.0 into $prefix"
  local work=$cache/polkit-qt6-src apt_root=$cache/apt-trixie-src
  rm -rf "$work" && mkdir -p "$work" "$apt_root"/{etc/sources.list.d,etc/preferences.d,state/lists/partial,cache/archives/partial}
  local mirror
  # Both one-line and deb822 sources name the mirror as a URL ending in /debian.
  mirror=$( { cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null || true; } |
           grep -oE 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -n1 | tr -d ' ' || true)
  [ -n "$mirror" ] || { say "no Debian mirror found in /etc/apt"; exit 1; }
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${mirror%/} trixie main" \
    >"$apt_root/etc/sources.list"
  local aptopts=(-o "Dir::Etc=$apt_root/etc" -o "Dir::Etc::sourcelist=$apt_root/etc/sources.list"
                 -o "Dir::Etc::sourceparts=$apt_root/etc/sources.list.d"
                 -o "Dir::Etc::preferencesparts=$apt_root/etc/preferences.d"
                 -o "Dir::State=$apt_root/state" -o "Dir::Cache=$apt_root/cache"
                 -o "Debug::NoLocking=1")
  apt-get "${aptopts[@]}" update -qq
  # Only the .orig.tar.xz is wanted; the .dsc and .debian.tar.xz may 404, which is fine.
  (cd "$work" && apt-get "${aptopts[@]}" source --download-only polkit-qt-1 >/dev/null 2>&1 || true)
  local tarball
  tarball=$(ls "$work"/polkit-qt-1_*.orig.tar.xz 2>/dev/null | head -n1)
  [ -n "$tarball" ] || { say "could not download the polkit-qt-1 source"; exit 1; }
  tar -C "$work" -xf "$tarball"
  local src
  src=$(find "$work" -maxdepth 1 -mindepth 1 -type d -name 'polkit-qt*' | head -n1)
  cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DQT_MAJOR_VERSION=6 -DBUILD_EXAMPLES=OFF -DBUILD_TEST=OFF >/dev/null
  cmake --build "$work/build" >/dev/null
  cmake --install "$work/build" >/dev/null
  rm -rf "$work"
  say "PolkitQt6-1 installed in $prefix"
}

if command -v apt-get >/dev/null 2>&1; then
  install_debian
  build_polkit_qt6
elif command -v dnf >/dev/null 2>&1; then
  install_fedora
else
  say "unsupported distribution: need apt-get (Debian/Ubuntu) or dnf (Fedora)"
  exit 1
fi
