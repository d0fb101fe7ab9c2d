#include "api/check_input.h"

#include <exception>
#include <new>

#include "import/document.h"
#include "import/import.h"

namespace guidecheck::api {

eval::FileResult error_result(const std::string& file, const std::string& message) {
  eval::FileResult r;
  r.file = file;
  r.status = eval::FileStatus::Error;
  r.error = eval::Notice{file, {}, message, true};
  return r;
}

eval::FileResult check_input(eval::Checker& checker, const std::string& path,
                             std::optional<std::string_view> text,
                             const std::string& document_direction) {
  try {
    if (text) return checker.check_text(path, *text);
    if (!import::format_of(path).empty())
      return import::check_document(checker, path, document_direction);
    return checker.check_file(path);
  } catch (const std::bad_alloc&) {
    throw;  // the caller decides how to report it without allocating (cli/batch.cpp)
  } catch (const std::exception& e) {  // never lose a batch, nor a portal's request, to one file
    return error_result(path, std::string("internal error while checking: ") + e.what());
  }
}

}  // namespace guidecheck::api
