// Live help over real HTTP: the device long-polls for the mediator's messages and screenshot requests,
// posts screenshots, and either side ends the session; two servers on one database see the same session.
// A "waiting device" is one whose poll the server counts as held open (its /healthz), never a sleep.
#include "tests/helpdesk/support/console_client.hpp"
#include "tests/helpdesk/support/helpdesk_fixture.hpp"

#include <future>

using namespace Foyer::Testing;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

// How many live-help polls the server on `port` holds open, as its /healthz says (-1: no answer).
int waiting_polls(int port)
{
    auto health = DeviceClient(port).get("/healthz");
    if (health.status != 200 || !health.json.contains("waiting_polls"))
        return -1;
    return health.json["waiting_polls"].get<int>();
}

class LiveApiTest : public BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        ASSERT_TRUE(add_mediator(database_url(), "Anne", "a long passphrase"));
        // This server looks in the database on its own only at the end of a poll (the longest re-check), so
        // a waiting device it answers at once was woken by its hub.
        m_server = start_server({ "--live-recheck-seconds", "25" });
        ASSERT_TRUE(m_server->ready());
        m_device = std::make_unique<DeviceClient>(m_server->port());
        ASSERT_EQ(m_device->enroll({ { "nickname", "Mamie" } }).status, 201);
        auto reply = m_device->send_report(example_report(), make_png(96, 54));
        ASSERT_EQ(reply.status, 201);
        m_code = reply.json["code"].get<std::string>();
        m_case_id = store().case_by_code(m_code).value()->id;
    }

    // A logged-in mediator on the console of `port` (this test's server by default).
    std::unique_ptr<ConsoleClient> mediator(int port = 0)
    {
        auto console = std::make_unique<ConsoleClient>(port ? port : m_server->port());
        EXPECT_TRUE(console->log_in("Anne", "a long passphrase"));
        EXPECT_EQ(console->get("/console/cases/" + std::to_string(m_case_id)).status, 200);
        // Opening the page during live help tells the device a helper is looking (a "watching" event):
        // taken here, so that the tests' polls start after it.
        auto seen = m_device->poll(m_code, m_after, 0);
        if (seen.status == 200)
            for (auto& event : seen.json["events"])
                m_after = event["id"].get<int64_t>();
        return console;
    }

    std::string case_path(const std::string& action) const
    {
        return "/console/cases/" + std::to_string(m_case_id) + "/" + action;
    }

    DeviceClient& device() { return *m_device; }
    RunningHelpdesk& server() { return *m_server; }
    const std::string& code() const { return m_code; }
    int64_t case_id() const { return m_case_id; }
    // The last event the device has taken so far.
    int64_t after() const { return m_after; }

private:
    std::unique_ptr<RunningHelpdesk> m_server;
    std::unique_ptr<DeviceClient> m_device;
    std::string m_code;
    int64_t m_case_id { 0 };
    int64_t m_after { 0 };
};

FOYER_BACKENDS(LiveApiTest);

TEST_P(LiveApiTest, AMediatorsMessageReachesAWaitingDeviceAtOnce)
{
    auto started = device().start_live(code());
    ASSERT_EQ(started.status, 201) << started.body;
    EXPECT_EQ(started.json["session"]["state"], "open");
    EXPECT_EQ(device().start_live(code()).status, 200);
    auto console = mediator();
    EXPECT_EQ(waiting_polls(server().port()), 0);

    auto waiting = std::async(std::launch::async, [&] {
        DeviceClient poller(server().port());
        poller.set_token(device().token());
        auto reply = poller.poll(code(), after(), 20);
        return std::pair { reply, Clock::now() };
    });
    // The poll has found nothing and is held open: from here on only a wake-up can bring the message.
    ASSERT_TRUE(eventually([&] { return waiting_polls(server().port()) == 1; }))
        << "the server never counted the device's poll as waiting";
    auto posted_at = Clock::now();
    auto sent = console->post_form(case_path("message"), { { "message", "Cliquez sur le gros bouton vert." } });
    EXPECT_EQ(sent.status, 303);
    EXPECT_EQ(sent.header("Location"), "/console/cases/" + std::to_string(case_id()) + "?done=message_sent#live");
    auto [reply, answered_at] = waiting.get();
    ASSERT_EQ(reply.status, 200) << reply.body;
    ASSERT_EQ(reply.json["events"].size(), 1u);
    EXPECT_EQ(reply.json["events"][0]["type"], "message");
    EXPECT_EQ(reply.json["events"][0]["text"], "Cliquez sur le gros bouton vert.");
    // Unwoken, the poll would answer at its 20 s end (the server re-checks no sooner); 3 s is the margin
    // for a busy machine, far below that.
    EXPECT_LT(answered_at - posted_at, std::chrono::seconds(3));
    EXPECT_EQ(waiting_polls(server().port()), 0) << "an answered poll is no longer counted";

    auto audit = store().audit_entries().value();
    EXPECT_TRUE(std::any_of(audit.begin(), audit.end(), [](auto& e) {
        return e.action == "message_sent" && e.detail == "Cliquez sur le gros bouton vert.";
    }));
}

