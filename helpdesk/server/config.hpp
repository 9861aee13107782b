// Everything `foyer-helpdesk serve` can be told, with the defaults the issue and API.md promise.
#pragma once

#include "helpdesk/core/error.hpp"
#include "helpdesk/core/time.hpp"
#include "helpdesk/storage/store.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace Foyer::Helpdesk {

struct ListenAddress {
    std::string host { "127.0.0.1" };
    int port { 8080 };
};

// "HOST:PORT", "[IPv6]:PORT"; port 0 picks a free port.
ErrorOr<ListenAddress> parse_listen_address(std::string_view);

struct RateLimit {
    // Up to this many requests at once, then this many per hour (as one every 3600/N seconds). Zero means
    // no limit.
    double per_hour { 0 };
};

struct ServerConfig {
    ListenAddress listen;
    std::string database_url;
    std::string tls_certificate;
    std::string tls_key;
    // SHA-256 hashes of the enrollment codes associations hand out; empty means enrollment is open.
    std::vector<std::string> enrollment_code_hashes;
    RetentionPolicy retention;
    Timestamp purge_interval { seconds_per_hour };
    size_t threads { 128 };
    size_t database_connections { 8 };

    // Per device, reports and live screenshots together: a device's full offline queue (30 reports) goes
    // through at once, then one every two minutes.
    RateLimit reports { 30 };
    // Per client address.
    RateLimit enrollments { 20 };
    // Failed logins allowed per mediator name and per client address within the window.
    int64_t login_failures_allowed { 5 };
    Timestamp login_failure_window { 15 * seconds_per_minute };
    // Codes that do not exist, per mediator, within the window: guessing codes takes more than this.
    int64_t lookup_failures_allowed { 20 };
    Timestamp lookup_failure_window { 10 * seconds_per_minute };

    Timestamp code_lifetime { 72 * seconds_per_hour };
    Timestamp live_session_duration { 30 * seconds_per_minute };
    int long_poll_seconds { 25 };
    // How often a waiting poll looks in the database for events other servers wrote. This server's own
    // events wake it at once, so one server alone could wait the whole poll.
    int live_recheck_seconds { 1 };
    Timestamp console_session_lifetime { 12 * seconds_per_hour };

    // Set Secure on cookies: automatic with --tls-cert, needed behind a TLS-terminating proxy.
    bool secure_cookies { false };
    // Take the client address from X-Forwarded-For (only behind a proxy that sets it).
    bool trust_forwarded_for { false };
    // One line per request on standard error.
    bool access_log { true };
};

// Reads an enrollment-code file (one code per line, # comments), which must be readable by its owner
// only, and returns the codes' hashes.
ErrorOr<std::vector<std::string>> read_enrollment_codes(const std::string& path);
// Refuses a secret file that other users can read, saying how to fix it.
ErrorOr<void> check_secret_file(const std::string& path, std::string_view what);

}
