# SPDX-License-Identifier: GPL-2.0-or-later
lvs_add_test(tst_labdescription SOURCES tst_labdescription.cpp LIBRARIES lvs_core LABELS unit)
lvs_add_test(tst_simulatedlab SOURCES tst_simulatedlab.cpp LIBRARIES lvs_core LABELS unit)
lvs_add_test(tst_labservice SOURCES tst_labservice.cpp fakeauthorizer.h fakeipvskernel.h
             LIBRARIES lvs_helper_core LABELS unit)
