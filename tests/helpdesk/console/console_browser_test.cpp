// The console's flows in real headless Chromium against the real server, on SQLite and on PostgreSQL. This
// test plays the device — it sends the report, starts live help, answers the screenshot request and
// receives the message, holding it unshown until the page has said so — while console_flow.cjs plays the
// mediator, keyboard only. The report is a late one: it answers the offline code the senior read.
#include "tests/helpdesk/support/device_client.hpp"
#include "tests/helpdesk/support/helpdesk_fixture.hpp"

#include "helpdesk/core/time.hpp"
#include "helpdesk/protocol/case_code.hpp"
#include "helpdesk/protocol/finding_catalog.hpp"
#include "helpdesk/protocol/offline_code.hpp"

#include <atomic>
#include <filesystem>
#include <thread>

using namespace Foyer::Testing;
using nlohmann::json;

namespace {

constexpr const char* message = "Cliquez sur le gros bouton vert, en bas à droite.";
constexpr const char* note = "Cartouche noire changée avec elle ; impression réussie.";
constexpr const char* injected = "<script>window.__pwned = 1</script> The printer has no more black ink.";

std::optional<std::string> missing_browser_tools()
{
    if (!std::filesystem::exists("/usr/bin/chromium"))
        return "Debian's Chromium is not installed (apt-get install chromium)";
    if (!have_program("node"))
        return "Node.js is not installed (apt-get install nodejs)";
    if (!std::filesystem::exists(std::string(FOYER_HELPDESK_NODE_DIR) + "/node_modules/playwright-core"))
        return "playwright-core is not installed in " FOYER_HELPDESK_NODE_DIR
               " (ctest runs tests/helpdesk/console/npm-ci.sh first)";
    return std::nullopt;
}

class ConsoleBrowserTest : public BackendTest { };

FOYER_BACKENDS(ConsoleBrowserTest);

TEST_P(ConsoleBrowserTest, AMediatorHelpsByKeyboardFromCodeToClosedCase)
{
    if (auto missing = missing_browser_tools())
        GTEST_SKIP() << *missing;
    ASSERT_TRUE(add_mediator(database_url(), "Anne", "une phrase de passe assez longue"));
    auto server = start_server();
    ASSERT_TRUE(server->ready());

    DeviceClient device(server->port());
    ASSERT_EQ(device.enroll({ { "nickname", "Mamie Jocelyne" } }).status, 201);
    auto report = json::parse(example_report());
    for (auto& finding : report["findings"])
        if (finding["id"] == "printer.ink")
            finding["text"]["en"] = injected;
    auto parsed = Foyer::Protocol::parse_report(example_report()).release_value();
    auto offline_code = Foyer::Protocol::encode_offline_code(parsed.findings);
    report["offline_code"] = offline_code;
    report["created_at"] = Foyer::Helpdesk::iso8601_utc(Foyer::Helpdesk::now() - 29 * 60);
    auto sent = device.send_report(report.dump(), make_png(480, 270, 1));
    ASSERT_EQ(sent.status, 201) << sent.body;
    auto code = sent.json["code"].get<std::string>();
    ASSERT_EQ(device.start_live(code).status, 201);

    // The device's side of live help, as Foyer will run it: wait for requests and answer them.
    std::atomic<bool> done { false };
    std::string received_message;
    int screenshots_sent = 0;
    bool told_watching = false;
    auto screenshots = std::string(FOYER_BUILD_DIR) + "/helpdesk-console/screenshots/"
        + backend_test_name({ GetParam(), 0 });
    // The flow writes this file once it has seen the message listed as "not shown yet".
    auto shown_signal = screenshots + "/message-seen-unshown";
    // And this one once the page that asked for a screenshot has loaded and is waiting for it, so that the
    // arrival is seen by that page (and announced) however slowly the machine loads it.
    auto waiting_signal = screenshots + "/page-waiting-for-screenshot";
    std::filesystem::create_directories(screenshots);
    std::filesystem::remove(shown_signal);
    std::filesystem::remove(waiting_signal);
    // The flow's own timeouts bound these waits; `done` ends them when the flow has stopped.
    auto wait_for_signal = [&](const std::string& path) {
        while (!done && !std::filesystem::exists(path))
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    };
    std::thread live([&] {
        DeviceClient poller(server->port());
        poller.set_token(device.token());
        int64_t after = 0;
        while (!done) {
            auto reply = poller.poll(code, after, 2);
            if (reply.status != 200)
                continue;
            for (auto& event : reply.json["events"]) {
                after = event["id"].get<int64_t>();
                if (event["type"] == "watching")
                    told_watching = true;
                if (event["type"] == "message") {
                    received_message = event["text"].get<std::string>();
                    // The next poll (after = this id) says the device has it: wait for the page to have
                    // shown "not shown yet" first.
                    wait_for_signal(shown_signal);
                }
                if (event["type"] != "screenshot_request")
                    continue;
                wait_for_signal(waiting_signal);
                if (poller.send_live_screenshot(code, make_png(200, 120, 2)).status == 201)
                    ++screenshots_sent;
            }
            if (reply.json["session"]["state"] == "ended")
                break;
        }
    });

    auto flow = run({ "node", FOYER_HELPDESK_CONSOLE_SCRIPT },
        {
            { "NODE_PATH", std::string(FOYER_HELPDESK_NODE_DIR) + "/node_modules" },
            { "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1" },
            { "FOYER_URL", "http://127.0.0.1:" + std::to_string(server->port()) },
            { "FOYER_USER", "Anne" },
            { "FOYER_PASSWORD", "une phrase de passe assez longue" },
            { "FOYER_CODE", code },
            { "FOYER_FINDINGS", std::to_string(report["findings"].size()) },
            { "FOYER_FIRST_WIDTH", "480" },
            { "FOYER_SECOND_WIDTH", "200" },
            { "FOYER_INJECTED_TEXT", injected },
            { "FOYER_MESSAGE", message },
            { "FOYER_NOTE", note },
            { "FOYER_OFFLINE_CODE", offline_code },
            { "FOYER_OFFLINE_SENTENCE",
                std::string(Foyer::Protocol::find_finding_kind("printer.ink")
                                ->sentence(Foyer::Protocol::Status::Fail)
                                .en) },
            { "FOYER_SCREENSHOT_DIR", screenshots },
            { "FOYER_SHOWN_SIGNAL", shown_signal },
            { "FOYER_WAITING_SIGNAL", waiting_signal },
            { "FOYER_CASE_SPOKEN", Foyer::Protocol::format_code(code) },
        },
        std::chrono::seconds(180));
    done = true;
    live.join();
    ASSERT_EQ(flow.exit_code, 0) << flow.output << "\n--- server log ---\n"
                                 << server->log();
    EXPECT_NE(flow.output.find("ok: 10 steps"), std::string::npos) << flow.output;

    EXPECT_EQ(received_message, message);
    EXPECT_TRUE(told_watching) << "the device was never told that a mediator had the case page open";
    EXPECT_EQ(screenshots_sent, 1);
    auto closed = store().case_by_code(code).value();
    ASSERT_TRUE(closed);
    EXPECT_EQ(closed->state, Foyer::Helpdesk::CaseState::Closed);
    EXPECT_EQ(store().case_detail(closed->id).value()->activity_note, note);
    std::vector<std::string> actions;
    for (auto& entry : store().audit_entries().value())
        actions.push_back(entry.action);
    for (auto* expected : { "login", "code_lookup", "case_viewed", "message_sent", "screenshot_requested",
             "case_closed", "export", "offline_code_linked" })
        EXPECT_NE(std::find(actions.begin(), actions.end(), expected), actions.end())
            << expected << " is not in " << ::testing::PrintToString(actions);
}

}
