#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The Fedora spec: rpmlint finds no error in it, scripts/make-srpm.sh builds the source
# RPM with rpmbuild -bs, and rpmlint finds no error in that either (less the checks
# Fedora's guidelines contradict, lvs-studio.rpmlintrc). The binary RPM needs Fedora's
# %cmake macros and is built on Fedora.
set -eu
. "$(dirname "$0")/common.sh"
needs rpmlint rpmbuild rpm git

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# rpmlint's last line: "N packages and M specfiles checked; E errors, W warnings, ...".
lint() {
  rpmlint "$@" >"$work/lint" 2>&1 || :
  summary=$(grep 'checked;' "$work/lint" || :)
  errors=$(echo "$summary" | sed -n 's/.*checked; \([0-9]*\) errors.*/\1/p')
  if [ -z "$errors" ]; then
    fail "rpmlint $*: no summary"; cat "$work/lint"
  elif [ "$errors" != 0 ]; then
    fail "rpmlint $*: $errors errors"; cat "$work/lint"
  else
    echo "ok: rpmlint $(basename "$1"): $summary"
    grep -E ': (W|E): ' "$work/lint" | sed 's/^/  /' || :
  fi
}

lint "$spec"
srpm=$("$top/scripts/make-srpm.sh" "$build/srpm") || { echo "FAIL: make-srpm.sh"; exit 1; }
echo "ok: rpmbuild -bs: $srpm"
lint "$srpm" -r "$here/lvs-studio.rpmlintrc"

version=$(sed -n 's/^Version:[[:space:]]*//p' "$spec")
rpm -qpl "$srpm" >"$work/contents"
printf 'lvs-studio-%s.tar.gz\nlvs-studio.spec\n' "$version" | cmp -s - "$work/contents" ||
  { fail "the source RPM holds:"; cat "$work/contents"; }
# The tarball is the committed tree: it has the spec and the top CMakeLists.txt.
rpm2cpio "$srpm" | (cd "$work" && cpio -i --quiet "lvs-studio-$version.tar.gz")
tar -tzf "$work/lvs-studio-$version.tar.gz" >"$work/files"
for path in CMakeLists.txt resources/lvs-studio.spec resources/CMakeLists.txt; do
  grep -qx "lvs-studio-$version/$path" "$work/files" || fail "the tarball lacks $path"
done
rpm -qp --qf '%{NAME} %{VERSION} %{RELEASE} %{LICENSE}\n' "$srpm" | grep -qx "lvs-studio $version 1 GPL-2.0-or-later" ||
  fail "the source RPM's name, version or licence: $(rpm -qp --qf '%{NAME} %{VERSION} %{RELEASE} %{LICENSE}' "$srpm")"
# The build dependencies by pkgconfig() and cmake() names, and ipvsadm only recommended.
rpm -qp --requires "$srpm" >"$work/requires"
for need in 'cmake(Qt6Widgets)' 'cmake(PolkitQt6-1)' 'pkgconfig(libnl-genl-3.0)'; do
  grep -q "^$need" "$work/requires" || fail "BuildRequires lacks $need"
done
grep -q '^Recommends:[[:space:]]*ipvsadm$' "$spec" || fail "ipvsadm is not a weak dependency (Recommends)"
grep -q '^Requires:.*ipvsadm' "$spec" && fail "ipvsadm is a hard dependency"
[ "$failures" = 0 ]
