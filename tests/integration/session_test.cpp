// foyer-session with the real foyer under Xvfb: a crash brings Foyer back within two seconds; three in a
// minute bring it back in safe mode (the help tile only, but still her name, her text size, her language
// and her own helpline with its helpdesk) with a word for the family; the family's "Restart Foyer" brings
// back the normal mode.
#include "shell/core/layout/metrics.hpp"
#include "shell/core/system/exit_codes.hpp"
#include "tests/support/process.hpp"
#include "tests/support/running_foyer.hpp"
#include "tests/support/xvfb.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace {

class Session : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (auto missing = Xvfb::missing_tools())
            GTEST_SKIP() << *missing;
        xvfb = std::make_unique<Xvfb>(1366, 768);
        ASSERT_TRUE(xvfb->ready()) << xvfb->problem();
        home = temporary_directory("session");
        write_text(home + "/.asoundrc", "pcm.!default { type null }\n");
        // A senior who needs the largest text, in French, whose association answers her calls and has a
        // helpdesk for "Show my screen" (never reached here).
        write_text(home + "/.config/foyer/foyer.toml",
            "[senior]\nname = \"Jocelyne\"\n\n[display]\nlanguage = \"fr\"\ntext_size = \"largest\"\n\n"
            "[helpline]\nname = \"Les Amis du Numérique\"\nnumber = \"05 56 00 11 22\"\nhelpdesk = \"http://127.0.0.1:9\"\n");
        trace_path = home + "/trace.log";
        session = std::make_unique<Process>(
            std::vector<std::string> { FOYER_SESSION_BINARY, "--foyer", FOYER_BINARY, "--", "--lang", "fr" },
            std::map<std::string, std::string> { { "DISPLAY", xvfb->display() }, { "HOME", home }, { "XDG_CONFIG_HOME", home + "/.config" },
                { "XDG_STATE_HOME", home + "/.local/state" }, { "FOYER_TRACE", trace_path },
                { "FOYER_DATA_DIR", std::string(FOYER_BUILD_DIR) + "/share/foyer" } },
            home + "/session.out");
        ASSERT_TRUE(session->started());
    }

    void TearDown() override
    {
        if (session)
            session->stop();
    }

    std::string trace() const { return read_text(trace_path); }
    size_t count(const std::string& needle) const
    {
        auto text = trace();
        size_t n = 0;
        for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
            ++n;
        return n;
    }

    // The foyer the session runs now (its only child).
    int foyer_pid() const
    {
        std::ifstream children("/proc/" + std::to_string(session->pid()) + "/task/" + std::to_string(session->pid()) + "/children");
        int pid = 0;
        children >> pid;
        return pid;
    }

    // Kills Foyer as a crash would, and returns how long until a new one shows its first screen.
    std::chrono::milliseconds crash_and_time_return(int signal)
    {
        auto ready_before = count(" ready ");
        int pid = foyer_pid();
        EXPECT_GT(pid, 0);
        auto killed = std::chrono::steady_clock::now();
        ::kill(pid, signal);
        if (!eventually([&] { return count(" ready ") > ready_before; }, 15s))
            return std::chrono::milliseconds::max();
        return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - killed);
    }

    // The rectangle of `widget` in the latest "targets" line of the trace.
    std::optional<Rect> rect_of(const std::string& widget) const
    {
        auto text = trace();
        auto at = text.rfind(" " + widget + "@");
        int x = 0, y = 0, w = 0, h = 0;
        if (at == std::string::npos || std::sscanf(text.c_str() + at + widget.size() + 2, "%d,%d,%d,%d", &x, &y, &w, &h) != 4)
            return std::nullopt;
        return Rect { float(x), float(y), float(w), float(h) };
    }

    std::unique_ptr<Xvfb> xvfb;
    std::string home;
    std::string trace_path;
    std::unique_ptr<Process> session;
};

}

TEST_F(Session, ACrashIsBackWithinTwoSecondsAndACrashLoopStartsSafeMode)
{
    ASSERT_TRUE(eventually([&] { return count("say " + french_greeting_now() + " Jocelyne.") == 1; }, 15s)) << trace();

    auto back = crash_and_time_return(SIGSEGV);
    std::printf("[ MEASURE  ] after a crash, Foyer was back on screen in %lld ms\n", (long long)back.count());
    EXPECT_LT(back, 2000ms) << trace();
    EXPECT_TRUE(eventually([&] { return count("say " + french_greeting_now() + " Jocelyne.") == 2; })) << "the same settings, the same greeting";

    // Two more within the minute: the third start is in safe mode.
    EXPECT_LT(crash_and_time_return(SIGABRT), 2000ms);
    EXPECT_LT(crash_and_time_return(SIGKILL), 2000ms);
    ASSERT_TRUE(eventually([&] { return count("notice Foyer s’est arrêté") == 1; })) << trace();
    // The family is told (on screen, and the senior hears there is a message); the senior keeps a way to
    // call for help, and only that.
    EXPECT_TRUE(eventually([&] { return count("say Il y a un message pour votre famille en haut de l’écran.") == 1; })) << trace();
    auto text = trace();
    auto last_targets = text.substr(text.rfind(" targets "));
    EXPECT_NE(last_targets.find("tile.help@"), std::string::npos) << last_targets;
    EXPECT_EQ(last_targets.find("tile.print@"), std::string::npos) << last_targets;
    auto log = read_text(home + "/.local/state/foyer/foyer.log");
    EXPECT_NE(log.find("3 times in a minute: safe mode"), std::string::npos) << log;
    EXPECT_NE(log.find("safe mode)"), std::string::npos) << log;
}

