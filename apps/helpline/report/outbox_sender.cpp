// Each round sends the reports that are due; RetryLoop (shell/core/system) sleeps between rounds until a
// poke, a change of network or the next attempt: no polling loop.
#include "outbox_sender.hpp"

#include "../../../shell/core/system/log.hpp"

#include <algorithm>

namespace Foyer {

OutboxSender::OutboxSender(Outbox& outbox, Send send, Report report)
    : m_outbox(outbox)
    , m_send(std::move(send))
    , m_report(std::move(report))
{
    m_loop = std::make_unique<RetryLoop>(RetryLoop::Options { "outbox", false, false },
        [this](std::stop_token stop, bool everything) { return send_due(stop, everything); });
}

OutboxSender::~OutboxSender() = default;

void OutboxSender::poke()
{
    m_loop->poke();
}

void OutboxSender::send_everything()
{
    m_everything = true;
    m_loop->poke();
}

std::optional<int64_t> OutboxSender::send_due(std::stop_token stop, bool everything)
{
    everything = m_everything.exchange(false) || everything;
    std::optional<int64_t> next;
    bool skipped = false;
    for (auto& report : m_outbox.load()) {
        if (stop.stop_requested())
            return std::nullopt;
        if (!everything && report.next_attempt_at > epoch_seconds()) {
            next = next ? std::min(*next, report.next_attempt_at) : report.next_attempt_at;
            skipped = true;
            continue;
        }
        auto result = m_send(report, stop);
        if (result.outcome == SendOutcome::Sent) {
            // The helpdesk answers: the rest of this round goes too, and a round at once for those already
            // passed over.
            everything = true;
            if (skipped) {
                m_everything = true;
                next = epoch_seconds();
            }
        }
        if (stop.stop_requested() && result.outcome != SendOutcome::Sent)
            return std::nullopt;
        switch (result.outcome) {
        case SendOutcome::Sent:
        case SendOutcome::Rejected:
            // Sent (a repeat of a report already received gets the same code), or refused for good.
            if (result.outcome == SendOutcome::Rejected)
                log_warning("outbox: the helpdesk refused the report " + report.report_id + " (" + result.detail + "); dropping it");
            m_outbox.remove(report.report_id);
            break;
        case SendOutcome::Unreachable:
        case SendOutcome::RetryLater:
        case SendOutcome::EnrollmentRefused:
        case SendOutcome::Certificate: {
            ++report.attempts;
            auto delay = retry_delay(report.attempts, result.retry_after);
            // What only the family can fix is not retried every few seconds.
            if (result.outcome == SendOutcome::EnrollmentRefused || result.outcome == SendOutcome::Certificate)
                delay = std::chrono::hours(1);
            report.next_attempt_at = epoch_seconds() + delay.count();
            if (auto updated = m_outbox.update(report); updated.is_error())
                log_warning("outbox: " + updated.error().detail());
            next = next ? std::min(*next, report.next_attempt_at) : report.next_attempt_at;
            break;
        }
        }
        if (m_report)
            m_report(report, result);
    }
    return next;
}

}
