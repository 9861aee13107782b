// Rate limiting arithmetic, listen addresses, log paths and database URLs.
#include "helpdesk/server/config.hpp"
#include "helpdesk/server/http.hpp"
#include "helpdesk/server/rate_limiter.hpp"

#include <gtest/gtest.h>

using namespace Foyer::Helpdesk;
using namespace std::chrono_literals;

TEST(RateLimiter, AllowsABurstThenOneEveryIntervalPerKey)
{
    RateLimiter limiter(RateLimit { 3600 / 60.0 });
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 60; ++i)
        EXPECT_FALSE(limiter.take("device-a", start)) << i;
    auto wait = limiter.take("device-a", start);
    ASSERT_TRUE(wait);
    EXPECT_EQ(*wait, 60);
    EXPECT_FALSE(limiter.take("device-b", start));
    EXPECT_FALSE(limiter.take("device-a", start + 61s));
    EXPECT_TRUE(limiter.take("device-a", start + 61s));
}

TEST(RateLimiter, ZeroMeansNoLimit)
{
    RateLimiter limiter(RateLimit { 0 });
    for (int i = 0; i < 10'000; ++i)
        ASSERT_FALSE(limiter.take("x"));
}

TEST(Config, ListenAddressesAreHostAndPort)
{
    auto plain = parse_listen_address("127.0.0.1:8080");
    ASSERT_FALSE(plain.is_error());
    EXPECT_EQ(plain.value().host, "127.0.0.1");
    EXPECT_EQ(plain.value().port, 8080);
    auto six = parse_listen_address("[::1]:0");
    ASSERT_FALSE(six.is_error());
    EXPECT_EQ(six.value().host, "::1");
    EXPECT_EQ(six.value().port, 0);
    EXPECT_TRUE(parse_listen_address("8080").is_error());
    EXPECT_TRUE(parse_listen_address("host:99999").is_error());
    EXPECT_TRUE(parse_listen_address("host:80x").is_error());
}

TEST(Logging, CaseCodesNeverReachTheLog)
{
    EXPECT_EQ(path_for_log("/api/v1/cases/123456789/live/events?after=12"), "/api/v1/cases/…/live/events");
    EXPECT_EQ(path_for_log("/console/cases/42"), "/console/cases/42");
}

TEST(DatabaseUrl, NamesTheTwoBackends)
{
    EXPECT_EQ(parse_database_url("sqlite:/var/lib/foyer/h.db").value().location, "/var/lib/foyer/h.db");
    EXPECT_EQ(parse_database_url("postgresql://u@h/db").value().dialect, Dialect::Postgres);
    EXPECT_EQ(parse_database_url("postgres://u@h/db").value().dialect, Dialect::Postgres);
    EXPECT_TRUE(parse_database_url("mysql://x").is_error());
    EXPECT_TRUE(parse_database_url("sqlite:").is_error());
}
