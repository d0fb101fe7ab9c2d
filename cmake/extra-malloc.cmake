# The guidecheck program with mimalloc (Debian libmimalloc-dev) in place of
# glibc's malloc. A batch allocates and frees small blocks at a high rate
# (libyaml's events, the located tree, findings); measured on 10,000
# proposals it spends about a fifth of its CPU time in glibc's allocator, and
# mimalloc takes 15-18 % off the whole run (docs/performance.md). Linked first
# and kept even though no symbol names it, so that it replaces malloc for the
# whole process, libraries included. Not with the sanitizers (they bring their
# own allocator), and optional: -DGUIDECHECK_MIMALLOC=OFF, or the library
# missing, gives the plain build. The package then depends on libmimalloc2.0.
find_library(GUIDECHECK_MIMALLOC_LIBRARY NAMES mimalloc)
set(_mimalloc_default OFF)
if(GUIDECHECK_MIMALLOC_LIBRARY AND NOT GUIDECHECK_SANITIZE)
  set(_mimalloc_default ON)
endif()
option(GUIDECHECK_MIMALLOC "Link the guidecheck program with mimalloc" ${_mimalloc_default})
if(GUIDECHECK_MIMALLOC)
  if(NOT GUIDECHECK_MIMALLOC_LIBRARY)
    message(FATAL_ERROR "GUIDECHECK_MIMALLOC is ON but libmimalloc was not found (apt-get install libmimalloc-dev)")
  endif()
  foreach(program guidecheck guidecheck_parse_floor)  # the benchmark measures with the same allocator
    if(TARGET ${program})
      target_link_libraries(${program} PRIVATE -Wl,--push-state,--no-as-needed ${GUIDECHECK_MIMALLOC_LIBRARY}
                            -Wl,--pop-state)
    endif()
  endforeach()
  message(STATUS "guidecheck links mimalloc: ${GUIDECHECK_MIMALLOC_LIBRARY}")
endif()
