// libxlsxwriter, loaded with dlopen the first time a workbook is written.
// Linked normally, it (with OpenSSL's libcrypto, which it pulls in) costs every
// run of guidecheck about 1 ms at start-up, half of a one-proposal check; only
// `--format xlsx` needs it.
#pragma once

#include <xlsxwriter.h>

#include <string>

namespace guidecheck::report {

struct XlsxLib {
// An X-macro, which clang-format does not lay out stably:
// clang-format off
#define GUIDECHECK_XLSX_FUNCTIONS(X) \
  X(workbook_new_opt) \
  X(workbook_add_worksheet) \
  X(workbook_add_format) \
  X(workbook_set_properties) \
  X(workbook_close) \
  X(worksheet_write_string) \
  X(worksheet_write_number) \
  X(worksheet_set_column) \
  X(worksheet_freeze_panes) \
  X(worksheet_autofilter) \
  X(format_set_bold) \
  X(format_set_bottom) \
  X(format_set_bg_color) \
  X(format_set_font_color) \
  X(format_set_num_format) \
  X(lxw_strerror)
// clang-format on
#define GUIDECHECK_XLSX_MEMBER(f) decltype(&::f) f = nullptr;
  GUIDECHECK_XLSX_FUNCTIONS(GUIDECHECK_XLSX_MEMBER)
#undef GUIDECHECK_XLSX_MEMBER
};

// The library's functions, or null with `error` saying why it cannot be loaded.
const XlsxLib* xlsx_lib(std::string& error);

}  // namespace guidecheck::report
