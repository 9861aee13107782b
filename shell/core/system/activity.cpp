// The activity record and its optional trace file.
#include "activity.hpp"

#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

namespace Foyer {

namespace {

constexpr size_t kept_entries = 30;
constexpr size_t kept_entry_bytes = 400;

}

ActivityLog::ActivityLog()
    : m_start(std::chrono::steady_clock::now())
{
    if (const char* path = std::getenv("FOYER_TRACE"); path && *path)
        m_trace_fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
}

ActivityLog::~ActivityLog()
{
    if (m_trace_fd >= 0)
        close(m_trace_fd);
}

void ActivityLog::record(std::string_view kind, std::string_view detail)
{
    std::string entry = std::string(kind) + " " + std::string(detail);
    std::lock_guard lock(m_mutex);
    // What is kept for the help report is cut (a letter read aloud is not copied into it whole); the trace
    // gets every word.
    if (entry.size() > kept_entry_bytes) {
        size_t cut = kept_entry_bytes;
        while (cut > 0 && (static_cast<unsigned char>(entry[cut]) & 0xC0) == 0x80)
            --cut;
        m_entries.push_back(entry.substr(0, cut) + "\u2026");
    } else {
        m_entries.push_back(entry);
    }
    if (m_entries.size() > kept_entries)
        m_entries.pop_front();
    if (m_trace_fd >= 0) {
        auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - m_start);
        // One write() per line with O_APPEND: lines from several threads never interleave.
        std::string line = std::to_string(ms.count()) + " " + entry;
        for (auto& c : line)
            if (c == '\n')
                c = ' ';
        line += '\n';
        [[maybe_unused]] auto written = write(m_trace_fd, line.data(), line.size());
    }
}

std::vector<std::string> ActivityLog::recent() const
{
    std::lock_guard lock(m_mutex);
    return { m_entries.begin(), m_entries.end() };
}

}
