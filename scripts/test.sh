#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs what is missing, builds, and runs every test: unit, GUI (offscreen) and the
# real-kernel tests in the QEMU rig, then the unit tests again under ASan + UBSan.
#   scripts/test.sh            everything
#   scripts/test.sh --no-vm    everything but the tests labelled vm (the quick loop)
#   scripts/test.sh --no-asan  skip the sanitizer build
# Further arguments go to ctest (e.g. -R rules).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export BUILD_DIR=${BUILD_DIR:-$top/build}

ctest_args=()
run_asan=1
for arg in "$@"; do
  case "$arg" in
    --no-vm) ctest_args+=(-LE vm) ;;
    --no-asan) run_asan=0 ;;
    *) ctest_args+=("$arg") ;;
  esac
done

"$top/scripts/install-deps.sh"
"$top/scripts/build.sh"

status=0
echo "== tests (${BUILD_DIR})"
ctest --test-dir "$BUILD_DIR" --output-on-failure "${ctest_args[@]}" || status=$?

if [ "$run_asan" = 1 ]; then
  asan_dir=${ASAN_BUILD_DIR:-$BUILD_DIR-asan}
  echo "== unit tests under AddressSanitizer + UndefinedBehaviorSanitizer (${asan_dir})"
  BUILD_DIR=$asan_dir "$top/scripts/build.sh" \
    -DLVS_CACHE_DIR="$BUILD_DIR/cache" \
    -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
  ctest --test-dir "$asan_dir" --output-on-failure -L unit || status=$?
fi
exit "$status"
