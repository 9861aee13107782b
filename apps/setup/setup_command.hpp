// foyer --export-settings FILE and --import-settings FILE: the backup from a terminal, with plain words.
#pragma once

#include "../../shell/core/cli.hpp"

#include <string_view>

namespace Foyer {

// Returns the process exit code (0, or 1 with the reason on standard error).
int run_settings_command(const CommandLine&, std::string_view version);

}
