#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# cmake --install into a DESTDIR, as %cmake_install does with the prefix /usr, must
# install exactly what the spec's %files names: every installed file claimed by one
# entry (the .qm translations by %find_lang's rule), every entry matching something,
# every %dir a directory. Then what the installed files say about each other: the D-Bus
# activation file and the unit start the installed helper, nothing names the build or
# source tree, and the modes are as Fedora wants them.
set -eu
. "$(dirname "$0")/common.sh"
needs rpmspec

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

root=$work/root
# Stripped, as rpmbuild strips them (the debug information, which names the build tree,
# goes to the -debuginfo package); an RPATH would survive and be caught below.
DESTDIR=$root cmake --install "$build" --prefix /usr --strip >"$work/install.log" 2>&1 ||
  { echo "FAIL: cmake --install:"; cat "$work/install.log"; exit 1; }
(cd "$root" && find . \( -type f -o -type l \) | sed 's|^\.||' | sort) >"$work/installed"
echo "cmake --install: $(wc -l <"$work/installed") files"

# Fedora's values of the macros Debian's rpm lacks (systemd-rpm-macros, appstream,
# bash-completion and zsh's macros); the rest are rpm's own on both.
rpmspec -P --define "_unitdir /usr/lib/systemd/system" --define "_metainfodir /usr/share/metainfo" \
  --define "bash_completions_dir /usr/share/bash-completion/completions" \
  --define "zsh_completions_dir /usr/share/zsh/site-functions" "$spec" 2>"$work/rpmspec.err" |
  sed -n '/^%files/,/^%changelog/p' >"$work/files" || :
grep -q '^%files' "$work/files" || { echo "FAIL: no %files in the parsed spec:"; cat "$work/rpmspec.err"; exit 1; }
if grep -n '%{' "$work/files"; then fail "unexpanded macros in %files (above)"; fi

: >"$work/patterns"
: >"$work/dirs"
while read -r first rest; do
  case "$first" in
    ''|'#'*|%changelog) ;;
    %files)
      # %files -f NAME.lang: what %find_lang NAME --with-qt lists, every NAME_*.qm.
      case "$rest" in *-f\ *.lang) echo "*/${rest##*-f }" | sed 's/\.lang$/_*.qm/' >>"$work/patterns" ;; esac ;;
    %dir) echo "$rest" >>"$work/dirs" ;;
    %doc|%license) ;; # relative paths, copied from the source tree by rpm itself
    /*) echo "$first" >>"$work/patterns" ;;
    *) fail "a %files line this check does not understand: $first $rest" ;;
  esac
done <"$work/files"

# Every installed file claimed by an entry (shell patterns, as rpm globs them).
claimed() {
  while read -r pattern; do
    # shellcheck disable=SC2254 # the pattern is a glob on purpose
    case "$1" in $pattern) return 0 ;; esac
  done <"$work/patterns"
  return 1
}
while read -r path; do
  claimed "$path" || fail "installed but not in %files: $path"
done <"$work/installed"
# Every entry matching something installed.
while read -r pattern; do
  found=0
  while read -r path; do
    # shellcheck disable=SC2254
    case "$path" in $pattern) found=1; break ;; esac
  done <"$work/installed"
  [ "$found" = 1 ] || fail "in %files but not installed: $pattern"
done <"$work/patterns"
while read -r dir; do
  [ -d "$root$dir" ] || fail "%dir $dir is not an installed directory"
done <"$work/dirs"
echo "%files: $(wc -l <"$work/patterns") entries, $(wc -l <"$work/dirs") directories"

# The helper is where the activation file and the unit start it.
helper=/usr/libexec/lvs-studio-helper
[ -x "$root$helper" ] || fail "$helper is not installed executable"
service=$root/usr/share/dbus-1/system-services/org.lvsstudio.Helper1.service
grep -qx "Exec=$helper" "$service" || fail "the D-Bus activation file does not start $helper: $(grep Exec= "$service")"
grep -qx 'SystemdService=lvs-studio-helper.service' "$service" || fail "the D-Bus activation file does not hand over to systemd"
grep -qx "ExecStart=$helper" "$root/usr/lib/systemd/system/lvs-studio-helper.service" ||
  fail "the unit does not start $helper"
# systemd reads the unit without a complaint (its Documentation= man page included);
# a copy, as the helper it starts is in the DESTDIR, not yet in /usr/libexec.
if command -v systemd-analyze >/dev/null; then
  sed "s|^ExecStart=|ExecStart=$root|" "$root/usr/lib/systemd/system/lvs-studio-helper.service" \
    >"$work/lvs-studio-helper.service"
  if MANPATH=$root/usr/share/man systemd-analyze verify "$work/lvs-studio-helper.service" >"$work/verify" 2>&1 &&
     [ ! -s "$work/verify" ]; then
    echo "systemd-analyze verify: the unit is clean"
  else
    fail "systemd-analyze verify:"; cat "$work/verify"
  fi
fi
# Nothing installed names the build tree or the checkout (a path baked in, an RPATH).
for tree in "$build" "$top"; do
  if grep -rlF "$tree" "$root" >"$work/leaks"; then
    fail "installed files naming $tree:"; sed 's/^/  /' "$work/leaks"
  fi
done
# Modes: programs 0755, everything else 0644.
(cd "$root" && find . -type f -perm /111 | sed 's|^\.||' | sort) >"$work/executables"
printf '%s\n' /usr/bin/lvs-studio /usr/bin/lvsctl "$helper" | sort | cmp -s - "$work/executables" ||
  { fail "executable files:"; cat "$work/executables"; }
(cd "$root" && find . -type f ! -perm 0644 ! -perm 0755 | sed 's|^\.||') >"$work/modes"
[ ! -s "$work/modes" ] || { fail "files neither 0644 nor 0755:"; cat "$work/modes"; }

[ "$failures" = 0 ] && echo "the install and the spec's %files agree"
[ "$failures" = 0 ]
