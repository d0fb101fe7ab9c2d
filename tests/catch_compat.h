// One include for every test file, so the tests build with Catch2 v2 (Debian 12:
// a single header, catch2/catch.hpp) and Catch2 v3 (Debian 13: a compiled
// library whose umbrella header is catch2/catch_all.hpp). The two differ, for
// what these tests use, only in the header's name and in where Approx lives.
#pragma once

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#define GUIDECHECK_CATCH2_MAJOR 3
using Catch::Approx;
#else
#include <catch2/catch.hpp>
#define GUIDECHECK_CATCH2_MAJOR 2
using Catch::Detail::Approx;
#endif
