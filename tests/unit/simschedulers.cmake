# SPDX-License-Identifier: GPL-2.0-or-later
lvs_add_test(tst_simschedulers SOURCES tst_simschedulers.cpp LIBRARIES lvs_core LABELS unit)
