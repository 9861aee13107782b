// The console at the HTTP level: login with safe cookies, CSRF on every form, rate limits, codes that
// never reveal another case, escaping of everything a report holds, the CSV export and both languages.
#include "tests/helpdesk/support/console_client.hpp"
#include "tests/helpdesk/support/helpdesk_fixture.hpp"

#include "helpdesk/protocol/case_code.hpp"
#include "helpdesk/protocol/offline_code.hpp"

#include <regex>

using namespace Foyer::Testing;
using nlohmann::json;

namespace {

constexpr const char* password = "une phrase de passe assez longue";

class ConsoleTest : public BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        ASSERT_TRUE(add_mediator(database_url(), "Anne", password));
        m_server = start_server();
        ASSERT_TRUE(m_server->ready());
    }

    int port() const { return m_server->port(); }

    // A device sends a report; returns its code.
    std::string send_case(const std::string& nickname = "Mamie", std::string report = {})
    {
        DeviceClient device(port());
        EXPECT_EQ(device.enroll({ { "nickname", nickname } }).status, 201);
        auto reply = device.send_report(report.empty() ? example_report() : report, make_png(64, 36));
        EXPECT_EQ(reply.status, 201) << reply.body;
        return reply.json.value("code", "");
    }

    int64_t case_id(const std::string& code) { return store().case_by_code(code).value()->id; }

    std::unique_ptr<ConsoleClient> logged_in(const std::string& language = "en-GB,en;q=0.9")
    {
        auto console = std::make_unique<ConsoleClient>(port(), language);
        EXPECT_TRUE(console->log_in("Anne", password));
        EXPECT_EQ(console->get("/console").status, 200);
        return console;
    }

    size_t audit_count(const std::string& action)
    {
        auto entries = store().audit_entries().value();
        return size_t(
            std::count_if(entries.begin(), entries.end(), [&](auto& e) { return e.action == action; }));
    }

private:
    std::unique_ptr<RunningHelpdesk> m_server;
};

FOYER_BACKENDS(ConsoleTest);

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

TEST_P(ConsoleTest, LoggingInSetsAnHttpOnlyStrictSessionCookie)
{
    ConsoleClient console(port());
    auto page = console.get("/console/login");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.header("Set-Cookie"), "HttpOnly; SameSite=Strict"));
    auto reply = console.post_form("/console/login", { { "name", "Anne" }, { "password", password } });
    ASSERT_EQ(reply.status, 303);
    bool found = false;
    for (auto [it, end] = reply.headers.equal_range("Set-Cookie"); it != end; ++it) {
        if (it->second.starts_with("foyer_session=")) {
            found = true;
            EXPECT_TRUE(contains(it->second, "; Path=/console; Max-Age=43200; HttpOnly; SameSite=Strict"))
                << it->second;
            EXPECT_FALSE(contains(it->second, "Secure"));
        }
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(console.get("/console").status, 200);
    EXPECT_EQ(audit_count("login"), 1u);
}

TEST_P(ConsoleTest, ALoginPostWithoutItsFormTokenIsRefused)
{
    ConsoleClient console(port());
    console.get("/console/login");
    auto reply
        = console.post_form("/console/login", { { "name", "Anne" }, { "password", password }, { "csrf", "forged" } });
    EXPECT_EQ(reply.status, 403);
    EXPECT_TRUE(contains(reply.body, "This form has expired"));
    EXPECT_FALSE(console.cookies().contains("foyer_session"));
}

