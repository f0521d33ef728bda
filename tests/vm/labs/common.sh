#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Building blocks for the how-to's labs, inside the guest: network namespaces joined by
# veth pairs and a bridge, HTTP real servers answering "This is 160", a client that
# counts the answers, and checks against the kernel's own counters. Every address
# lives only in these namespaces.
#
# The director is the guest's own network namespace, not one of its own: IPVS tables are
# per namespace, and the helper that D-Bus activation starts (run.sh --bus) drives the
# table of the namespace it runs in. So the labs configure the director as a user
# would, with `lvsctl restore`, and check it with the distribution's ipvsadm.
labs=${LVS_LABS:-$(cd "$(dirname "$0")" && pwd)}
failures=0
[ "${LVS_VM_BUS:-0}" = 1 ] || { echo "$0: the labs need the guest's system bus (tests/vm/run.sh --bus)" >&2; exit 1; }

ns() {
  if [ "$1" = director ]; then
    shift
    "$@"
  else
    ip netns exec "$@"
  fi
}

# A namespace with lo up (the director's is the guest's own).
host() {
  [ "$1" = director ] || ip netns add "$1"
  ns "$1" ip link set lo up
}

# A segment: a bridge in its own namespace.
segment() {
  host "$1"
  ns "$1" ip link add br0 type bridge
  ns "$1" ip link set br0 up
}

# plug NAMESPACE INTERFACE SEGMENT ADDRESS/PREFIX: a veth from the host to the segment.
# (Interface names have at most 15 characters: the pair is numbered, then renamed.)
links=0
plug() {
  links=$((links + 1))
  ip link add "va$links" type veth peer name "vb$links"
  [ "$1" = director ] || ip link set "va$links" netns "$1"
  ns "$1" ip link set "va$links" name "$2"
  ip link set "vb$links" netns "$3"
  ns "$3" ip link set "vb$links" master br0 up
  ns "$1" ip addr add "$4" dev "$2"
  ns "$1" ip link set "$2" up
}

# serve NAMESPACE TEXT: an HTTP server on port 80 answering "This is TEXT".
serve() {
  mkdir -p "/tmp/www-$1"
  printf 'This is %s\n' "$2" >"/tmp/www-$1/index.html"
  ns "$1" busybox httpd -p 80 -h "/tmp/www-$1"
}

# fetch COUNT FIRST_PORT: the client's answers per real server, "160=10 170=20 ...".
fetch() {
  ns client python3 "$labs/client.py" "$vip" 80 "$1" "$2" | awk '{ printf "%s%s=%s", (NR > 1 ? " " : ""), $1, $2 }'
}

pass() { echo "$lab $1: OK"; }
fail() { echo "$lab $1: FAIL: $2"; failures=$((failures + 1)); }

# expect NAME ACTUAL EXPECTED
expect() {
  if [ "$2" = "$3" ]; then pass "$1: $2"; else fail "$1" "got '$2', expected '$3'"; fi
}

# every NAME ACTUAL SERVER...: each server answered at least once.
every() {
  name=$1 actual=$2
  shift 2
  for server in "$@"; do
    case " $actual " in
      *" $server="*) ;;
      *) fail "$name" "$server never answered ($actual)"; return ;;
    esac
  done
  pass "$name: $actual"
}

# The kernel's count of connections per real server (ipvsadm -Ln --stats --exact),
# in the client's form: "160=10 170=20 180=30".
kernel_counts() {
  ns director ipvsadm -Ln --stats --exact |
    awk '$1 == "->" && $3 > 0 { split($2, endpoint, ":"); n = split(endpoint[1], octets, "."); print octets[n], $3 }' |
    sort -n | awk '{ printf "%s%s=%s", (NR > 1 ? " " : ""), $1, $2 }'
}

# counters NAME EXPECTED: the kernel's counters must come to equal what the client saw.
# Up to 6.1 the kernel folds its per-CPU counters into what it reports only on its
# estimator's 2-second tick, so give it a few ticks.
counters() {
  tries=0
  while [ "$(kernel_counts)" != "$2" ] && [ "$tries" -lt 8 ]; do
    sleep 1
    tries=$((tries + 1))
  done
  expect "$1" "$(kernel_counts)" "$2"
}

finish() {
  ns director ipvsadm -Ln
  if [ "$failures" -gt 0 ]; then
    echo "$lab: $failures checks failed"
    exit 1
  fi
  echo "$lab: all checks passed"
}

# The checks every lab makes, given a real server whose weight can be zeroed and the
# forwarding switch: wrr 1:2:3 gives exactly 10/20/30 over 60 requests, a quiesced
# server gets none, and the kernel counted what the client saw.
# wrr_table WEIGHT160 WEIGHT170 WEIGHT180: the lab's service as rules, for lvsctl restore.
wrr_table() {
  printf -- '-A -t %s:80 -s wrr\n' "$vip"
  printf -- '-a -t %s:80 -r 192.168.0.160:80 %s -w %s\n' "$vip" "$forward" "$1"
  printf -- '-a -t %s:80 -r 192.168.0.170:80 %s -w %s\n' "$vip" "$forward" "$2"
  printf -- '-a -t %s:80 -r 192.168.0.180:80 %s -w %s\n' "$vip" "$forward" "$3"
}

weighted_checks() {
  forward=$1
  # Restoring edits the service in place (its real servers keep their counters), so
  # zero them, through the helper too, before counting afresh.
  wrr_table 1 2 3 | lvsctl restore -
  lvsctl zero
  answers=$(fetch 60 30000)
  expect "wrr 1:2:3 over 60 requests" "$answers" "160=10 170=20 180=30"
  counters "kernel counters agree" "$answers"

  # Quiescing is an edit of one weight: the planner's single change.
  expect "quiescing 170 is one change" "$(wrr_table 1 0 3 | lvsctl restore --dry-run - | grep -c '^ipvsadm')" 1
  wrr_table 1 0 3 | lvsctl restore -
  answers=$(fetch 60 31000)
  case " $answers " in
    *" 170="*) fail "quiesced 170 gets no new connections" "$answers" ;;
    *) pass "quiesced 170 gets no new connections: $answers" ;;
  esac
}
