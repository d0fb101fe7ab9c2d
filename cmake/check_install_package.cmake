# `cmake --install` to a scratch prefix, then examples/embed built out of tree
# with find_package(guidecheck) against it, and run:
#   cmake -DBUILD=build -DSRC=source -DTMP=scratch -DGENERATOR=Ninja [-DSANITIZE=ON]
#         -P check_install_package.cmake
function(step what)
  execute_process(COMMAND ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}):\n${out}\n${err}")
  endif()
endfunction()

file(REMOVE_RECURSE ${TMP})
set(prefix ${TMP}/prefix)
step("cmake --install" ${CMAKE_COMMAND} --install ${BUILD} --prefix ${prefix})

# The public header and the package are installed; the internal headers are not.
file(GLOB_RECURSE headers RELATIVE ${prefix}/include ${prefix}/include/*)
if(NOT headers STREQUAL "guidecheck/guidecheck.h")
  message(FATAL_ERROR "installed headers: '${headers}', expected guidecheck/guidecheck.h alone")
endif()
file(GLOB_RECURSE config ${prefix}/*/guidecheckConfig.cmake)
file(GLOB_RECURSE archive ${prefix}/*/libguidecheck.a)
if(NOT config OR NOT archive)
  message(FATAL_ERROR "no guidecheckConfig.cmake ('${config}') or libguidecheck.a ('${archive}') under ${prefix}")
endif()

# A program of its own, as a portal's developers would build it.
set(flags "")
if(SANITIZE)  # the installed library is instrumented: its users link the runtime
  set(flags -DCMAKE_CXX_FLAGS=-fsanitize=address,undefined
            -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined)
endif()
step("configuring examples/embed against ${prefix}"
     ${CMAKE_COMMAND} -S ${SRC}/examples/embed -B ${TMP}/build -G ${GENERATOR}
     -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=${prefix} ${flags})
step("building examples/embed" ${CMAKE_COMMAND} --build ${TMP}/build)

execute_process(COMMAND ${TMP}/build/portal --lang en examples/3.1-fail.yaml WORKING_DIRECTORY ${SRC}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 1 OR NOT out MATCHES "^examples/3.1-fail.yaml: fail \\(sstic-2022-draft 3.1\\)\n  general/research_contents_covered fail at 11:1: ")
  message(FATAL_ERROR "the example built against the installed package: exit ${rc}, expected 1:\n${out}${err}")
endif()
# A dependency of the static library missing on the user's machine: the
# package says which, rather than failing at link time.
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SRC}/examples/embed -B ${TMP}/build-nofmt -G ${GENERATOR}
                        -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_DISABLE_FIND_PACKAGE_fmt=ON
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(rc EQUAL 0 OR NOT err MATCHES "guidecheck needs these libraries, which were not found: fmt")
  message(FATAL_ERROR "without fmt, find_package(guidecheck) should fail naming it; exit ${rc}:\n${out}${err}")
endif()

file(REMOVE_RECURSE ${TMP})
message(STATUS "find_package(guidecheck) from ${prefix}: built and ran examples/embed")
