#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# A real polkit agent, and a user in an active local session, in the systemd guest
# (tests/vm/run.sh --systemd) after the project was installed into /usr: installed-systemd.sh
# runs this last. Only the shipped policy (resources/polkit/org.lvsstudio.policy) and
# Debian's own rules decide: no rules.d file of ours. There
#   org.lvsstudio.read     allow_any/allow_inactive auth_admin, allow_active yes
#   org.lvsstudio.modify   allow_any/allow_inactive auth_admin, allow_active auth_admin_keep
# and Debian's 50-default.rules makes the members of group sudo the administrators, so
# the agent asks for lvsadmin's password (in sudo); lvsuser, the caller, is not in sudo
# and root's password stays locked. pkttyagent runs on a pty of its own (script(1)), is
# registered for the process that then becomes lvsctl or the window (same pid and start
# time, so polkit finds it for that caller's bus name), and this script types into it.
set -eu
data=$(cd "$(dirname "$0")/../../data" && pwd)
build=$BUILD_DIR
lvsctl=/usr/bin/lvsctl
work=/tmp/installed-agent
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "agent: $*"; }
now() { cut -d' ' -f1 /proc/uptime; }
since() { awk -v from="$1" -v to="$(now)" 'BEGIN { printf "%.1f", to - from }'; }
password=lvs-Right-0
started=$(now)
journal_from=$(date '+%Y-%m-%d %H:%M:%S')

[ -x "$lvsctl" ] || { echo "FAIL: $lvsctl is not installed (installed-systemd.sh installs it first)"; exit 1; }
for program in pkttyagent script runuser useradd chpasswd systemd-run loginctl; do
  command -v "$program" >/dev/null || { echo "FAIL: $program is missing in the guest"; exit 1; }