TEST_P(ConsoleTest, FailedLoginsAreAuditedThenRateLimited)
{
    ConsoleClient console(port());
    for (int i = 0; i < 5; ++i) {
        console.get("/console/login");
        auto reply = console.post_form(
            "/console/login", { { "name", i % 2 ? "Anne" : "Nobody" }, { "password", "wrong password" } });
        EXPECT_EQ(reply.status, 401);
        EXPECT_TRUE(contains(reply.body, "The name or the password is wrong."));
    }
    EXPECT_EQ(audit_count("login_failed"), 5u);
    console.get("/console/login");
    auto blocked = console.post_form("/console/login", { { "name", "Anne" }, { "password", password } });
    EXPECT_EQ(blocked.status, 429);
    EXPECT_EQ(blocked.header("Retry-After"), "900");
    EXPECT_TRUE(contains(blocked.body, "Too many failed attempts."));
    EXPECT_FALSE(console.cookies().contains("foyer_session"));
}

TEST_P(ConsoleTest, PagesNeedALoginAndEveryFormCarriesACsrfToken)
{
    auto code = send_case();
    auto id = std::to_string(case_id(code));
    ConsoleClient stranger(port());
    EXPECT_EQ(stranger.get("/console").header("Location"), "/console/login");
    EXPECT_EQ(stranger.get("/console/cases/" + id).header("Location"), "/console/login");
    EXPECT_EQ(stranger.get("/console/cases/" + id + "/screenshots/1").header("Location"), "/console/login");
    EXPECT_EQ(stranger.get("/console/cases/" + id + "/state").status, 401);
    EXPECT_EQ(stranger.post_form("/console/cases/" + id + "/close", { { "note", "x" } }).header("Location"),
        "/console/login");

    auto console = logged_in();
    static const std::regex form(R"(<form[^>]*>([\s\S]*?)</form>)");
    for (std::string path : { std::string("/console"), "/console/cases/" + id, std::string("/console/offline"),
             std::string("/console/export") }) {
        auto page = console->get(path);
        ASSERT_EQ(page.status, 200) << path;
        int forms = 0;
        for (std::sregex_iterator it(page.body.begin(), page.body.end(), form), end; it != end; ++it) {
            ++forms;
            EXPECT_TRUE(contains(it->str(), "name=\"csrf\" value=\"" + console->csrf() + "\""))
                << path << ": " << it->str();
            EXPECT_TRUE(contains(it->str(), "method=\"post\"")) << it->str();
        }
        EXPECT_GE(forms, 2) << path;
        EXPECT_FALSE(page.header("Content-Security-Policy").empty());
        EXPECT_EQ(page.header("X-Frame-Options"), "DENY");
    }
}

TEST_P(ConsoleTest, PostsWithAWrongCsrfTokenAreRefusedAndChangeNothing)
{
    auto code = send_case();
    auto id = std::to_string(case_id(code));
    auto console = logged_in();
    auto forged = console->post_form(
        "/console/cases/" + id + "/close", { { "note", "forged" }, { "csrf", "not-the-token" } });
    EXPECT_EQ(forged.status, 403);
    auto missing = console->post_form("/console/lookup", { { "code", code }, { "csrf", "" } });
    EXPECT_EQ(missing.status, 403);
    EXPECT_EQ(store().case_by_code(code).value()->state, Foyer::Helpdesk::CaseState::New);
}

TEST_P(ConsoleTest, EnterTheCodeIsTheFirstThingAndOpensTheCase)
{
    auto code = send_case();
    auto console = logged_in();
    auto home = console->get("/console");
    auto main_start = home.body.find("<main");
    ASSERT_NE(main_start, std::string::npos);
    EXPECT_EQ(home.body.find("<h1>Enter the code</h1>", main_start), home.body.find("<h1>", main_start));
    EXPECT_LT(
        home.body.find("action=\"/console/lookup\"", main_start), home.body.find("<section", main_start));
    EXPECT_TRUE(contains(home.body, "autofocus"));
    auto opened = console->post_form("/console/lookup", { { "code", Foyer::Protocol::format_code(code) } });
    ASSERT_EQ(opened.status, 303);
    EXPECT_EQ(opened.header("Location"), "/console/cases/" + std::to_string(case_id(code)));
    EXPECT_EQ(store().case_by_code(code).value()->state, Foyer::Helpdesk::CaseState::Claimed);
    EXPECT_EQ(audit_count("code_lookup"), 1u);
}

