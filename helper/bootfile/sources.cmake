# SPDX-License-Identifier: GPL-2.0-or-later
# The boot-file writer (org.lvsstudio.BootFile1): a program of its own, in a unit of its
# own that may write in /etc, so that the helper's unit keeps /etc read-only.
qt_add_dbus_adaptor(bootfile_adaptor_sources ${PROJECT_SOURCE_DIR}/resources/dbus/org.lvsstudio.BootFile1.xml
                    bootfileservice.h BootFileService bootfile1adaptor BootFile1Adaptor)
target_sources(lvs_helper_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/bootfileservice.cpp ${CMAKE_CURRENT_LIST_DIR}/bootfileservice.h
  ${bootfile_adaptor_sources}
)
target_include_directories(lvs_helper_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})

qt_add_executable(lvs-studio-bootfile ${CMAKE_CURRENT_LIST_DIR}/main.cpp)
target_link_libraries(lvs-studio-bootfile PRIVATE lvs_helper_core lvs_compile_options)
target_compile_definitions(lvs-studio-bootfile PRIVATE LVS_STUDIO_VERSION="${PROJECT_VERSION}")
install(TARGETS lvs-studio-bootfile RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR})