TEST_P(LiveApiTest, TheDeviceIsToldOnceWhenAMediatorHasTheCasePageOpen)
{
    auto started = device().start_live(code());
    ASSERT_EQ(started.status, 201);
    EXPECT_EQ(started.json["session"]["watched"], false);
    // Nobody looks yet: a poll finds nothing and says so.
    auto alone = device().poll(code(), 0, 0);
    ASSERT_EQ(alone.status, 200);
    EXPECT_TRUE(alone.json["events"].empty());
    EXPECT_EQ(alone.json["session"]["watched"], false);

    auto waiting = std::async(std::launch::async, [&] {
        DeviceClient poller(server().port());
        poller.set_token(device().token());
        auto reply = poller.poll(code(), 0, 20);
        return std::pair { reply, Clock::now() };
    });
    ASSERT_TRUE(eventually([&] { return waiting_polls(server().port()) == 1; }));
    auto opened_at = Clock::now();
    ConsoleClient console(server().port());
    ASSERT_TRUE(console.log_in("Anne", "a long passphrase"));
    ASSERT_EQ(console.get("/console/cases/" + std::to_string(case_id())).status, 200);
    auto [reply, answered_at] = waiting.get();
    ASSERT_EQ(reply.status, 200) << reply.body;
    ASSERT_EQ(reply.json["events"].size(), 1u);
    EXPECT_EQ(reply.json["events"][0]["type"], "watching");
    EXPECT_EQ(reply.json["session"]["watched"], true);
    EXPECT_LT(answered_at - opened_at, std::chrono::seconds(3)) << "the page should wake the waiting poll";

    // Looking again, or the page's own checks, tell nothing new.
    auto last = reply.json["events"][0]["id"].get<int64_t>();
    ASSERT_EQ(console.get("/console/cases/" + std::to_string(case_id())).status, 200);
    ASSERT_EQ(console.get(case_path("state")).status, 200);
    EXPECT_TRUE(device().poll(code(), last, 0).json["events"].empty());
}

TEST_P(LiveApiTest, ASessionStartedWhileThePageIsOpenIsWatchedAtThePagesNextCheck)
{
    // The mediator opened the case before the senior pressed "Show my screen": nobody watches a session
    // that does not exist yet.
    auto console = mediator();
    auto started = device().start_live(code());
    ASSERT_EQ(started.status, 201);
    EXPECT_EQ(started.json["session"]["watched"], false);
    EXPECT_TRUE(device().poll(code(), 0, 0).json["events"].empty());
    // The page's own check (every 2 s in the browser) finds the session on.
    ASSERT_EQ(console->get(case_path("state")).status, 200);
    auto reply = device().poll(code(), 0, 0);
    ASSERT_EQ(reply.json["events"].size(), 1u);
    EXPECT_EQ(reply.json["events"][0]["type"], "watching");
    EXPECT_EQ(reply.json["session"]["watched"], true);
    EXPECT_EQ(device().start_live(code()).json["session"]["watched"], true);
    EXPECT_EQ(device().stop_live(code()).json["session"]["watched"], true);
}

TEST_P(LiveApiTest, AMessageCountsAsShownOnceTheDeviceHasTakenIt)
{
    ASSERT_EQ(device().start_live(code()).status, 201);
    auto console = mediator();
    ASSERT_EQ(console->post_form(case_path("message"), { { "message", "Appuyez sur Imprimer." } }).status, 303);
    auto state = console->get(case_path("state"));
    ASSERT_EQ(state.json["messages"].size(), 1u);
    EXPECT_EQ(state.json["messages"][0]["shown"], false);
    auto page = console->get("/console/cases/" + std::to_string(case_id())).body;
    EXPECT_NE(page.find("Appuyez sur Imprimer."), std::string::npos);
    EXPECT_NE(page.find("not shown yet"), std::string::npos);

    auto polled = device().poll(code(), after(), 5);
    ASSERT_EQ(polled.json["events"].size(), 1u);
    // Received, not yet acknowledged: the next poll says the device has it.
    EXPECT_EQ(console->get(case_path("state")).json["messages"][0]["shown"], false);
    device().poll(code(), polled.json["events"][0]["id"].get<int64_t>(), 0);
    state = console->get(case_path("state"));
    EXPECT_EQ(state.json["messages"][0]["shown"], true);
    EXPECT_EQ(state.json["messages"][0]["text"], "Appuyez sur Imprimer.");
    EXPECT_EQ(state.json["messages"][0]["state"].get<std::string>().rfind("shown at ", 0), 0u);
    page = console->get("/console/cases/" + std::to_string(case_id())).body;
    EXPECT_EQ(page.find("not shown yet"), std::string::npos);
    EXPECT_NE(page.find("shown at "), std::string::npos);
}

