// Call for help end to end: the real foyer under Xvfb, real clicks, the real helpdesk on loopback, the
// console read over real HTTP as a mediator reads it.
#include "apps/helpline/report/outbox.hpp"
#include "helpdesk/protocol/case_code.hpp"
#include "shell/core/system/files.hpp"
#include "tests/helpdesk/support/console_client.hpp"
#include "tests/helpdesk/support/device_client.hpp"
#include "tests/helpdesk/support/running_helpdesk.hpp"
#include "tests/support/running_foyer.hpp"
#include "voice/speakable.hpp"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <csignal>
#include <filesystem>
#include <poll.h>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace {

#define START_FOYER(name, ...)                \
    if (auto missing = Xvfb::missing_tools()) \
        GTEST_SKIP() << *missing;             \
    RunningFoyer name(__VA_ARGS__);           \
    ASSERT_TRUE(name.problem().empty()) << name.problem()

std::string settings_for(const std::string& helpdesk_url)
{
    // The sites checked are on this computer too: the test machine has no internet.
    return "[helpline]\nhelpdesk = \"" + helpdesk_url + "\"\n[diagnosis]\nsites = [\"" + helpdesk_url + "/healthz\"]\n";
}

// The code the trace says was given ("report sent 123456789").
std::string sent_code(const RunningFoyer& foyer)
{
    static const std::regex sent(R"(report sent (?:later )?(\d{9}))");
    std::smatch match;
    auto trace = foyer.trace();
    std::string code;
    for (auto it = std::sregex_iterator(trace.begin(), trace.end(), sent); it != std::sregex_iterator(); ++it)
        code = (*it)[1];
    return code;
}

// The offline code the trace says was shown ("not sent, offline code 12345678").
std::string offline_code_given(const RunningFoyer& foyer)
{
    static const std::regex offline(R"(offline code (\d{8}))");
    std::smatch match;
    auto trace = foyer.trace();
    return std::regex_search(trace, match, offline) ? match[1].str() : std::string {};
}

// The screen the trace says was opened last.
std::string last_screen(const RunningFoyer& foyer)
{
    static const std::regex opened(R"((?:^|\n)\S+ screen (\S+))");
    auto trace = foyer.trace();
    std::string screen;
    for (auto it = std::sregex_iterator(trace.begin(), trace.end(), opened); it != std::sregex_iterator(); ++it)
        screen = (*it)[1];
    return screen;
}

// Whether a frame was drawn with the late-send band (its OK) above `screen`: the band came on her screen,
// not in its place.
bool band_drawn_over(const RunningFoyer& foyer, const std::string& screen)
{
    std::regex line("targets " + screen + " [^\\n]*help\\.late\\.ok@");
    return eventually([&] {
        auto trace = foyer.trace();
        return std::regex_search(trace, line);
    });
}

// The reports the helpdesk keeps, as it stored them (its database, read as the helpdesk reads it).
std::vector<nlohmann::json> stored_reports(const std::string& database)
{
    auto path = database.substr(std::string("sqlite:").size());
    auto result = run({ "sqlite3", "-json", path, "SELECT report FROM cases ORDER BY id" });
    std::vector<nlohmann::json> reports;
    auto rows = nlohmann::json::parse(result.output.empty() ? "[]" : result.output, nullptr, false);
    if (rows.is_array())
        for (auto& row : rows)
            reports.push_back(nlohmann::json::parse(row.value("report", "{}"), nullptr, false));
    return reports;
}

// From the home tile to the consent screen's Send (press waits for each screen to be drawn, and
// RunningFoyer keeps presses apart).
void send_a_report(RunningFoyer& foyer, bool with_picture = true)
{
    ASSERT_TRUE(foyer.press("tile.help")) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_trace("screen help"));
    ASSERT_TRUE(foyer.press("help.show")) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_trace("screen help.consent"));
    if (!with_picture) {
        auto activations = foyer.count_in_trace(" activate ");
        ASSERT_TRUE(foyer.press("help.picture.no"));
        ASSERT_TRUE(foyer.wait_for_trace(" activate ", activations + 1)) << foyer.trace();
    }
    ASSERT_TRUE(foyer.press("help.send")) << foyer.trace();
}

class HelpReport : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (auto missing = Xvfb::missing_tools())
            GTEST_SKIP() << *missing;
        database = "sqlite:" + temporary_directory("helpdesk") + "/cases.db";
    }
    std::string database;
};

}

