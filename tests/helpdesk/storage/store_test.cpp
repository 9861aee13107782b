// The store on SQLite and on PostgreSQL alike: idempotent reports, code lookups, claiming and closing,
// live sessions and their 30 minutes, retention, and an audit log the database itself keeps append-only.
#include "tests/helpdesk/support/device_client.hpp"
#include "tests/helpdesk/support/helpdesk_fixture.hpp"

#include "helpdesk/core/crypto.hpp"
#include "helpdesk/protocol/case_code.hpp"

#include <thread>

using namespace Foyer::Helpdesk;
using namespace Foyer::Testing;

namespace {

constexpr Timestamp day = seconds_per_day;
constexpr Timestamp t0 = 1'700'000'000;

class StoreTest : public BackendTest {
protected:
    Device enroll(const std::string& nickname = "Mamie")
    {
        auto device = store().enroll_device(nickname, sha256_hex(random_token()), t0);
        EXPECT_FALSE(device.is_error());
        return device.value();
    }

    StoredReport report(const Device& device, Timestamp at, std::string report_id = fresh_report_id())
    {
        NewReport input;
        input.device_id = device.id;
        input.report_id = report_id;
        input.report_json = example_report_with_id(report_id);
        input.worst_status = Foyer::Protocol::Status::Fail;
        input.problem_count = 3;
        input.screenshot_png = make_png(20, 10);
        input.screenshot_width = 20;
        input.screenshot_height = 10;
        input.now = at;
        auto stored = store().store_report(input);
        EXPECT_FALSE(stored.is_error()) << (stored.is_error() ? stored.error().detail() : "");
        return stored.value();
    }

