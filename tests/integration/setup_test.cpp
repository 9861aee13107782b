// The family setup in the real foyer under Xvfb, driven by keyboard as a family member would: the whole
// first-run setup (timed) with an e-mail account and a contact, mistakes said plainly, and what it saved
// read back by a fresh Foyer.
#include "apps/setup/family_code.hpp"
#include "apps/setup/helpdesk_step.hpp"
#include "apps/setup/setup_steps.hpp"
#include "shell/core/settings/parse.hpp"
#include "tests/apps/setup/fake_services.hpp"
#include "tests/helpdesk/support/running_helpdesk.hpp"
#include "tests/support/running_foyer.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace {

class Setup : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (auto missing = Xvfb::missing_tools())
            GTEST_SKIP() << *missing;
    }

    // Tab to `target`, then Enter. RunningFoyer keeps presses apart (the shell ignores a second press within
    // its repeat guard, shortened for tests) and Tabs only once the screen is drawn.
    static void press_by_keyboard(RunningFoyer& foyer, const std::string& target)
    {
        ASSERT_TRUE(foyer.key_to(target)) << foyer.trace();
        ASSERT_TRUE(foyer.key("Return"));
        ASSERT_TRUE(foyer.wait_for_trace("activate " + target)) << foyer.trace();
    }

    // Types into the field that has the keyboard, then Enter to go on to the next target.
    static void fill(RunningFoyer& foyer, const std::string& field, const std::string& text)
    {
        ASSERT_TRUE(foyer.type_into(field, text)) << field << "\n"
                                                  << foyer.trace();
        ASSERT_TRUE(foyer.key("Return"));
    }

    static void next(RunningFoyer& foyer, const std::string& arriving)
    {
        press_by_keyboard(foyer, "setup.next");
        ASSERT_TRUE(foyer.wait_for_trace("screen " + arriving)) << foyer.trace();
    }

    // After the last field, Enter has moved the focus to Next: Enter again presses it.
    static void enter_on_next(RunningFoyer& foyer, const std::string& arriving)
    {
        ASSERT_TRUE(foyer.key("Return"));
        ASSERT_TRUE(foyer.wait_for_trace("screen " + arriving)) << foyer.trace();
    }
};

}

