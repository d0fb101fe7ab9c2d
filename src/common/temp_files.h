// Temporary files that must not outlive the program, whatever ends it: the
// report being written beside its target, the xlsx scratch workbook. A file
// is tracked while it exists; remove_tracked() is async-signal-safe, so the
// signal handlers (cli/signals.h) can remove them before the program exits.
#pragma once

#include <string>

namespace guidecheck::temp_files {

// Tracks `path`; returns a slot for untrack(), or -1 when every slot is taken
// (the file is then still removed by its owner, only not from a signal).
int track(const std::string& path);
void untrack(int slot);

// unlink()s every tracked file. Async-signal-safe.
void remove_tracked() noexcept;

// A folder for scratch files: $TMPDIR when it is set, non-empty and a
// writable folder; else /tmp when it is one; else ".".
std::string scratch_dir();

}  // namespace guidecheck::temp_files
