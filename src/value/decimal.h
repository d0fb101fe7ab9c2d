// Exact comparison of written decimals: "59.999999999999999" is below "60",
// which a double (both 60.0) cannot tell. Thresholds are compared in the unit
// the applicant wrote (docs/values.md, "Exact comparison").
#pragma once

#include <string>
#include <string_view>

namespace guidecheck::value {

// A decimal literal: optional sign, digits, optional fraction, optional
// exponent ("-1.5e-3"). Returns -1, 0, 1 as a < b, a == b, a > b; 2 when one
// is not a decimal literal.
int decimal_compare(std::string_view a, std::string_view b);

// True when the literal is a whole number ("3", "3.0", "1e3"; not "2.5", "1e-9").
bool decimal_is_integer(std::string_view s);

// True when the literal is below zero ("-0" is not).
bool decimal_negative(std::string_view s);

// The shortest decimal that reads back as `v` after rounding to 12 significant
// digits: conversion noise (36.000000000000004 months) dropped.
std::string decimal_of(double v);

// Writes `v` as printf's "%.12g" does into [first, last) (32 bytes are
// enough) and returns the end. `exact` is set when those characters read back
// as `v` itself (its shortest round-trip form has at most 12 digits).
char* write_g12(char* first, char* last, double v, bool& exact);

}  // namespace guidecheck::value
