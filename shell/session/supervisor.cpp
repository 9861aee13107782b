// The supervisor's rules: a crash brings Foyer back at once; a crash loop brings it back in safe mode.
#include "supervisor.hpp"

#include "../core/system/exit_codes.hpp"

#include <algorithm>

namespace Foyer {

using namespace std::chrono_literals;

Supervisor::Supervisor(SessionKind kind, int crashes, std::chrono::seconds window)
    : m_kind(kind)
    , m_crashes_for_safe_mode(crashes)
    , m_window(window)
{
}

SupervisorDecision Supervisor::first() const
{
    return { SupervisorDecision::Action::Start, false, 0ms, "starting" };
}

SupervisorDecision Supervisor::ended(int exit_code, int signal, Clock::time_point now)
{
    using Action = SupervisorDecision::Action;
    if (signal == 0) {
        switch (exit_code) {
        case ExitCode::closed:
            if (m_kind == SessionKind::Desktop)
                return { Action::Stop, m_safe_mode, 0ms, "closed on purpose" };
            return { Action::Start, m_safe_mode, 0ms, "closed, but it is the whole session" };
        case ExitCode::cannot_start:
            return { Action::Stop, m_safe_mode, 0ms, "it cannot start (no screen, or a bad command line)" };
        case ExitCode::restart:
            m_crashes.clear();
            m_safe_mode = false;
            m_safe_mode_loops = 0;
            return { Action::Start, false, 0ms, "the family asked for a restart" };
        case ExitCode::leave_session:
            return { Action::Stop, m_safe_mode, 0ms, "the family left the session" };
        default:
            break;
        }
    }
    m_crashes.push_back(now);
    while (!m_crashes.empty() && now - m_crashes.front() > m_window)
        m_crashes.pop_front();
    std::string reason = signal ? "crashed (signal " + std::to_string(signal) + ")" : "crashed (exit code " + std::to_string(exit_code) + ")";
    if (int(m_crashes.size()) < m_crashes_for_safe_mode)
        return { Action::Start, m_safe_mode, 200ms, reason };
    if (!m_safe_mode) {
        m_safe_mode = true;
        m_crashes.clear();
        return { Action::Start, true, 200ms, reason + ", " + std::to_string(m_crashes_for_safe_mode) + " times in a minute: safe mode" };
    }
    // Even safe mode keeps crashing: something outside Foyer is wrong. Keep trying, but gently.
    ++m_safe_mode_loops;
    m_crashes.clear();
    auto delay = std::chrono::milliseconds(std::min(60'000, 5'000 * m_safe_mode_loops));
    return { Action::Start, true, delay, reason + " in safe mode too: waiting before the next start" };
}

}
