# SPDX-License-Identifier: GPL-2.0-or-later
lvs_add_test(tst_keepalived SOURCES tst_keepalived.cpp LIBRARIES lvs_core LABELS unit)
