# SPDX-License-Identifier: GPL-2.0-or-later
# What every packaging check shares (sourced): the checkout, the build tree, a scratch
# directory removed on exit, and how a missing tool ends the check (skipped with 77,
# or failed under CI=true, where scripts/install-deps.sh must have installed it).
top=$(cd "$(dirname "$0")/../.." && pwd)
here=$top/tests/packaging
build=$(realpath -m "${BUILD_DIR:-$top/build}")
spec=$top/resources/lvs-studio.spec
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

missing() {
  echo "packaging: $* (scripts/install-deps.sh installs it)" >&2
  if [ "${CI:-}" = true ]; then exit 1; fi
  exit 77
}

# needs TOOL...: each must be on PATH.
needs() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || missing "$tool is not installed"
  done
}
