#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The files LVS Studio installs for the desktop and the system, validated with the
# tools Fedora's reviewers use: desktop-file-validate, appstreamcli (no network), and
# xmllint against each XML file's DTD (polkit's, D-Bus's bus configuration and
# introspection). Each validator must also reject a broken copy, so a validator that
# accepts anything cannot make this pass.
set -eu
. "$(dirname "$0")/common.sh"
res=$top/resources
needs desktop-file-validate appstreamcli xmllint
polkit_dtd=/usr/share/polkit-1/policyconfig-1.dtd
introspect_dtd=/usr/share/xml/dbus-1/introspect.dtd
[ -f "$polkit_dtd" ] || missing "$polkit_dtd is missing (polkitd)"
[ -f "$introspect_dtd" ] || missing "$introspect_dtd is missing (libdbus-1-dev)"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# check NAME COMMAND... : the command must pass on the real file.
check() {
  name=$1
  shift
  if "$@" >"$work/out" 2>&1; then
    echo "ok: $name"
  else
    fail "$name:"; cat "$work/out"
  fi
}
# reject NAME COMMAND... : the command must fail on a broken copy.
reject() {
  name=$1
  shift
  if "$@" >"$work/out" 2>&1; then
    fail "$name: a broken copy passed"
  else
    echo "ok: $name rejected"
  fi
}

desktop=$res/desktop/org.lvsstudio.LVSStudio.desktop
metainfo=$res/appstream/org.lvsstudio.LVSStudio.metainfo.xml
check "desktop-file-validate $(basename "$desktop")" desktop-file-validate "$desktop"
# --strict: warnings fail too; only pedantic notes (the capitals in the ID) are let by.
check "appstreamcli validate $(basename "$metainfo")" appstreamcli validate --no-net --strict "$metainfo"
check "polkit policy against $polkit_dtd" xmllint --noout --dtdvalid "$polkit_dtd" "$res/polkit/org.lvsstudio.policy"
for name in Helper1 BootFile1 Lab1; do
  check "$name's bus policy against busconfig.dtd" xmllint --noout --dtdvalid "$here/busconfig.dtd" "$res/dbus/org.lvsstudio.$name.conf"
done
for name in Helper1 Lab1 BootFile1; do
  check "$name's D-Bus interface against $introspect_dtd" xmllint --noout --dtdvalid "$introspect_dtd" "$res/dbus/org.lvsstudio.$name.xml"
done
# The DTD we carry must accept the system's own bus configuration, or it is wrong.
if [ -f /usr/share/dbus-1/system.conf ]; then
  check "the system's system.conf against busconfig.dtd" xmllint --noout --dtdvalid "$here/busconfig.dtd" /usr/share/dbus-1/system.conf
fi

# The application ID is one name everywhere: desktop file, metainfo, icon.
grep -q '^Icon=org.lvsstudio.LVSStudio$' "$desktop" || fail "the desktop file's Icon is not the application ID"
grep -q '<launchable type="desktop-id">org.lvsstudio.LVSStudio.desktop</launchable>' "$metainfo" ||
  fail "the metainfo's launchable is not the desktop file"
# Every screenshot the metainfo names is in docs/screenshots/, with its real size.
for url in $(sed -n 's|.*<image type="source"[^>]*>\(.*\)</image>.*|\1|p' "$metainfo"); do
  file=$top/docs/screenshots/$(basename "$url")
  if [ ! -f "$file" ]; then
    fail "screenshot $(basename "$url") is not in docs/screenshots/"
    continue
  fi
  # A PNG's width and height are the big-endian words at bytes 16 and 20.
  hex=$(od -An -tx1 -j16 -N8 "$file" | tr -d ' \n')
  size="width=\"$(printf %d "0x${hex%????????}")\" height=\"$(printf %d "0x${hex#????????}")\""
  grep -q "$size>$url<" "$metainfo" || fail "screenshot $(basename "$url"): the metainfo's size is not $size"
done
echo "ok: desktop file, metainfo and screenshots agree"

# Broken copies: a key the spec does not know, a release without a version, an
# misspelt polkit element, a misspelt policy attribute, an unknown introspection element.
sed 's/^Terminal=false/Terminal=maybe/' "$desktop" >"$work/broken.desktop"
reject "desktop file with Terminal=maybe" desktop-file-validate "$work/broken.desktop"
sed 's/<release version="[^"]*"/<release/' "$metainfo" >"$work/broken.metainfo.xml"
reject "metainfo with a release without a version" appstreamcli validate --no-net --strict "$work/broken.metainfo.xml"
sed '0,/<defaults>/s//<default>/; 0,/<\/defaults>/s//<\/default>/' "$res/polkit/org.lvsstudio.policy" >"$work/broken.policy"
reject "polkit policy with <default> for <defaults>" xmllint --noout --dtdvalid "$polkit_dtd" "$work/broken.policy"
sed 's/send_destination=/send_destinaton=/' "$res/dbus/org.lvsstudio.Helper1.conf" >"$work/broken.conf"
reject "bus policy with send_destinaton" xmllint --noout --dtdvalid "$here/busconfig.dtd" "$work/broken.conf"
sed '0,/<method /s//<methd /' "$res/dbus/org.lvsstudio.Helper1.xml" | sed '0,/<\/method>/s//<\/methd>/' >"$work/broken.xml"
reject "D-Bus interface with a <methd>" xmllint --noout --dtdvalid "$introspect_dtd" "$work/broken.xml"

[ "$failures" = 0 ]
