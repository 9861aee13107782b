#include "retry_loop.hpp"

#include "log.hpp"
#include "route_monitor.hpp"

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace Foyer {

int64_t epoch_seconds()
{
    return int64_t(std::time(nullptr));
}

RetryLoop::RetryLoop(Options options, Round round)
    : m_options(std::move(options))
    , m_round(std::move(round))
{
    m_wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    m_netlink_fd = open_route_monitor();
    if (m_netlink_fd < 0)
        log_info(m_options.name + ": cannot watch the network for changes; retrying on a timer only");
    m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
}

RetryLoop::~RetryLoop()
{
    m_thread.request_stop();
    poke();
    m_thread = {};
    if (m_wake_fd >= 0)
        close(m_wake_fd);
    if (m_netlink_fd >= 0)
        close(m_netlink_fd);
}

void RetryLoop::poke()
{
    uint64_t one = 1;
    [[maybe_unused]] auto written = write(m_wake_fd, &one, sizeof one);
}

void RetryLoop::run(std::stop_token stop)
{
    bool everything = m_options.first_round_everything;
    while (!stop.stop_requested()) {
        auto next = m_round(stop, everything);
        everything = false;
        int timeout = -1;
        if (next)
            timeout = int(std::clamp<int64_t>((*next - epoch_seconds()) * 1000, 0, 3600 * 1000));
        pollfd fds[2] = { { m_wake_fd, POLLIN, 0 }, { m_netlink_fd, POLLIN, 0 } };
        int ready = poll(fds, m_netlink_fd >= 0 ? 2 : 1, timeout);
        if (ready < 0 && errno != EINTR)
            return;
        if (ready > 0 && fds[0].revents) {
            drain_descriptor(m_wake_fd);
            everything = everything || m_options.poke_means_everything;
        }
        if (ready > 0 && m_netlink_fd >= 0 && fds[1].revents) {
            drain_descriptor(m_netlink_fd);
            // The network changed: whatever was waiting for it may go now. A short pause lets the new route
            // settle (DHCP, DNS) before the attempt.
            log_info(m_options.name + ": the network changed, trying again");
            pollfd pause { m_wake_fd, POLLIN, 0 };
            poll(&pause, 1, 2000);
            everything = true;
        }
    }
}

}
