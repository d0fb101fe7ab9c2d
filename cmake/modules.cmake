# One static library per src/ folder, in the order the data flows (the floors
# of cmake/check_layers.cmake and docs/architecture.md). Each names the folders
# it stands on (USES) and the outside libraries it calls (LINKS), so a
# folder's dependencies are written next to its name, and a link that goes the
# wrong way (eval needing report) fails at configure/link time as well as in
# the include check.
#
#   guidecheck_module(NAME [USES folder...] [LINKS target...] [SOURCES extra.cpp...])
#
# Builds src/NAME/*.cpp (tests, *_test.cpp, go to guidecheck_tests) into
# guidecheck_NAME, and appends it to GUIDECHECK_MODULES.

# The warnings every target of ours compiles with (-Werror with
# GUIDECHECK_WERROR): one target, linked privately, instead of directory-wide
# flags that would also reach other projects' code.
add_library(guidecheck_warnings INTERFACE)
# -Wswitch-enum: a switch over one of our enums (rules::Op, rules::Measure,
# eval::Status ...) names every value, so a new operator or status cannot be
# silently handled by a `default:` (docs/architecture.md).
target_compile_options(guidecheck_warnings INTERFACE -Wall -Wextra -Wswitch-enum)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  # GCC 12 reports false -Wrestrict positives inside libstdc++'s std::string
  # operator+ at -O2 and above (GCC bug 105329).
  target_compile_options(guidecheck_warnings INTERFACE -Wno-restrict)
endif()
if(GUIDECHECK_WERROR)
  target_compile_options(guidecheck_warnings INTERFACE -Werror)
endif()
if(GUIDECHECK_SANITIZE)
  # Instrumentation makes GCC 12 report false -Wmaybe-uninitialized inside
  # libstdc++'s <regex> (std::function moves); the release build keeps it.
  target_compile_options(guidecheck_warnings INTERFACE -Wno-maybe-uninitialized)
endif()

set(GUIDECHECK_MODULES "")
function(guidecheck_module name)
  cmake_parse_arguments(M "" "" "USES;LINKS;SOURCES" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/${name}/*.cpp)
  list(FILTER sources EXCLUDE REGEX "_test\\.cpp$|/main\\.cpp$")
  add_library(guidecheck_${name} STATIC ${sources} ${M_SOURCES})
  set_target_properties(guidecheck_${name} PROPERTIES EXPORT_NAME ${name})
  # Every folder includes by "folder/file.h" from src/; the headers are the
  # build's only (the installed interface is include/guidecheck/).
  target_include_directories(guidecheck_${name} PUBLIC $<BUILD_INTERFACE:${CMAKE_SOURCE_DIR}/src>)
  target_link_libraries(guidecheck_${name} PRIVATE $<BUILD_INTERFACE:guidecheck_warnings>)
  foreach(used IN LISTS M_USES)
    if(NOT TARGET guidecheck_${used})
      message(FATAL_ERROR "src/${name}/ uses src/${used}/, which is not declared before it: "
                          "declare the modules in the order the data flows (cmake/modules.cmake)")
    endif()
    target_link_libraries(guidecheck_${name} PUBLIC guidecheck_${used})
  endforeach()
  target_link_libraries(guidecheck_${name} PUBLIC ${M_LINKS})
  set(GUIDECHECK_MODULES ${GUIDECHECK_MODULES} guidecheck_${name} PARENT_SCOPE)
endfunction()

guidecheck_module(messages LINKS fmt::fmt PkgConfig::ICU)
guidecheck_module(text USES messages LINKS PkgConfig::ICU)
guidecheck_module(common USES messages text LINKS PkgConfig::ICU)
guidecheck_module(yaml USES messages common LINKS PkgConfig::LIBYAML)
guidecheck_module(units USES messages text common LINKS guidecheck_deps::udunits2)
guidecheck_module(value USES messages text common yaml units)
guidecheck_module(proposal USES messages text common yaml value)
guidecheck_module(rules USES messages text common yaml units value SOURCES ${EMBEDDED_CPP})
guidecheck_module(eval USES messages text common yaml units value proposal rules)
guidecheck_module(ruledoc USES messages text common units value rules
                  LINKS $<BUILD_INTERFACE:nlohmann_json::nlohmann_json>)
guidecheck_module(report USES messages text common eval rules
                  LINKS PkgConfig::NETTLE ${CMAKE_DL_LIBS}
                        $<BUILD_INTERFACE:nlohmann_json::nlohmann_json>
                        $<BUILD_INTERFACE:PkgConfig::XLSXWRITER>)
guidecheck_module(import USES messages text common yaml units value proposal rules eval
                  LINKS PkgConfig::LIBZIP PkgConfig::PUGIXML guidecheck_deps::cmark_gfm_extensions
                        PkgConfig::CMARKGFM)
guidecheck_module(ruletest USES messages common yaml proposal rules eval)

# The engine: every module, for the API, the command line, the tools and the
# tests; the version is theirs to report.
add_library(guidecheck_core INTERFACE)
set_target_properties(guidecheck_core PROPERTIES EXPORT_NAME core)
target_link_libraries(guidecheck_core INTERFACE ${GUIDECHECK_MODULES} Threads::Threads)
target_compile_definitions(guidecheck_core INTERFACE $<BUILD_INTERFACE:GUIDECHECK_VERSION="${PROJECT_VERSION}">)
