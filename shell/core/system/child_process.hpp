// Long-running programs Foyer starts and watches (a video call's browser): spawned from an argv array,
// each in its own process group, and reported once when they end, without polling.
#pragma once

#include "../error.hpp"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <sys/types.h>
#include <thread>
#include <vector>

namespace Foyer {

struct SpawnOptions {
    // Added to (or replacing in) Foyer's own environment.
    std::vector<std::pair<std::string, std::string>> environment;
    // Where the program's standard output and error go (appended); empty: /dev/null.
    std::string output_path;
};

struct ChildExit {
    pid_t pid { -1 };
    // The exit code, or 128 + the signal number when it was killed.
    int exit_code { -1 };
    // True when the program ended because terminate() asked it to.
    bool terminated_by_us { false };
};

// One thread sleeps in poll() on a pidfd per child (and an eventfd for new requests): it wakes only when a
// child ends, when a new child is watched, or when a child asked to stop has outlived its grace period. An
// idle Foyer with a browser open therefore costs nothing. `on_exit` runs on that thread: callers post to
// the main thread from it.
//
// It reaps only the children it started (never waitpid(-1)), so run_program() and other code that waits
// for its own children keep working beside it.
class ChildWatcher {
public:
    using ExitHandler = std::function<void(const ChildExit&)>;

    ChildWatcher();
    // Terminates every child still running (SIGTERM to its group, SIGKILL after a short grace), then stops.
    ~ChildWatcher();
    ChildWatcher(const ChildWatcher&) = delete;
    ChildWatcher& operator=(const ChildWatcher&) = delete;

    // Starts `argv[0]` (searched in PATH) in a new process group and watches it. An error, said plainly,
    // when the program is not installed or cannot start; `on_exit` is then never called.
    ErrorOr<pid_t> spawn(const std::vector<std::string>& argv, const SpawnOptions&, ExitHandler on_exit);
    // Asks the child's whole process group to stop (SIGTERM), then kills it (SIGKILL) if it is still there
    // after `grace`. Does nothing for a child that already ended.
    void terminate(pid_t, std::chrono::milliseconds grace = std::chrono::milliseconds(3000));
    bool running(pid_t) const;
    // How many children are watched (for tests).
    size_t count() const;

private:
    struct Child {
        int pidfd { -1 };
        ExitHandler on_exit;
        std::optional<std::chrono::steady_clock::time_point> kill_at;
        bool terminated { false };
    };

    void run();
    void notify();

    mutable std::mutex m_mutex;
    std::map<pid_t, Child> m_children;
    int m_event_fd { -1 };
    bool m_stopping { false };
    std::thread m_thread;
};

}
