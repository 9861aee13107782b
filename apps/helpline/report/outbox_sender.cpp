// The sender thread sleeps in poll() on an eventfd (poke), a netlink socket (the network changed) and
// the time of the next attempt: no polling loop.
#include "outbox_sender.hpp"

#include "../../../shell/core/system/log.hpp"
#include "../../../shell/core/system/route_monitor.hpp"

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace Foyer {

namespace {

int64_t now_seconds()
{
    return int64_t(std::time(nullptr));
}

}

OutboxSender::OutboxSender(Outbox& outbox, Send send, Report report)
    : m_outbox(outbox)
    , m_send(std::move(send))
    , m_report(std::move(report))
{
    m_wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    m_netlink_fd = open_route_monitor();
    if (m_netlink_fd < 0)
        log_info("outbox: cannot watch the network for changes; retrying on a timer only");
    m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
}

OutboxSender::~OutboxSender()
{
    m_thread.request_stop();
    poke();
    m_thread = {};
    if (m_wake_fd >= 0)
        close(m_wake_fd);
    if (m_netlink_fd >= 0)
        close(m_netlink_fd);
}

void OutboxSender::poke()
{
    uint64_t one = 1;
    [[maybe_unused]] auto written = write(m_wake_fd, &one, sizeof one);
}

std::optional<int64_t> OutboxSender::send_due(std::stop_token stop, bool everything)
{
    std::optional<int64_t> next;
    for (auto& report : m_outbox.load()) {
        if (stop.stop_requested())
            return std::nullopt;
        if (!everything && report.next_attempt_at > now_seconds()) {
            next = next ? std::min(*next, report.next_attempt_at) : report.next_attempt_at;
            continue;
        }
        auto result = m_send(report, stop);
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
            report.next_attempt_at = now_seconds() + delay.count();
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

void OutboxSender::run(std::stop_token stop)
{
    bool everything = false;
    while (!stop.stop_requested()) {
        auto next = send_due(stop, everything);
        everything = false;
        int timeout = -1;
        if (next)
            timeout = int(std::clamp<int64_t>((*next - now_seconds()) * 1000, 0, 3600 * 1000));
        pollfd fds[2] = { { m_wake_fd, POLLIN, 0 }, { m_netlink_fd, POLLIN, 0 } };
        int ready = poll(fds, m_netlink_fd >= 0 ? 2 : 1, timeout);
        if (ready < 0 && errno != EINTR)
            return;
        if (ready > 0 && fds[0].revents)
            drain_descriptor(m_wake_fd);
        if (ready > 0 && m_netlink_fd >= 0 && fds[1].revents) {
            drain_descriptor(m_netlink_fd);
            // The network changed: whatever was waiting for it may go now. A short pause lets the new
            // route settle (DHCP, DNS) before the attempt.
            log_info("outbox: the network changed, trying again");
            pollfd pause { m_wake_fd, POLLIN, 0 };
            poll(&pause, 1, 2000);
            everything = true;
        }
    }
}

}
