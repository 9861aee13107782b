// Running another program: always an argv array (never a shell string), with a timeout, its output kept.
#pragma once

#include "../error.hpp"

#include <chrono>
#include <stop_token>
#include <string>
#include <vector>

namespace Foyer {

struct ProgramResult {
    // The exit code, or 128 + the signal number when it was killed.
    int exit_code { -1 };
    std::string output;
    bool timed_out { false };
};

// Runs `argv[0]` (searched in PATH) and collects standard output (and standard error when asked), up to
// `max_output` bytes. Killed after `timeout` or when `stop` is requested. An error only when it could not
// start (not installed, not executable): its message says so plainly.
ErrorOr<ProgramResult> run_program(const std::vector<std::string>& argv, std::chrono::milliseconds timeout,
    std::stop_token stop = {}, bool with_stderr = false, size_t max_output = 1 << 20);

// Whether a program is installed (found in PATH and executable).
bool program_exists(const std::string& name);

}