TEST_F(HelpReport, FromTheHomeTileToACodeThatOpensTheCaseWithThePictureAndFindings)
{
    RunningHelpdesk helpdesk(database);
    ASSERT_TRUE(helpdesk.ready()) << helpdesk.problem();
    auto url = "http://127.0.0.1:" + std::to_string(helpdesk.port());
    START_FOYER(foyer, 1366, 768, {}, settings_for(url));
    send_a_report(foyer);
    ASSERT_TRUE(foyer.wait_for_trace("screen help.code", 1, 20s)) << foyer.trace();
    auto code = sent_code(foyer);
    ASSERT_EQ(code.size(), 9u);
    EXPECT_TRUE(Protocol::damm_is_valid(code));
    // Spoken in words, digit by digit in its three groups, as the screen shows it.
    EXPECT_TRUE(foyer.wait_for_trace("say Envoyé. Votre code est\u00a0: " + code_for_ear(Protocol::format_code(code), Language::French)))
        << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_trace(" targets help.code")) << foyer.trace();
    EXPECT_LT(foyer.difference_from_expected("home", "fr", 0ms), 1.0); // the screen is drawn (not blank)

    // The mediator types the code and sees the findings and the picture.
    ASSERT_TRUE(add_mediator(database, "camille", "correct horse battery staple"));
    ConsoleClient console(helpdesk.port(), "fr-FR,fr;q=0.9");
    ASSERT_TRUE(console.log_in("camille", "correct horse battery staple"));
    console.get("/console");
    auto found = console.post_form("/console/lookup", { { "code", Protocol::format_code(code) } });
    ASSERT_EQ(found.status, 303) << found.body;
    auto page = console.follow(found);
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("Le système est"), std::string::npos);
    EXPECT_NE(page.body.find("/screenshots/"), std::string::npos) << "the case has the picture";
    EXPECT_NE(page.body.find("a appuyé sur Montrer mon écran"), std::string::npos) << "the last actions are there";
    EXPECT_EQ(page.body.find("Marie-Martine."), std::string::npos) << "nothing said aloud goes into the report";

    auto cases = run_helpdesk({ "cases", "--db", database });
    EXPECT_NE(cases.output.find(Protocol::format_code(code)), std::string::npos) << cases.output;
}

TEST_F(HelpReport, WithTheHelpdeskDownTheOfflineCodeStaysOnScreenWhenTheCaseArrivesLaterCarryingIt)
{
    int port = unused_loopback_port();
    auto url = "http://127.0.0.1:" + std::to_string(port);
    START_FOYER(foyer, 1366, 768, {}, settings_for(url));
    send_a_report(foyer, false);
    ASSERT_TRUE(foyer.wait_for_trace("screen help.not_sent", 1, 20s)) << foyer.trace();
    auto offline = offline_code_given(foyer);
    ASSERT_EQ(Protocol::classify_code(offline), Protocol::CodeShape::OfflineCode) << foyer.trace();
    EXPECT_TRUE(foyer.wait_for_trace("say Pas encore envoyé."));

    // The helpdesk comes back: the outbox sends by itself; the offline code she may be reading stays on
    // screen, and a band tells her, spoken once.
    Process helpdesk({ helpdesk_binary(), "serve", "--listen", "127.0.0.1:" + std::to_string(port), "--db", database, "--quiet" });
    ASSERT_TRUE(foyer.wait_for_trace("report late notice ", 1, 60s)) << foyer.trace();
    EXPECT_TRUE(foyer.wait_for_trace("say Votre rapport est maintenant arrivé à la ligne d’aide."));
    EXPECT_TRUE(band_drawn_over(foyer, "help.not_sent")) << "the band is not on her screen\n"
                                                         << foyer.trace();
    // OK closes the band; what is under it is still what she was reading.
    ASSERT_TRUE(foyer.press("help.late.ok")) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_trace("targets help.not_sent home@", 2)) << foyer.trace();
    EXPECT_EQ(last_screen(foyer), "help.not_sent") << foyer.trace();
    EXPECT_EQ(foyer.count_in_trace("screen help.code"), 0u) << "a late send replaced the screen";
    // Once the outbox is empty nothing is left to send again: the count of cases is final.
    auto outbox = foyer.home() + "/.local/state/foyer/outbox";
    EXPECT_TRUE(eventually([&] { return std::filesystem::is_empty(outbox); })) << "the report is still in the outbox";
    auto reports = stored_reports(database);
    ASSERT_EQ(reports.size(), 1u);
    // The case says which offline code it answers, and when she asked (not when it arrived).
    EXPECT_EQ(reports[0].value("offline_code", ""), offline);
    EXPECT_TRUE(reports[0].contains("created_at"));
}

