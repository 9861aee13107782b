// From CUPS job states to stages, "stuck", and words.
#include "print_job.hpp"

#include "../../shell/core/i18n/translate.hpp"

#include <algorithm>

namespace Foyer {

namespace {

JobStage stage_of(const JobFacts& facts)
{
    switch (facts.state) {
    case JobState::Pending:
    case JobState::Held:
        return JobStage::Waiting;
    case JobState::Processing:
    case JobState::Stopped:
        return JobStage::Printing;
    case JobState::Completed:
        return JobStage::Done;
    case JobState::Cancelled:
        return JobStage::Cancelled;
    case JobState::Aborted:
        return JobStage::Failed;
    }
    return JobStage::Waiting;
}

}

JobTracker::JobTracker(int job_id, Clock::time_point sent, std::chrono::seconds stuck_after)
    : m_last_change(sent)
    , m_stuck_after(stuck_after)
{
    m_status.id = job_id;
    m_status.stage = JobStage::Waiting;
}

bool JobTracker::update(const JobFacts& facts, Clock::time_point now)
{
    auto before = m_status;
    // Progress is a new state or another page out; a printer asking the same thing again is not.
    bool moved = !m_last_facts || m_last_facts->state != facts.state || m_last_facts->pages_done != facts.pages_done;
    m_last_facts = facts;
    if (moved)
        m_last_change = now;
    m_status.stage = stage_of(facts);
    m_status.pages_done = facts.pages_done;
    tick(now);
    return !(m_status == before);
}

bool JobTracker::tick(Clock::time_point now)
{
    auto before = m_status;
    auto still = now - m_last_change;
    m_status.stuck = !m_status.finished() && still >= m_stuck_after;
    m_status.stuck_minutes = m_status.stuck ? std::max(1, int(std::chrono::duration_cast<std::chrono::minutes>(still).count())) : 0;
    return !(m_status == before);
}

JobText job_text(const JobStatus& status, PrintedThing thing, int pages, int copies)
{
    JobText text;
    bool photo = thing == PrintedThing::Photo;
    int total = std::max(1, pages) * std::max(1, copies);
    switch (status.stage) {
    case JobStage::Sending:
        text.headline = tr("Sending to the printer…");
        break;
    case JobStage::Waiting:
        text.headline = tr("Waiting for the printer…");
        break;
    case JobStage::Printing:
        if (total > 1 && status.pages_done > 0 && status.pages_done < total)
            text.headline = format(tr("Printing page {page} of {pages}…"),
                { { "page", std::to_string(status.pages_done + 1) }, { "pages", std::to_string(total) } });
        else
            text.headline = tr("Printing…");
        break;
    case JobStage::Done:
        text.headline = photo ? tr("Your photo is printed.") : tr("Your document is printed.");
        break;
    case JobStage::Cancelled:
        text.headline = tr("Printing is cancelled.");
        break;
    case JobStage::Failed:
        text.headline = tr("The printer could not print this.");
        text.detail = tr("Try again. If it happens again, call for help.");
        break;
    }
    if (status.stuck) {
        // A stuck job is said in minutes of waiting: something a senior can check against the clock.
        text.headline = format(trn("Nothing has come out of the printer for {minutes} minute.",
                                   "Nothing has come out of the printer for {minutes} minutes.", status.stuck_minutes),
            { { "minutes", std::to_string(status.stuck_minutes) } });
        text.detail = tr("You can cancel this printing, check the printer, and try again.");
    }
    text.spoken = text.detail.empty() ? text.headline : text.headline + " " + text.detail;
    return text;
}

}
