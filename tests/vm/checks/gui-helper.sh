#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The main window, offscreen, driving the real helper on the real kernel: dialogs, inline
# weight, drain, delete, apply; after each apply the window must show what
# `ipvsadm -S -n` reads from the kernel. Then the Boot Configuration page's Runtime to
# Boot: the file it writes is ipvsadm -S -n, and ipvsadm -R of it restores the table.
set -eu
ip link set lo up
ipvsadm -C
# Runtime to Boot starts from no boot file (the guest's /etc is its own copy), in
# Fedora's layout: /etc/sysconfig exists, so the boot file is /etc/sysconfig/ipvsadm.
rm -f /etc/sysconfig/ipvsadm /etc/sysconfig/ipvsadm.bak /etc/ipvsadm.rules /etc/ipvsadm.rules.bak
mkdir -p /etc/sysconfig
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/run/user/0
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
"$BUILD_DIR/tests/tst_windowonhelper" -maxwarnings 0 2>&1
