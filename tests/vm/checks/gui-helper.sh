#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The main window, offscreen, driving the real helper on the real kernel: dialogs, inline
# weight, drain, delete, apply; after each apply the window must show what
# `ipvsadm -S -n` reads from the kernel.
set -eu
ip link set lo up
ipvsadm -C
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/run/user/0
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
"$BUILD_DIR/tests/tst_windowonhelper" -maxwarnings 0 2>&1