    int64_t mediator(const std::string& name = "Anne")
    {
        auto id = store().add_mediator(name, "$argon2id$fake", t0);
        EXPECT_FALSE(id.is_error());
        return id.value();
    }
};

FOYER_BACKENDS(StoreTest);

TEST_P(StoreTest, DevicesAreFoundByTheirTokenHashOnly)
{
    auto token = random_token();
    auto device = store().enroll_device("Mamie Jocelyne", sha256_hex(token), t0);
    ASSERT_FALSE(device.is_error());
    auto found = store().device_for_token(sha256_hex(token));
    ASSERT_FALSE(found.is_error());
    ASSERT_TRUE(found.value());
    EXPECT_EQ(found.value()->id, device.value().id);
    EXPECT_EQ(found.value()->nickname, "Mamie Jocelyne");
    EXPECT_FALSE(store().device_for_token(token).value());
    EXPECT_FALSE(store().device_for_token(sha256_hex("other")).value());
}

TEST_P(StoreTest, TheSameReportIdGivesTheSameCaseEvenWhenSentConcurrently)
{
    auto device = enroll();
    auto report_id = fresh_report_id();
    std::vector<StoredReport> results(8);
    std::vector<std::thread> senders;
    for (size_t i = 0; i < results.size(); ++i)
        senders.emplace_back([&, i] { results[i] = report(device, t0, report_id); });
    for (auto& sender : senders)
        sender.join();
    int created = 0;
    for (auto& result : results) {
        EXPECT_EQ(result.code, results[0].code);
        EXPECT_EQ(result.case_id, results[0].case_id);
        created += result.created;
    }
    EXPECT_EQ(created, 1);
    EXPECT_EQ(store().all_cases().value().size(), 1u);
    EXPECT_EQ(store().case_detail(results[0].case_id).value()->screenshots.size(), 1u);
    // Another device may use the same report id: ids are scoped to their device.
    auto other = report(enroll("Papi"), t0, report_id);
    EXPECT_TRUE(other.created);
    EXPECT_NE(other.code, results[0].code);
}

TEST_P(StoreTest, CodesAreNineDigitsWithACheckAndLastSeventyTwoHours)
{
    auto device = enroll();
    for (int i = 0; i < 50; ++i) {
        auto stored = report(device, t0);
        EXPECT_EQ(Foyer::Protocol::classify_code(stored.code), Foyer::Protocol::CodeShape::CaseCode)
            << stored.code;
        EXPECT_EQ(stored.code_expires_at, t0 + 72 * seconds_per_hour);
        auto found = store().case_by_code(stored.code);
        ASSERT_TRUE(found.value());
        EXPECT_EQ(found.value()->id, stored.case_id);
        EXPECT_EQ(found.value()->state, CaseState::New);
        EXPECT_EQ(found.value()->device_nickname, "Mamie");
    }
    EXPECT_FALSE(store().case_by_code("000000000").value());
}

TEST_P(StoreTest, CasesAreClaimedOnceAndClosedOnceWithTheirNote)
{
    auto device = enroll();
    auto anne = mediator("Anne");
    auto bruno = mediator("Bruno");
    auto stored = report(device, t0);
    ASSERT_FALSE(store().claim_case(stored.case_id, anne, t0 + 60).is_error());
    ASSERT_FALSE(store().claim_case(stored.case_id, bruno, t0 + 120).is_error());
    auto detail = store().case_detail(stored.case_id).value();
    EXPECT_EQ(detail->summary.state, CaseState::Claimed);
    EXPECT_EQ(detail->claimed_by, "Anne");
    EXPECT_EQ(detail->claimed_at, t0 + 60);
    EXPECT_EQ(store().cases_in_progress(10).value().size(), 1u);

    EXPECT_TRUE(
        store().close_case(stored.case_id, bruno, "Ink cartridge changed with her.", t0 + 600).value());
    EXPECT_FALSE(store().close_case(stored.case_id, anne, "again", t0 + 700).value());
    detail = store().case_detail(stored.case_id).value();
    EXPECT_EQ(detail->summary.state, CaseState::Closed);
    EXPECT_EQ(detail->closed_by, "Bruno");
    EXPECT_EQ(detail->activity_note, "Ink cartridge changed with her.");
    auto closed = store().closed_cases(t0, t0 + day).value();
    ASSERT_EQ(closed.size(), 1u);
    EXPECT_EQ(closed[0].mediator, "Bruno");
    EXPECT_TRUE(store().closed_cases(t0 + day, t0 + 2 * day).value().empty());
    EXPECT_TRUE(store().cases_in_progress(10).value().empty());
}

TEST_P(StoreTest, TheDevicesEarlierCasesAreListedNewestFirst)
{
    auto device = enroll();
    auto first = report(device, t0);
    auto second = report(device, t0 + 100);
    auto third = report(device, t0 + 200);
    report(enroll("Someone else"), t0 + 300);
    auto earlier = store().device_cases(device.id, third.case_id, 20).value();
    ASSERT_EQ(earlier.size(), 2u);
    EXPECT_EQ(earlier[0].id, second.case_id);
    EXPECT_EQ(earlier[1].id, first.case_id);
}

TEST_P(StoreTest, ScreenshotsAreKeptInOrderAndBelongToTheirCase)
{
    auto device = enroll();
    auto stored = report(device, t0);
    auto other = report(device, t0);
    auto png = make_png(30, 20, 9);
    auto id = store().add_screenshot(stored.case_id, png, 30, 20, t0 + 5).value();
    EXPECT_EQ(store().screenshot_png(stored.case_id, id).value(), png);
    EXPECT_FALSE(store().screenshot_png(other.case_id, id).value());
    EXPECT_EQ(store().latest_screenshot_id(stored.case_id).value(), id);
    auto detail = store().case_detail(stored.case_id).value();
    ASSERT_EQ(detail->screenshots.size(), 2u);
    EXPECT_EQ(detail->screenshots[1].id, id);
    EXPECT_EQ(detail->screenshots[1].width, 30);
}

TEST_P(StoreTest, LiveSessionsLastThirtyMinutesAndEndOnce)
{
    auto device = enroll();
    auto stored = report(device, t0);
    auto start = store().start_live_session(stored.case_id, t0, 30 * seconds_per_minute).value();
    EXPECT_TRUE(start.created);
    EXPECT_EQ(start.session.ends_at, t0 + 1800);
    auto again = store().start_live_session(stored.case_id, t0 + 60, 30 * seconds_per_minute).value();
    EXPECT_FALSE(again.created);
    EXPECT_EQ(again.session.id, start.session.id);

    auto message
        = store()
              .add_live_event(start.session.id, "message", "Cliquez sur le bouton vert", mediator(), t0 + 100)
              .value();
    auto events = store().live_events_after(start.session.id, 0).value();
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].text, "Cliquez sur le bouton vert");
    EXPECT_TRUE(store().live_events_after(start.session.id, message.id).value().empty());

    // After 30 minutes the session is over: the next look records the end and nothing more can be sent.
    auto latest = store().latest_live_session(stored.case_id, t0 + 1800).value();
    ASSERT_TRUE(latest);
    EXPECT_FALSE(latest->is_open(t0 + 1800));
    EXPECT_EQ(latest->ended_by, "timeout");
    auto after = store().live_events_after(start.session.id, message.id).value();
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(after[0].kind, "end");
    EXPECT_EQ(after[0].text, "timeout");
    auto refused = store().add_live_event(start.session.id, "message", "late", std::nullopt, t0 + 1801);
    ASSERT_TRUE(refused.is_error());
    EXPECT_EQ(refused.error().kind(), ErrorKind::Conflict);

    // A new session may start later; ending it twice ends it once.
    auto second = store().start_live_session(stored.case_id, t0 + 2000, 30 * seconds_per_minute).value();
    EXPECT_TRUE(second.created);
    EXPECT_TRUE(store().end_live_session(second.session.id, "device", t0 + 2100).value());
    EXPECT_FALSE(store().end_live_session(second.session.id, "mediator", t0 + 2200).value());
    EXPECT_EQ(store().latest_live_session(stored.case_id, t0 + 2300).value()->ended_by, "device");
}

