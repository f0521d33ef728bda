# SPDX-License-Identifier: GPL-2.0-or-later
lvs_add_test(tst_realserversetup SOURCES tst_realserversetup.cpp LIBRARIES lvs_core LABELS unit)
