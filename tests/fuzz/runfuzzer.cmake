# SPDX-License-Identifier: GPL-2.0-or-later
# Runs one fuzzer for SECONDS from a fresh copy of its seed corpus; a crash, leak or
# sanitizer report fails the test.
file(REMOVE_RECURSE ${CORPUS})
file(MAKE_DIRECTORY ${CORPUS})
foreach(seeds ${SEEDS})
  file(GLOB_RECURSE files LIST_DIRECTORIES false ${seeds}/*)
  foreach(file ${files})
    get_filename_component(name ${file} NAME)
    file(COPY_FILE ${file} ${CORPUS}/${name})
  endforeach()
endforeach()
execute_process(COMMAND ${FUZZER} -max_total_time=${SECONDS} -seed=1 -max_len=4096 -rss_limit_mb=2048
                        -print_final_stats=1 ${CORPUS}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${FUZZER} found a failure (exit ${result}); the crashing input is in the working directory")
endif()