TEST_F(Setup, TheWholeFirstRunSetupByKeyboard)
{
    RunningFoyer foyer(1366, 768, { language_from_settings }, {}, "pcm.!default { type null }\n", SettingsFile::None);
    ASSERT_TRUE(foyer.problem().empty()) << foyer.problem();
    // No settings yet: Foyer opens the setup by itself, before anything else is shown.
    ASSERT_TRUE(foyer.wait_for_trace("ready setup.welcome")) << foyer.trace();
    auto started = std::chrono::steady_clock::now();

    // The language, heard at once: the page is said again in the language chosen.
    press_by_keyboard(foyer, "setup.lang.en");
    ASSERT_TRUE(foyer.wait_for_trace("say Setting up Foyer. Step 1 of ")) << foyer.trace();
    press_by_keyboard(foyer, "setup.lang.fr");
    ASSERT_TRUE(foyer.wait_for_trace("say Mise en place. Étape 1 sur ")) << foyer.trace();
    next(foyer, "setup.senior");

    // The first field has the keyboard on arrival: type, Enter (to Next), Enter.
    fill(foyer, "setup.name", "Jocelyne");
    enter_on_next(foyer, "setup.display");

    press_by_keyboard(foyer, "setup.size.large");
    ASSERT_TRUE(foyer.wait_for_trace("say Grand")) << foyer.trace();
    next(foyer, "setup.voice");
    press_by_keyboard(foyer, "setup.voice.faster");
    ASSERT_TRUE(foyer.wait_for_trace("say Bonjour Jocelyne. Voici comment Foyer parle.")) << foyer.trace();
    next(foyer, "setup.helpline");

    press_by_keyboard(foyer, "setup.helpline.other");
    next(foyer, "setup.association");
    fill(foyer, "setup.helpline_name", "France Services Montreuil");
    // A mistake: said and shown in plain words, and the keyboard goes back to the field.
    fill(foyer, "setup.helpline_number", "appelez-nous");
    ASSERT_TRUE(foyer.key("Return"));
    ASSERT_TRUE(foyer.wait_for_trace("say «\u00a0appelez-nous\u00a0» n’est pas un numéro de téléphone.")) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_trace("typing setup.helpline_number", 2)) << foyer.trace();
    ASSERT_TRUE(foyer.chord("ctrl+a"));
    fill(foyer, "setup.helpline_number", "01 48 70 60 00");
    enter_on_next(foyer, "setup.hours");
    fill(foyer, "setup.helpline_hours", "lundi-vendredi 9h-12h 14h-17h");
    enter_on_next(foyer, "setup.helpdesk");
    fill(foyer, "setup.helpdesk", "https://aide.example.org");
    // Enter after the address goes to its Test button (beside it); Tab on to the code.
    ASSERT_TRUE(foyer.key_to("setup.enrollment_code")) << foyer.trace();
    fill(foyer, "setup.enrollment_code", "MONTREUIL-2026");
    enter_on_next(foyer, "setup.email");

    // The e-mail account: the provider, then the address (a mistake said plainly, the keyboard back in
    // the field), then the password on its own page. Test is not pressed: it would reach Orange (the
    // Test button is proven against a real Dovecot in tests/apps/email/account_test_integration_test).
    press_by_keyboard(foyer, "setup.email.provider.orange");
    ASSERT_TRUE(foyer.wait_for_trace("say Orange")) << foyer.trace();
    ASSERT_TRUE(foyer.key_to("setup.email.address")) << foyer.trace();
    fill(foyer, "setup.email.address", "jocelyne orange.fr");
    ASSERT_TRUE(foyer.key("Return"));
    ASSERT_TRUE(foyer.wait_for_trace("say Ce n’est pas une adresse e-mail.")) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_trace("typing setup.email.address", 2)) << foyer.trace();
    ASSERT_TRUE(foyer.chord("ctrl+a"));
    fill(foyer, "setup.email.address", "jocelyne@orange.fr");
    enter_on_next(foyer, "setup.email_password");
    // Enter after the password goes to Test (not pressed here): Next is further on.
    fill(foyer, "setup.email.password", "mot-de-passe-secret");
    next(foyer, "setup.contacts");

    // One contact, typed on its own page: name, e-mail, video room; OK comes back to the list.
    press_by_keyboard(foyer, "setup.contact.add");
    ASSERT_TRUE(foyer.wait_for_trace("screen setup.contact\n")) << foyer.trace();
    fill(foyer, "setup.contact.name", "Sophie");
    fill(foyer, "setup.contact.email", "sophie@example.org");
    fill(foyer, "setup.contact.video", "https://meet.jit.si/FamilleTest-Sophie-7Qx2");
    ASSERT_TRUE(foyer.key("Return"));
    ASSERT_TRUE(foyer.wait_for_trace("say Sophie est dans les contacts.")) << foyer.trace();
    // That is said just before the list comes back: the keys are for the list, once it is there.
    ASSERT_TRUE(foyer.wait_for_trace("screen setup.contacts\n", 2)) << foyer.trace();
    next(foyer, "setup.printer");

    // No printer on this machine's own CUPS matters here: the printer step says where printing stands
    // and lets the family go on (tests/apps/print covers the test page with a real printer).
    next(foyer, "setup.family_code");
    fill(foyer, "setup.code", "2580");
    fill(foyer, "setup.code_again", "2580");
    enter_on_next(foyer, "setup.finish");
    press_by_keyboard(foyer, "setup.next");
    ASSERT_TRUE(foyer.wait_for_trace("say Tout est enregistré\u00a0: Foyer est prêt pour Jocelyne.", 1, 20s)) << foyer.trace();
    press_by_keyboard(foyer, "setup.start");
    ASSERT_TRUE(foyer.wait_for_trace("say " + french_greeting_now() + " Jocelyne.")) << foyer.trace();
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("[ MEASURE  ] the whole setup by keyboard took %.1f s (README.md: under two minutes)\n", seconds);
    RecordProperty("setup_seconds", std::to_string(int(seconds)));
    // README.md says this test types the whole setup in under two minutes: that figure is the limit. The
    // margin is between it and what a run takes on a 2-core machine (8 s), for a slower or busier one.
    EXPECT_LT(seconds, 120) << "README.md promises the setup is typed in under two minutes";

    // What was saved is what was chosen, in the file a fresh Foyer reads.
    auto parsed = parse_settings(read_text(foyer.settings_path()));
    EXPECT_TRUE(parsed.problems.empty()) << parsed.problems.front().text();
    auto& settings = parsed.settings;
    EXPECT_EQ(settings.senior_name, "Jocelyne");
    EXPECT_EQ(settings.language, Language::French);
    EXPECT_EQ(settings.text_size, TextSize::Large);
    EXPECT_EQ(settings.voice.rate, 180) << "the default 160, one step faster";
    EXPECT_EQ(settings.helpline.name, "France Services Montreuil");
    EXPECT_EQ(settings.helpline.number, "01 48 70 60 00");
    EXPECT_EQ(settings.helpline.hours.weekly[0].size(), 2u);
    EXPECT_TRUE(settings.helpline.hours.weekly[5].empty());
    EXPECT_EQ(settings.helpline.helpdesk, "https://aide.example.org");
    EXPECT_EQ(settings.helpline.enrollment_code, "MONTREUIL-2026");
    EXPECT_EQ(read_text(foyer.settings_path()).find("2580"), std::string::npos);
    EXPECT_EQ(settings.email.address, "jocelyne@orange.fr");
    EXPECT_EQ(settings.email.provider, "orange");
    EXPECT_EQ(settings.email.imap.host, "imap.orange.fr");
    ASSERT_EQ(settings.contacts.size(), 1u);
    EXPECT_EQ(settings.contacts[0].name, "Sophie");
    EXPECT_EQ(settings.contacts[0].email, "sophie@example.org");
    EXPECT_EQ(settings.contacts[0].video, (VideoLink { VideoKind::Jitsi, "https://meet.jit.si/FamilleTest-Sophie-7Qx2", {} }));
    // The password is in its own private file, named by foyer.toml but never written in it.
    auto password_file = foyer.home() + "/.config/foyer/secrets/email-password";
    EXPECT_EQ(settings.email.password_file, password_file);
    EXPECT_EQ(read_text(foyer.settings_path()).find("mot-de-passe-secret"), std::string::npos);
    EXPECT_EQ(read_text(password_file), "mot-de-passe-secret");
    struct stat info { };
    ASSERT_EQ(::stat(password_file.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    EXPECT_TRUE(FamilyCode(SecretStore(foyer.home() + "/.config/foyer/secrets")).matches("2580"));
}

TEST_F(Setup, LeavingTheFirstRunSetupComesBackAtTheNextStartAndKeepsWhatWasTyped)
{
    RunningFoyer foyer(1366, 768, { "--lang", "en" }, {}, "pcm.!default { type null }\n", SettingsFile::None);
    ASSERT_TRUE(foyer.problem().empty()) << foyer.problem();
    ASSERT_TRUE(foyer.wait_for_trace("ready setup.welcome")) << foyer.trace();
    press_by_keyboard(foyer, "setup.next");
    ASSERT_TRUE(foyer.wait_for_trace("screen setup.senior")) << foyer.trace();
    ASSERT_TRUE(foyer.type_into("setup.name", "Jean-Robert"));
    // The field has taken the letters once the draft on disk has them (it is written as it is typed).
    auto draft_path = foyer.home() + "/.config/foyer/setup-draft.toml";
    ASSERT_TRUE(eventually([&] { return read_text(draft_path).find("senior_name = \"Jean-Robert\"") != std::string::npos; })) << read_text(draft_path);
    // Escape stops typing, a second Escape goes home: the senior is never stuck in the setup.
    ASSERT_TRUE(foyer.key("Escape"));
    ASSERT_TRUE(foyer.wait_for_trace("focus setup.name")) << "the first Escape only stops typing\n"
                                                          << foyer.trace();
    ASSERT_TRUE(foyer.key("Escape"));
    ASSERT_TRUE(foyer.wait_for_trace("screen home")) << foyer.trace();
    EXPECT_FALSE(eventually([&] { return !read_text(foyer.settings_path()).empty(); }, 500ms)) << "nothing saved";
    // The family's chord opens the setup again, where it was left (no code was chosen yet).
    ASSERT_TRUE(foyer.key("ctrl+alt+f"));
    ASSERT_TRUE(foyer.wait_for_trace("screen setup.senior", 2)) << foyer.trace();
    // The name is still there: Next goes on without typing it again, and the next page names him.
    ASSERT_TRUE(foyer.wait_for_trace("typing setup.name", 2)) << foyer.trace();
    ASSERT_TRUE(foyer.key("Return"));
    ASSERT_TRUE(foyer.key("Return"));
    EXPECT_TRUE(foyer.wait_for_trace("Choose what Jean-Robert reads best.")) << foyer.trace();
}

TEST_F(Setup, TheSetupKilledHalfWayComesBackAtTheSameStepWithWhatWasTypedAndItsDraftGoesOnceSaved)
{
    RunningFoyer foyer(1366, 768, { "--lang", "en" }, {}, "pcm.!default { type null }\n", SettingsFile::None);
    ASSERT_TRUE(foyer.problem().empty()) << foyer.problem();
    ASSERT_TRUE(foyer.wait_for_trace("ready setup.welcome")) << foyer.trace();
    next(foyer, "setup.senior");
    fill(foyer, "setup.name", "Jocelyne");
    enter_on_next(foyer, "setup.display");
    press_by_keyboard(foyer, "setup.size.large");
    next(foyer, "setup.voice");
    next(foyer, "setup.helpline");
    next(foyer, "setup.email");
    next(foyer, "setup.contacts");
    next(foyer, "setup.printer");
    // The printer step is drawn once the draft says so; then the power goes.
    auto draft_path = foyer.home() + "/.config/foyer/setup-draft.toml";
    ASSERT_TRUE(eventually([&] { return read_text(draft_path).find("step = \"setup.printer\"") != std::string::npos; })) << read_text(draft_path);
    struct stat info { };
    ASSERT_EQ(::stat(draft_path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    ASSERT_TRUE(foyer.kill_and_start_again()) << foyer.log();

    // No settings yet, so the setup opens again by itself: at the printer, large text, with the name.
    ASSERT_TRUE(foyer.wait_for_trace("ready setup.printer")) << foyer.trace();
    EXPECT_NE(foyer.log().find("setup: going on with the setup left half-way, at setup.printer"), std::string::npos) << foyer.log();
    // Back goes to the step before, though this run never opened it, and it names her.
    press_by_keyboard(foyer, "setup.back");
    ASSERT_TRUE(foyer.wait_for_trace("screen setup.contacts")) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_trace("Jocelyne")) << foyer.trace();
    next(foyer, "setup.printer");
    next(foyer, "setup.family_code");
    fill(foyer, "setup.code", "2580");
    fill(foyer, "setup.code_again", "2580");
    enter_on_next(foyer, "setup.finish");
    press_by_keyboard(foyer, "setup.next");
    ASSERT_TRUE(foyer.wait_for_trace("say Everything is saved: Foyer is ready for Jocelyne.", 1, 20s)) << foyer.trace();
    EXPECT_TRUE(eventually([&] { return ::access(draft_path.c_str(), F_OK) != 0; })) << "the draft is deleted once saved";
    auto parsed = parse_settings(read_text(foyer.settings_path()));
    EXPECT_EQ(parsed.settings.senior_name, "Jocelyne");
    EXPECT_EQ(parsed.settings.text_size, TextSize::Large);
}

TEST_F(Setup, EscapeTwiceInTheFirstRunShowsANeutralHomeNotTheDemoHousehold)
{
    RunningFoyer foyer(1366, 768, {}, {}, "pcm.!default { type null }\n", SettingsFile::None);
    ASSERT_TRUE(foyer.problem().empty()) << foyer.problem();
    ASSERT_TRUE(foyer.wait_for_trace("ready setup.welcome")) << foyer.trace();
    // On the welcome page nothing has the keyboard: the first Escape leaves at once; a second one, on the
    // home screen, must not change that.
    ASSERT_TRUE(foyer.key("Escape"));
    ASSERT_TRUE(foyer.wait_for_trace("screen home")) << foyer.trace();
    ASSERT_TRUE(foyer.key("Escape"));
    ASSERT_TRUE(foyer.wait_for_trace("say " + french_greeting_now())) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_widget("tile.help")) << foyer.trace();
    auto trace = foyer.trace();
    auto home = trace.substr(trace.find("screen home"));
    EXPECT_EQ(home.find("Marie-Martine"), std::string::npos) << home;
    // The greeting is a neutral "Bonjour" (or "Bonsoir"), and no demo contact is on the screen.
    EXPECT_NE(home.find("say " + french_greeting_now() + "."), std::string::npos) << home;
    EXPECT_EQ(home.find("contact"), std::string::npos) << home;
}

namespace {

// The helpdesk page's Test, without a window, against real servers on loopback: the real foyer-helpdesk
// (plain, and HTTPS with its own certificate authority), a plain web server that is not a helpdesk, and a
// port where nothing listens.
class SetupHelpdeskTest : public ::testing::Test {
protected:
    struct Answer {
        std::optional<HelpdeskVerdict> verdict;
        std::string text;
        std::vector<std::string> said;
        std::string tested;
    };

    // The page with `address` typed, Test pressed, the answer waited for on the main thread's queue.
    static Answer press_test(const std::string& address, const std::string& ca_file = {})
    {
        FakeServices services;
        auto draft = draft_from(Settings {}, Language::English);
        draft.helpline = HelplineChoice::Other;
        draft.helpdesk = address;
        draft.settings.helpline.ca_file = ca_file;
        auto flow = std::make_shared<SetupFlow>(services, helpline_steps(), draft, SetupMode::Chapter, false,
            [](const SetupDraft&, TaskRunner&, auto) {});
        // The internet "answers": nothing here depends on it (the servers are on this computer).
        HelpdeskStep page(services, flow, [] { return true; });
        page.start_test();
        EXPECT_TRUE(page.testing()) << page.problem_text();
        EXPECT_TRUE(services.run_until([&] { return !page.testing(); }));
        return { page.test_verdict(), page.test_text(), services.said, flow->draft().helpdesk };
    }

    std::string database { "sqlite:" + temporary_directory("helpdesk") + "/cases.db" };
};

}

TEST_F(SetupHelpdeskTest, TheRealHelpdeskAnswersAndItIsSaidAndShown)
{
    RunningHelpdesk helpdesk(database);
    ASSERT_TRUE(helpdesk.ready()) << helpdesk.problem();
    auto address = "http://127.0.0.1:" + std::to_string(helpdesk.port());
    auto answer = press_test(address + "/");
    ASSERT_EQ(answer.verdict, HelpdeskVerdict::Answers) << answer.text;
    EXPECT_EQ(answer.text.rfind("It answers", 0), 0u) << answer.text;
    // The address as it will be saved (no trailing slash), and the answer is the last thing said.
    EXPECT_EQ(answer.tested, address);
    ASSERT_FALSE(answer.said.empty());
    EXPECT_EQ(answer.said.back(), answer.text);
}

TEST_F(SetupHelpdeskTest, AWebServerThatIsNotAHelpdeskIsSaidToBeNone)
{
    if (!have_program("python3"))
        GTEST_SKIP() << "python3 is missing";
    // Python's own web server, serving a directory: it answers /healthz with a 404 page in HTML.
    auto dir = temporary_directory("web");
    write_text(dir + "/index.html", "<html><body>Association</body></html>\n");
    auto port_file = dir + "/port";
    Process server({ "python3", "-c",
                       "import http.server, functools, sys, os\n"
                       "handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])\n"
                       "server = http.server.HTTPServer(('127.0.0.1', 0), handler)\n"
                       "open(sys.argv[2] + '.tmp', 'w').write(str(server.server_port))\n"
                       "os.rename(sys.argv[2] + '.tmp', sys.argv[2])\n"
                       "server.serve_forever()\n",
                       dir, port_file },
        {}, dir + "/server.log");
    ASSERT_TRUE(eventually([&] { return std::filesystem::exists(port_file); })) << read_text(dir + "/server.log");
    auto answer = press_test("http://127.0.0.1:" + read_text(port_file));
    ASSERT_EQ(answer.verdict, HelpdeskVerdict::NotAHelpdesk) << answer.text;
    EXPECT_EQ(answer.text.rfind("Not a helpdesk", 0), 0u) << answer.text;
    EXPECT_EQ(answer.said.back(), answer.text);
    server.stop();
}

TEST_F(SetupHelpdeskTest, NothingListeningIsNotFound)
{
    auto answer = press_test("http://127.0.0.1:" + std::to_string(unused_loopback_port()));
    ASSERT_EQ(answer.verdict, HelpdeskVerdict::NotFound) << answer.text;
    EXPECT_EQ(answer.text.rfind("Not found", 0), 0u) << answer.text;
    EXPECT_EQ(answer.said.back(), answer.text);
}

TEST_F(SetupHelpdeskTest, NoInternetIsToldApartFromAnAddressNobodyKnows)
{
    // A name that cannot exist: with the internet answering it is the address; without, the internet.
    auto nowhere = check_helpdesk_answers("https://helpdesk.nowhere.invalid", {}, {}, [] { return true; });
    EXPECT_EQ(nowhere.verdict, HelpdeskVerdict::NotFound) << nowhere.detail;
    auto offline = check_helpdesk_answers("https://helpdesk.nowhere.invalid", {}, {}, [] { return false; });
    EXPECT_EQ(offline.verdict, HelpdeskVerdict::NoInternet) << offline.detail;
    EXPECT_EQ(helpdesk_check_text(offline.verdict, "https://helpdesk.nowhere.invalid").rfind("No internet", 0), 0u);
}

TEST_F(SetupHelpdeskTest, TheCertificateIsCheckedAgainstTheHelplinesOwnAuthority)
{
    if (!have_program("openssl"))
        GTEST_SKIP() << "openssl is missing";
    auto dir = temporary_directory("helpdesk-tls");
    write_text(dir + "/ext.cnf", "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    auto ok = [](const RunResult& result) { return result.exit_code == 0; };
    ASSERT_TRUE(ok(run({ "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", dir + "/ca.key", "-out", dir + "/ca.pem", "-days",
                    "30", "-subj", "/CN=Foyer Test CA" }))
        && ok(run({ "openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", dir + "/server.key", "-out", dir + "/server.csr", "-subj",
            "/CN=127.0.0.1" }))
        && ok(run({ "openssl", "x509", "-req", "-in", dir + "/server.csr", "-CA", dir + "/ca.pem", "-CAkey", dir + "/ca.key", "-CAcreateserial",
            "-out", dir + "/server.pem", "-days", "30", "-extfile", dir + "/ext.cnf" })));
    chmod((dir + "/server.key").c_str(), 0600);
    RunningHelpdesk helpdesk(database, { "--tls-cert", dir + "/server.pem", "--tls-key", dir + "/server.key" });
    ASSERT_TRUE(helpdesk.ready()) << helpdesk.problem() << helpdesk.log();
    auto address = "https://127.0.0.1:" + std::to_string(helpdesk.port());
    // Without the helpline's authority the certificate proves nothing: Foyer stops, never ignores it.
    auto unknown = press_test(address);
    EXPECT_EQ(unknown.verdict, HelpdeskVerdict::Certificate) << unknown.text;
    // With it (the helpline's ca_file), the same helpdesk answers.
    auto known = press_test(address, dir + "/ca.pem");
    EXPECT_EQ(known.verdict, HelpdeskVerdict::Answers) << known.text;
}
