#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The guest's private system bus has a real polkitd, and a guest-only rule allows and
# then denies an action for an unprivileged user (nobody).
set -eu
busctl --system --no-pager list | grep -q '^org.freedesktop.PolicyKit1 ' || { echo "FAIL: polkitd is not on the bus" >&2; exit 1; }
echo "polkit: org.freedesktop.PolicyKit1 is on the guest's system bus"

action=org.lvsstudio.modify
check() {
  # pkcheck as nobody, about nobody's own process; exit 0 yes, 1 no, 2 challenge.
  setpriv --reuid=65534 --regid=65534 --clear-groups sh -c "pkcheck --action-id $action --process \$\$" >/dev/null 2>&1
}
wait_for() {
  want=$1
  tries=0
  while :; do
    status=0
    check || status=$?
    [ "$status" = "$want" ] && return 0
    tries=$((tries + 1))
    [ "$tries" -lt 50 ] || { echo "FAIL: pkcheck answered $status, expected $want" >&2; exit 1; }
    sleep 0.2
  done
}

# Without a rule an unprivileged user is challenged (auth_admin), not allowed.
wait_for 2
echo "polkit: $action without a rule: challenge (auth_admin)"
cat >/etc/polkit-1/rules.d/50-test.rules <<'RULES'
polkit.addRule(function(action, subject) {
    if (action.id == "org.lvsstudio.modify" && subject.user == "nobody")
        return polkit.Result.YES;
});
RULES
wait_for 0
echo "polkit: a guest-only rule allows nobody"
sed -i 's/polkit.Result.YES/polkit.Result.NO/' /etc/polkit-1/rules.d/50-test.rules
wait_for 1
echo "polkit: the same rule changed to deny: denied"
