// Foyer's log: one line per event to $XDG_STATE_HOME/foyer/foyer.log; warnings and errors to standard
// error too.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace Foyer {

void log_info(std::string_view);
void log_warning(std::string_view);
void log_error(std::string_view);

// Also append to this file from now on (rotated to foyer.log.1 past 1 MB). Empty path: stderr only.
void set_log_file(const std::string& path);
// Silence standard error (the file still gets everything), for command-line modes that print results.
void set_log_to_stderr(bool);
// The last warnings and errors, oldest first, for the help report.
std::vector<std::string> recent_log_problems();

}
