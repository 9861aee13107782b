// Word and OpenDocument files to PDF with LibreOffice in headless mode, when it is installed.
#pragma once

#include "../../shell/core/error.hpp"

#include <chrono>
#include <optional>
#include <stop_token>
#include <string>

namespace Foyer {

// The soffice program, searched in $PATH and LibreOffice's usual places; nothing when not installed.
std::optional<std::string> find_libreoffice();

// Converts `document` to a PDF in `out_dir` and returns its path. LibreOffice runs with its own profile
// in `profile_dir` (so it never collides with a LibreOffice the senior has open) and is killed, with
// everything it started, when `stop` is requested or after `timeout`.
ErrorOr<std::string> convert_to_pdf(const std::string& soffice, const std::string& document, const std::string& out_dir,
    const std::string& profile_dir, std::stop_token stop, std::chrono::seconds timeout = std::chrono::seconds(120));

}
