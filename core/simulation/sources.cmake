# SPDX-License-Identifier: GPL-2.0-or-later
# The simulated kernel: IPVS in process, with the kernel's schedulers, connection
# lifecycle and rate estimator, and synthetic traffic.
target_sources(lvs_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/simdestination.h
  ${CMAKE_CURRENT_LIST_DIR}/simscheduler.h
  ${CMAKE_CURRENT_LIST_DIR}/rateestimator.cpp ${CMAKE_CURRENT_LIST_DIR}/rateestimator.h
  ${CMAKE_CURRENT_LIST_DIR}/timerwheel.cpp ${CMAKE_CURRENT_LIST_DIR}/timerwheel.h
  ${CMAKE_CURRENT_LIST_DIR}/simulatedkernel.cpp ${CMAKE_CURRENT_LIST_DIR}/simulatedkernel.h
  ${CMAKE_CURRENT_LIST_DIR}/simulatedkernelparts.h
  ${CMAKE_CURRENT_LIST_DIR}/simulatedopening.cpp ${CMAKE_CURRENT_LIST_DIR}/simulatedconnections.cpp
  ${CMAKE_CURRENT_LIST_DIR}/trafficgenerator.cpp ${CMAKE_CURRENT_LIST_DIR}/trafficgenerator.h
  ${CMAKE_CURRENT_LIST_DIR}/connectionscript.cpp ${CMAKE_CURRENT_LIST_DIR}/connectionscript.h
  ${CMAKE_CURRENT_LIST_DIR}/simulatedbackend.cpp ${CMAKE_CURRENT_LIST_DIR}/simulatedbackend.h
)
target_include_directories(lvs_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
# The schedulers keep their own list beside them.
include(${CMAKE_CURRENT_LIST_DIR}/schedulers/sources.cmake OPTIONAL)
