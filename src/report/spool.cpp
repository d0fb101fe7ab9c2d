#include "report/spool.h"

#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "common/temp_files.h"

namespace guidecheck::report {

Spool::Spool() {
  std::string tmpl = temp_files::scratch_dir() + "/guidecheck-spool-XXXXXX";
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) return;
  auto f = std::make_unique<std::fstream>(
      name.data(), std::ios::in | std::ios::out | std::ios::trunc | std::ios::binary);
  ::unlink(name.data());  // open: the data stays until the stream closes
  ::close(fd);
  if (*f) file_ = std::move(f);
}

void Spool::copy_to(std::ostream& out) {
  if (!file_) {
    out << memory_.str();
    memory_.str("");
    return;
  }
  file_->flush();
  file_->seekg(0);
  char buf[1 << 16];
  while (file_->read(buf, sizeof buf) || file_->gcount() > 0) out.write(buf, file_->gcount());
  file_->clear();
}

}  // namespace guidecheck::report