TEST_P(ConsoleTest, AMistypedCodeSaysSoAndNeverRevealsAnotherCase)
{
    auto code = send_case("Jocelyne Secret");
    auto console = logged_in();
    auto typo = code;
    typo[4] = typo[4] == '9' ? '0' : char(typo[4] + 1);
    auto wrong = console->post_form("/console/lookup", { { "code", typo } });
    EXPECT_EQ(wrong.status, 404);
    EXPECT_TRUE(contains(wrong.body, "This code does not exist — check the digits."));
    // A valid-looking code that no case has gets exactly the same answer.
    auto unused
        = Foyer::Protocol::case_code_from_digits(code.substr(0, 8) == "12345670" ? "76543210" : "12345670");
    auto absent = console->post_form("/console/lookup", { { "code", unused } });
    EXPECT_EQ(absent.status, 404);
    for (auto* reply : { &wrong, &absent }) {
        EXPECT_FALSE(contains(reply->body, "Jocelyne Secret"));
        EXPECT_FALSE(contains(reply->body, Foyer::Protocol::format_code(code)));
        EXPECT_FALSE(contains(reply->body, "/console/cases/"));
    }
    EXPECT_EQ(audit_count("code_not_found"), 2u);
    EXPECT_EQ(store().case_by_code(code).value()->state, Foyer::Helpdesk::CaseState::New);

    auto short_code = console->post_form("/console/lookup", { { "code", "12 34" } });
    EXPECT_EQ(short_code.status, 422);
    EXPECT_TRUE(contains(short_code.body, "A case code has 9 digits, for example 123 456 789."));
    std::vector<Foyer::Protocol::OfflineFinding> findings {
        { Foyer::Protocol::find_finding_kind("printer.ink"), Foyer::Protocol::Status::Fail }
    };
    // The senior read her offline code: the box opens it, decoded, rather than calling it a mistake.
    auto typed = Foyer::Protocol::encode_offline_code(findings);
    auto opened = console->post_form("/console/lookup", { { "code", Foyer::Protocol::format_code(typed) } });
    EXPECT_EQ(opened.status, 303);
    EXPECT_EQ(opened.header("Location"), "/console/offline?code=" + typed);
    auto offline = console->get(opened.header("Location"));
    EXPECT_EQ(offline.status, 200) << offline.header("Location");
    EXPECT_FALSE(contains(offline.body, "role=\"alert\""));
    EXPECT_TRUE(contains(offline.body, "value=\"" + typed + "\""));
    EXPECT_TRUE(contains(offline.body, "Ink and toner")) << offline.body;
}

TEST_P(ConsoleTest, CodesOlderThanSeventyTwoHoursNoLongerOpen)
{
    auto device = store().enroll_device("Mamie", "hash", Foyer::Helpdesk::now());
    Foyer::Helpdesk::NewReport old;
    old.device_id = device.value().id;
    old.report_id = fresh_report_id();
    old.report_json = example_report_with_id(old.report_id);
    old.now = Foyer::Helpdesk::now() - 73 * 3600;
    auto stored = store().store_report(old).value();
    auto console = logged_in();
    auto reply = console->post_form("/console/lookup", { { "code", stored.code } });
    EXPECT_EQ(reply.status, 410);
    EXPECT_TRUE(contains(reply.body, "This code is more than 72 hours old."));
    EXPECT_EQ(store().case_by_code(stored.code).value()->state, Foyer::Helpdesk::CaseState::New);
}

TEST_P(ConsoleTest, GuessingCodesIsSlowedDown)
{
    auto console = logged_in();
    for (int i = 0; i < 20; ++i)
        EXPECT_EQ(
            console->post_form("/console/lookup", { { "code", "00000000" + std::to_string(i % 10) } }).status,
            404)
            << i;
    auto blocked = console->post_form("/console/lookup", { { "code", "000000000" } });
    EXPECT_EQ(blocked.status, 429);
    EXPECT_TRUE(contains(blocked.body, "Too many wrong codes in a short time."));
}

