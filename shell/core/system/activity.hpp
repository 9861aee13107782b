// What the senior did recently ("opened Call for help -> pressed Home"), for the help report and the trace.
#pragma once

#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace Foyer {

// A bounded record of the last actions and what Foyer said. With FOYER_TRACE=<file> set, every entry is
// also appended to that file as it happens: tests read it to see what the real program did.
class ActivityLog {
public:
    ActivityLog();
    ~ActivityLog();

    // kind: "screen", "activate", "say", "notice", ...; detail: the screen id, the widget id, the text.
    void record(std::string_view kind, std::string_view detail);
    std::vector<std::string> recent() const;

private:
    mutable std::mutex m_mutex;
    std::deque<std::string> m_entries;
    int m_trace_fd { -1 };
    std::chrono::steady_clock::time_point m_start;
};

}
