# SPDX-License-Identifier: GPL-2.0-or-later
# The local lab: the how-to's networks described, as the commands they equal, and run on
# the simulated kernel (the helper builds the real one, helper/lab/).
target_sources(lvs_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/labdescription.cpp ${CMAKE_CURRENT_LIST_DIR}/labdescription.h
  ${CMAKE_CURRENT_LIST_DIR}/labcommands.cpp ${CMAKE_CURRENT_LIST_DIR}/labcommands.h
  ${CMAKE_CURRENT_LIST_DIR}/lab.cpp ${CMAKE_CURRENT_LIST_DIR}/lab.h
  ${CMAKE_CURRENT_LIST_DIR}/simulatedlab.cpp ${CMAKE_CURRENT_LIST_DIR}/simulatedlab.h
)
target_include_directories(lvs_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
