# SPDX-License-Identifier: GPL-2.0-or-later
# Real-server setup: what the director and each real server need besides the IPVS table, per OS.
target_sources(lvs_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/realserversetup.cpp ${CMAKE_CURRENT_LIST_DIR}/realserversetup.h
  ${CMAKE_CURRENT_LIST_DIR}/realserverplan.cpp ${CMAKE_CURRENT_LIST_DIR}/realserverplan.h
  ${CMAKE_CURRENT_LIST_DIR}/realserverabout.cpp ${CMAKE_CURRENT_LIST_DIR}/realserverabout.h
  ${CMAKE_CURRENT_LIST_DIR}/setuptext.cpp ${CMAKE_CURRENT_LIST_DIR}/setuptext.h
  ${CMAKE_CURRENT_LIST_DIR}/linuxsetup.cpp ${CMAKE_CURRENT_LIST_DIR}/linuxsetup.h
  ${CMAKE_CURRENT_LIST_DIR}/linuxdirectorsetup.cpp ${CMAKE_CURRENT_LIST_DIR}/linuxsetupsupport.h
  ${CMAKE_CURRENT_LIST_DIR}/freebsdsetup.cpp ${CMAKE_CURRENT_LIST_DIR}/freebsdsetup.h
  ${CMAKE_CURRENT_LIST_DIR}/solarissetup.cpp ${CMAKE_CURRENT_LIST_DIR}/solarissetup.h
)
target_include_directories(lvs_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