TEST_P(ConsoleTest, EverythingFromAReportIsEscapedOnTheCasePage)
{
    auto report = json::parse(example_report());
    report["findings"][0]["text"]["en"] = "<script>window.__pwned = 1</script>";
    report["findings"][0]["details"] = { { "html", "</pre><img src=x onerror=alert(1)>" } };
    report["findings"][1]["id"] = "network.link";
    report["findings"][10]["text"]["en"] = "\"><b onmouseover=alert(2)>ink</b>";
    report["injected_top_level"] = "<iframe src=//evil>";
    auto code = send_case("<img src=x onerror=alert(3)>", report.dump());
    auto console = logged_in();
    auto page = console->get("/console/cases/" + std::to_string(case_id(code)));
    ASSERT_EQ(page.status, 200);
    for (auto* raw : { "<script>window.__pwned", "<img src=x", "<b onmouseover", "<iframe" })
        EXPECT_FALSE(contains(page.body, raw)) << raw;
    EXPECT_TRUE(contains(page.body, "&lt;script&gt;window.__pwned = 1&lt;/script&gt;"));
    EXPECT_TRUE(contains(page.body, "&lt;img src=x onerror=alert(3)&gt;"));
    EXPECT_TRUE(contains(page.body, "&quot;&gt;&lt;b onmouseover=alert(2)&gt;ink&lt;/b&gt;"));
    EXPECT_TRUE(contains(page.body, "&lt;iframe src=//evil&gt;"));
    EXPECT_TRUE(contains(page.header("Content-Security-Policy"), "script-src 'self'"));
}

TEST_P(ConsoleTest, TheCasePageShowsTheScreenshotBesideFindingsFailuresFirst)
{
    auto first = send_case("Mamie");
    auto console = logged_in();
    auto id = case_id(first);
    auto page = console->get("/console/cases/" + std::to_string(id));
    ASSERT_EQ(page.status, 200);
    auto& body = page.body;
    EXPECT_TRUE(contains(body, "<h1>Case " + Foyer::Protocol::format_code(first)));
    auto grid = body.find("class=\"case-grid\"");
    auto image = body.find("<img id=\"screenshot\"");
    auto list = body.find("<ol class=\"traffic-light\">");
    ASSERT_NE(grid, std::string::npos);
    EXPECT_LT(grid, image);
    EXPECT_LT(image, list);
    auto last_fail = body.rfind("finding status-fail");
    auto first_warn = body.find("finding status-warn");
    auto last_warn = body.rfind("finding status-warn");
    auto first_unknown = body.find("finding status-unknown");
    auto first_ok = body.find("finding status-ok");
    EXPECT_LT(body.find("finding status-fail"), first_warn);
    EXPECT_LT(last_fail, first_warn);
    EXPECT_LT(last_warn, first_unknown);
    EXPECT_LT(first_unknown, first_ok);
    EXPECT_TRUE(contains(body, "The printer has no more black ink."));
    EXPECT_TRUE(contains(body, "<h2 id=\"raw-title\">Raw details</h2>"));
    EXPECT_TRUE(contains(body, "&quot;toner-empty-report&quot;"));
    EXPECT_TRUE(contains(body, "No earlier case."));
    EXPECT_TRUE(contains(body, "Live help is off."));
    EXPECT_TRUE(contains(body, "<textarea id=\"message\""));
    EXPECT_TRUE(contains(body, "Ask for a new screenshot"));
    EXPECT_TRUE(contains(body, "Activity note for the monthly report"));
    EXPECT_EQ(audit_count("case_viewed"), 1u);

    auto png = console->get("/console/cases/" + std::to_string(id) + "/screenshots/"
        + std::to_string(store().case_detail(id).value()->screenshots[0].id));
    EXPECT_EQ(png.header("Content-Type"), "image/png");
    EXPECT_EQ(png.header("X-Content-Type-Options"), "nosniff");
}

