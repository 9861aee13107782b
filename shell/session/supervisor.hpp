// What foyer-session does each time Foyer ends: start it again (normally, or in safe mode after a crash
// loop), wait a little first, or stop. Decisions only, with time given: the process work is in main.cpp.
#pragma once

#include <chrono>
#include <deque>
#include <string>

namespace Foyer {

enum class SessionKind {
    // The "Foyer" session of the login screen: Foyer is the whole desktop and always comes back.
    Kiosk,
    // Inside a usual desktop (autostart): closing Foyer on purpose is respected.
    Desktop,
};

struct SupervisorDecision {
    enum class Action {
        Start,
        Stop,
    };
    Action action { Action::Start };
    bool safe_mode { false };
    std::chrono::milliseconds delay { 0 };
    // For the log: why.
    std::string reason;
};

class Supervisor {
public:
    using Clock = std::chrono::steady_clock;

    // `crashes` crashes within `window` start Foyer in safe mode (the issue: 3 in a minute).
    explicit Supervisor(SessionKind, int crashes = 3, std::chrono::seconds window = std::chrono::seconds(60));

    SupervisorDecision first() const;
    // Foyer ended: with `exit_code`, or killed by `signal` (0: it exited).
    SupervisorDecision ended(int exit_code, int signal, Clock::time_point now);
    bool safe_mode() const { return m_safe_mode; }

private:
    SessionKind m_kind;
    int m_crashes_for_safe_mode;
    std::chrono::seconds m_window;
    std::deque<Clock::time_point> m_crashes;
    bool m_safe_mode { false };
    // Crashes in safe mode too: wait longer each time rather than burn the computer.
    int m_safe_mode_loops { 0 };
};

}
