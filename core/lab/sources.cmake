# SPDX-License-Identifier: GPL-2.0-or-later
# The local lab: the how-to's networks described, as the commands they equal, and run on
# the simulated kernel (the helper builds the real one, helper/lab/).
target_sources(lvs_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/labdescription.cpp ${CMAKE_CURRENT_LIST_DIR}/labdescription.h
  ${CMAKE_CURRENT_LIST_DIR}/labcommands.cpp ${CMAKE_CURRENT_LIST_DIR}/labcommands.h
  ${CMAKE_CURRENT_LIST_DIR}/lab.cpp ${CMAKE_CURRENT_LIST_DIR}/lab.h
  ${CMAKE_CURRENT_LIST_DIR}/simulatedlab.cpp ${CMAKE_CURRENT_LIST_DIR}/simulatedlab.h
  ${CMAKE_CURRENT_LIST_DIR}/helperlab.cpp ${CMAKE_CURRENT_LIST_DIR}/helperlab.h
)
target_include_directories(lvs_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
# The client's proxy of the helper's lab, generated from its interface description.
set(lab_interface ${PROJECT_SOURCE_DIR}/resources/dbus/org.lvsstudio.Lab1.xml)
set_source_files_properties(${lab_interface} PROPERTIES CLASSNAME Lab1Proxy NO_NAMESPACE ON)
qt_add_dbus_interface(lab_proxy_sources ${lab_interface} lab1proxy)
target_sources(lvs_core PRIVATE ${lab_proxy_sources})
