# SPDX-License-Identifier: GPL-2.0-or-later
# Sourced by the scripts: where what outlives a checkout lives, so that a fresh clone on
# a machine that has built before (CI's case) reuses it:
#   LVS_CACHE_DIR   PolkitQt6-1 built from source (Debian 12), the guest's unpacked
#                   kernel and initramfs, and ccache's objects. /var/cache/lvs-studio
#                   for root, ${XDG_CACHE_HOME:-~/.cache}/lvs-studio for anyone else.
# ccache is told to share its hits between checkouts: paths under the checkout are
# hashed relative to it (base_dir) and the working directory is left out of the hash
# (hash_dir), which -g would otherwise put in; the debug information then names the
# checkout that compiled an object first, which nothing here reads.
if [ -z "${LVS_CACHE_DIR:-}" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    LVS_CACHE_DIR=/var/cache/lvs-studio
  else
    LVS_CACHE_DIR=${XDG_CACHE_HOME:-$HOME/.cache}/lvs-studio
  fi
fi
export LVS_CACHE_DIR
export CCACHE_DIR=${CCACHE_DIR:-$LVS_CACHE_DIR/ccache}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$top}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
# Qt's moc output and precompiled headers are safe to match on content alone.
export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
