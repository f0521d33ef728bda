#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs what is missing, builds, and runs every test: unit, GUI (offscreen) and the
# real-kernel tests in the QEMU rig, then the unit tests again under ASan + UBSan, then
# a bounded libFuzzer run of every parser that reads outside input.
#   scripts/test.sh            everything
#   scripts/test.sh --no-vm    everything but the tests labelled vm (the quick loop)
#   scripts/test.sh --no-asan  skip the sanitizer build
#   scripts/test.sh --no-fuzz  skip the fuzzers
# Further arguments go to ctest (e.g. -R rules).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export BUILD_DIR=${BUILD_DIR:-$top/build}

ctest_args=()
run_asan=1
run_fuzz=1
for arg in "$@"; do
  case "$arg" in
    --no-vm) ctest_args+=(-LE vm) ;;
    --no-asan) run_asan=0 ;;
    --no-fuzz) run_fuzz=0 ;;
    *) ctest_args+=("$arg") ;;
  esac
done

# Each phase says how long it took: CI keeps the log only of a failed run, and the
# whole run must stay well inside CI's time.
timed() {
  local what=$1 started=$SECONDS phase_status=0
  shift
  "$@" || phase_status=$?
  echo "== $what took $((SECONDS - started)) s (run so far $SECONDS s)"
  return "$phase_status"
}

timed "dependencies" "$top/scripts/install-deps.sh"
timed "build" "$top/scripts/build.sh"

status=0
echo "== tests (${BUILD_DIR})"
timed "tests" ctest --test-dir "$BUILD_DIR" --output-on-failure "${ctest_args[@]}" || status=$?
# ctest shows a passing test's output nowhere but its log: print the benchmarks' figures.
log="$BUILD_DIR/Testing/Temporary/LastTest.log"
if [ -f "$log" ]; then
  echo "== benchmark figures"
  awk '/^[0-9]+\/[0-9]+ Testing: / { name = $3 }
       /^Output:$/ { inside = 1; next }
       /^<end of output>$/ { inside = 0 }
       inside && name ~ /bench/ && !/^-+$/ { print }' "$log"
  # The simulated kernel against the real one (vm_sim_schedulers), when it ran.
  grep -E '^scheduler agreement:|^  [a-z]+ kernel picks:' "$log" || true
fi

if [ "$run_asan" = 1 ]; then
  asan_dir=${ASAN_BUILD_DIR:-$BUILD_DIR-asan}
  echo "== unit tests under AddressSanitizer + UndefinedBehaviorSanitizer (${asan_dir})"
  if [ ! -f "$asan_dir/build.ninja" ]; then
    cmake -S "$top" -B "$asan_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLVS_CACHE_DIR="$BUILD_DIR/cache" \
      -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
      -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
  fi
  # Only what the unit tests run (their programs and what those depend on): the GUI
  # and benchmark programs would double this tree's build time for nothing run here.
  # A Qt Test's test is named as its program (tests/CMakeLists.txt, lvs_add_test).
  asan_labels=(-L unit -LE packaging)
  mapfile -t asan_targets < <(ctest --test-dir "$asan_dir" --show-only=json-v1 "${asan_labels[@]}" |
    python3 -c 'import json, sys
for test in json.load(sys.stdin)["tests"]:
    if test["name"].startswith("tst_"):
        print(test["name"])')
  timed "sanitizer build (${#asan_targets[@]} test programs)" cmake --build "$asan_dir" --target "${asan_targets[@]}"
  timed "sanitizer tests" ctest --test-dir "$asan_dir" --output-on-failure "${asan_labels[@]}" || status=$?
fi

if [ "$run_fuzz" = 1 ]; then
  fuzz_dir=${FUZZ_BUILD_DIR:-$BUILD_DIR-fuzz}
  echo "== fuzzers, ${LVS_FUZZ_SECONDS:-15} s each (${fuzz_dir})"
  if [ ! -f "$fuzz_dir/build.ninja" ]; then
    CXX=clang++ cmake -S "$top" -B "$fuzz_dir" -G Ninja -DLVS_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DLVS_CACHE_DIR="$BUILD_DIR/cache" -DLVS_FUZZ_SECONDS="${LVS_FUZZ_SECONDS:-15}" \
      -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
  fi
  timed "fuzzer build" cmake --build "$fuzz_dir" --target fuzzers
  timed "fuzzers" ctest --test-dir "$fuzz_dir" --output-on-failure -L fuzz || status=$?
fi
exit "$status"
