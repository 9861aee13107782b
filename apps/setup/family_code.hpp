// The family code: what keeps the settings, the setup and "Add a printer" for the family. Stored as an
// Argon2id hash among the secrets, never as the digits themselves.
#pragma once

#include "../../shell/core/error.hpp"
#include "../../shell/core/settings/secrets.hpp"

#include <chrono>
#include <optional>
#include <string>

namespace Foyer {

// It is not a safe's lock: it stops a senior (or a visitor) from changing things by chance, and it costs a
// curious grandchild a phone call. The hash keeps the digits out of a backup file's plain sight.
class FamilyCode {
public:
    static constexpr const char* secret_name = "family-code";

    explicit FamilyCode(SecretStore);

    bool is_set() const;
    // Slow on purpose (Argon2id, about a tenth of a second and 64 MiB): call from a worker thread.
    ErrorOr<void> set(std::string_view digits);
    bool matches(std::string_view digits) const;
    ErrorOr<void> clear();

private:
    SecretStore m_secrets;
};

// Wrong codes typed in a row: after five, the next try waits, longer each time (a senior pressing keys at
// random gives up long before anyone could try every code).
class CodeAttempts {
public:
    using Clock = std::chrono::steady_clock;

    // Seconds to wait before the next try is accepted (0: now).
    int wait_seconds(Clock::time_point now) const;
    void failed(Clock::time_point now);
    void succeeded();

private:
    int m_failures { 0 };
    Clock::time_point m_blocked_until {};
};

}
