#!/usr/bin/env python3
"""Lists the functions longer than a limit (80 lines) in C++ sources.

    python3 tests/function_lengths.py [--limit N] [--known FILE] [--all] PATH...

Run by CTest as `functions_stay_short` over src/ (cmake/tests-functions.cmake;
the house rule: no function over ~80 lines, docs/architecture.md). A function
may be longer when a comment containing "long on purpose:" (and the reason)
sits right above it. --known FILE lists the functions that were long before
the check came in (`lines path name` a line): each may stay, not grow.
Exit status: 0 when nothing is wrong, 1 when a function is too long or a
known one grew (each listed as path:line), 2 on a usage error. --all lists
every function with its length, longest first, and never fails.

A heuristic, not a parser: comments, string and character literals (raw
strings included) and preprocessor lines are blanked, then braces are
matched. A `{` at namespace or class level whose head (the text since the
previous `;`, `{` or `}`) has a parameter list and no `=` outside it opens a
function body (constructors' brace initialisers and lambdas bound to
variables at namespace level are not functions); everything up to its `}` is
the function. A function's lines run from the first line of its head
(template line included) to its closing brace.
"""

import argparse
import os
import re
import sys

MARK = "long on purpose:"
KEYWORD_SCOPE = re.compile(r"\b(namespace|class|struct|union)\b")
QUALIFIERS = {"const", "noexcept", "override", "final", "mutable", "volatile", "try"}


def blank(src):
    """The source with comments, literals and preprocessor lines turned into
    spaces (newlines kept, so offsets and line numbers still match)."""
    out = list(src)
    i, n = 0, len(src)

    def wipe(a, b):
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    line_start = True
    while i < n:
        c = src[i]
        if line_start and c == "#":
            # A preprocessor line, with its continuations.
            j = i
            while j < n and not (src[j] == "\n" and src[j - 1] != "\\"):
                j += 1
            wipe(i, j)
            i = j
            continue
        if c == "\n":
            line_start = True
            i += 1
            continue
        if c in " \t":
            i += 1
            continue
        line_start = False
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            wipe(i, j)
            i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            wipe(i, j)
            i = j
        elif c == "R" and src.startswith('R"', i) and (i == 0 or not (src[i - 1].isalnum() or src[i - 1] == "_")) \
                or (c in "uUL8" and re.match(r'(u8|u|U|L)R"', src[i:i + 4]) and
                    (i == 0 or not (src[i - 1].isalnum() or src[i - 1] == "_"))):
            q = src.index('"', i)
            p = src.find("(", q)
            delim = src[q + 1:p]
            j = src.find(")" + delim + '"', p)
            j = n if j < 0 else j + len(delim) + 2
            wipe(i, j)
            i = j
        elif c == '"' or (c == "'" and not digit_separator(src, i)):
            # A string or character literal (u8"", U'x' included).
            j = i + 1
            while j < n and src[j] != c and src[j] != "\n":
                j += 2 if src[j] == "\\" else 1
            wipe(i, min(j + 1, n))
            i = j + 1
        else:
            i += 1
    return "".join(out)


def digit_separator(src, i):
    """Whether the ' at `i` separates digits (1'000) rather than opening a
    character literal (U'x')."""
    k = i
    while k > 0 and (src[k - 1].isalnum() or src[k - 1] in "_."):
        k -= 1
    return k < i and src[k].isdigit()


def outside_parens(head):
    """`head` without what is inside its (outermost) parentheses."""
    depth, kept = 0, []
    for ch in head:
        if ch == "(":
            depth += 1
            if depth == 1:
                kept.append("(")
            continue
        if ch == ")":
            depth -= 1
            if depth == 0:
                kept.append(")")
            continue
        if depth == 0:
            kept.append(ch)
    return "".join(kept)


def name_of(head, raw_head):
    """The function's name; a Catch2 test case's with its title."""
    m = re.search(r"(operator\s*[^\s(]+|[~\w:]+)\s*(<[^()]*>)?\s*\(", head)
    name = m.group(1) if m else "?"
    if name in ("TEST_CASE", "TEST_CASE_METHOD", "SCENARIO"):
        title = re.search(r'"((?:[^"\\]|\\.)*)"', raw_head)
        if title:
            name += '("' + title.group(1) + '")'
    return name


def strip_template(flat):
    """`flat` without a leading `template <...>` (its brackets balanced)."""
    m = re.match(r"template\s*<", flat)
    if not m:
        return flat
    depth = 0
    for k in range(m.end() - 1, len(flat)):
        depth += {"<": 1, ">": -1}.get(flat[k], 0)
        if depth == 0:
            return flat[k + 1:].strip()
    return flat


