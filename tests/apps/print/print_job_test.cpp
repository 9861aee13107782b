// Following a job: stages from CUPS states, "stuck" after two minutes without progress, and the words.
#include "apps/print/print_job.hpp"
#include "shell/core/i18n/translate.hpp"

#include <gtest/gtest.h>

using namespace Foyer;
using namespace std::chrono_literals;

namespace {

JobFacts facts(JobState state, int pages = 0)
{
    JobFacts facts;
    facts.id = 7;
    facts.state = state;
    facts.pages_done = pages;
    return facts;
}

}

TEST(JobTracker, FollowsTheStagesOfAJob)
{
    JobTracker::Clock::time_point start {};
    JobTracker tracker(7, start, 120s);
    EXPECT_EQ(tracker.status().stage, JobStage::Waiting);
    EXPECT_TRUE(tracker.update(facts(JobState::Processing), start + 1s));
    EXPECT_EQ(tracker.status().stage, JobStage::Printing);
    EXPECT_FALSE(tracker.update(facts(JobState::Processing), start + 2s)) << "nothing changed";
    EXPECT_TRUE(tracker.update(facts(JobState::Completed, 1), start + 3s));
    EXPECT_EQ(tracker.status().stage, JobStage::Done);
    EXPECT_TRUE(tracker.status().finished());
}

TEST(JobTracker, IsStuckAfterTwoMinutesWithoutProgress)
{
    JobTracker::Clock::time_point start {};
    JobTracker tracker(7, start, 120s);
    tracker.update(facts(JobState::Processing), start + 1s);
    EXPECT_FALSE(tracker.tick(start + 100s));
    EXPECT_FALSE(tracker.status().stuck);
    EXPECT_TRUE(tracker.tick(start + 122s));
    EXPECT_TRUE(tracker.status().stuck);
    EXPECT_EQ(tracker.status().stuck_minutes, 2);
    // A page coming out is progress: no longer stuck.
    EXPECT_TRUE(tracker.update(facts(JobState::Processing, 1), start + 130s));
    EXPECT_FALSE(tracker.status().stuck);
}

TEST(JobTracker, AFinishedJobIsNeverStuck)
{
    JobTracker::Clock::time_point start {};
    JobTracker tracker(7, start, 120s);
    tracker.update(facts(JobState::Cancelled), start + 1s);
    tracker.tick(start + 1h);
    EXPECT_FALSE(tracker.status().stuck);
    EXPECT_EQ(tracker.status().stage, JobStage::Cancelled);
}

TEST(JobTracker, APrinterThatNeverAnswersLeavesTheJobStuckToo)
{
    // CUPS keeps saying "pending" (the printer is off): the same answer is not progress.
    JobTracker::Clock::time_point start {};
    JobTracker tracker(7, start, 120s);
    for (int second = 1; second <= 121; ++second)
        tracker.update(facts(JobState::Pending), start + std::chrono::seconds(second));
    EXPECT_TRUE(tracker.status().stuck);
    EXPECT_EQ(tracker.status().stage, JobStage::Waiting);
}

TEST(JobWords, SayWhatHappens)
{
    i18n::set_language(Language::English);
    JobStatus status;
    status.stage = JobStage::Done;
    EXPECT_EQ(job_text(status, PrintedThing::Photo, 1, 1).spoken, "Your photo is printed.");
    EXPECT_EQ(job_text(status, PrintedThing::Document, 3, 1).headline, "Your document is printed.");
    status.stage = JobStage::Printing;
    status.pages_done = 1;
    EXPECT_EQ(job_text(status, PrintedThing::Document, 3, 2).headline, "Printing page 2 of 6…");
    EXPECT_EQ(job_text(status, PrintedThing::Photo, 1, 1).headline, "Printing…");
    status.stuck = true;
    status.stuck_minutes = 2;
    auto stuck = job_text(status, PrintedThing::Photo, 1, 1);
    EXPECT_EQ(stuck.headline, "Nothing has come out of the printer for 2 minutes.");
    EXPECT_EQ(stuck.detail, "You can cancel this printing, check the printer, and try again.");
    status = {};
    status.stage = JobStage::Cancelled;
    EXPECT_EQ(job_text(status, PrintedThing::Photo, 1, 1).headline, "Printing is cancelled.");
}
