# SPDX-License-Identifier: GPL-2.0-or-later
# The zh_CN catalogue is complete for the sources as they are: lupdate, run on a copy,
# finds no text without a translation (and no tr() it cannot place), and check_ts.py
# finds every translation consistent with its source (placeholders, accelerators, tags).
# -DLUPDATE=... -DPYTHON=... -DSOURCE_DIR=... -DWORK_DIR=...
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/lvs-studio_zh_CN.ts)
file(COPY_FILE ${SOURCE_DIR}/translations/lvs-studio_zh_CN.ts ${copy})
execute_process(COMMAND ${LUPDATE} -locations relative -no-obsolete ui core app -ts ${copy}
                WORKING_DIRECTORY ${SOURCE_DIR} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
message("${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
if("${out}${err}" MATCHES "cannot be called without context|lacks Q_OBJECT macro")
  message(FATAL_ERROR "lupdate cannot place some tr() calls: their texts would never be translated")
endif()
file(STRINGS ${copy} unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
message("unfinished for zh_CN: ${count}")
if(NOT count EQUAL 0)
  message(FATAL_ERROR "${count} text(s) have no Chinese translation yet: translate them in "
                      "translations/lvs-studio_zh_CN.ts (translations/README.md)")
endif()
execute_process(COMMAND ${PYTHON} ${SOURCE_DIR}/translations/check_ts.py ${copy} --width RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "check_ts.py found translations that do not match their source")
endif()