TEST_F(HelpReport, AReportLeavingLateNeverReplacesTheNewerCodeOnScreenAndSaysAnEarlierReportAlsoArrived)
{
    int port = unused_loopback_port();
    auto url = "http://127.0.0.1:" + std::to_string(port);
    START_FOYER(foyer, 1366, 768, {}, settings_for(url));
    send_a_report(foyer, false);
    ASSERT_TRUE(foyer.wait_for_trace("screen help.not_sent", 1, 20s)) << foyer.trace();
    auto offline = offline_code_given(foyer);
    ASSERT_EQ(offline.size(), 8u) << foyer.trace();

    // The kept report waits out a long back-off (as after a night without internet): only what this test
    // is about can send it before then.
    auto outbox_dir = foyer.home() + "/.local/state/foyer/outbox";
    Outbox outbox(outbox_dir);
    auto waiting = outbox.load();
    ASSERT_EQ(waiting.size(), 1u);
    auto old_id = waiting[0].report_id;
    waiting[0].next_attempt_at = int64_t(std::time(nullptr)) + 3600;
    ASSERT_FALSE(outbox.update(waiting[0]).is_error());

    // The helpdesk is back; she goes home and asks again: code B on screen.
    Process server({ helpdesk_binary(), "serve", "--listen", "127.0.0.1:" + std::to_string(port), "--db", database, "--quiet" });
    ASSERT_TRUE(eventually([&] { return run({ "curl", "-sf", url + "/healthz" }).exit_code == 0; }, 30s)) << "the helpdesk did not start";
    ASSERT_TRUE(foyer.press("home")) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_trace("screen home", 2)) << foyer.trace();
    send_a_report(foyer, false);
    ASSERT_TRUE(foyer.wait_for_trace("screen help.code", 1, 20s)) << foyer.trace();
    auto code_b = sent_code(foyer);
    ASSERT_EQ(code_b.size(), 9u);

    // Her report going through sends the old one at once, whatever its back-off: code B stays on screen,
    // and the band says an earlier report also arrived.
    ASSERT_TRUE(foyer.wait_for_trace("report late notice earlier ", 1, 20s)) << foyer.trace();
    EXPECT_TRUE(foyer.wait_for_trace("say Un rapport précédent est aussi arrivé à la ligne d’aide"));
    EXPECT_TRUE(band_drawn_over(foyer, "help.code")) << "the band is not on her screen\n"
                                                     << foyer.trace();
    // The code screen may first be drawn with the band or without it, whichever came first: after OK, once
    // more without it.
    auto without_band = foyer.count_in_trace("targets help.code home@");
    ASSERT_TRUE(foyer.press("help.late.ok")) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_trace("targets help.code home@", without_band + 1)) << foyer.trace();
    EXPECT_EQ(last_screen(foyer), "help.code") << foyer.trace();
    EXPECT_EQ(foyer.count_in_trace("screen help.code"), 1u) << "a late send opened another code screen";
    EXPECT_TRUE(foyer.wait_for_trace(" targets help.code")) << foyer.trace();

    // The old report reached the helpdesk carrying the offline code she was shown.
    auto reports = stored_reports(database);
    ASSERT_EQ(reports.size(), 2u);
    bool found = false;
    for (auto& report : reports)
        if (report.value("report_id", "") == old_id) {
            found = true;
            EXPECT_EQ(report.value("offline_code", ""), offline);
        } else {
            EXPECT_EQ(report.value("offline_code", ""), "") << "the report sent at once has no offline code";
        }
    EXPECT_TRUE(found) << "the old report did not arrive";
}

