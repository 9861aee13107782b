// Reports waiting to be sent: one file each under $XDG_STATE_HOME/foyer/outbox, written atomically, so a
// report survives kill -9 and power cuts; bounded in number, age and size, oldest dropped first.
#pragma once

#include "../../../shell/core/error.hpp"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace Foyer {

struct OutboxLimits {
    size_t max_reports { 30 };
    std::chrono::hours max_age { 24 * 30 };
    size_t max_bytes { 10 * 1024 * 1024 };
};

struct QueuedReport {
    std::string report_id;
    std::string report_json;
    std::string png;
    // Seconds since the epoch.
    int64_t queued_at { 0 };
    int attempts { 0 };
    int64_t next_attempt_at { 0 };
};

// The delay before the next attempt: 5 s, doubling, at most an hour; never sooner than the helpdesk's
// Retry-After.
std::chrono::seconds retry_delay(int attempts, std::chrono::seconds retry_after = std::chrono::seconds(0));

class Outbox {
public:
    explicit Outbox(std::string directory, OutboxLimits = {});

    // Keeps the report (written to disk before this returns), then applies the limits.
    ErrorOr<void> add(const QueuedReport&);
    // Every report waiting, oldest first. Damaged or half-written files are removed with a log line.
    std::vector<QueuedReport> load() const;
    ErrorOr<void> update(const QueuedReport&);
    void remove(const std::string& report_id);
    // Drops what is over the limits (too old, then the oldest past the count or size), logging each;
    // returns the dropped ids.
    std::vector<std::string> enforce_limits(int64_t now) const;

    const std::string& directory() const { return m_directory; }

private:
    std::string path_of(const std::string& report_id) const;

    std::string m_directory;
    OutboxLimits m_limits;
};

}
