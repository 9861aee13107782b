// Starting real programs from tests: argv arrays (never a shell), extra environment, timeouts, cleanup.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Foyer::Testing {

class Process {
public:
    // Starts `argv[0]` (searched in PATH) with the current environment plus `environment`.
    // Standard output and error go to `output_path` when given, else are inherited.
    Process(std::vector<std::string> argv, std::map<std::string, std::string> environment = {},
        std::string output_path = {});
    ~Process();
    Process(Process&&) noexcept;
    Process(const Process&) = delete;

    bool started() const { return m_pid > 0; }
    int pid() const { return m_pid; }
    bool running();
    // The exit code (or 128 + signal), or nothing on timeout.
    std::optional<int> wait(std::chrono::milliseconds timeout);
    void signal(int);
    // SIGTERM, then SIGKILL after a grace period.
    void stop(std::chrono::milliseconds grace = std::chrono::milliseconds(2000));

private:
    int m_pid { -1 };
    std::optional<int> m_status;
};

// Runs to completion and returns (exit code, stdout+stderr).
struct RunResult {
    int exit_code { -1 };
    std::string output;
};
RunResult run(std::vector<std::string> argv, std::map<std::string, std::string> environment = {},
    std::chrono::milliseconds timeout = std::chrono::seconds(60));

// Whether a program is installed (in PATH).
bool have_program(const std::string& name);
// A loopback TCP port nobody listens on now (bound, read, closed): for a server a test starts, or for
// "nothing answers there".
int unused_loopback_port();
// A fresh directory under the test's temporary area, removed at exit.
std::string temporary_directory(const std::string& prefix = "foyer-test");
std::string read_text(const std::string& path);
void write_text(const std::string& path, const std::string& contents);
// Waits until `predicate` holds or the timeout passes; returns the last value.
template<typename Predicate>
bool eventually(Predicate predicate, std::chrono::milliseconds timeout = std::chrono::seconds(10))
{
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (predicate())
            return true;
        struct timespec pause {
            0, 20'000'000
        };
        nanosleep(&pause, nullptr);
    }
    return predicate();
}

}