TEST_P(ConsoleTest, TheComputersEarlierCasesAreListed)
{
    DeviceClient device(port());
    ASSERT_EQ(device.enroll({ { "nickname", "Mamie" } }).status, 201);
    auto first
        = device.send_report(example_report_with_id(fresh_report_id())).json["code"].get<std::string>();
    auto second
        = device.send_report(example_report_with_id(fresh_report_id())).json["code"].get<std::string>();
    auto console = logged_in();
    auto page = console->get("/console/cases/" + std::to_string(case_id(second)));
    EXPECT_TRUE(contains(page.body,
        "href=\"/console/cases/" + std::to_string(case_id(first)) + "\">"
            + Foyer::Protocol::format_code(first)));
}

TEST_P(ConsoleTest, ClosedCasesExportAsSafeCsv)
{
    auto code = send_case("Mamie, \"Jo\"");
    auto console = logged_in();
    auto id = std::to_string(case_id(code));
    console->get("/console/cases/" + id);
    auto empty_note = console->post_form("/console/cases/" + id + "/close", { { "note", "   " } });
    EXPECT_EQ(empty_note.header("Location"), "/console/cases/" + id + "?problem=note_empty");
    auto closed = console->post_form(
        "/console/cases/" + id + "/close", { { "note", "=HYPERLINK(\"http://evil\") encre changée" } });
    EXPECT_EQ(closed.header("Location"), "/console/cases/" + id + "?done=closed");
    auto page = console->follow(closed);
    EXPECT_TRUE(contains(page.body, "The case is closed."));
    EXPECT_TRUE(contains(page.body, "Closed by Anne on"));
    EXPECT_FALSE(contains(page.body, "<textarea id=\"note\""));

    console->get("/console/export");
    auto csv = console->post_form(
        "/console/export", { { "month", Foyer::Helpdesk::local_year_month(Foyer::Helpdesk::now()) } });
    ASSERT_EQ(csv.status, 200);
    EXPECT_EQ(csv.header("Content-Type"), "text/csv; charset=utf-8");
    EXPECT_TRUE(contains(csv.header("Content-Disposition"), "attachment; filename=\"foyer-closed-cases-"));
    EXPECT_TRUE(csv.body.starts_with(
        "\xEF\xBB\xBF"
        "code,received_at,claimed_at,closed_at,minutes,computer,mediator,problems,activity_note\r\n"));
    EXPECT_TRUE(contains(csv.body, Foyer::Protocol::format_code(code) + ","));
    EXPECT_TRUE(contains(csv.body,
        ",\"Mamie, \"\"Jo\"\"\",Anne,printer.ink sound.input system.activity network.wifi printer.state "
        "printer.jobs system.errors,"));
    EXPECT_TRUE(contains(csv.body, "\"'=HYPERLINK(\"\"http://evil\"\") encre changée\"\r\n"));
    EXPECT_EQ(audit_count("export"), 1u);
    EXPECT_EQ(console->post_form("/console/export", { { "month", "2025-13" } }).status, 422);
    auto earlier = console->post_form("/console/export", { { "month", "2001-01" } });
    EXPECT_EQ(std::count(earlier.body.begin(), earlier.body.end(), '\n'), 1);
}

