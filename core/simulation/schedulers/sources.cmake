# SPDX-License-Identifier: GPL-2.0-or-later
# The kernel's scheduling algorithms for the simulated kernel, one family per file.
target_sources(lvs_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/simscheduler.cpp
  ${CMAKE_CURRENT_LIST_DIR}/destinationhashing.cpp ${CMAKE_CURRENT_LIST_DIR}/destinationhashing.h
  ${CMAKE_CURRENT_LIST_DIR}/destinationload.h
  ${CMAKE_CURRENT_LIST_DIR}/failover.cpp ${CMAKE_CURRENT_LIST_DIR}/failover.h
  ${CMAKE_CURRENT_LIST_DIR}/kernelhash.cpp ${CMAKE_CURRENT_LIST_DIR}/kernelhash.h
  ${CMAKE_CURRENT_LIST_DIR}/leastconnection.cpp ${CMAKE_CURRENT_LIST_DIR}/leastconnection.h
  ${CMAKE_CURRENT_LIST_DIR}/localitybased.cpp ${CMAKE_CURRENT_LIST_DIR}/localitybased.h
  ${CMAKE_CURRENT_LIST_DIR}/maglevhashing.cpp ${CMAKE_CURRENT_LIST_DIR}/maglevhashing.h
  ${CMAKE_CURRENT_LIST_DIR}/overflow.cpp ${CMAKE_CURRENT_LIST_DIR}/overflow.h
  ${CMAKE_CURRENT_LIST_DIR}/roundrobin.cpp ${CMAKE_CURRENT_LIST_DIR}/roundrobin.h
  ${CMAKE_CURRENT_LIST_DIR}/sourcehashing.cpp ${CMAKE_CURRENT_LIST_DIR}/sourcehashing.h
  ${CMAKE_CURRENT_LIST_DIR}/tworandomchoices.cpp ${CMAKE_CURRENT_LIST_DIR}/tworandomchoices.h
  ${CMAKE_CURRENT_LIST_DIR}/weightedroundrobin.cpp ${CMAKE_CURRENT_LIST_DIR}/weightedroundrobin.h
)
