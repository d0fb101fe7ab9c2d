#include "rules/formula.h"

#include <cctype>
#include <charconv>
#include <cmath>

namespace guidecheck::rules {
namespace {

constexpr int kMaxDepth = 32;
constexpr std::size_t kMaxLength = 500;

// Recursive descent over: expr := term (('+'|'-') term)*
//                         term := unary (('*'|'/') unary)*
//                         unary := '-' unary | primary
//                         primary := number | identifier | '(' expr ')'
class Parser {
 public:
  Parser(const std::string& s, const std::map<std::string, double>* inputs)
      : s_(s), inputs_(inputs) {}

  bool run(double& out) {
    if (s_.size() > kMaxLength) return fail("formula longer than 500 characters");
    if (!expr(out, 0)) return false;
    skip();
    if (pos_ != s_.size()) return fail("unexpected '" + s_.substr(pos_, 1) + "'");
    return true;
  }
  std::string error;
  std::vector<std::string> identifiers;

 private:
  bool fail(std::string m) {
    if (error.empty()) error = m + " at position " + std::to_string(pos_ + 1);
    return false;
  }
  void skip() {
    while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
  }
  bool expr(double& v, int depth) {
    if (!term(v, depth)) return false;
    for (;;) {
      skip();
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) {
        char op = s_[pos_++];
        double r;
        if (!term(r, depth)) return false;
        v = op == '+' ? v + r : v - r;
      } else {
        return true;
      }
    }
  }
  bool term(double& v, int depth) {
    if (!unary(v, depth)) return false;
    for (;;) {
      skip();
      if (pos_ < s_.size() && (s_[pos_] == '*' || s_[pos_] == '/')) {
        char op = s_[pos_++];
        double r;
        if (!unary(r, depth)) return false;
        if (op == '/') {
          if (inputs_ && r == 0) return fail("division by zero");
          v = inputs_ ? v / r : 0;
        } else {
          v *= r;
        }
      } else {
        return true;
      }
    }
  }
  bool unary(double& v, int depth) {
    if (depth > kMaxDepth) return fail("formula nested too deeply");
    skip();
    if (pos_ < s_.size() && s_[pos_] == '-') {
      ++pos_;
      if (!unary(v, depth + 1)) return false;
      v = -v;
      return true;
    }
    return primary(v, depth);
  }
  bool primary(double& v, int depth) {
    skip();
    if (pos_ >= s_.size()) return fail("unexpected end of formula");
    char c = s_[pos_];
    if (c == '(') {
      ++pos_;
      if (!expr(v, depth + 1)) return false;
      skip();
      if (pos_ >= s_.size() || s_[pos_] != ')') return fail("missing ')'");
      ++pos_;
      return true;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') {
      std::size_t start = pos_;
      while (pos_ < s_.size() &&
             (std::isdigit(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '.'))
        ++pos_;
      auto [p, ec] = std::from_chars(s_.data() + start, s_.data() + pos_, v);
      if (ec != std::errc() || p != s_.data() + pos_) return fail("bad number");
      return true;
    }
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      std::size_t start = pos_;
      while (pos_ < s_.size() &&
             (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_'))
        ++pos_;
      std::string id = s_.substr(start, pos_ - start);
      identifiers.push_back(id);
      if (!inputs_) {
        v = 1;
        return true;
      }
      auto it = inputs_->find(id);
      if (it == inputs_->end()) return fail("no value for '" + id + "'");
      v = it->second;
      return true;
    }
    return fail("unexpected '" + std::string(1, c) + "'");
  }

  const std::string& s_;
  const std::map<std::string, double>* inputs_;
  std::size_t pos_ = 0;
};

}  // namespace

FormulaCheck check_formula(const std::string& formula) {
  FormulaCheck c;
  Parser p(formula, nullptr);
  double v;
  c.ok = p.run(v);
  c.error = p.error;
  c.identifiers = p.identifiers;
  return c;
}

std::optional<double> evaluate_formula(const std::string& formula,
                                       const std::map<std::string, double>& inputs) {
  Parser p(formula, &inputs);
  double v;
  if (!p.run(v) || !std::isfinite(v)) return std::nullopt;
  return v;
}

}  // namespace guidecheck::rules