TEST_P(ConsoleTest, SpeaksFrenchAndEnglish)
{
    auto french = logged_in("fr-FR,fr;q=0.9");
    auto home = french->get("/console");
    EXPECT_TRUE(contains(home.body, "<html lang=\"fr\">"));
    EXPECT_TRUE(contains(home.body, "<h1>Saisir le code</h1>"));
    EXPECT_TRUE(contains(home.body, "Se déconnecter"));
    auto switched = french->get("/console/language?to=en&back=/console/offline");
    EXPECT_EQ(switched.header("Location"), "/console/offline");
    auto english = french->get("/console/offline");
    EXPECT_TRUE(contains(english.body, "<html lang=\"en\">"));
    EXPECT_TRUE(contains(english.body, "Read an offline code"));
    EXPECT_EQ(
        french->get("/console/language?to=fr&back=https://evil.example/").header("Location"), "/console");
    EXPECT_EQ(french->get("/console/language?to=fr&back=//evil.example/").header("Location"), "/console");
}

TEST_P(ConsoleTest, TheOfflinePageReadsACodeBackIntoSentences)
{
    auto report = Foyer::Protocol::parse_report(example_report()).release_value();
    auto code = Foyer::Protocol::encode_offline_code(report.findings);
    auto console = logged_in();
    console->get("/console/offline");
    auto reply = console->post_form("/console/offline", { { "code", Foyer::Protocol::format_code(code) } });
    ASSERT_EQ(reply.status, 200);
    EXPECT_TRUE(contains(reply.body, "The printer has run out of ink or toner."));
    EXPECT_TRUE(contains(reply.body, "The microphone is muted or missing."));
    EXPECT_TRUE(contains(reply.body, "The last action ended with an error."));
    EXPECT_FALSE(contains(reply.body, "The Wi-Fi signal is weak."));
    auto wrong = code;
    wrong[2] = wrong[2] == '0' ? '1' : '0';
    auto refused = console->post_form("/console/offline", { { "code", wrong } });
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, "This code does not exist — check the digits."));
}

TEST_P(ConsoleTest, ALateCaseSaysWhenSheAskedAndTheOfflineCodeItAnswers)
{
    auto report = json::parse(example_report_with_id(fresh_report_id()));
    std::vector<Foyer::Protocol::OfflineFinding> findings {
        { Foyer::Protocol::find_finding_kind("printer.ink"), Foyer::Protocol::Status::Fail }
    };
    auto offline_code = Foyer::Protocol::encode_offline_code(findings);
    report["offline_code"] = offline_code;
    // She asked forty minutes before the report could leave.
    auto asked_moment = Foyer::Helpdesk::now() - 40 * 60;
    report["created_at"] = Foyer::Helpdesk::iso8601_utc(asked_moment);
    DeviceClient device(port());
    ASSERT_EQ(device.enroll({ { "nickname", "Mamie" } }).status, 201);
    auto code = device.send_report(report.dump()).json["code"].get<std::string>();
    auto console = logged_in();
    // Opened through the code box, as on the phone: the case is then in the list of cases in progress.
    ASSERT_EQ(console->post_form("/console/lookup", { { "code", code } }).status, 303);

    // Opened from the code box, as on the phone: the case is then in the list of cases in progress.
    ASSERT_EQ(console->post_form("/console/lookup", { { "code", code } }).status, 303);
    auto page = console->get("/console/cases/" + std::to_string(case_id(code)));
    auto asked = Foyer::Helpdesk::local_date_time(asked_moment);
    EXPECT_TRUE(contains(page.body, "<span id=\"asked-at\">Asked for help at " + asked + " (arrived at ")) << page.body;
    auto answers = "Answers offline code " + Foyer::Protocol::format_code(offline_code);
    EXPECT_TRUE(contains(page.body, "href=\"/console/offline?code=" + offline_code + "\">" + answers + "</a>"));
    auto home = console->get("/console");
    EXPECT_TRUE(contains(home.body, "<strong>Asked for help at " + asked + " (arrived at "));
    EXPECT_TRUE(contains(home.body, "<strong>" + answers + "</strong>"));

    // A report that left at once says only when it arrived.
    auto prompt = json::parse(example_report_with_id(fresh_report_id()));
    prompt["created_at"] = Foyer::Helpdesk::iso8601_utc(Foyer::Helpdesk::now() - 5);
    auto on_time = device.send_report(prompt.dump()).json["code"].get<std::string>();
    auto on_time_page = console->get("/console/cases/" + std::to_string(case_id(on_time)));
    EXPECT_FALSE(contains(on_time_page.body, "late-case"));
    EXPECT_FALSE(contains(on_time_page.body, "Asked for help at"));
}

