// The real foyer, full screen under Xvfb, driven by real clicks and keys (xdotool), watched through its
// activity trace and the X server's own pixels.
#include "shell/core/system/files.hpp"
#include "tests/support/home_tiles.hpp"
#include "tests/support/running_foyer.hpp"

#include <gtest/gtest.h>

#include <thread>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace {

// Where the help tile is with the default settings and the apps of this version.
Point help_tile(const Metrics& m) { return *home_tile_center(m, "help"); }
// The Home button is the rightmost thing in the title bar.
Point home_button(const Metrics& m) { return { m.screen_width - m.margin - m.button_height / 2, m.margin + m.button_height / 2 }; }

#define START_FOYER(name, ...)                        \
    if (auto missing = Xvfb::missing_tools())         \
        GTEST_SKIP() << *missing;                     \
    RunningFoyer name(__VA_ARGS__);                   \
    ASSERT_TRUE(name.problem().empty()) << name.problem()

}

TEST(Home, GreetsTheSeniorAloudOnStart)
{
    START_FOYER(foyer, 1366, 768);
    EXPECT_TRUE(foyer.wait_for_trace("say Bonjour Marie-Martine. Nous sommes le ")) << foyer.trace();
}

TEST(Home, ClickingTheHelpTileOpensTheHelpScreenAndHomeComesBack)
{
    START_FOYER(foyer, 1366, 768);
    ASSERT_TRUE(foyer.press("tile.help")) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_trace("screen help")) << foyer.trace();
    EXPECT_TRUE(foyer.wait_for_trace("say Appeler à l’aide. Solidarité numérique, téléphone 0 1, 70, 77, 23, 72."));
    EXPECT_EQ(foyer.count_in_trace("activate tile.help"), 1u);

    // What the X server shows is exactly the help screen as --screenshot draws it.
    foyer.x().xdotool({ "mousemove", "0", "0" });
    std::this_thread::sleep_for(1200ms); // past the repeat guard, and the screen settled
    EXPECT_LT(foyer.difference_from_expected("help"), 0.001);

    ASSERT_TRUE(foyer.press("home"));
    ASSERT_TRUE(foyer.wait_for_trace("screen home", 2)) << foyer.trace();
    EXPECT_EQ(foyer.count_in_trace("activate home"), 1u);
}

TEST(Home, TheKeyboardWorksEverywhere)
{
    START_FOYER(foyer, 1920, 1080, { "--lang", "en" });
    // Shift+Tab shows the focus on the last tile, which is always "Call for help"; its label is spoken
    // after a short rest.
    ASSERT_TRUE(foyer.key("shift+Tab"));
    EXPECT_TRUE(foyer.wait_for_trace("say Call for help", 1, 5s)) << foyer.trace();
    // Enter presses it (ImGui 1.86 alone would not).
    ASSERT_TRUE(foyer.key("Return"));
    ASSERT_TRUE(foyer.wait_for_trace("screen help")) << foyer.trace();
    std::this_thread::sleep_for(900ms);
    ASSERT_TRUE(foyer.key("Escape"));
    ASSERT_TRUE(foyer.wait_for_trace("screen home", 2)) << foyer.trace();
    std::this_thread::sleep_for(900ms);
    // Keypad Enter and Space press too; Home goes home.
    ASSERT_TRUE(foyer.key("shift+Tab"));
    ASSERT_TRUE(foyer.key("KP_Enter"));
    ASSERT_TRUE(foyer.wait_for_trace("screen help", 2)) << foyer.trace();
    std::this_thread::sleep_for(900ms);
    ASSERT_TRUE(foyer.key("Home"));
    ASSERT_TRUE(foyer.wait_for_trace("screen home", 3)) << foyer.trace();
    std::this_thread::sleep_for(900ms);
    ASSERT_TRUE(foyer.key("shift+Tab"));
    ASSERT_TRUE(foyer.key("space"));
    ASSERT_TRUE(foyer.wait_for_trace("screen help", 3)) << foyer.trace();
}

TEST(Home, ADoubleClickCountsOnce)
{
    START_FOYER(foyer, 1366, 768);
    auto tile = help_tile(foyer.metrics());
    ASSERT_TRUE(foyer.x().xdotool({ "mousemove", std::to_string(int(tile.x)), std::to_string(int(tile.y)), "click",
        "--repeat", "2", "--delay", "150", "1" }));
    ASSERT_TRUE(foyer.wait_for_trace("screen help")) << foyer.trace();
    std::this_thread::sleep_for(500ms);
    EXPECT_EQ(foyer.count_in_trace("activate "), 1u) << foyer.trace();
}

TEST(Home, QuickTapsAreNeverLost)
{
    START_FOYER(foyer, 1366, 768);
    auto m = foyer.metrics();
    const int taps = 10;
    for (int i = 0; i < taps; ++i) {
        auto at = i % 2 == 0 ? help_tile(m) : home_button(m);
        ASSERT_TRUE(foyer.tap(at.x, at.y));
        ASSERT_TRUE(foyer.wait_for_trace(i % 2 == 0 ? "screen help" : "screen home", size_t(i / 2 + 1 + (i % 2))))
            << "tap " << i << "\n" << foyer.trace();
        std::this_thread::sleep_for(1000ms);
    }
    EXPECT_EQ(foyer.count_in_trace("activate "), size_t(taps));
}

