// VERIFY holds in every build, and the main-thread checks catch a worker touching the screen's things.
#include "shell/core/error.hpp"
#include "shell/core/system/main_thread.hpp"
#include "shell/core/system/run_queue.hpp"
#include "shell/core/verify.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace Foyer {
namespace {

class VerifyTest : public ::testing::Test {
protected:
    // The checks below start threads; the death test's child must re-run the test from the start.
    void SetUp() override { GTEST_FLAG_SET(death_test_style, "threadsafe"); }
};

TEST_F(VerifyTest, AFalseInvariantStopsTheProgramInThisBuildTooNamingTheCheck)
{
    // The tests are built like the product (RelWithDebInfo, NDEBUG): an assert would be gone here.
    int tiles = 4;
    EXPECT_DEATH(VERIFY(tiles == 5), "VERIFY failed: tiles == 5 \\(.*verify_test.cpp:[0-9]+\\)");
    VERIFY(tiles == 4);
}

TEST_F(VerifyTest, TheValueOfAnErrorIsABugNotGarbage)
{
    ErrorOr<int> failed = Error::plain("Something went wrong.");
    EXPECT_DEATH((void)failed.value(), "VERIFY failed: !is_error\\(\\)");
    ErrorOr<int> worked = 7;
    EXPECT_DEATH((void)worked.error(), "VERIFY failed: is_error\\(\\)");
    EXPECT_EQ(worked.value(), 7);
}

TEST_F(VerifyTest, TheRunQueueRunsOnlyOnTheThreadThatMadeIt)
{
    RunQueue queue;
    int ran = 0;
    queue.post([&] { ++ran; });
    EXPECT_DEATH(std::thread([&] { queue.run_pending(); }).join(), "VERIFY failed: on_owner_thread\\(\\)");
    EXPECT_EQ(queue.run_pending(), 1u);
    EXPECT_EQ(ran, 1);
}

TEST_F(VerifyTest, AWorkerCannotPassForTheMainThread)
{
    EXPECT_DEATH(
        {
            claim_main_thread();
            std::thread([] { VERIFY_MAIN_THREAD(); }).join();
        },
        "VERIFY failed: ::Foyer::on_main_thread\\(\\)");
    claim_main_thread();
    EXPECT_TRUE(on_main_thread());
    bool worker_is_main = true;
    std::thread([&] { worker_is_main = on_main_thread(); }).join();
    EXPECT_FALSE(worker_is_main);
}

}
}
