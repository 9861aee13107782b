// Secrets and text checks: hashes, tokens, Argon2id passwords, UTF-8.
#include "helpdesk/core/crypto.hpp"
#include "helpdesk/core/text.hpp"
#include "helpdesk/protocol/report.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace Foyer::Helpdesk;

TEST(Crypto, Sha256MatchesTheStandardVector)
{
    ASSERT_FALSE(initialise_crypto().is_error());
    EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Crypto, TokensUuidsAndDigitsAreRandomAndWellFormed)
{
    ASSERT_FALSE(initialise_crypto().is_error());
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        auto token = random_token();
        EXPECT_EQ(token.size(), 43u);
        EXPECT_EQ(token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
            std::string::npos);
        EXPECT_TRUE(seen.insert(token).second);
        auto uuid = random_uuid();
        EXPECT_TRUE(Foyer::Protocol::is_uuid(uuid));
        EXPECT_EQ(uuid[14], '4');
        auto digits = random_digits(8);
        EXPECT_EQ(digits.size(), 8u);
        EXPECT_EQ(digits.find_first_not_of("0123456789"), std::string::npos);
    }
}

TEST(Crypto, PasswordsAreArgon2idAndVerify)
{
    ASSERT_FALSE(initialise_crypto().is_error());
    auto hash = hash_password("correct horse battery");
    ASSERT_FALSE(hash.is_error());
    EXPECT_TRUE(hash.value().starts_with("$argon2id$"));
    EXPECT_TRUE(verify_password(hash.value(), "correct horse battery"));
    EXPECT_FALSE(verify_password(hash.value(), "correct horse batterY"));
    EXPECT_FALSE(verify_password("garbage", "x"));
    EXPECT_NE(hash_password("correct horse battery").value(), hash.value());
    EXPECT_TRUE(constant_time_equal("abc", "abc"));
    EXPECT_FALSE(constant_time_equal("abc", "abd"));
    EXPECT_FALSE(constant_time_equal("abc", "abcd"));
}

TEST(Text, Utf8IsCheckedStrictly)
{
    EXPECT_TRUE(is_valid_utf8("Mamie Jocelyne — œuf € 🙂"));
    EXPECT_FALSE(is_valid_utf8("caf\xe9"));
    EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));
    EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));
    EXPECT_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));
    EXPECT_EQ(utf8_length("œuf"), 3u);
    EXPECT_EQ(trimmed("  a b \n"), "a b");
    EXPECT_TRUE(has_control_characters(std::string("a\0b", 3)));
    EXPECT_FALSE(has_control_characters("line\nline\ttab"));
}
