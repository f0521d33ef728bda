# SPDX-License-Identifier: GPL-2.0-or-later
lvs_add_test(tst_netlink SOURCES tst_netlink.cpp LIBRARIES lvs_helper_core LABELS unit)
