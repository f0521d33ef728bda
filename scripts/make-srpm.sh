#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds LVS Studio's source RPM from the checkout's committed state (HEAD):
#   scripts/make-srpm.sh [OUTDIR]        default: ${BUILD_DIR:-build}/srpm
# The tarball is `git archive HEAD` as lvs-studio-VERSION/, VERSION being the top
# CMakeLists.txt's project version, which must equal the spec's Version. Prints the path
# of the .src.rpm. Needs git and rpmbuild (Debian's and Fedora's rpm package both do).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$(realpath -m "${1:-${BUILD_DIR:-$top/build}/srpm}")
spec=$top/resources/lvs-studio.spec

version=$(sed -n 's/^project(lvs-studio VERSION \([0-9.]*\).*/\1/p' "$top/CMakeLists.txt")
spec_version=$(sed -n 's/^Version:[[:space:]]*//p' "$spec")
[ -n "$version" ] || { echo "make-srpm: no project version in CMakeLists.txt" >&2; exit 1; }
if [ "$version" != "$spec_version" ]; then
  echo "make-srpm: CMakeLists.txt says $version, the spec's Version is $spec_version" >&2
  exit 1
fi
command -v rpmbuild >/dev/null || { echo "make-srpm: rpmbuild is not installed (scripts/install-deps.sh)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work"/{SOURCES,SPECS,SRPMS,BUILD} "$out"
git -C "$top" archive --format=tar.gz --prefix="lvs-studio-$version/" -o "$work/SOURCES/lvs-studio-$version.tar.gz" HEAD
cp "$spec" "$work/SPECS/"
# Only the source package: nothing here needs Fedora's %cmake macros. Debian's rpm
# would otherwise write a Debian-flavoured dist tag into the file name: none.
rpmbuild --quiet -bs --define "_topdir $work" --define "dist %{nil}" "$work/SPECS/lvs-studio.spec" >/dev/null
srpm=$(find "$work/SRPMS" -name '*.src.rpm' | head -n1)
[ -n "$srpm" ] || { echo "make-srpm: rpmbuild made no source RPM" >&2; exit 1; }
mv "$srpm" "$out/"
echo "$out/$(basename "$srpm")"