// Safe mode exists so that she can still get help: it must not forget who she is. Her name, her largest
// text, her French and her association's line with its helpdesk come from the last good settings.
TEST_F(Session, SafeModeKeepsHerNameHerTextSizeAndHerHelplineWithItsHelpdesk)
{
    ASSERT_TRUE(eventually([&] { return count("say " + french_greeting_now() + " Jocelyne.") == 1; }, 15s)) << trace();
    for (int i = 0; i < 3; ++i)
        ASSERT_LT(crash_and_time_return(SIGSEGV), 5000ms) << trace();
    ASSERT_TRUE(eventually([&] { return count("notice Foyer s’est arrêté") == 1; })) << trace();
    EXPECT_TRUE(eventually([&] { return count("say " + french_greeting_now() + " Jocelyne.") == 4; })) << "safe mode greets her by her name\n"
                                                                                                       << trace();
    ASSERT_TRUE(eventually([&] { return rect_of("notice.ok").has_value(); })) << trace();
    // Her text size: the notice's OK button is as tall as a button is in the largest text.
    auto largest = compute_metrics(1366, 768, TextSize::Largest);
    EXPECT_NEAR(rect_of("notice.ok")->height, largest.button_height, 1) << "safe mode in normal text\n"
                                                                        << trace();

    // Her own helpline, with "Show my screen to the helper" (the report can leave).
    auto tile = rect_of("tile.help");
    ASSERT_TRUE(tile);
    ASSERT_TRUE(xvfb->xdotool({ "mousemove", std::to_string(int(tile->center().x)), std::to_string(int(tile->center().y)), "click", "1" }));
    ASSERT_TRUE(eventually([&] { return count("screen help") == 1; })) << trace();
    EXPECT_TRUE(eventually([&] { return count("say Appeler à l’aide. Les Amis du Numérique, téléphone") == 1; }))
        << "safe mode gives the national line instead of hers\n"
        << trace();
    EXPECT_TRUE(eventually([&] { return rect_of("help.show").has_value(); })) << "no \"Show my screen\" in safe mode\n"
                                                                              << trace();
}

TEST_F(Session, TheFamilysRestartFromTheFamilyMenuLeavesSafeMode)
{
    ASSERT_TRUE(eventually([&] { return count(" ready ") == 1; }, 15s)) << trace();
    for (int i = 0; i < 3; ++i)
        ASSERT_LT(crash_and_time_return(SIGSEGV), 5000ms);
    ASSERT_TRUE(eventually([&] { return count("notice Foyer s’est arrêté") == 1; })) << trace();
    // The family's chord works in safe mode too (no family code was set here: straight to the menu), and
    // the menu has "Restart Foyer" since a supervisor runs it. The chord is sent once the safe-mode
    // Foyer has shown its first frame and told the senior about the message, so its window takes it.
    ASSERT_TRUE(eventually([&] { return count("say Il y a un message pour votre famille en haut de l’écran.") == 1; })) << trace();
    ASSERT_TRUE(xvfb->xdotool({ "key", "ctrl+alt+f" }));
    ASSERT_TRUE(eventually([&] { return count("screen family.menu") == 1; })) << trace();
    ASSERT_TRUE(eventually([&] { return trace().find(" family.restart@") != std::string::npos; })) << trace();
    auto text = trace();
    auto at = text.rfind(" family.restart@");
    int x = 0, y = 0, w = 0, h = 0;
    ASSERT_EQ(std::sscanf(text.c_str() + at + 16, "%d,%d,%d,%d", &x, &y, &w, &h), 4);
    auto greetings = count("say " + french_greeting_now() + " Jocelyne.");
    ASSERT_TRUE(xvfb->xdotool({ "mousemove", std::to_string(x + w / 2), std::to_string(y + h / 2), "click", "1" }));
    ASSERT_TRUE(eventually([&] { return count("end " + std::to_string(ExitCode::restart)) == 1; })) << trace();
    // Back in normal mode: the family's settings, the greeting by name, no new notice.
    ASSERT_TRUE(eventually([&] { return count("say " + french_greeting_now() + " Jocelyne.") > greetings; }, 15s)) << trace();
    EXPECT_EQ(count("notice Foyer s’est arrêté"), 1u);
    auto log = read_text(home + "/.local/state/foyer/foyer.log");
    EXPECT_NE(log.find("the family asked for a restart"), std::string::npos) << log;
}
