// Wakes long-polling devices when this server records something for their case. Events written by other
// servers sharing the database are found by the pollers' own periodic re-check (live_api.cpp).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <unordered_map>

namespace Foyer::Helpdesk {

class LiveHub {
public:
    // A number that changes whenever `notify(case_id)` is called.
    uint64_t generation(int64_t case_id);
    void notify(int64_t case_id);
    // Returns when the case's generation differs from `seen`, at `deadline`, or when stopping.
    void wait(int64_t case_id, uint64_t seen, std::chrono::steady_clock::time_point deadline);
    // Releases every waiter, for shutdown.
    void stop();
    bool stopping();

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::unordered_map<int64_t, uint64_t> m_generations;
    bool m_stopping {false};
};

}