TEST_P(ConsoleTest, TheOfflinePageLinksTheCaseThatArrivedLater)
{
    std::vector<Foyer::Protocol::OfflineFinding> findings {
        { Foyer::Protocol::find_finding_kind("printer.ink"), Foyer::Protocol::Status::Fail }
    };
    auto offline_code = Foyer::Protocol::encode_offline_code(findings);
    auto console = logged_in();
    // Before the report arrives: the code from a link is in the form and decoded, nothing is linked.
    auto before = console->get("/console/offline?code=" + offline_code);
    EXPECT_EQ(before.status, 200);
    EXPECT_TRUE(contains(before.body, "value=\"" + offline_code + "\""));
    EXPECT_TRUE(contains(before.body, "Ink and toner"));
    EXPECT_FALSE(contains(before.body, "offline-arrived"));

    auto report = json::parse(example_report_with_id(fresh_report_id()));
    report["offline_code"] = offline_code;
    DeviceClient device(port());
    ASSERT_EQ(device.enroll({ { "nickname", "Mamie" } }).status, 201);
    auto code = device.send_report(report.dump()).json["code"].get<std::string>();

    auto after = console->post_form("/console/offline", { { "code", Foyer::Protocol::format_code(offline_code) } });
    EXPECT_EQ(after.status, 200);
    EXPECT_TRUE(contains(after.body, "This report has since arrived: case " + Foyer::Protocol::format_code(code)));
    EXPECT_TRUE(contains(after.body, "href=\"/console/cases/" + std::to_string(case_id(code)) + "\""));
    EXPECT_EQ(audit_count("offline_code_linked"), 1u);
}

TEST_P(ConsoleTest, TheOkChecksFoldIntoOneLineAndWhatSheWasDoingComesFirst)
{
    auto code = send_case("Mamie");
    auto console = logged_in();
    auto body = console->get("/console/cases/" + std::to_string(case_id(code))).body;
    auto report = Foyer::Protocol::parse_report(example_report()).release_value();
    size_t fine = 0;
    for (auto& finding : report.findings)
        fine += finding.status == Foyer::Protocol::Status::Ok && finding.id != "system.activity";
    ASSERT_GT(fine, 1u);
    auto folded = body.find("<details id=\"checks-fine\" class=\"fine\">");
    ASSERT_NE(folded, std::string::npos) << body;
    EXPECT_TRUE(contains(body, std::to_string(fine) + " checks fine</summary>"));
    // Every OK check is inside the fold; no problem is.
    EXPECT_GT(body.find("finding status-ok"), folded);
    EXPECT_LT(body.rfind("finding status-fail"), folded);
    auto findings_start = body.find("id=\"findings-title\"");
    EXPECT_EQ(body.find("data-finding=\"", findings_start), body.find("data-finding=\"system.activity\"", findings_start));
    // The live-help box comes before the findings in the page (under the picture, in the same column).
    EXPECT_LT(body.find("id=\"live-title\""), findings_start);
}

TEST_P(ConsoleTest, LoggingOutEndsTheSession)
{
    auto console = logged_in();
    auto cookie = console->cookies()["foyer_session"];
    auto out = console->post_form("/console/logout", {});
    EXPECT_EQ(out.header("Location"), "/console/login");
    EXPECT_FALSE(console->cookies().contains("foyer_session"));
    ConsoleClient replay(port());
    replay.cookies()["foyer_session"] = cookie;
    EXPECT_EQ(replay.get("/console").header("Location"), "/console/login");
    EXPECT_EQ(audit_count("logout"), 1u);
}

}
