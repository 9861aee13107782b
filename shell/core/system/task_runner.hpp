// Background work off the main thread: a few worker threads taking jobs in order. Results go back to the
// main thread through the RunQueue; jobs never touch the screen.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <stop_token>
#include <thread>
#include <vector>

namespace Foyer {

class TaskRunner {
public:
    // A job gets a stop token: long jobs (network, printing) check it and give up when Foyer quits.
    using Job = std::function<void(std::stop_token)>;

    explicit TaskRunner(size_t threads);
    // Asks running jobs to stop, drops waiting ones, and joins the threads.
    ~TaskRunner();
    TaskRunner(const TaskRunner&) = delete;
    TaskRunner& operator=(const TaskRunner&) = delete;

    void post(Job);
    // Jobs waiting or running (for tests).
    size_t pending() const;

private:
    void run(std::stop_token);

    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::deque<Job> m_jobs;
    size_t m_running { 0 };
    std::vector<std::jthread> m_threads;
};

}
