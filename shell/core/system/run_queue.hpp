// Work posted from any thread to run on the main (UI) thread, which is woken to run it.
#pragma once

#include <functional>
#include <mutex>
#include <vector>

namespace Foyer {

// Workers never touch the screen: they post a closure here, and the main loop runs it between frames.
class RunQueue {
public:
    // `wake` is called after each post, from the posting thread (the shell passes glfwPostEmptyEvent).
    explicit RunQueue(std::function<void()> wake = {})
        : m_wake(std::move(wake))
    {
    }

    void set_wake(std::function<void()> wake)
    {
        std::lock_guard lock(m_mutex);
        m_wake = std::move(wake);
    }

    void post(std::function<void()> work)
    {
        std::function<void()> wake;
        {
            std::lock_guard lock(m_mutex);
            m_pending.push_back(std::move(work));
            wake = m_wake;
        }
        if (wake)
            wake();
    }

    // Runs everything posted so far; returns how many closures ran. Main thread only.
    size_t run_pending()
    {
        std::vector<std::function<void()>> batch;
        {
            std::lock_guard lock(m_mutex);
            batch.swap(m_pending);
        }
        for (auto& work : batch)
            work();
        return batch.size();
    }

private:
    std::mutex m_mutex;
    std::vector<std::function<void()>> m_pending;
    std::function<void()> m_wake;
};

}
