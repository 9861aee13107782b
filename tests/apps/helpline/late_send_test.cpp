// A report that leaves late: the outbox sends everything once the helpdesk answers, and the senior is told
// with a band that never replaces what she reads, in words that say whether it was an earlier report.
#include "apps/helpline/help_service.hpp"
#include "apps/helpline/report/late_notice.hpp"
#include "apps/helpline/report/outbox.hpp"
#include "apps/helpline/report/outbox_sender.hpp"
#include "apps/helpline/report/report_builder.hpp"
#include "shell/core/i18n/translate.hpp"
#include "shell/core/system/retry_loop.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>
#include <set>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace {

// The reports the sender tried, and a way to wait until it has tried some number of them.
struct Attempts {
    std::mutex mutex;
    std::condition_variable changed;
    std::set<std::string> ids;

    OutboxSender::Send send()
    {
        return [this](const QueuedReport& report, std::stop_token) {
            std::lock_guard lock(mutex);
            ids.insert(report.report_id);
            changed.notify_all();
            return SendResult { SendOutcome::Sent, "123456789", {}, {}, false, {} };
        };
    }
    bool wait_for(size_t count, std::chrono::seconds limit = 10s)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, limit, [&] { return ids.size() >= count; });
    }
};

QueuedReport waiting(int64_t queued_at, int64_t next_attempt_at)
{
    return { new_report_id(), "{}", {}, queued_at, 3, next_attempt_at };
}

}

TEST(OutboxSender, OneReportGoingThroughSendsEveryWaitingReportAtOnce)
{
    Outbox outbox(temporary_directory("outbox"));
    auto now = epoch_seconds();
    // Oldest first: one waiting an hour, the one due now, another waiting an hour.
    auto before = waiting(now - 300, now + 3600);
    auto due = waiting(now - 200, now - 1);
    auto after = waiting(now - 100, now + 3600);
    for (auto& report : { before, due, after })
        ASSERT_FALSE(outbox.add(report).is_error());
    Attempts attempts;
    OutboxSender sender(outbox, attempts.send(), {});
    ASSERT_TRUE(attempts.wait_for(3)) << "only " << attempts.ids.size() << " of 3 reports were tried";
    EXPECT_TRUE(attempts.ids.count(before.report_id)) << "the report passed over before the success was not tried";
}

TEST(OutboxSender, SendEverythingTriesReportsStillInTheirBackOff)
{
    Outbox outbox(temporary_directory("outbox"));
    auto now = epoch_seconds();
    auto first = waiting(now - 200, now + 3600);
    auto second = waiting(now - 100, now + 3600);
    ASSERT_FALSE(outbox.add(first).is_error());
    ASSERT_FALSE(outbox.add(second).is_error());
    Attempts attempts;
    OutboxSender sender(outbox, attempts.send(), {});
    sender.send_everything();
    ASSERT_TRUE(attempts.wait_for(2)) << "the helpdesk setting changed, yet the reports wait out their back-off";
}

TEST(LateNotices, AReportLeavingLateWhileNothingNewerWasShownSaysItHasReachedTheHelpline)
{
    LateNotices notices;
    notices.shown("a", 1000, false);
    auto notice = notices.arrived("a", 1000, "123456789");
    ASSERT_TRUE(notice);
    EXPECT_FALSE(notice->earlier);
    EXPECT_EQ(notice->code, "123456789");
    ASSERT_TRUE(notices.current());
    notices.dismiss();
    EXPECT_FALSE(notices.current());
}

TEST(LateNotices, AfterANewerReportTheOldOneIsAnEarlierReportThatAlsoArrived)
{
    LateNotices notices;
    notices.shown("a", 1000, false);
    notices.shown("b", 1200, true);
    auto notice = notices.arrived("a", 1000, "123456789");
    ASSERT_TRUE(notice);
    EXPECT_TRUE(notice->earlier);
}

TEST(LateNotices, ACodeAlreadyShownOrAlreadyToldIsNotToldAgain)
{
    LateNotices notices;
    notices.shown("b", 1200, true);
    // The sender finished "b" a second time: she already has its code on screen.
    EXPECT_FALSE(notices.arrived("b", 1200, "123456789"));
    EXPECT_TRUE(notices.arrived("a", 1000, "987654321"));
    EXPECT_FALSE(notices.arrived("a", 1000, "987654321"));
}

TEST(LateNotices, TheBandsWordsInBothLanguagesGroupTheCode)
{
    ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
    LateNotice earlier { "a", "123456789", true };
    LateNotice alone { "a", "123456789", false };
    i18n::set_language(Language::English);
    EXPECT_NE(HelpService::late_notice_text(earlier).find("An earlier report also arrived"), std::string::npos);
    EXPECT_NE(HelpService::late_notice_text(alone).find("123 456 789"), std::string::npos);
    i18n::set_language(Language::French);
    EXPECT_NE(HelpService::late_notice_text(earlier).find("Un rapport précédent est aussi arrivé"), std::string::npos)
        << HelpService::late_notice_text(earlier);
    EXPECT_NE(HelpService::late_notice_text(alone).find("123 456 789"), std::string::npos);
    i18n::set_language(Language::English);
}