TEST_P(LiveApiTest, AScreenshotRequestIsAnsweredWithAFreshScreenshot)
{
    ASSERT_EQ(device().start_live(code()).status, 201);
    auto console = mediator();
    EXPECT_EQ(console->post_form(case_path("screenshot-request"), {}).status, 303);
    auto polled = device().poll(code(), after(), 5);
    ASSERT_EQ(polled.json["events"].size(), 1u);
    EXPECT_EQ(polled.json["events"][0]["type"], "screenshot_request");
    auto png = make_png(120, 68, 42);
    auto posted = device().send_live_screenshot(code(), png);
    ASSERT_EQ(posted.status, 201) << posted.body;
    auto id = posted.json["screenshot_id"].get<int64_t>();
    auto state = console->get(case_path("state"));
    EXPECT_EQ(state.json["screenshot_id"], id);
    auto image = console->get(case_path("screenshots/" + std::to_string(id)));
    EXPECT_EQ(image.status, 200);
    EXPECT_EQ(image.header("Content-Type"), "image/png");
    EXPECT_EQ(image.body, png);
    // Malformed live screenshots are refused like report screenshots.
    EXPECT_EQ(device().send_live_screenshot(code(), "not a png").status, 400);
}

TEST_P(LiveApiTest, ALongPollWithNothingToSayEndsAfterItsWait)
{
    ASSERT_EQ(device().start_live(code()).status, 201);
    auto begun = Clock::now();
    auto reply = device().poll(code(), 0, 1);
    auto waited = Clock::now() - begun;
    EXPECT_EQ(reply.status, 200);
    EXPECT_TRUE(reply.json["events"].empty());
    EXPECT_EQ(reply.json["session"]["state"], "open");
    EXPECT_GE(waited, std::chrono::milliseconds(900));
    EXPECT_LT(waited, std::chrono::seconds(3));
    EXPECT_EQ(device().poll(code(), -1, 1).status, 400);
}

TEST_P(LiveApiTest, ALongPollNeverWaitsMoreThanTheServersLimit)
{
    auto quick = start_server({ "--long-poll-seconds", "1" });
    ASSERT_TRUE(quick->ready());
    DeviceClient poller(quick->port());
    poller.set_token(device().token());
    ASSERT_EQ(poller.start_live(code()).status, 201);
    auto begun = Clock::now();
    auto reply = poller.poll(code(), 0, 600);
    EXPECT_EQ(reply.status, 200);
    EXPECT_LT(Clock::now() - begun, std::chrono::seconds(3));
}

TEST_P(LiveApiTest, TheDeviceStopsAndIsToldOfItsOwnEnd)
{
    ASSERT_EQ(device().start_live(code()).status, 201);
    auto stopped = device().stop_live(code());
    ASSERT_EQ(stopped.status, 200) << stopped.body;
    EXPECT_EQ(stopped.json["session"]["state"], "ended");
    EXPECT_EQ(stopped.json["session"]["ended_by"], "device");
    auto reply = device().poll(code(), 0, 20);
    ASSERT_EQ(reply.json["events"].size(), 1u);
    EXPECT_EQ(reply.json["events"][0]["type"], "end");
    EXPECT_EQ(reply.json["events"][0]["reason"], "device");
    auto console = mediator();
    auto page = console->get("/console/cases/" + std::to_string(case_id()));
    EXPECT_NE(page.body.find("Live help has ended: the person stopped it."), std::string::npos);
    auto refused = console->post_form(case_path("message"), { { "message", "Hello?" } });
    EXPECT_EQ(
        refused.header("Location"), "/console/cases/" + std::to_string(case_id()) + "?problem=live_not_on");
    EXPECT_EQ(device().send_live_screenshot(code(), make_png(10, 10)).status, 409);
}

