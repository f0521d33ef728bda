# SPDX-License-Identifier: GPL-2.0-or-later
target_sources(lvs_helper_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ipvsattributes.cpp ${CMAKE_CURRENT_LIST_DIR}/ipvsattributes.h
  ${CMAKE_CURRENT_LIST_DIR}/ipvsrequests.cpp ${CMAKE_CURRENT_LIST_DIR}/ipvsrequests.h
  ${CMAKE_CURRENT_LIST_DIR}/netlinkipvs.cpp ${CMAKE_CURRENT_LIST_DIR}/netlinkipvs.h)
target_include_directories(lvs_helper_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
