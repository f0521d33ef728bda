# SPDX-License-Identifier: GPL-2.0-or-later
lvs_add_test(tst_simulatedkernel SOURCES tst_simulatedkernel.cpp LIBRARIES lvs_core LABELS unit)
