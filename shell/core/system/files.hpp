// Reading and writing whole files safely: a write either fully happens or leaves the old file intact.
#pragma once

#include "../error.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace Foyer {

// The whole file, or nothing when it does not exist or cannot be read.
std::optional<std::string> read_file(const std::string& path);

// Write to a temporary file, fsync it, rename it over `path`, fsync the directory: after a crash or a
// power cut, `path` holds either the old contents or the new ones. `mode` is the new file's permissions.
ErrorOr<void> write_file_atomically(const std::string& path, std::string_view contents, unsigned mode = 0644);

// Creates the directory and its parents (mode 0700 for new ones: they hold the senior's data).
ErrorOr<void> make_directories(const std::string& path);

}
