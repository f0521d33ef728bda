# SPDX-License-Identifier: GPL-2.0-or-later
# The kernel's schedulers, a file per family; hand-worked sequences (simschedulertesting.h).
foreach(family rotation leastconnection hashing locality)
  lvs_add_test(tst_sim${family} SOURCES tst_sim${family}.cpp simschedulertesting.h LIBRARIES lvs_core LABELS unit)
endforeach()
