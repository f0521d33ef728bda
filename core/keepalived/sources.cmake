# SPDX-License-Identifier: GPL-2.0-or-later
# keepalived.conf both ways: the LVS part of a keepalived configuration to and from a table.
target_sources(lvs_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/keepaliveddiagnostic.cpp ${CMAKE_CURRENT_LIST_DIR}/keepaliveddiagnostic.h
  ${CMAKE_CURRENT_LIST_DIR}/keepalivedfiles.cpp ${CMAKE_CURRENT_LIST_DIR}/keepalivedfiles.h
  ${CMAKE_CURRENT_LIST_DIR}/keepalivedsyntax.cpp ${CMAKE_CURRENT_LIST_DIR}/keepalivedsyntax.h
  ${CMAKE_CURRENT_LIST_DIR}/keepalivedreader.cpp ${CMAKE_CURRENT_LIST_DIR}/keepalivedreader.h
  ${CMAKE_CURRENT_LIST_DIR}/keepalivedreading.h
  ${CMAKE_CURRENT_LIST_DIR}/keepalivedgroups.cpp ${CMAKE_CURRENT_LIST_DIR}/keepalivedrealservers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/keepalivedvalues.cpp ${CMAKE_CURRENT_LIST_DIR}/keepalivedvalues.h
  ${CMAKE_CURRENT_LIST_DIR}/keepalivedwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/keepalivedwriter.h
)
target_include_directories(lvs_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
