#!/usr/bin/env python3
"""The README's tour shows real output: run every `$ build/guidecheck ...`
line of its unlabelled code blocks and compare what it prints with the lines
shown under it.

A shown line may leave text out with `...` (any text on that line); a line
that is only `...` stands for any number of lines. A command with nothing
shown under it is still run (a later one may read what it wrote) but not
compared. Commands run in order, one block after another, in a scratch folder
where `build/guidecheck` is the binary under test and `examples/` the
repository's, with English as the language (LANG=C) and no colour.

usage: readme_tour.py BINARY README [--self-test]
"""
import os
import re
import subprocess
import sys
import tempfile


def commands(markdown):
    """(line number, command, shown lines) for every `$ ` line of the
    unlabelled fenced blocks, in order."""
    out, block, current = [], None, None
    for number, line in enumerate(markdown.splitlines(), 1):
        if line.startswith("```"):
            block = None if block is not None else line[3:].strip()
            current = None
            continue
        if block != "":  # outside a block, or a labelled one (```sh, ```yaml)
            continue
        if line.startswith("$ "):
            current = (number, line[2:], [])
            out.append(current)
        elif current is not None:
            current[2].append(line)
    return out


def pattern(shown):
    """A regular expression for the whole output the shown lines stand for."""
    parts = []
    for line in shown:
        line = line.rstrip()
        if line.strip() == "...":
            parts.append(r"(?:[^\n]*\n)*?")
        else:
            pieces = [re.escape(p) for p in line.split("...")]
            parts.append("[^\n]*?".join(pieces) + r"[ \t]*\n")
    return re.compile("".join(parts), re.DOTALL)


def matches(shown, printed):
    text = "".join(l.rstrip() + "\n" for l in printed.splitlines())
    return pattern(shown).fullmatch(text) is not None


def self_test():
    """The comparison itself can fail."""
    assert matches(["a", "b"], "a\nb\n")
    assert not matches(["a", "b"], "a\nc\n")
    assert not matches(["a"], "a\nb\n")  # an extra line printed
    assert matches(["a ... z"], "a middle z\n")
    assert not matches(["a ... z"], "a middle y\n")
    assert matches(["a", "...", "z"], "a\nb\nc\nz\n")
    assert matches(["a", "...", "z"], "a\nz\n")
    assert not matches(["a", "...", "z"], "a\nb\n")
    got = commands("```\n$ one\nx\n```\n```sh\n$ two\n```\n```\n$ three\n```\n")
    assert [(c, s) for _, c, s in got] == [("one", ["x"]), ("three", [])], got
    print("readme_tour: self-test passed")


def run(binary, readme):
    with open(readme, encoding="utf-8") as f:
        tour = commands(f.read())
    if not tour:
        print(f"{readme}: no `$ ` commands found in unlabelled blocks")
        return 1
    repo = os.path.dirname(os.path.abspath(readme))
    env = dict(os.environ, LANG="C", LC_ALL="C", NO_COLOR="1")
    env.pop("LANGUAGE", None)
    problems = compared = 0
    with tempfile.TemporaryDirectory(prefix="readme-tour-") as scratch:
        os.mkdir(os.path.join(scratch, "build"))
        os.symlink(os.path.abspath(binary), os.path.join(scratch, "build", "guidecheck"))
        os.symlink(os.path.join(repo, "examples"), os.path.join(scratch, "examples"))
        for number, command, shown in tour:
            done = subprocess.run(["bash", "-c", command], cwd=scratch, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  timeout=120)
            if not shown:
                continue
            compared += 1
            printed = done.stdout.decode("utf-8", "replace")
            if not matches(shown, printed):
                problems += 1
                print(f"{readme}:{number}: `{command}` printed something else than the README shows.")
                print("--- the README shows:\n" + "\n".join(shown))
                print("--- it printed:\n" + printed)
    print(f"readme_tour: {compared} commands compared with their shown output, "
          f"{len(tour) - compared} run without shown output; {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--self-test"]
    if len(args) != len(sys.argv) - 1:
        self_test()
    if len(args) != 2:
        sys.exit(0 if args == [] and len(sys.argv) > 1 else 2)
    sys.exit(run(args[0], args[1]))
