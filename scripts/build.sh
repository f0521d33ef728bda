#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Configures (once) and builds LVS Studio into ${BUILD_DIR:-build}. Used by run.sh and
# test.sh; dependencies must already be installed (scripts/install-deps.sh).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$top/build}
. "$top/scripts/lib/cache.sh"
# Optimised with debug information: the benchmarks compare this build with ipvsadm.
# The ASan tree (scripts/test.sh) is the debug build with assertions.
type=${BUILD_TYPE:-RelWithDebInfo}

# Configured once; again whenever the caller passes settings (test.sh passes
# -DLVS_WERROR=ON, so a tree first built by run.sh turns warnings into errors too).
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
elif [ $# -gt 0 ]; then
  cmake -S "$top" -B "$build" "$@" >/dev/null
fi
cmake --build "$build"
