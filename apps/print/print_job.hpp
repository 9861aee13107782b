// A print job as the senior follows it: sending, printing, printed; stuck when nothing moves for too long.
#pragma once

#include "cups_client.hpp"

#include <chrono>
#include <optional>
#include <string>

namespace Foyer {

enum class JobStage {
    Sending, // Foyer is handing the document to CUPS
    Waiting, // CUPS has it; the printer has not started
    Printing,
    Done,
    Cancelled,
    Failed,
};

struct JobStatus {
    int id { 0 };
    JobStage stage { JobStage::Sending };
    int pages_done { 0 };
    // Nothing has moved for longer than the stuck delay: explained, and offered to cancel.
    bool stuck { false };
    // How long nothing has moved, in whole minutes, when stuck.
    int stuck_minutes { 0 };

    bool finished() const { return stage == JobStage::Done || stage == JobStage::Cancelled || stage == JobStage::Failed; }
    bool operator==(const JobStatus&) const = default;
};

// Follows one job from what CUPS says about it. Time is given, never read, so tests can pass minutes.
class JobTracker {
public:
    using Clock = std::chrono::steady_clock;

    JobTracker(int job_id, Clock::time_point sent, std::chrono::seconds stuck_after);

    // Takes in what CUPS said at `now`; returns true when the status changed.
    bool update(const JobFacts&, Clock::time_point now);
    // Re-evaluates "stuck" at `now`; returns true when the status changed.
    bool tick(Clock::time_point now);
    const JobStatus& status() const { return m_status; }

private:
    JobStatus m_status;
    std::optional<JobFacts> m_last_facts;
    Clock::time_point m_last_change;
    std::chrono::seconds m_stuck_after;
};

enum class PrintedThing {
    Photo,
    Document,
};

// The words for a job: shown large, and spoken when the stage changes.
struct JobText {
    std::string headline; // "Printing page 2 of 3…" / "Your photo is printed."
    std::string detail;   // what to do, when something is wrong
    std::string spoken;
};

// `pages` is the number of pages of one copy; `copies` how many were asked.
JobText job_text(const JobStatus&, PrintedThing, int pages, int copies);

}