TEST_P(StoreTest, ClosingACaseEndsItsLiveSessionAndRefusesNewOnes)
{
    auto device = enroll();
    auto stored = report(device, t0);
    auto start = store().start_live_session(stored.case_id, t0, 1800).value();
    ASSERT_TRUE(store().close_case(stored.case_id, mediator(), "done", t0 + 10).value());
    auto events = store().live_events_after(start.session.id, 0).value();
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].text, "case_closed");
    auto refused = store().start_live_session(stored.case_id, t0 + 20, 1800);
    ASSERT_TRUE(refused.is_error());
    EXPECT_EQ(refused.error().kind(), ErrorKind::Conflict);
}

TEST_P(StoreTest, RetentionDeletesClosedAfterThirtyDaysAndUnclaimedAfterSeven)
{
    auto device = enroll();
    auto anne = mediator();
    auto closed_old = report(device, t0);
    auto closed_recent = report(device, t0);
    auto unclaimed_old = report(device, t0);
    auto unclaimed_recent = report(device, t0 + 30 * day);
    auto claimed_open = report(device, t0);
    ASSERT_TRUE(store().close_case(closed_old.case_id, anne, "a", t0 + day).value());
    ASSERT_TRUE(store().close_case(closed_recent.case_id, anne, "b", t0 + 10 * day).value());
    ASSERT_FALSE(store().claim_case(claimed_open.case_id, anne, t0 + 2 * day).is_error());
    ASSERT_FALSE(store().create_console_session("old-session", anne, "csrf", t0, t0 + 3600).is_error());

    auto purged = store().purge(RetentionPolicy {}, t0 + 33 * day).value();
    EXPECT_EQ(purged.cases_deleted, 3);
    EXPECT_EQ(purged.console_sessions_deleted, 1);
    EXPECT_FALSE(store().case_detail(closed_old.case_id).value());
    EXPECT_FALSE(store().case_detail(unclaimed_old.case_id).value());
    EXPECT_FALSE(store().case_detail(claimed_open.case_id).value());
    EXPECT_TRUE(store().case_detail(closed_recent.case_id).value());
    EXPECT_TRUE(store().case_detail(unclaimed_recent.case_id).value());
    EXPECT_FALSE(store().screenshot_png(closed_old.case_id, 1).value());
    // Nothing left to do the second time.
    EXPECT_EQ(store().purge(RetentionPolicy {}, t0 + 33 * day).value().cases_deleted, 0);
}

