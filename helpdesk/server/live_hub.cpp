// One condition variable for all cases: live sessions are few, and a spurious wake-up costs one query.
#include "live_hub.hpp"

namespace Foyer::Helpdesk {

uint64_t LiveHub::generation(int64_t case_id)
{
    std::lock_guard lock(m_mutex);
    auto found = m_generations.find(case_id);
    return found == m_generations.end() ? 0 : found->second;
}

void LiveHub::notify(int64_t case_id)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_generations[case_id];
    }
    m_changed.notify_all();
}

void LiveHub::wait(int64_t case_id, uint64_t seen, std::chrono::steady_clock::time_point deadline)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_until(lock, deadline, [&] {
        auto found = m_generations.find(case_id);
        return m_stopping || (found == m_generations.end() ? 0 : found->second) != seen;
    });
}

void LiveHub::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
}

bool LiveHub::stopping()
{
    std::lock_guard lock(m_mutex);
    return m_stopping;
}

LiveHub::Waiter::Waiter(LiveHub& hub)
    : m_hub(hub)
{
    std::lock_guard lock(m_hub.m_mutex);
    ++m_hub.m_waiting_pollers;
}

LiveHub::Waiter::~Waiter()
{
    std::lock_guard lock(m_hub.m_mutex);
    --m_hub.m_waiting_pollers;
}

int LiveHub::waiting_pollers()
{
    std::lock_guard lock(m_mutex);
    return m_waiting_pollers;
}

}
