#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# lvsctl's shell completions: bash's completes commands and each command's options as
# bash-completion runs it; zsh's parses. Every option the completions offer is one the
# man page documents.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
res=$top/resources
missing() {
  echo "packaging: $* (scripts/install-deps.sh installs it)" >&2
  if [ "${CI:-}" = true ]; then exit 1; fi
  exit 77
}
[ -f /usr/share/bash-completion/bash_completion ] || missing "bash-completion is not installed"
command -v zsh >/dev/null || missing "zsh is not installed"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# complete WORD... : what bash offers for the last word of "lvsctl WORD...".
complete_words() {
  bash --norc --noprofile -c '
    source /usr/share/bash-completion/bash_completion
    source "$1"
    shift
    COMP_WORDS=(lvsctl "$@")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    _lvsctl lvsctl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' _ "$res/completions/lvsctl.bash" "$@"
}
expect() { # expected, words...
  want=$1
  shift
  got=$(complete_words "$@")
  if [ "$got" = "$want" ]; then
    echo "ok: lvsctl $* -> $got"
  else
    fail "lvsctl $*: got '$got', expected '$want'"
  fi
}
expect "convert " conv
expect "restore " rest
expect "--rate " list --r
expect "--persistent-conn " list --p
expect "--help --to " convert --
expect "keepalived rules script " convert --to ''
expect "freebsd linux solaris " realserver-setup f.rules --os ''
expect "--dry-run " restore --d
expect "save show " boot s
expect "backup master " daemon start ''

zsh -n "$res/completions/_lvsctl" || fail "zsh cannot parse _lvsctl"
head -n1 "$res/completions/_lvsctl" | grep -qx '#compdef lvsctl' || fail "_lvsctl does not start with #compdef lvsctl"
echo "ok: zsh parses _lvsctl"

# Every long option either completion offers is in lvsctl(1).
for option in $(grep -ohE -- '--[a-z][a-z-]*' "$res/completions/lvsctl.bash" "$res/completions/_lvsctl" | sort -u); do
  # In troff a minus is \-; the option must not go on (--director, not --director-address).
  pattern=$(printf '%s' "$option" | sed 's/-/\\\\-/g')
  grep -qE -- "$pattern([^a-z\\\\]|\\\\[^-]|\$)" "$res/man/lvsctl.1" ||
    fail "completions offer $option, lvsctl(1) does not document it"
done
echo "ok: every option offered is in lvsctl(1)"
[ "$failures" = 0 ]
