#include "messages/catalogue.h"

namespace guidecheck::msg {
namespace {

constexpr Entry kEntries[] = {
#define GUIDECHECK_MESSAGE(id, arity, zh, en) {#id, arity, zh, en},
#include "messages/all.inc"
#undef GUIDECHECK_MESSAGE
};

}  // namespace

std::span<const Entry> catalogue() { return kEntries; }
const Entry& entry(Id id) { return kEntries[static_cast<std::size_t>(id)]; }
std::string_view pattern(Lang lang, Id id) {
  return lang == Lang::Zh ? entry(id).zh : entry(id).en;
}

}  // namespace guidecheck::msg
