// The family code: stored as an Argon2id hash in a private file, checked, and slowed down after misses.
#include "apps/setup/family_code.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

TEST(FamilyCodeTest, StoredAsAHashInAPrivateFile)
{
    auto dir = temporary_directory("code") + "/secrets";
    FamilyCode code { SecretStore(dir) };
    EXPECT_FALSE(code.is_set());
    EXPECT_FALSE(code.matches("2580"));
    ASSERT_FALSE(code.set("2580").is_error());
    EXPECT_TRUE(code.is_set());
    auto stored = read_text(dir + "/family-code");
    EXPECT_EQ(stored.rfind("$argon2id$", 0), 0u) << stored;
    EXPECT_EQ(stored.find("2580"), std::string::npos);
    struct stat info { };
    ASSERT_EQ(stat((dir + "/family-code").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    ASSERT_EQ(stat(dir.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0700u);
    EXPECT_TRUE(code.matches("2580"));
    EXPECT_FALSE(code.matches("2581"));
    EXPECT_FALSE(code.matches(""));
    ASSERT_FALSE(code.clear().is_error());
    EXPECT_FALSE(code.is_set());
}

TEST(FamilyCodeTest, WrongCodesInARowMakeTheNextTryWait)
{
    CodeAttempts attempts;
    auto t = CodeAttempts::Clock::now();
    for (int i = 0; i < 4; ++i) {
        attempts.failed(t);
        EXPECT_EQ(attempts.wait_seconds(t), 0) << "a few mistakes are normal";
    }
    attempts.failed(t);
    EXPECT_EQ(attempts.wait_seconds(t), 30);
    EXPECT_EQ(attempts.wait_seconds(t + 31s), 0);
    attempts.failed(t + 31s);
    EXPECT_EQ(attempts.wait_seconds(t + 31s), 90);
    attempts.succeeded();
    EXPECT_EQ(attempts.wait_seconds(t + 32s), 0);
}
