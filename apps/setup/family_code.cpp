// Argon2id through libsodium, as the helpdesk stores the mediators' passwords.
#include "family_code.hpp"

#include "../../shell/core/system/log.hpp"

#include <sodium.h>

namespace Foyer {

namespace {

bool sodium_ready()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

}

FamilyCode::FamilyCode(SecretStore secrets)
    : m_secrets(std::move(secrets))
{
}

bool FamilyCode::is_set() const
{
    auto stored = m_secrets.read(secret_name);
    return stored && !stored->empty();
}

ErrorOr<void> FamilyCode::set(std::string_view digits)
{
    if (!sodium_ready())
        return Error::plain(N_("Foyer could not save the family code. Try again."), {}, "sodium_init failed");
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, digits.data(), digits.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error::plain(N_("Foyer could not save the family code. Try again."), {}, "crypto_pwhash_str failed (out of memory?)");
    return m_secrets.write(secret_name, std::string(hash) + "\n");
}

bool FamilyCode::matches(std::string_view digits) const
{
    auto stored = m_secrets.read(secret_name);
    if (!stored || !sodium_ready())
        return false;
    while (!stored->empty() && (stored->back() == '\n' || stored->back() == '\r'))
        stored->pop_back();
    return crypto_pwhash_str_verify(stored->c_str(), digits.data(), digits.size()) == 0;
}

ErrorOr<void> FamilyCode::clear()
{
    return m_secrets.remove(secret_name);
}

int CodeAttempts::wait_seconds(Clock::time_point now) const
{
    if (now >= m_blocked_until)
        return 0;
    return int(std::chrono::ceil<std::chrono::seconds>(m_blocked_until - now).count());
}

void CodeAttempts::failed(Clock::time_point now)
{
    ++m_failures;
    if (m_failures >= 5) {
        // 30 s after five wrong codes, then a minute more for each further one, up to ten minutes.
        auto wait = std::chrono::seconds(std::min(600, 30 + 60 * (m_failures - 5)));
        m_blocked_until = now + wait;
        log_warning("family: " + std::to_string(m_failures) + " wrong family codes in a row, waiting " + std::to_string(wait.count()) + " s");
    }
}

void CodeAttempts::succeeded()
{
    m_failures = 0;
    m_blocked_until = {};
}

}
