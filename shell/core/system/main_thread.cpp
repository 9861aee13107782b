// The main thread's id, recorded once (as Tracy records its main thread) and checked where it matters.
#include "main_thread.hpp"

#include <atomic>
#include <thread>

namespace Foyer {

namespace {

std::atomic<std::thread::id> s_main_thread {};

}

void claim_main_thread()
{
    s_main_thread.store(std::this_thread::get_id());
}

bool on_main_thread()
{
    auto self = std::this_thread::get_id();
    std::thread::id nobody {};
    // Lock-free: the first thread to ask claims the id, every later one compares with it.
    if (s_main_thread.compare_exchange_strong(nobody, self))
        return true;
    return nobody == self;
}

}