TEST(Home, IsExactlyWhatTheScreenshotShows)
{
    START_FOYER(foyer, 1920, 1080);
    EXPECT_LT(foyer.difference_from_expected("home"), 0.001);
}

TEST(Home, SettingsChangesApplyWithoutARestart)
{
    START_FOYER(foyer, 1366, 768);
    EXPECT_EQ(foyer.grab().pixel(5, 5), 0xF7F4ECu);
    auto normal = foyer.grab();
    ASSERT_FALSE(write_file_atomically(foyer.settings_path(), "[display]\ntheme = \"dark\"\ntext_size = \"largest\"\n").is_error());
    ASSERT_TRUE(eventually([&] { return foyer.grab().pixel(5, 5) == 0x000000u; })) << foyer.trace();
    // The fonts were rebuilt at the largest size, in the same process: the screen is what a fresh start
    // with these settings draws.
    EXPECT_LT(foyer.difference_from_expected("home"), 0.001);
    EXPECT_TRUE(foyer.process().running());
    EXPECT_EQ(foyer.count_in_trace("ready home"), 1u);

    // Back to the light theme, in English.
    ASSERT_FALSE(write_file_atomically(foyer.settings_path(), "[display]\nlanguage = \"en\"\n").is_error());
    ASSERT_TRUE(eventually([&] { return foyer.grab().pixel(5, 5) == 0xF7F4ECu; })) << foyer.trace();
}

TEST(Home, ABrokenSettingsFileStillStartsAndTellsTheFamilyOnce)
{
    std::string home_dir;
    {
        START_FOYER(foyer, 1366, 768, {}, "[senior]\nname = \"Jocelyne\n");
        EXPECT_TRUE(foyer.wait_for_trace("notice Le fichier de réglages contient une erreur")) << foyer.trace();
        EXPECT_TRUE(foyer.wait_for_trace("Ligne 2"));
        EXPECT_TRUE(foyer.wait_for_trace("say Il y a un message pour votre famille"));
        EXPECT_TRUE(foyer.wait_for_trace("say Bonjour Marie-Martine"));
    }
}

TEST(Home, TheNoticeIsNotRepeatedAtTheNextStart)
{
    auto settings = "[display]\ntheme = \"purple\"\n";
    std::string home;
    auto problem_shown = [&](RunningFoyer& foyer) {
        foyer.wait_for_trace("say Bonjour");
        std::this_thread::sleep_for(500ms);
        return foyer.count_in_trace("notice ") > 0;
    };
    {
        START_FOYER(first, 1366, 768, {}, settings);
        EXPECT_TRUE(problem_shown(first));
        home = first.home();
        // Run again in the same home: same file, so nothing is said.
        first.process().stop();
        Process again({ FOYER_BINARY, "--lang", "fr" },
            { { "DISPLAY", first.x().display() }, { "HOME", home }, { "XDG_CONFIG_HOME", home + "/.config" },
                { "XDG_STATE_HOME", home + "/.local/state" }, { "FOYER_TRACE", home + "/trace2.log" } },
            home + "/foyer2.out");
        ASSERT_TRUE(eventually([&] { return read_text(home + "/trace2.log").find("say Bonjour") != std::string::npos; }));
        std::this_thread::sleep_for(500ms);
        EXPECT_EQ(read_text(home + "/trace2.log").find("notice "), std::string::npos);
    }
}

TEST(Home, WithoutASoundCardItStaysQuietSaysSoOnceAndKeepsWorking)
{
    // An ALSA default device that cannot open, whatever hardware the machine has.
    START_FOYER(foyer, 1366, 768, {}, {}, "pcm.!default { type hw card 99 }\n");
    auto tile = help_tile(foyer.metrics());
    ASSERT_TRUE(foyer.click(tile.x, tile.y));
    ASSERT_TRUE(foyer.wait_for_trace("screen help")) << foyer.trace();
    std::this_thread::sleep_for(900ms);
    ASSERT_TRUE(foyer.key("Escape"));
    ASSERT_TRUE(foyer.wait_for_trace("screen home", 2)) << foyer.trace();
    ASSERT_TRUE(eventually([&] { return foyer.log().find("no sound output") != std::string::npos; })) << foyer.log();
    std::this_thread::sleep_for(500ms);
    auto log = foyer.log();
    EXPECT_EQ(log.find("no sound output"), log.rfind("no sound output")) << log;
    // Everything it would have said is on the screen: the help screen was shown, as the pixels prove.
    EXPECT_TRUE(foyer.process().running());
}

TEST(Home, RunsInAWindowOfTheAskedSize)
{
    START_FOYER(foyer, 1920, 1080, { "--window", "1366x768" });
    auto picture = foyer.grab();
    // The window sits at the top left of the bigger screen; outside it, the X server's black background.
    EXPECT_EQ(picture.pixel(5, 5), 0xF7F4ECu);
    EXPECT_EQ(picture.pixel(1366 + 20, 768 + 20), 0x000000u);
    EXPECT_EQ(picture.pixel(1366 - 5, 768 - 5), 0xF7F4ECu);
}