TEST_P(StoreTest, TheAuditLogCannotBeChangedOrEmptiedEvenWithRawSql)
{
    AuditEntry entry { t0, "case_viewed", std::nullopt, "Anne", 1, "123456789", "127.0.0.1", "" };
    ASSERT_FALSE(store().audit(entry).is_error());
    auto attempt = [&](std::string sql) {
        return store().database().transaction(Access::Write, [&](SqlSession& session) -> ErrorOr<void> {
            TRY(session.execute(sql));
            return {};
        });
    };
    for (auto* sql : { "UPDATE audit_log SET action = 'nothing'", "DELETE FROM audit_log",
             "UPDATE audit_log SET detail = 'x' WHERE id > 0" }) {
        auto result = attempt(sql);
        ASSERT_TRUE(result.is_error()) << sql;
        EXPECT_EQ(result.error().kind(), ErrorKind::Conflict) << result.error().detail();
        EXPECT_NE(result.error().detail().find("append-only"), std::string::npos) << result.error().detail();
    }
    if (backend() == Backend::Postgres) {
        EXPECT_TRUE(attempt("TRUNCATE audit_log").is_error());
    }
    auto entries = store().audit_entries().value();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].action, "case_viewed");
    // Adding is always possible.
    ASSERT_FALSE(store().audit(entry).is_error());
    EXPECT_EQ(store().audit_entries().value().size(), 2u);
}

TEST_P(StoreTest, RecentFailuresAreCountedByNameOrAddress)
{
    for (int i = 0; i < 3; ++i)
        ASSERT_FALSE(
            store()
                .audit({ t0 + i, "login_failed", std::nullopt, "anne", std::nullopt, "", "10.0.0.1", "" })
                .is_error());
    ASSERT_FALSE(store()
                     .audit({ t0, "login_failed", std::nullopt, "bruno", std::nullopt, "", "10.0.0.2", "" })
                     .is_error());
    EXPECT_EQ(store().count_recent("login_failed", t0, "anne", "10.9.9.9").value(), 3);
    EXPECT_EQ(store().count_recent("login_failed", t0, "nobody", "10.0.0.2").value(), 1);
    EXPECT_EQ(store().count_recent("login_failed", t0 + 2, "anne", "").value(), 1);
}

TEST_P(StoreTest, OpeningAgainKeepsEverythingAndNamesBadDatabases)
{
    auto device = enroll();
    auto stored = report(device, t0);
    auto reopened = Store::open(database_url(), 2);
    ASSERT_FALSE(reopened.is_error());
    EXPECT_TRUE(reopened.value()->case_by_code(stored.code).value());
    EXPECT_EQ(Store::open("mysql://nope").error().kind(), ErrorKind::Invalid);
    auto unreachable = Store::open("postgresql://nobody@127.0.0.1:1/none");
    ASSERT_TRUE(unreachable.is_error());
    EXPECT_EQ(unreachable.error().kind(), ErrorKind::Unavailable);
}

TEST_P(StoreTest, DuplicateMediatorNamesAreRefused)
{
    mediator("Anne");
    auto again = store().add_mediator("Anne", "$argon2id$other", t0);
    ASSERT_TRUE(again.is_error());
    EXPECT_EQ(again.error().message(), "A mediator named \"Anne\" already exists.");
    EXPECT_EQ(store().mediator_by_name("Anne").value()->password_hash, "$argon2id$fake");
}

}
