#include "report/xlsx_lib.h"

#include <dlfcn.h>

#include <mutex>

#ifndef GUIDECHECK_XLSXWRITER_SONAME
#define GUIDECHECK_XLSXWRITER_SONAME "libxlsxwriter.so"
#endif

namespace guidecheck::report {

const XlsxLib* xlsx_lib(std::string& error) {
  static std::once_flag once;
  static XlsxLib lib;
  static std::string failure;
  std::call_once(once, [] {
    void* h = ::dlopen(GUIDECHECK_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
      const char* e = ::dlerror();
      failure = std::string("cannot load " GUIDECHECK_XLSXWRITER_SONAME " (libxlsxwriter): ") +
                (e ? e : "?");
      return;
    }
#define GUIDECHECK_XLSX_LOAD(f)                                                       \
  lib.f = reinterpret_cast<decltype(lib.f)>(::dlsym(h, #f));                          \
  if (!lib.f) {                                                                       \
    failure = "libxlsxwriter (" GUIDECHECK_XLSXWRITER_SONAME ") has no function " #f; \
    return;                                                                           \
  }
    GUIDECHECK_XLSX_FUNCTIONS(GUIDECHECK_XLSX_LOAD)
#undef GUIDECHECK_XLSX_LOAD
  });
  if (!failure.empty()) {
    error = failure;
    return nullptr;
  }
  return &lib;
}

}  // namespace guidecheck::report
