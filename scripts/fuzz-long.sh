#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The long fuzz run, opt-in (scripts/test.sh runs each fuzzer for seconds only): builds
# the sanitizer tree's fuzzers as scripts/test.sh does and runs each to a number of
# executions, niced, from its seeds, its regression inputs and what earlier long runs
# found (kept in the tree, build-sanitize/fuzz-long/<fuzzer>/corpus). Prints per
# fuzzer its executions, seconds, exec/s, coverage (cov: edges, ft: features) and
# crashes. A crashing input is copied to tests/fuzz/regressions/<fuzzer>/, where the
# short run replays it from then on: fix it, then commit the input with the fix.
#   scripts/fuzz-long.sh                      every fuzzer, 10,000,000 executions each
#   scripts/fuzz-long.sh --runs 1000000       fewer
#   scripts/fuzz-long.sh --max-seconds 1800   each stops there even if short of --runs
#   scripts/fuzz-long.sh fuzz_netlinkreceive  only these
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$top/scripts/lib/cache.sh"
sanitize_dir=${SANITIZE_BUILD_DIR:-${BUILD_DIR:-$top/build}-sanitize}

runs=10000000
max_seconds=0
only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --max-seconds) max_seconds=$2; shift 2 ;;
    -h|--help) sed -n '3,15p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) only+=("$1"); shift ;;
  esac
done

if [ ! -f "$sanitize_dir/build.ninja" ]; then
  CXX=clang++ cmake -S "$top" -B "$sanitize_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLVS_FUZZ=ON -DLVS_WERROR=ON \
    -DCMAKE_CXX_FLAGS="-O1 -fno-omit-frame-pointer -fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
else
  cmake -S "$top" -B "$sanitize_dir" -DLVS_FUZZ=ON >/dev/null
fi
nice -n 19 cmake --build "$sanitize_dir" --target fuzzers

# What each fuzzer is run with comes from its ctest test (tests/fuzz/CMakeLists.txt):
# name, program, seed folders, longest input, regression folder; one line each.
mapfile -t fuzzers < <(ctest --test-dir "$sanitize_dir" --show-only=json-v1 -L fuzz | python3 -c '
import json, sys
for test in json.load(sys.stdin)["tests"]:
    values = {}
    for argument in test["command"]:
        if argument.startswith("-D") and "=" in argument:
            key, value = argument[2:].split("=", 1)
            values[key] = value
    print("\t".join([test["name"], values["FUZZER"], values["SEEDS"], values["MAX_LEN"], values["REGRESSIONS"]]))')

work=$sanitize_dir/fuzz-long
mkdir -p "$work"
summary=$work/summary.txt
printf '%-22s %12s %8s %8s %7s %7s  %s\n' fuzzer executions seconds exec/s cov ft crashes | tee "$summary"
status=0
for line in "${fuzzers[@]}"; do
  IFS=$'\t' read -r name program seeds max_len regressions <<<"$line"
  if [ ${#only[@]} -gt 0 ] && [[ " ${only[*]} " != *" $name "* ]]; then
    continue
  fi
  corpus=$work/$name/corpus
  artifacts=$work/$name/artifacts
  mkdir -p "$corpus" "$artifacts"
  # New inputs go to the first folder; the seeds and regressions are read, not written.
  folders=("$corpus")
  IFS=';' read -r -a seed_folders <<<"$seeds"
  for folder in "${seed_folders[@]}" "$regressions"; do
    [ -d "$folder" ] && folders+=("$folder")
  done
  limit=()
  [ "$max_seconds" -gt 0 ] && limit=(-max_total_time="$max_seconds")
  log=$work/$name/log
  started=$SECONDS
  result=0
  ( cd "$work/$name" &&
    ASAN_OPTIONS=detect_leaks=1 nice -n 19 "$program" -runs="$runs" "${limit[@]}" -seed=1 -max_len="$max_len" \
      -timeout=120 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" "${folders[@]}" ) >"$log" 2>&1 ||
    result=$?
  seconds=$((SECONDS - started))
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  crashes=none
  if [ "$result" -ne 0 ]; then
    status=1
    found=()
    for artifact in "$artifacts"/*; do
      [ -f "$artifact" ] || continue
      mkdir -p "$regressions"
      cp "$artifact" "$regressions/"
      found+=("$(basename "$artifact")")
      rm "$artifact"
    done
    crashes="exit $result: ${found[*]:-no input saved} (log: $log)"
  fi
  printf '%-22s %12s %8s %8s %7s %7s  %s\n' "$name" "${executions:-?}" "$seconds" "${speed:-?}" "${cov:-?}" "${ft:-?}" \
    "$crashes" | tee -a "$summary"
done
echo "(the table is also in $summary; each fuzzer's output in $work/<fuzzer>/log)"
exit "$status"
