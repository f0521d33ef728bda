#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs what is missing, builds, and runs every test: unit, GUI (offscreen) and the
# real-kernel tests in the QEMU rig; then, in one clang tree built with ASan + UBSan and
# libFuzzer's coverage, the unit tests again and a bounded run of every fuzzer.
#   scripts/test.sh            everything
#   scripts/test.sh --no-vm    everything but the tests labelled vm (the quick loop)
#   scripts/test.sh --no-asan  skip the sanitizer tree's unit tests
#   scripts/test.sh --no-fuzz  skip the fuzzers
# Further arguments go to ctest (e.g. -R rules). It ends with a table of its phases and
# of every VM guest and check, with their seconds.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export BUILD_DIR=${BUILD_DIR:-$top/build}
. "$top/scripts/lib/cache.sh"

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

# Each phase says how long it took, and the end repeats them as a table: CI keeps the
# log only of a failed run, and the whole run must stay well inside CI's time.
phases=()
timed() {
  local what=$1 started=$SECONDS phase_status=0
  shift
  "$@" || phase_status=$?
  echo "== $what took $((SECONDS - started)) s (run so far $SECONDS s)"
  phases+=("$((SECONDS - started))"$'\t'"$what")
  return "$phase_status"
}

timed "dependencies" "$top/scripts/install-deps.sh"
# Warnings are errors in every test run, not only in CI (which sets CI=true): the run a
# developer sees pass is the one CI runs.
timed "build" "$top/scripts/build.sh" -DLVS_WERROR=ON

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
  cp "$log" "$BUILD_DIR/Testing/main-tests.log"
fi

# One tree for the sanitizers and the fuzzers: clang, ASan + UBSan, libFuzzer's coverage
# on everything (so the fuzzers find their way), -O1 so that fuzzing stays fast, and
# assertions on. It builds the unit tests' programs and the fuzzers, nothing else.
if [ "$run_asan" = 1 ] || [ "$run_fuzz" = 1 ]; then
  sanitize_dir=${SANITIZE_BUILD_DIR:-$BUILD_DIR-sanitize}
  if [ ! -f "$sanitize_dir/build.ninja" ]; then
    CXX=clang++ cmake -S "$top" -B "$sanitize_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLVS_FUZZ=ON -DLVS_WERROR=ON \
      -DLVS_FUZZ_SECONDS="${LVS_FUZZ_SECONDS:-15}" \
      -DCMAKE_CXX_FLAGS="-O1 -fno-omit-frame-pointer -fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined" \
      -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
  else
    cmake -S "$top" -B "$sanitize_dir" -DLVS_WERROR=ON >/dev/null
  fi
  # The packaging checks stay out: ASan's metadata names the checkout in every binary,
  # which packaging_files rightly refuses. A Qt Test's test is named as its program.
  asan_labels=(-L unit -LE packaging)
  # No guest runs in this phase, so its tests share the cores: each fuzzer is bounded by
  # seconds, not executions, and the unit tests wait for nothing but themselves.
  jobs=$(nproc)
  targets=()
  if [ "$run_asan" = 1 ]; then
    mapfile -t targets < <(ctest --test-dir "$sanitize_dir" --show-only=json-v1 "${asan_labels[@]}" |
      python3 -c 'import json, sys
for test in json.load(sys.stdin)["tests"]:
    if test["name"].startswith("tst_"):
        print(test["name"])')
  fi
  [ "$run_fuzz" = 1 ] && targets+=(fuzzers)
  echo "== sanitizer tree (${sanitize_dir})"
  timed "sanitizer build (${#targets[@]} targets)" cmake --build "$sanitize_dir" --target "${targets[@]}"
  if [ "$run_asan" = 1 ]; then
    # Full stacks: Debian's Qt has no frame pointers, and a leak report must reach the
    # frames that say whose allocation it was (tests/lsan.supp matches on them).
    ASAN_OPTIONS=fast_unwind_on_malloc=0${ASAN_OPTIONS:+:$ASAN_OPTIONS} \
    LSAN_OPTIONS=suppressions=$top/tests/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS} \
      timed "unit tests under ASan + UBSan" ctest --test-dir "$sanitize_dir" --output-on-failure -j "$jobs" "${asan_labels[@]}" ||
      status=$?
  fi
  if [ "$run_fuzz" = 1 ]; then
    echo "== fuzzers, ${LVS_FUZZ_SECONDS:-15} s each"
    timed "fuzzers" ctest --test-dir "$sanitize_dir" --output-on-failure -j "$jobs" -L fuzz || status=$?
  fi
fi

echo "== times"
printf '%s\n' "${phases[@]}" | awk -F'\t' -v whole="$SECONDS" '{ printf "%6d s  %s\n", $1, $2 }
  END { printf "%6d s  whole run\n", whole }'
if [ -f "$BUILD_DIR/Testing/main-tests.log" ]; then
  python3 "$top/scripts/lib/vm-times.py" "$BUILD_DIR/Testing/main-tests.log" || true
fi
command -v ccache >/dev/null && ccache --show-stats 2>/dev/null | grep -E 'Hits|Misses|Cache size' || true
exit "$status"