def classify(head):
    """'scope' (namespace, class: look inside), 'function', 'init' (a brace
    initialiser inside a constructor's member list) or 'other' (data, enum)."""
    flat = re.sub(r"\s+", " ", head).strip()
    flat = re.sub(r"^(public|private|protected)\s*:\s*", "", flat)
    outer = outside_parens(strip_template(flat))
    if re.match(r"catch\b", outer):  # a handler of a function-try-block
        return "other"
    if re.search(r"\bnamespace\b", outer) or re.fullmatch(r"extern\s*", outer):
        return "scope"
    if re.search(r"\benum\b", outer):
        return "other"
    if KEYWORD_SCOPE.search(outer) and "()" not in outer:
        return "scope"
    if "()" not in outer:
        return "other"
    # `=` outside the parameter list: a variable (a lambda, a table), unless
    # it is part of an operator's name.
    rest = re.sub(r"operator\s*\S+?\s*\(", "operator(", outer)
    if re.search(r"(?<![=!<>])=(?!=)", rest):
        return "other"
    # A constructor's member initialiser written with braces: `) : a_{x}`.
    m = re.search(r"\)\s*(?:noexcept\s*)?:(?!:)", outer)
    if m:
        last = re.search(r"(\w+)\s*$", outer[m.end():])
        if last and last.group(1) not in QUALIFIERS:
            return "init"
    return "function"


def functions(path):
    """(line, name, length in lines, exempt) of each function in `path`."""
    with open(path, encoding="utf-8", errors="replace") as f:
        src = f.read()
    raw_lines = src.split("\n")
    text = blank(src)
    line_of = []
    ln = 1
    for ch in text:
        line_of.append(ln)
        if ch == "\n":
            ln += 1

    found = []
    stack = []  # kinds of the open braces at namespace/class level
    head_start = 0  # offset where the current head begins
    parens = 0  # open parentheses in the current head
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "(":
            parens += 1
        elif c == ")":
            parens = max(0, parens - 1)
        elif c == "{" and parens:
            i = match(text, i)  # a default argument `= {}`: part of the head
        elif c == ";":
            head_start, parens = i + 1, 0
        elif c == "}":
            kind = stack.pop() if stack else "scope"
            if kind != "init":
                head_start = i + 1
        elif c == "{":
            head = text[head_start:i]
            kind = classify(head)
            if kind in ("scope", "init"):
                stack.append(kind)
                if kind == "scope":
                    head_start = i + 1
            elif kind == "function":
                end = match(text, i)
                flat = re.sub(r"^\s*(public|private|protected)\s*:", lambda m: " " * len(m.group(0)), head)
                first = line_of[head_start + len(flat) - len(flat.lstrip())]
                last = line_of[end]
                found.append((first, name_of(head, src[head_start:i]), last - first + 1,
                              exempt(raw_lines, first)))
                i = end
                head_start = i + 1
            else:  # data, an enum, a bare block: skip it whole
                i = match(text, i)
                head_start = i + 1
        i += 1
    return found


def match(text, i):
    """The offset of the `}` that closes the `{` at `i`."""
    depth = 0
    for j in range(i, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    return len(text) - 1


def exempt(raw_lines, first):
    """Whether the comment right above line `first` (1-based) says why the
    function is long."""
    k = first - 2
    while k >= 0 and raw_lines[k].strip().startswith(("//", "/*", "*")):
        if MARK in raw_lines[k]:
            return True
        k -= 1
    return False


def sources(folders):
    for folder in folders:
        if os.path.isfile(folder):
            yield folder
            continue
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            for name in sorted(files):
                if name.endswith((".cpp", ".h", ".inc")):
                    yield os.path.join(root, name)


def read_known(path):
    """{(path, name): lines} of the functions known to be long (--known)."""
    known = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            length, where, name = line.split(" ", 2)
            known[(where, name)] = int(length)
    return known


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=80)
    ap.add_argument("--known", help="the functions already long: each may stay, not grow")
    ap.add_argument("--all", action="store_true", help="list every function, longest first")
    ap.add_argument("folders", nargs="+")
    args = ap.parse_args()
    known = read_known(args.known) if args.known else {}
    everything, problems, listed, checked = [], [], set(), 0
    for path in sources(args.folders):
        checked += 1
        for line, name, length, ok in functions(path):
            everything.append((length, path, line, name, ok))
            if length <= args.limit or ok:
                continue
            was = known.get((path, name))
            if was is None:
                problems.append(f"{path}:{line}: {name} is {length} lines, over {args.limit}: split it into"
                                f" named steps, or say why it is long in a comment containing \"{MARK}\""
                                f" right above it")
            else:
                listed.add((path, name))
                if length > was:
                    problems.append(f"{path}:{line}: {name} grew from {was} to {length} lines (over"
                                    f" {args.limit}, listed in {args.known}): shorten it, do not lengthen it")
    if args.all:
        for length, path, line, name, ok in sorted(everything, key=lambda e: (-e[0], e[1], e[2])):
            print(f"{length:5d} {path}:{line}: {name}{'  (long on purpose)' if ok else ''}")
        return 0
    if checked == 0:
        print("no C++ sources found in " + " ".join(args.folders))
        return 2
    for problem in problems:
        print(problem)
    # Entries whose function is short now (or gone): a note, not a failure,
    # so that shortening a function never breaks the check.
    for where, name in sorted(set(known) - listed):
        print(f"note: {where}: {name} is no longer over {args.limit} lines: remove it from {args.known}")
    over = sum(1 for e in everything if e[0] > args.limit)
    exempted = sum(1 for e in everything if e[0] > args.limit and e[4])
    print(f"{len(everything)} functions in {checked} file(s); {over} over {args.limit} lines"
          f" ({exempted} long on purpose, {len(listed)} known long); {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
