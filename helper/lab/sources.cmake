# SPDX-License-Identifier: GPL-2.0-or-later
# The local lab (issue #10): namespaces, responders, the client, and org.lvsstudio.Lab1,
# whose adaptor is generated from its own interface description.
qt_add_dbus_adaptor(lab_adaptor_sources ${PROJECT_SOURCE_DIR}/resources/dbus/org.lvsstudio.Lab1.xml
                    labservice.h LabService lab1adaptor Lab1Adaptor)
target_sources(lvs_helper_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/labnamespaces.cpp ${CMAKE_CURRENT_LIST_DIR}/labnamespaces.h
  ${CMAKE_CURRENT_LIST_DIR}/labresponder.cpp ${CMAKE_CURRENT_LIST_DIR}/labresponder.h
  ${CMAKE_CURRENT_LIST_DIR}/labclient.cpp ${CMAKE_CURRENT_LIST_DIR}/labclient.h
  ${CMAKE_CURRENT_LIST_DIR}/labrunner.h
  ${CMAKE_CURRENT_LIST_DIR}/namespacelab.cpp ${CMAKE_CURRENT_LIST_DIR}/namespacelab.h
  ${CMAKE_CURRENT_LIST_DIR}/labservice.cpp ${CMAKE_CURRENT_LIST_DIR}/labservice.h
  ${lab_adaptor_sources}
)
target_include_directories(lvs_helper_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})

# The lab is a program and a unit of its own (lvs-studio-lab.service): it needs rights
# the helper's unit withholds, and the host's mount namespace for /run/netns.
if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/../netlink/netlinkipvs.h)
  qt_add_executable(lvs-studio-lab ${CMAKE_CURRENT_LIST_DIR}/main.cpp)
  target_link_libraries(lvs-studio-lab PRIVATE lvs_helper_core lvs_compile_options)
  target_compile_definitions(lvs-studio-lab PRIVATE LVS_STUDIO_VERSION="${PROJECT_VERSION}")
  install(TARGETS lvs-studio-lab RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR})
endif()
