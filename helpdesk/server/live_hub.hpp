// Wakes long-polling devices when this server records something for their case, and counts the polls it
// holds. Events written by other servers sharing the database are found by the pollers' own periodic
// re-check (live_api.cpp).
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

    // A long poll that found nothing to say and is held open until something happens: counted from its
    // first wait to its answer, including the re-checks in between.
    class Waiter {
    public:
        explicit Waiter(LiveHub&);
        ~Waiter();
        Waiter(const Waiter&) = delete;
        Waiter& operator=(const Waiter&) = delete;

    private:
        LiveHub& m_hub;
    };
    // How many polls this server holds open now (GET /healthz says it, for operators and tests).
    int waiting_pollers();

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::unordered_map<int64_t, uint64_t> m_generations;
    int m_waiting_pollers { 0 };
    bool m_stopping { false };
};

}
