#include "rules/catalogue.h"

#include <algorithm>

#include "catch_compat.h"
#include "scratch_packs.h"

using namespace guidecheck;
using guidecheck::testing::ScratchPacks;

TEST_CASE("catalogue: packs and directions load once, on demand", "[rules][catalogue]") {
  rules::Catalogue c(rules::embedded_source());
  // The shipped pack (other packs may sit beside it: a second guide is data).
  const std::string id = "sstic-2022-draft";
  REQUIRE(c.has(id));
  CHECK(c.has(id));
  CHECK_FALSE(c.has("no-such-pack"));
  rules::Catalogue::Entry e = c.pack(id);
  REQUIRE(e.ok());
  CHECK(c.pack(id).pack == e.pack);  // the same object: loaded once
  auto newest = c.newest_first();
  CHECK(std::count(newest.begin(), newest.end(), id) == 1);
  CHECK(newest.size() == c.ids().size());
  const rules::Direction* d = c.direction(id, "3.1");
  REQUIRE(d);
  CHECK(d->number == "3.1");
  CHECK(c.direction(id, "3.1") == d);
  CHECK(c.direction(id, "99.9") == nullptr);
  CHECK(c.directions(id).size() == 39);  // the guide's 39 directions
}

TEST_CASE("catalogue: a broken pack or direction says why, the rest still loads",
          "[rules][catalogue]") {
  ScratchPacks scratch;
  rules::Catalogue c(rules::directory_source(scratch.root.string()));
  CHECK_FALSE(c.pack("nogeneral").ok());
  CHECK(!c.pack("nogeneral").diags->empty());
  CHECK(c.newest_first() == std::vector<std::string>{"mixed"});  // the broken pack is left out
  CHECK(c.direction("mixed", "3.1") != nullptr);
  Diagnostics why;
  CHECK(c.direction("mixed", "3.2", &why) == nullptr);
  CHECK(!why.empty());
  CHECK(c.directions("mixed").size() == 1);
}