TEST_P(LiveApiTest, AStopArrivingAfterLiveHelpStartedAgainLeavesTheNewSessionOn)
{
    auto first = device().start_live(code());
    ASSERT_EQ(first.status, 201);
    auto first_id = first.json["session"]["id"].get<int64_t>();
    ASSERT_EQ(device().stop_live(code(), first_id).status, 200);
    auto second = device().start_live(code());
    ASSERT_EQ(second.status, 201) << "a stopped session is not started again";
    auto second_id = second.json["session"]["id"].get<int64_t>();
    ASSERT_NE(second_id, first_id);

    // The first session's stop, sent again as a slow network would deliver it: the new session stays on.
    auto late = device().stop_live(code(), first_id);
    ASSERT_EQ(late.status, 200) << late.body;
    EXPECT_EQ(late.json["session"]["id"], first_id);
    EXPECT_EQ(late.json["session"]["state"], "ended");
    auto reply = device().poll(code(), 0, 0);
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.json["session"]["id"], second_id);
    EXPECT_EQ(reply.json["session"]["state"], "open");
    EXPECT_TRUE(reply.json["events"].empty()) << reply.body;
    EXPECT_EQ(device().send_live_screenshot(code(), make_png(10, 10)).status, 201);

    // Its own stop ends it; a session of no case of this device is not found.
    EXPECT_EQ(device().stop_live(code(), second_id).json["session"]["state"], "ended");
    EXPECT_EQ(device().stop_live(code(), second_id + 1000).status, 404);
    EXPECT_EQ(device().delete_path("/api/v1/cases/" + code() + "/live?session=abc").status, 400);
}

TEST_P(LiveApiTest, TheMediatorEndsAndClosingEndsToo)
{
    ASSERT_EQ(device().start_live(code()).status, 201);
    auto console = mediator();
    EXPECT_EQ(console->post_form(case_path("end-live"), {}).status, 303);
    auto reply = device().poll(code(), after(), 20);
    ASSERT_EQ(reply.json["events"].size(), 1u);
    EXPECT_EQ(reply.json["events"][0]["reason"], "mediator");

    auto restarted = device().start_live(code());
    ASSERT_EQ(restarted.status, 201);
    auto last = reply.json["events"][0]["id"].get<int64_t>();
    EXPECT_EQ(console->post_form(case_path("close"), { { "note", "Helped with the printer." } }).status, 303);
    auto after_close = device().poll(code(), last, 20);
    ASSERT_EQ(after_close.json["events"].size(), 1u);
    EXPECT_EQ(after_close.json["events"][0]["reason"], "case_closed");
    EXPECT_EQ(device().start_live(code()).status, 409);
}

TEST_P(LiveApiTest, OtherDevicesCannotTouchThisCase)
{
    DeviceClient stranger(server().port());
    ASSERT_EQ(stranger.enroll().status, 201);
    for (auto& reply : { stranger.start_live(code()), stranger.poll(code(), 0, 1),
             stranger.send_live_screenshot(code(), make_png(5, 5)), stranger.stop_live(code()) }) {
        EXPECT_EQ(reply.status, 404) << reply.body;
        EXPECT_EQ(reply.json["message"], "This device has no case with this code.");
    }
    EXPECT_EQ(device().poll(code(), 0, 1).status, 404);
    EXPECT_EQ(device().poll(code(), 0, 1).json["error"], "no_live_session");
    DeviceClient anonymous(server().port());
    EXPECT_EQ(anonymous.start_live(code()).status, 401);
}

TEST_P(LiveApiTest, TwoServersOnOneDatabaseShareTheSession)
{
    // As behind a load balancer: the device waits on one server, the mediator works on the other. Nothing
    // passes between the servers but the database: the waiting one finds the message by its re-check
    // (every second by default).
    auto waiting_server = start_server();
    ASSERT_TRUE(waiting_server->ready());
    ASSERT_EQ(device().start_live(code()).status, 201);
    auto console = mediator(server().port());
    auto waiting = std::async(std::launch::async, [&] {
        DeviceClient poller(waiting_server->port());
        poller.set_token(device().token());
        auto reply = poller.poll(code(), after(), 20);
        return std::pair { reply, Clock::now() };
    });
    ASSERT_TRUE(eventually([&] { return waiting_polls(waiting_server->port()) == 1; }))
        << "the waiting server never counted the device's poll as waiting";
    auto posted_at = Clock::now();
    EXPECT_EQ(console->post_form(case_path("message"), { { "message", "Bonjour !" } }).status, 303);
    auto [reply, answered_at] = waiting.get();
    ASSERT_EQ(reply.status, 200) << reply.body;
    ASSERT_EQ(reply.json["events"].size(), 1u);
    EXPECT_EQ(reply.json["events"][0]["text"], "Bonjour !");
    // Within a re-check (1 s) and a margin of 2 s for a busy machine; never found, the poll would answer
    // at its 20 s end.
    EXPECT_LT(answered_at - posted_at, std::chrono::seconds(3));
}

}