TEST_F(HelpReport, AStalledOrDroppingHelpdeskOrAFailingNameGivesTheOfflineCodeInSeconds)
{
    // A "proxy" that accepts connections and never answers, one that closes them at once, and a name
    // that does not resolve.
    int stall = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(stall, reinterpret_cast<sockaddr*>(&address), sizeof address);
    listen(stall, 16);
    socklen_t length = sizeof address;
    getsockname(stall, reinterpret_cast<sockaddr*>(&address), &length);
    auto stalled = "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port));

    int drop = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in drop_address {};
    drop_address.sin_family = AF_INET;
    drop_address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(drop, reinterpret_cast<sockaddr*>(&drop_address), sizeof drop_address);
    listen(drop, 16);
    length = sizeof drop_address;
    getsockname(drop, reinterpret_cast<sockaddr*>(&drop_address), &length);
    std::jthread dropper([drop](std::stop_token stop) {
        while (!stop.stop_requested()) {
            pollfd fd { drop, POLLIN, 0 };
            if (poll(&fd, 1, 100) > 0)
                close(accept(drop, nullptr, nullptr));
        }
    });
    auto dropping = "http://127.0.0.1:" + std::to_string(ntohs(drop_address.sin_port));

    for (auto url : { stalled, dropping, std::string("https://helpdesk.nowhere.invalid") }) {
        START_FOYER(foyer, 1366, 768, {}, settings_for(url));
        send_a_report(foyer, false);
        ASSERT_TRUE(foyer.wait_for_trace("screen help.not_sent", 1, 20s)) << url << "\n"
                                                                          << foyer.trace();
        // From Send to the offline code: the diagnosis (3 s at most) and one short attempt (5 s at most).
        EXPECT_LE(foyer.trace_time("screen help.not_sent") - foyer.trace_time("activate help.send"), 9500) << url;
        // The report waits in the outbox.
        auto outbox = foyer.home() + "/.local/state/foyer/outbox";
        EXPECT_FALSE(std::filesystem::is_empty(outbox)) << url;
    }
    dropper.request_stop();
    close(stall);
    close(drop);
}

TEST_F(HelpReport, LiveHelpShowsAndSpeaksTheHelpersMessageSendsPicturesAndStopsFromEitherSide)
{
    RunningHelpdesk helpdesk(database);
    ASSERT_TRUE(helpdesk.ready()) << helpdesk.problem();
    auto url = "http://127.0.0.1:" + std::to_string(helpdesk.port());
    START_FOYER(foyer, 1366, 768, {}, settings_for(url));
    send_a_report(foyer);
    ASSERT_TRUE(foyer.wait_for_trace("screen help.code", 1, 20s)) << foyer.trace();
    auto code = sent_code(foyer);
    ASSERT_TRUE(foyer.press("help.live")) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_trace("live start"));
    ASSERT_TRUE(foyer.wait_for_trace("live.stop@")) << "the banner with Stop is on screen";
    // No mediator has opened the case yet: she is told so, not that she is seen.
    EXPECT_TRUE(foyer.wait_for_trace("say Votre aidant verra votre écran")) << foyer.trace();
    EXPECT_EQ(foyer.count_in_trace("say Votre aidant voit maintenant"), 0u) << foyer.trace();
    // Stop stands at the left of the band, away from Home at the top right.
    static const std::regex stop_at(R"(live\.stop@(\d+),)");
    std::smatch stop_match;
    auto live_trace = foyer.trace();
    ASSERT_TRUE(std::regex_search(live_trace, stop_match, stop_at));
    EXPECT_LT(std::stoi(stop_match[1]), 1366 / 3) << "Stop is beside Home";

    ASSERT_TRUE(add_mediator(database, "camille", "correct horse battery staple"));
    ConsoleClient console(helpdesk.port(), "fr-FR,fr;q=0.9");
    ASSERT_TRUE(console.log_in("camille", "correct horse battery staple"));
    console.get("/console");
    auto found = console.post_form("/console/lookup", { { "code", code } });
    ASSERT_EQ(found.status, 303);
    auto case_path = found.header("Location");
    console.follow(found);
    ASSERT_TRUE(eventually([&] { return console.get(case_path).body.find("/message\"") != std::string::npos; }));
    console.get(case_path);
    // The mediator has the case open during live help: only now is she told her helper sees her screen.
    ASSERT_TRUE(foyer.wait_for_trace("live watched", 1, 40s)) << foyer.trace();
    EXPECT_TRUE(foyer.wait_for_trace("say Votre aidant voit maintenant votre écran.")) << foyer.trace();
    auto sent = console.post_form(case_path + "/message", { { "message", "Cliquez sur le gros bouton vert." } });
    EXPECT_EQ(sent.status, 303) << sent.body;
    // The message appears large on the senior's screen and is spoken.
    ASSERT_TRUE(foyer.wait_for_trace("say Message de votre aidant\u00a0: Cliquez sur le gros bouton vert.", 1, 40s)) << foyer.trace();
    EXPECT_TRUE(foyer.wait_for_trace("live.message.ok@"));
    EXPECT_TRUE(foyer.wait_for_trace("focus live.message.ok")) << "the message's OK does not have the focus\n"
                                                               << foyer.trace();
    // Modal: Escape closes it like its OK, never going home nor leaving the focus on Stop.
    auto stop_focused = foyer.count_in_trace("focus live.stop");
    auto went_home = foyer.count_in_trace("activate key.home");
    ASSERT_TRUE(foyer.key("Escape"));
    ASSERT_TRUE(foyer.wait_for_trace("activate key.dismiss")) << "Escape did not close the helper's message\n"
                                                              << foyer.trace();
    EXPECT_EQ(foyer.count_in_trace("focus live.stop"), stop_focused) << "Escape left the focus on Stop";
    EXPECT_EQ(foyer.count_in_trace("activate key.home"), went_home) << "Escape went home under the message";

    // A fresh picture when asked.
    console.get(case_path);
    auto asked = console.post_form(case_path + "/screenshot-request", {});
    EXPECT_EQ(asked.status, 303);
    ASSERT_TRUE(foyer.wait_for_trace("live screenshot request", 1, 40s)) << foyer.trace();
    EXPECT_TRUE(eventually([&] {
        auto page = console.get(case_path).body;
        return std::count(page.begin(), page.end(), '\n') > 0 && page.find("/screenshots/2") != std::string::npos;
    },
        20s))
        << "the second picture reached the case";

    // The senior stops it.
    ASSERT_TRUE(foyer.press("live.stop"));
    ASSERT_TRUE(foyer.wait_for_trace("live stopped by the senior"));
    EXPECT_TRUE(foyer.wait_for_trace("say L’aide en direct est arrêtée."));
    // The mediator's page says so (the device tells the helpdesk in the background).
    ASSERT_TRUE(eventually([&] { return console.get(case_path).body.find("la personne l’a arrêtée") != std::string::npos; }, 20s))
        << "the case page does not say the senior stopped live help\n"
        << helpdesk.log();

    // Again, and this time the mediator ends it, once the case page shows the live help is on again.
    ASSERT_TRUE(foyer.press("help.live")) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_trace("live start", 2));
    ASSERT_TRUE(eventually([&] { return console.get(case_path).body.find("/end-live\"") != std::string::npos; }))
        << "the live help is not shown on the case\n"
        << foyer.trace() << helpdesk.log();
    console.get(case_path);
    auto ended = console.post_form(case_path + "/end-live", {});
    EXPECT_EQ(ended.status, 303);
    ASSERT_TRUE(foyer.wait_for_trace("say Votre aidant a terminé l’aide en direct.", 1, 40s)) << foyer.trace();
}

