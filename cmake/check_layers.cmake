# The walls between src/ folders (docs/architecture.md): each folder stands on
# a floor and includes only headers of folders on lower floors, so the data
# flows one way (messages/text -> ... -> eval -> report -> api -> cli) and no
# two folders import each other. Run by CTest (include_directions_follow_layers):
#   cmake -DSRC=src -P cmake/check_layers.cmake
# Test files beside the code follow the same walls; they may also include the
# shared test helpers in tests/ by name ("helpers.h"), never by "../" paths.

# floor: folders. A folder on floor N may include floors 0 .. N-1 and itself.
set(GUIDECHECK_FLOORS
    "0:messages text"
    "1:common"
    "2:yaml units"
    "3:value"
    "4:proposal rules"
    "5:eval ruledoc"
    "6:report import ruletest"
    "7:api"
    "8:cli")

if(NOT SRC)
  message(FATAL_ERROR "usage: cmake -DSRC=<src folder> -P check_layers.cmake")
endif()

get_filename_component(SRC "${SRC}" ABSOLUTE)

foreach(entry IN LISTS GUIDECHECK_FLOORS)
  string(REPLACE ":" ";" parts "${entry}")
  list(GET parts 0 floor)
  list(GET parts 1 names)
  string(REPLACE " " ";" names "${names}")
  foreach(n IN LISTS names)
    set(floor_of_${n} ${floor})
  endforeach()
endforeach()

set(problems "")
set(checked 0)
file(GLOB folders LIST_DIRECTORIES true RELATIVE ${SRC} ${SRC}/*)
foreach(folder IN LISTS folders)
  if(NOT IS_DIRECTORY ${SRC}/${folder})
    continue()
  endif()
  if(NOT DEFINED floor_of_${folder})
    string(APPEND problems "${folder}/: a folder on no floor; add it to GUIDECHECK_FLOORS in cmake/check_layers.cmake and docs/architecture.md\n")
    continue()
  endif()
  set(mine ${floor_of_${folder}})
  file(GLOB files ${SRC}/${folder}/*.h ${SRC}/${folder}/*.cpp ${SRC}/${folder}/*.inc)
  foreach(f IN LISTS files)
    file(STRINGS ${f} lines REGEX "^#include \"")
    get_filename_component(base ${f} NAME)
    math(EXPR checked "${checked} + 1")
    foreach(line IN LISTS lines)
      if(line MATCHES "^#include \"\\.\\./")
        string(APPEND problems "${folder}/${base}: ${line}: no \"../\" includes (test helpers are found by name in tests/)\n")
      elseif(line MATCHES "^#include \"([a-z_]+)/")
        set(to ${CMAKE_MATCH_1})
        if(to STREQUAL folder)
          continue()
        endif()
        if(NOT DEFINED floor_of_${to})
          string(APPEND problems "${folder}/${base}: ${line}: ${to}/ is on no floor\n")
        elseif(NOT floor_of_${to} LESS mine)
          string(APPEND problems
                 "${folder}/${base}: ${line}: ${folder}/ (floor ${mine}) may not include ${to}/ (floor ${floor_of_${to}})\n")
        endif()
      endif()
    endforeach()
  endforeach()
endforeach()

if(NOT DEFINED MIN_FILES)
  set(MIN_FILES 100)
endif()
if(checked LESS MIN_FILES)
  message(FATAL_ERROR "Only ${checked} source files found in ${SRC}: is it the source folder?")
endif()
if(problems)
  # NOTICE prints as is (FATAL_ERROR would wrap the lines).
  message(NOTICE "Includes that cross the layers the wrong way:\n${problems}")
  message(FATAL_ERROR "See docs/architecture.md for the floors.")
endif()
message(STATUS "All includes of ${checked} files in ${SRC} go down the floors.")
