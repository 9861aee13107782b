// Background jobs run off the calling thread, in parallel up to the pool size, and stop on shutdown.
#include "shell/core/system/run_queue.hpp"
#include "shell/core/system/task_runner.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>

using namespace Foyer;
using namespace std::chrono_literals;

TEST(TaskRunner, RunsJobsOnWorkersAndPostsResultsBack)
{
    std::atomic<int> wakes = 0;
    RunQueue main_thread([&] { ++wakes; });
    TaskRunner workers(2);
    auto caller = std::this_thread::get_id();
    std::atomic<bool> off_thread = true;
    int results = 0;
    for (int i = 0; i < 10; ++i)
        workers.post([&](std::stop_token) {
            if (std::this_thread::get_id() == caller)
                off_thread = false;
            main_thread.post([&] { ++results; });
        });
    auto deadline = std::chrono::steady_clock::now() + 5s;
    while (results < 10 && std::chrono::steady_clock::now() < deadline) {
        main_thread.run_pending();
        std::this_thread::sleep_for(1ms);
    }
    EXPECT_EQ(results, 10);
    EXPECT_TRUE(off_thread);
    EXPECT_GE(wakes, 10);
}

TEST(TaskRunner, JobsRunInParallelUpToThePoolSize)
{
    TaskRunner workers(3);
    std::atomic<int> running = 0, most = 0;
    for (int i = 0; i < 6; ++i)
        workers.post([&](std::stop_token) {
            int now = ++running;
            int seen = most.load();
            while (now > seen && !most.compare_exchange_weak(seen, now)) { }
            std::this_thread::sleep_for(50ms);
            --running;
        });
    auto deadline = std::chrono::steady_clock::now() + 5s;
    while (workers.pending() > 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(5ms);
    EXPECT_EQ(most, 3);
}

TEST(TaskRunner, ShutdownStopsALongJob)
{
    auto start = std::chrono::steady_clock::now();
    {
        TaskRunner workers(1);
        workers.post([](std::stop_token stop) {
            while (!stop.stop_requested())
                std::this_thread::sleep_for(1ms);
        });
        std::this_thread::sleep_for(20ms);
    }
    EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);
}
