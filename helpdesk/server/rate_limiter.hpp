// Token buckets per key (a device, a client address), in memory. Each server behind a load balancer
// counts on its own, so the effective limit is per server; logins are limited from the database instead.
#pragma once

#include "config.hpp"

#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace Foyer::Helpdesk {

class RateLimiter {
public:
    explicit RateLimiter(RateLimit limit)
        : m_limit(limit)
    {
    }

    // Takes one token for `key`: nothing when allowed, else the seconds to wait.
    std::optional<int> take(
        const std::string& key, std::chrono::steady_clock::time_point now = std::chrono::steady_clock::now());

private:
    struct Bucket {
        double tokens { 0 };
        std::chrono::steady_clock::time_point updated;
    };

    RateLimit m_limit;
    std::mutex m_mutex;
    std::unordered_map<std::string, Bucket> m_buckets;
};

}
