// libsodium wrappers; nothing here keeps state beyond libsodium's own initialisation.
#include "crypto.hpp"

#include <sodium.h>

#include <mutex>

namespace Foyer::Helpdesk {

ErrorOr<void> initialise_crypto()
{
    if (sodium_init() < 0)
        return Error(ErrorKind::Internal, "The cryptography library could not start.", "sodium_init failed");
    return {};
}

std::string random_token(size_t bytes)
{
    std::string raw(bytes, '\0');
    randombytes_buf(raw.data(), raw.size());
    std::string encoded(sodium_base64_encoded_len(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(encoded.data(), encoded.size(), reinterpret_cast<const unsigned char*>(raw.data()),
        raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    encoded.resize(encoded.find('\0'));
    sodium_memzero(raw.data(), raw.size());
    return encoded;
}

std::string random_uuid()
{
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (size_t i = 0; i < sizeof bytes; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += '-';
        out += hex[bytes[i] >> 4];
        out += hex[bytes[i] & 0x0f];
    }
    return out;
}

std::string random_digits(size_t count)
{
    std::string out;
    for (size_t i = 0; i < count; ++i)
        out += char('0' + randombytes_uniform(10));
    return out;
}

std::string sha256_hex(std::string_view data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

ErrorOr<std::string> hash_password(std::string_view password)
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error(ErrorKind::Internal, "There is not enough memory to protect the password.",
            "crypto_pwhash_str_alg failed");
    return std::string(out);
}

bool verify_password(std::string_view stored_hash, std::string_view password)
{
    std::string terminated(stored_hash);
    return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

void waste_password_check(std::string_view password)
{
    static std::once_flag once;
    static std::string decoy;
    std::call_once(once, [] {
        auto hashed = hash_password("not a real password");
        decoy = hashed.is_error() ? std::string() : hashed.value();
    });
    (void)verify_password(decoy, password);
}

bool constant_time_equal(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}
