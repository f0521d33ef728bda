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

# Each service is where its activation file and its unit start it: the helper (whose
# unit hands the boot file to the writer), the boot-file writer and the lab.
for entry in "Helper1 lvs-studio-helper --boot-file-service" "BootFile1 lvs-studio-bootfile" "Lab1 lvs-studio-lab"; do
  set -- $entry
  program=/usr/libexec/$2
  unit=$root/usr/lib/systemd/system/$2.service
  [ -x "$root$program" ] || fail "$program is not installed executable"
  service=$root/usr/share/dbus-1/system-services/org.lvsstudio.$1.service
  grep -qx "Exec=$program" "$service" || fail "org.lvsstudio.$1's activation file does not start $program: $(grep Exec= "$service")"
  grep -qx "SystemdService=$2.service" "$service" || fail "org.lvsstudio.$1's activation file does not hand over to $2.service"
  grep -qx "ExecStart=$program${3:+ $3}" "$unit" || fail "$2.service does not start '$program${3:+ $3}': $(grep ExecStart= "$unit")"
  # systemd reads the unit without a complaint (its Documentation= man page included);
  # a copy, as the program it starts is in the DESTDIR, not yet in /usr/libexec.
  if command -v systemd-analyze >/dev/null; then
    sed "s|^ExecStart=|ExecStart=$root|" "$unit" >"$work/$2.service"
    if MANPATH=$root/usr/share/man systemd-analyze verify "$work/$2.service" >"$work/verify" 2>&1 &&
       [ ! -s "$work/verify" ]; then
      echo "systemd-analyze verify: $2.service is clean"
    else
      fail "systemd-analyze verify $2.service:"; cat "$work/verify"
    fi
  fi
done
# Nothing installed names the build tree or the checkout (a path baked in, an RPATH).
for tree in "$build" "$top"; do
  if grep -rlF "$tree" "$root" >"$work/leaks"; then
    fail "installed files naming $tree:"; sed 's/^/  /' "$work/leaks"
  fi
done
# Modes: programs 0755, everything else 0644.
(cd "$root" && find . -type f -perm /111 | sed 's|^\.||' | sort) >"$work/executables"
printf '%s\n' /usr/bin/lvs-studio /usr/bin/lvsctl /usr/libexec/lvs-studio-helper /usr/libexec/lvs-studio-bootfile \
  /usr/libexec/lvs-studio-lab | sort | cmp -s - "$work/executables" ||
  { fail "executable files:"; cat "$work/executables"; }
(cd "$root" && find . -type f ! -perm 0644 ! -perm 0755 | sed 's|^\.||') >"$work/modes"
[ ! -s "$work/modes" ] || { fail "files neither 0644 nor 0755:"; cat "$work/modes"; }

[ "$failures" = 0 ] && echo "the install and the spec's %files agree"
[ "$failures" = 0 ]
