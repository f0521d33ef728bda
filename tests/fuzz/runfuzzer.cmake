# SPDX-License-Identifier: GPL-2.0-or-later
# Runs one fuzzer on every input in REGRESSIONS (each once: what failed before must not
# fail again), then for SECONDS from a fresh copy of its seed corpus and the regressions,
# inputs up to MAX_LEN bytes; a crash, leak or sanitizer report fails the test.
file(REMOVE_RECURSE ${CORPUS})
file(MAKE_DIRECTORY ${CORPUS})
file(GLOB regressions LIST_DIRECTORIES false ${REGRESSIONS}/*)
list(FILTER regressions EXCLUDE REGEX "/README[^/]*$")
if(regressions)
  list(LENGTH regressions count)
  message(STATUS "replaying ${count} regression inputs from ${REGRESSIONS}")
  execute_process(COMMAND ${FUZZER} -rss_limit_mb=2048 ${regressions} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${FUZZER} fails again on an input of ${REGRESSIONS} (exit ${result})")
  endif()
endif()
foreach(seeds ${SEEDS} ${REGRESSIONS})
  file(GLOB_RECURSE files LIST_DIRECTORIES false ${seeds}/*)
  foreach(file ${files})
    get_filename_component(name ${file} NAME)
    file(COPY_FILE ${file} ${CORPUS}/${name})
  endforeach()
endforeach()
execute_process(COMMAND ${FUZZER} -max_total_time=${SECONDS} -seed=1 -max_len=${MAX_LEN} -rss_limit_mb=2048
                        -print_final_stats=1 ${CORPUS}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${FUZZER} found a failure (exit ${result}); the crashing input is in the working directory")
endif()
