// The activity record: what the help report is given of a long text, and what the trace keeps.
#include "shell/core/system/activity.hpp"
#include "shell/core/system/files.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <unistd.h>

using namespace Foyer;

TEST(ActivityLog, ALetterReadAloudIsNotCopiedWholeIntoTheHelpReportButTheTraceHasEveryWord)
{
    char dir[] = "/tmp/foyer-activity-XXXXXX";
    ASSERT_NE(mkdtemp(dir), nullptr);
    auto trace = std::string(dir) + "/trace";
    ::setenv("FOYER_TRACE", trace.c_str(), 1);
    std::string letter;
    for (int i = 0; i < 2000; ++i)
        letter += "é";
    {
        ActivityLog log;
        log.record("say", letter);
        auto kept = log.recent();
        ASSERT_EQ(kept.size(), 1u);
        EXPECT_LE(kept[0].size(), 410u);
        EXPECT_TRUE(kept[0].ends_with("\u2026"));
        // Cut between characters, never inside one.
        EXPECT_EQ((kept[0].size() - 4 - std::string("\u2026").size()) % 2, 0u);
    }
    ::unsetenv("FOYER_TRACE");
    auto traced = read_file(trace);
    ASSERT_TRUE(traced);
    EXPECT_NE(traced->find(letter), std::string::npos);
}
