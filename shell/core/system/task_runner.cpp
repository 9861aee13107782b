// Worker threads that sleep on a condition variable until a job arrives.
#include "task_runner.hpp"

namespace Foyer {

TaskRunner::TaskRunner(size_t threads)
{
    for (size_t i = 0; i < threads; ++i)
        m_threads.emplace_back([this](std::stop_token stop) { run(stop); });
}

TaskRunner::~TaskRunner()
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.clear();
    }
    for (auto& thread : m_threads)
        thread.request_stop();
    m_wake.notify_all();
    m_threads.clear(); // joins
}

void TaskRunner::post(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

size_t TaskRunner::pending() const
{
    std::lock_guard lock(m_mutex);
    return m_jobs.size() + m_running;
}

void TaskRunner::run(std::stop_token stop)
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            if (!m_wake.wait(lock, stop, [this] { return !m_jobs.empty(); }))
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            ++m_running;
        }
        job(stop);
        std::lock_guard lock(m_mutex);
        --m_running;
    }
}

}
