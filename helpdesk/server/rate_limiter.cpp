// Token-bucket arithmetic, and forgetting buckets that have filled up again.
#include "rate_limiter.hpp"

#include <cmath>

namespace Foyer::Helpdesk {

std::optional<int> RateLimiter::take(const std::string& key, std::chrono::steady_clock::time_point now)
{
    if (m_limit.per_hour <= 0)
        return std::nullopt;
    double capacity = m_limit.per_hour;
    double per_second = m_limit.per_hour / 3600.0;
    std::lock_guard lock(m_mutex);
    if (m_buckets.size() > 100'000) {
        // A full bucket holds no memory worth keeping: it is the same as a new one.
        std::erase_if(m_buckets, [&](auto& entry) {
            double elapsed = std::chrono::duration<double>(now - entry.second.updated).count();
            return entry.second.tokens + elapsed * per_second >= capacity;
        });
    }
    auto [it, inserted] = m_buckets.try_emplace(key, Bucket { capacity, now });
    auto& bucket = it->second;
    double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
    bucket.tokens = std::min(capacity, bucket.tokens + elapsed * per_second);
    bucket.updated = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return std::nullopt;
    }
    if (per_second <= 0)
        return 3600;
    return int(std::ceil((1.0 - bucket.tokens) / per_second));
}

}