TEST_F(HelpReport, TheOutboxLosesNothingAndDuplicatesNothingUnderTwoHundredKills)
{
    RunningHelpdesk helpdesk(database, { "--reports-per-hour", "0" });
    ASSERT_TRUE(helpdesk.ready()) << helpdesk.problem();
    auto url = "http://127.0.0.1:" + std::to_string(helpdesk.port());
    auto dir = temporary_directory("torture");
    std::vector<std::string> command { std::string(FOYER_BUILD_DIR) + "/bin/foyer-outbox-torture", "--outbox", dir + "/outbox",
        "--helpdesk", url, "--credentials", dir + "/device.json", "--journal", dir + "/journal", "--add", "2" };
    std::mt19937 random(2026);
    for (int round = 0; round < 200; ++round) {
        Process torture(command);
        std::this_thread::sleep_for(std::chrono::milliseconds(random() % 120));
        torture.signal(SIGKILL);
        torture.wait(5s);
    }
    // A last run without a kill sends whatever is left.
    command.back() = "0";
    auto last = run(command, {}, 120s);
    ASSERT_EQ(last.exit_code, 0) << last.output;

    std::set<std::string> intents, queued;
    std::istringstream lines(read_text(dir + "/journal"));
    std::string what, id;
    while (lines >> what >> id)
        (what == "queued" ? queued : intents).insert(id);
    ASSERT_GT(queued.size(), 50u) << "the kills left time to queue reports";

    // Every report the outbox accepted arrived: sent again by the same device, each is already known.
    auto credentials = nlohmann::json::parse(read_text(dir + "/device.json"));
    DeviceClient device(helpdesk.port());
    device.set_token(credentials["token"]);
    auto example = nlohmann::json::parse(example_report());
    size_t lost = 0;
    for (auto& report_id : queued) {
        example["report_id"] = report_id;
        auto again = device.send_report(example.dump());
        lost += again.status != 200;
    }
    EXPECT_EQ(lost, 0u);
    // And nothing arrived twice: at most one case per report ever made.
    auto cases = run_helpdesk({ "cases", "--db", database });
    size_t case_count = 0;
    for (char c : cases.output)
        case_count += c == '\n';
    EXPECT_GE(case_count, queued.size());
    EXPECT_LE(case_count, intents.size()) << cases.output.substr(0, 500);
}