done
# No rules of ours (nor anyone's naming our actions): the shipped policy decides.
if grep -ls lvsstudio /etc/polkit-1/rules.d/* /usr/share/polkit-1/rules.d/* >"$work.rules" 2>/dev/null; then
  fail "polkit rules name org.lvsstudio: $(cat "$work.rules")"
fi
grep -qF '"unix-group:sudo"' /usr/share/polkit-1/rules.d/50-default.rules ||
  fail "Debian's 50-default.rules does not make group sudo the administrators"

rm -rf "$work"
mkdir -p "$work/home" "$work/bin"
useradd --no-create-home --home-dir "$work/home" --shell /bin/sh --uid 4100 --user-group lvsuser
useradd --no-create-home --home-dir /nonexistent --shell /bin/sh --uid 4101 --user-group --groups sudo lvsadmin
echo "lvsadmin:$password" | chpasswd
chown lvsuser: "$work/home"
[ "$(id -nG lvsuser)" = lvsuser ] || fail "lvsuser is in groups $(id -nG lvsuser)"
ok "lvsuser (the caller, uid 4100) and lvsadmin (group sudo, a password) added to the guest's /etc; /etc/polkit-1/rules.d holds $(ls /etc/polkit-1/rules.d 2>/dev/null | wc -l) files"

# with-agent.sh DIR COMMAND...: pkttyagent on a pty of its own, registered for this
# process, which then becomes COMMAND. The agent closes DIR/ready once polkitd has it.
cat >"$work/bin/with-agent.sh" <<'SH'
dir=$1
shift
script -qfc "sh $(dirname "$0")/agent-on-pty.sh $$ $dir" /dev/null <"$dir/in" >"$dir/out" 2>&1 &
read -r _ <"$dir/ready" || :
exec "$@"
SH
# The agent is the pty's foreground process, as in a terminal: Ctrl-C reaches it (a
# background job of a script has SIGINT ignored, and a shell cannot undo that: env can).
cat >"$work/bin/agent-on-pty.sh" <<'SH'
echo $$ >"$2/agent.pid"
exec 3>"$2/ready"
exec env --default-signal=INT pkttyagent --process "$1" --notify-fd 3
SH
agent_prepare() { # DIR: the pty's input, the registration's signal, what the agent printed
  rm -rf "$1"
  mkdir -p "$1"
  mkfifo "$1/in" "$1/ready"
  : >"$1/out"
  chown -R lvsuser: "$1"
}
agent_open() { exec 4>"$1/in"; } # returns once script(1) reads the other end
agent_wait() { # DIR TEXT COUNT [PID]: until the agent has printed TEXT COUNT times (90 s
  tries=0       # at most; no longer once PID, the caller, has gone)
  while [ "$(grep -c "$2" "$1/out" || :)" -lt "$3" ]; do
    tries=$((tries + 1))
    [ "$tries" -lt 300 ] || return 1
    [ -z "${4:-}" ] || kill -0 "$4" 2>/dev/null || return 1
    sleep 0.3
  done
}
agent_type() { printf '%s\n' "$1" >&4; }
agent_stop() { # DIR: the agent (by the pid it wrote) and its pty's input
  kill "$(cat "$1/agent.pid")" 2>/dev/null || :
  exec 4>&-
}
prompts() { grep -c 'Password:' "$1/out" || :; }
as_user() { runuser -u lvsuser -- env HOME="$work/home" "$@"; }
saved() { ipvsadm -S -n >"$1"; }

ipvsadm -C
ipvsadm -R <"$data/rules/listing1.rules"
saved "$work/before.save"

# 1. lvsuser in no session at all (runuser): even reading needs an administrator, and
# reads never ask (the helper's Get* methods have no interactive flag).
if as_user "$lvsctl" list >"$work/nosession-list.out" 2>&1; then
  fail "lvsuser outside any session read the table: allow_any for org.lvsstudio.read is not auth_admin"
else
  code=$?
  [ "$code" = 5 ] && ok "outside a session lvsctl list is refused (exit 5): $(head -n1 "$work/nosession-list.out")" ||
    fail "outside a session lvsctl list exited $code: $(cat "$work/nosession-list.out")"
fi

# 1b. A wrong password typed into the agent: lvsctl clear refused, the table as it was.
dir=$work/wrong
agent_prepare "$dir"
case_start=$(now)
as_user sh "$work/bin/with-agent.sh" "$dir" "$lvsctl" clear >"$dir/lvsctl.out" 2>&1 &
caller=$!
agent_open "$dir"
if agent_wait "$dir" 'Password:' 1; then
  agent_type wrong-password
  # pkttyagent makes one attempt per check; should it ask again, every try is wrong.
  while agent_wait "$dir" 'Password:' $(($(prompts "$dir") + 1)) "$caller"; do
    agent_type wrong-password
  done
else
  fail "wrong password: the agent never asked: $(cat -v "$dir/out")"
fi
wait "$caller" && code=0 || code=$?
saved "$work/wrong.save"
if [ "$code" = 5 ] && grep -q 'AUTHENTICATION FAILED' "$dir/out" && grep -q 'Authenticating as: lvsadmin' "$dir/out" &&
  grep -q 'not authorized for org.lvsstudio.modify' "$dir/lvsctl.out" &&
  cmp -s "$work/before.save" "$work/wrong.save"; then
  ok "no session, wrong password (tries: $(prompts "$dir")): lvsctl clear refused (exit 5) in $(since "$case_start") s, ipvsadm -S -n unchanged: $(head -n1 "$dir/lvsctl.out")"
else
  fail "wrong password: lvsctl clear exited $code, table $(cmp -s "$work/before.save" "$work/wrong.save" && echo unchanged || echo changed); agent: $(tr -d '\r' <"$dir/out" | tail -n4 | tr '\n' '|'); lvsctl: $(cat "$dir/lvsctl.out")"
fi
agent_stop "$dir"

# 1c. Ctrl-C at the agent's prompt: the agent goes, polkitd ends the check, refused.
dir=$work/cancel
agent_prepare "$dir"
case_start=$(now)
as_user sh "$work/bin/with-agent.sh" "$dir" "$lvsctl" clear >"$dir/lvsctl.out" 2>&1 &
caller=$!
agent_open "$dir"
agent_wait "$dir" 'Password:' 1 || fail "cancel: the agent never asked: $(cat -v "$dir/out")"
printf '\003' >&4
wait "$caller" && code=0 || code=$?
saved "$work/cancel.save"
# polkitd's own refusal once the agent is gone, not the helper's 110 s timeout (which
# would also exit 5, "polkit did not answer").
if [ "$code" = 5 ] && [ "$(prompts "$dir")" = 1 ] && grep -q 'not authorized for org.lvsstudio.modify' "$dir/lvsctl.out" &&
  cmp -s "$work/before.save" "$work/cancel.save"; then
  ok "no session, Ctrl-C at the prompt: lvsctl clear refused (exit 5) in $(since "$case_start") s, ipvsadm -S -n unchanged: $(head -n1 "$dir/lvsctl.out")"
else
  fail "cancel: lvsctl clear exited $code after $(prompts "$dir") prompts, table $(cmp -s "$work/before.save" "$work/cancel.save" && echo unchanged || echo changed): $(cat "$dir/lvsctl.out")"
fi
agent_stop "$dir"

# 1a. The right password applies; (d) while its prompt is open, root's lvsctl list is
# answered at once (the helper runs each caller's check on its own).
dir=$work/right
agent_prepare "$dir"
case_start=$(now)
as_user sh "$work/bin/with-agent.sh" "$dir" "$lvsctl" clear >"$dir/lvsctl.out" 2>&1 &
caller=$!
agent_open "$dir"
if agent_wait "$dir" 'Password:' 1; then
  list_start=$(now)
  $lvsctl list >"$work/concurrent.list" 2>&1 && list_code=0 || list_code=$?
  list_took=$(since "$list_start")
  ipvsadm -Ln >"$work/concurrent.ipvsadm"
  if [ "$list_code" = 0 ] && kill -0 "$caller" 2>/dev/null && cmp -s "$work/concurrent.ipvsadm" "$work/concurrent.list"; then
    ok "(d) while lvsuser's password prompt is open, root's lvsctl list is answered in $list_took s, as ipvsadm -Ln"
  else
    fail "(d) root's lvsctl list during the prompt: exit $list_code after $list_took s, caller $(kill -0 "$caller" 2>/dev/null && echo waiting || echo gone): $(head -n3 "$work/concurrent.list")"
  fi
  agent_type "$password"
else
  fail "right password: the agent never asked: $(cat -v "$dir/out")"
fi
wait "$caller" && code=0 || code=$?
saved "$work/right.save"
if [ "$code" = 0 ] && grep -q 'AUTHENTICATION COMPLETE' "$dir/out" && [ ! -s "$work/right.save" ]; then
  ok "no session, lvsadmin's password: lvsctl clear applied (exit 0) in $(since "$case_start") s; ipvsadm -S -n is empty, as asked"
else
  fail "right password: lvsctl clear exited $code, $(wc -l <"$work/right.save") rules left; agent: $(tr -d '\r' <"$dir/out" | tail -n3 | tr '\n' '|'); lvsctl: $(cat "$dir/lvsctl.out")"
fi
agent_stop "$dir"

# 2. An active local session: systemd opens one through PAM ("login", pam_systemd) for a
# unit of lvsuser's on tty1, the foreground virtual console of seat0 (the guest's VGA
# console; its own console is ttyS0). The unit's shell runs what this script writes
# into DIR/commands, in that session, one command at a time.
sdir=$work/session
mkdir -p "$sdir"
mkfifo "$sdir/commands"
chown -R lvsuser: "$sdir"
cat >"$work/bin/session-shell.sh" <<'SH'
dir=$1
echo $$ >"$dir/pid.tmp" && mv "$dir/pid.tmp" "$dir/pid"
while read -r line <"$dir/commands"; do
  [ "$line" = exit ] && break
  sh -c "$line" >"$dir/command.out" 2>&1 </dev/null
  echo $? >"$dir/status.tmp" && mv "$dir/status.tmp" "$dir/status"
done
SH
in_session_start() { rm -f "$sdir/status"; printf '%s\n' "$1" >"$sdir/commands"; }
in_session_wait() { # prints the command's exit status (180 s at most)
  tries=0
  while [ ! -f "$sdir/status" ]; do
    tries=$((tries + 1))
    [ "$tries" -lt 600 ] || { echo timeout; return; }
    sleep 0.3
  done
  cat "$sdir/status"
}
in_session() { in_session_start "$1"; in_session_wait; }

# The user's own service manager (user@4100.service), which logind starts with a first
# session, plays no part in polkit's answer and takes half a minute of emulated CPU.
systemctl mask --runtime --quiet user@4100.service
session_start=$(now)
systemd-run --quiet --unit=lvs-agent-session --property=PAMName=login --property=User=lvsuser \
  --property=TTYPath=/dev/tty1 --property=StandardInput=tty --property=StandardOutput=journal \
  --property=WorkingDirectory="$work/home" --setenv=HOME="$work/home" \
  /bin/sh "$work/bin/session-shell.sh" "$sdir" || fail "systemd-run of the session's unit exited $?"
tries=0
while [ ! -f "$sdir/pid" ] && [ "$tries" -lt 300 ]; do
  tries=$((tries + 1))
  sleep 0.3
done
leader=$(cat "$sdir/pid" 2>/dev/null || echo none)
session=$(loginctl list-sessions --no-legend 2>/dev/null | awk '$3 == "lvsuser" { print $1; exit }')
if [ -z "$session" ] || [ "$leader" = none ]; then
  # Without VT support (no /dev/tty1) or without logind the guest cannot give a local
  # session a seat; say so rather than pass.
  fail "no session for lvsuser after $(since "$session_start") s (leader $leader, /dev/tty1 $([ -e /dev/tty1 ] && echo exists || echo missing)): $(journalctl -u lvs-agent-session.service --no-pager | tail -n5)"
else
  loginctl show-session "$session" -p Active -p Remote -p Seat -p Type -p Class -p TTY -p State >"$work/session.props"
  props=$(tr '\n' ' ' <"$work/session.props")
  scope=$(grep -c "/session-$session.scope\$" "/proc/$leader/cgroup" || :)
  if grep -qx Active=yes "$work/session.props" && grep -qx Remote=no "$work/session.props" &&
    grep -qx Seat=seat0 "$work/session.props" && [ "$scope" = 1 ]; then
    ok "session $session opened in $(since "$session_start") s: $props; its shell (pid $leader) is in session-$session.scope"
  else
    fail "session $session is not an active local one: $props; shell's cgroup $(cat "/proc/$leader/cgroup")"
  fi

  # allow_active: reading is allowed with no agent and no rule (changing still asks: the
  # window's lock below says "Unlock…" and needs the agent).
  ipvsadm -R <"$data/rules/every_scheduler.rules"
  list_start=$(now)
  code=$(in_session "$lvsctl list")
  cp "$sdir/command.out" "$work/session.list"
  ipvsadm -Ln >"$work/session.ipvsadm"
  [ "$code" = 0 ] && cmp -s "$work/session.ipvsadm" "$work/session.list" &&
    ok "in the session lvsctl list, with no agent and no rule, is ipvsadm -Ln ($(wc -l <"$work/session.list") lines, $(since "$list_start") s)" ||
    fail "in the session lvsctl list exited $code: $(head -n3 "$work/session.list")"
  # 3. The window's lock, offscreen, in the session. First the right password: the lock
  # shows Unlocked and Apply goes through on the kept authorization, with no prompt more.
  window="env QT_QPA_PLATFORM=offscreen sh $work/bin/with-agent.sh"
  dir=$work/window-right
  agent_prepare "$dir"
  saved "$work/window-before.save"
  case_start=$(now)
  in_session_start "$window $dir $build/tests/tst_windowagent -maxwarnings 0 unlockWithThePasswordThenApply"
  agent_open "$dir"
  agent_wait "$dir" 'Password:' 1 && agent_type "$password" || fail "window: the agent never asked: $(cat -v "$dir/out")"
  code=$(in_session_wait)
  cp "$sdir/command.out" "$work/window-right.log"
  saved "$work/window-right.save"
  { cat "$work/window-before.save"; echo '-A -t 10.77.0.1:80 -s wrr'; } | sort >"$work/window-wanted.sorted"
  sort "$work/window-right.save" >"$work/window-right.sorted"
  if [ "$code" = 0 ] && [ "$(prompts "$dir")" = 1 ] && cmp -s "$work/window-wanted.sorted" "$work/window-right.sorted"; then
    ok "the window's lock with lvsadmin's password: Unlocked, then Apply with no second prompt, in $(since "$case_start") s; ipvsadm -S -n gained -A -t 10.77.0.1:80 -s wrr: $(grep '^Totals:' "$work/window-right.log")"
    grep '^QINFO.*window agent:' "$work/window-right.log" | sed 's/^QINFO *: *[^ ]* /  /'
  else
    fail "the window's lock with the password: exit $code, $(prompts "$dir") prompts:"
    grep -E '^(FAIL|QINFO|QFATAL|Totals)|QWARN' -A2 "$work/window-right.log" | head -20
    diff "$work/window-wanted.sorted" "$work/window-right.sorted" || :
  fi
  agent_stop "$dir"

  # A wrong password at the lock leaves it asking; Apply asks again, and the agent's
  # terminal ends (EOF, as when its window is closed): the agent gives up, refused.
  dir=$work/window-refused
  agent_prepare "$dir"
  saved "$work/window-before.save"
  case_start=$(now)
  in_session_start "$window $dir $build/tests/tst_windowagent -maxwarnings 0 wrongPasswordKeepsItLockedAndCancelRefusesApply"
  agent_open "$dir"
  if agent_wait "$dir" 'Password:' 1; then
    agent_type wrong-password
    agent_wait "$dir" 'Password:' 2 && exec 4>&- || fail "window: Apply did not make the agent ask again: $(cat -v "$dir/out")"
  else
    fail "window refused: the agent never asked: $(cat -v "$dir/out")"
  fi
  code=$(in_session_wait)
  cp "$sdir/command.out" "$work/window-refused.log"
  saved "$work/window-refused.save"
  if [ "$code" = 0 ] && grep -q 'AUTHENTICATION FAILED' "$dir/out" && grep -q 'Apply was refused.*: not authorized for' "$work/window-refused.log" &&
    cmp -s "$work/window-before.save" "$work/window-refused.save"; then
    ok "the window's lock with a wrong password stays Unlock…; Apply then cancelled at the agent is refused, in $(since "$case_start") s; ipvsadm -S -n unchanged: $(grep '^Totals:' "$work/window-refused.log")"
    grep '^QINFO.*window agent:' "$work/window-refused.log" | sed 's/^QINFO *: *[^ ]* /  /'
  else
    fail "the window refused: exit $code, $(prompts "$dir") prompts, table $(cmp -s "$work/window-before.save" "$work/window-refused.save" && echo unchanged || echo changed):"
    grep -E '^(FAIL|QINFO|QFATAL|Totals)|QWARN' -A2 "$work/window-refused.log" | head -20
  fi
  agent_stop "$dir"

  in_session_start exit
fi

# What polkitd recorded: a one-shot authorization (auth_admin) for the caller in no
# session, kept ones (auth_admin_keep) in the session, all as lvsadmin.
journalctl -u polkit.service --since "$journal_from" --no-pager -o cat >"$work/polkitd.log"
one_shot=$(grep -c 'authenticated as unix-user:lvsadmin to gain ONE-SHOT authorization for action org.lvsstudio.modify' "$work/polkitd.log" || :)
kept=$(grep -c 'authenticated as unix-user:lvsadmin to gain TEMPORARY authorization for action org.lvsstudio.modify' "$work/polkitd.log" || :)
[ "$one_shot" = 1 ] && [ "$kept" = 1 ] &&
  ok "polkitd: lvsadmin authenticated for org.lvsstudio.modify once ONE-SHOT (lvsctl, no session: auth_admin) and once TEMPORARY (the window's lock, in the session: auth_admin_keep)" ||
  { fail "polkitd logged $one_shot one-shot and $kept temporary authorizations (1 and 1 wanted):"; grep -i 'authenticat' "$work/polkitd.log" | tail -8; }
ipvsadm -C
echo "agent: the agent's checks took $(since "$started") s"
[ "$failures" = 0 ]
