# SPDX-License-Identifier: GPL-2.0-or-later
# New connections per second through the simulated kernel (1,000 services x 10 servers).
add_executable(bench_simulation ${CMAKE_CURRENT_LIST_DIR}/bench_simulation.cpp)
target_link_libraries(bench_simulation PRIVATE lvs_core lvs_warnings)
set_target_properties(bench_simulation PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
add_test(NAME bench_simulation COMMAND bench_simulation)
set_tests_properties(bench_simulation PROPERTIES LABELS bench)
