// Work posted from any thread to run on the main (UI) thread, which is woken to run it.
#pragma once

#include "../verify.hpp"

#include <functional>
#include <mutex>
#include <thread>
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

    // Runs everything posted so far; returns how many closures ran. Only on the thread that made the
    // queue (the main thread, for the shell's): a closure run anywhere else would race the screen.
    size_t run_pending()
    {
        VERIFY(on_owner_thread());
        std::vector<std::function<void()>> batch;
        {
            std::lock_guard lock(m_mutex);
            batch.swap(m_pending);
        }
        for (auto& work : batch)
            work();
        return batch.size();
    }

    bool on_owner_thread() const { return std::this_thread::get_id() == m_owner; }

private:
    const std::thread::id m_owner { std::this_thread::get_id() };
    std::mutex m_mutex;
    std::vector<std::function<void()>> m_pending;
    std::function<void()> m_wake;
};

}
