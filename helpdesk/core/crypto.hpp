// Secrets with libsodium: random tokens and codes, token hashes, Argon2id passwords, constant-time checks.
#pragma once

#include "error.hpp"

#include <string>
#include <string_view>

namespace Foyer::Helpdesk {

// Must succeed once before anything else here is used.
ErrorOr<void> initialise_crypto();

// `bytes` random bytes, written in URL-safe base64 without padding.
std::string random_token(size_t bytes = 32);
// A random (version 4) UUID in lower case.
std::string random_uuid();
// `count` random decimal digits, each uniformly drawn.
std::string random_digits(size_t count);
// SHA-256 in lower-case hexadecimal. Used for device and session tokens: they are 256 random bits, so a
// plain hash is enough to make a stolen database useless for impersonation.
std::string sha256_hex(std::string_view);

// Argon2id (libsodium's "interactive" cost: 64 MiB, 2 passes), in the self-describing $argon2id$ form.
ErrorOr<std::string> hash_password(std::string_view password);
bool verify_password(std::string_view stored_hash, std::string_view password);
// Spends the same time as verify_password, for when the account does not exist, so that timing does not
// tell which mediator names exist.
void waste_password_check(std::string_view password);

bool constant_time_equal(std::string_view a, std::string_view b);

}
