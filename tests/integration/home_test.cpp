// The real foyer, full screen under Xvfb, driven by real clicks and keys (xdotool), watched through its
// activity trace and the X server's own pixels.
#include "shell/core/system/files.hpp"
#include "tests/apps/print/print_lab.hpp"
#include "tests/support/running_foyer.hpp"

#include <gtest/gtest.h>

#include <thread>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace {

// Where a widget of the current screen is, as the real program's trace says, once it is drawn.
Point place_of(RunningFoyer& foyer, const std::string& widget_id)
{
    EXPECT_TRUE(foyer.wait_for_widget(widget_id)) << widget_id << " is not on the screen\n"
                                                  << foyer.trace();
    return foyer.where(widget_id).value_or(Point { 0, 0 });
}

// A household with every app set up (an account, someone to call), so that the home screen has its four
// tiles.
const std::string household = "[senior]\nname = \"Jocelyne\"\n\n[email]\naddress = \"jocelyne@example.fr\"\nprovider = \"orange\"\n\n"
                              "[[contacts]]\nname = \"Sophie\"\nvideo = \"https://meet.jit.si/famille-exemple\"\n";

#define START_FOYER(name, ...)                \
    if (auto missing = Xvfb::missing_tools()) \
        GTEST_SKIP() << *missing;             \
    RunningFoyer name(__VA_ARGS__);           \
    ASSERT_TRUE(name.problem().empty()) << name.problem()

}

TEST(Home, GreetsTheSeniorAloudOnStart)
{
    START_FOYER(foyer, 1366, 768, {}, "[senior]\nname = \"Jocelyne\"\n");
    EXPECT_TRUE(foyer.wait_for_trace("say " + french_greeting_now() + " Jocelyne. Nous sommes le ")) << foyer.trace();
}

// The built-in settings are nobody's: a senior whose family gave no name is never called by the demo's.
TEST(Home, ASeniorWithNoNameIsGreetedWithANeutralBonjour)
{
    START_FOYER(foyer, 1366, 768);
    EXPECT_TRUE(foyer.wait_for_trace("say " + french_greeting_now() + ". Nous sommes le ")) << foyer.trace();
    EXPECT_EQ(foyer.count_in_trace("Marie-Martine"), 0u) << foyer.trace();
}

TEST(Home, ClickingTheHelpTileOpensTheHelpScreenAndHomeComesBack)
{
    START_FOYER(foyer, 1366, 768);
    ASSERT_TRUE(foyer.press("tile.help")) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_trace("screen help")) << foyer.trace();
    EXPECT_TRUE(foyer.wait_for_trace("say Appeler à l’aide. Solidarité numérique, téléphone zéro un, soixante-dix, soixante-dix-sept, vingt-trois, soixante-douze."));
    EXPECT_EQ(foyer.count_in_trace("activate tile.help"), 1u);

    // What the X server shows is exactly the help screen as --screenshot draws it.
    foyer.x().xdotool({ "mousemove", "0", "0" });
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
    ASSERT_TRUE(foyer.key("Escape"));
    ASSERT_TRUE(foyer.wait_for_trace("screen home", 2)) << foyer.trace();
    // Keypad Enter and Space press too; Home goes home. Shift+Tab needs the tiles drawn to move onto one.
    ASSERT_TRUE(foyer.wait_for_widget("tile.help")) << foyer.trace();
    ASSERT_TRUE(foyer.key("shift+Tab"));
    ASSERT_TRUE(foyer.key("KP_Enter"));
    ASSERT_TRUE(foyer.wait_for_trace("screen help", 2)) << foyer.trace();
    ASSERT_TRUE(foyer.key("Home"));
    ASSERT_TRUE(foyer.wait_for_trace("screen home", 3)) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_widget("tile.help")) << foyer.trace();
    ASSERT_TRUE(foyer.key("shift+Tab"));
    ASSERT_TRUE(foyer.key("space"));
    ASSERT_TRUE(foyer.wait_for_trace("screen help", 3)) << foyer.trace();
}

TEST(Home, ADoubleClickCountsOnce)
{
    // The one test of the real program with the real 0.8 s guard (the others shorten it). With a helpdesk
    // (never reached here), the help screen has "Show my screen" where the help tile's lower left part
    // was: the second click of the double click lands on it, and must not press it.
    START_FOYER(foyer, 1366, 768, { real_repeat_guard }, household + "\n[helpline]\nhelpdesk = \"http://127.0.0.1:9\"\n");
    ASSERT_TRUE(foyer.wait_for_widget("tile.help")) << foyer.trace();
    auto tile = *foyer.rect_of("tile.help");
    Point at { tile.x + tile.width / 4, tile.y + tile.height * 0.85f };
    ASSERT_TRUE(foyer.x().xdotool({ "mousemove", std::to_string(int(at.x)), std::to_string(int(at.y)), "click",
        "--repeat", "2", "--delay", "150", "1" }));
    ASSERT_TRUE(foyer.wait_for_trace("screen help")) << foyer.trace();
    // What became of the second click: the guard's own trace line, or a press of "Show my screen".
    ASSERT_TRUE(eventually([&] { return foyer.count_in_trace("ignored-repeat") + foyer.count_in_trace("activate help.show") > 0; }))
        << "the second click landed on no widget\n"
        << foyer.trace();
    EXPECT_EQ(foyer.count_in_trace("activate help.show"), 0u) << "the second click of a double click pressed again\n"
                                                              << foyer.trace();
    EXPECT_EQ(foyer.count_in_trace("activate "), 1u) << foyer.trace();
}

TEST(Home, QuickTapsAreNeverLost)
{
    START_FOYER(foyer, 1366, 768);
    const int taps = 10;
    for (int i = 0; i < taps; ++i) {
        auto at = place_of(foyer, i % 2 == 0 ? "tile.help" : "home");
        ASSERT_TRUE(foyer.tap(at.x, at.y));
        ASSERT_TRUE(foyer.wait_for_trace(i % 2 == 0 ? "screen help" : "screen home", size_t(i / 2 + 1 + (i % 2))))
            << "tap " << i << "\n"
            << foyer.trace();
    }
    EXPECT_EQ(foyer.count_in_trace("activate "), size_t(taps));
}

TEST(Home, TheTilesTheProgramDrawsAreOnTheScreenApartAndAQuarterOfItsHeight)
{
    // Read from the real program's "targets" trace at each size and text size, not recomputed here.
    struct Case {
        int width;
        int height;
        const char* settings;
    };
    for (auto [width, height, settings] : { Case { 1366, 768, "" }, Case { 1920, 1080, "" },
             Case { 1366, 768, "[display]\ntext_size = \"largest\"\n" } }) {
        START_FOYER(foyer, width, height, {}, std::string(settings) + household);
        ASSERT_TRUE(foyer.wait_for_widget("tile.help")) << foyer.trace();
        auto m = foyer.metrics();
        Rect screen { 0, 0, float(width), float(height) };
        std::vector<Rect> tiles;
        for (auto* id : { "tile.email", "tile.videocall", "tile.print", "tile.help" }) {
            auto rect = foyer.rect_of(id);
            ASSERT_TRUE(rect.has_value()) << id << " at " << width << "x" << height << "\n"
                                          << foyer.trace();
            EXPECT_TRUE(screen.inset(m.margin - 1).contains(*rect)) << id << " leaves the screen's margins at " << width << "x" << height;
            EXPECT_GE(rect->height, float(height) / 4 - 1) << id << " at " << width << "x" << height << " " << settings;
            tiles.push_back(*rect);
        }
        for (size_t i = 0; i < tiles.size(); ++i)
            for (size_t j = i + 1; j < tiles.size(); ++j)
                EXPECT_FALSE(tiles[i].inset(-(m.gap - 1) / 2).intersects(tiles[j].inset(-(m.gap - 1) / 2)))
                    << "tiles " << i << " and " << j << " are less than a gap apart at " << width << "x" << height;
    }
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
        // The built-in settings: a neutral greeting, nobody else's name.
        EXPECT_TRUE(foyer.wait_for_trace("say " + french_greeting_now() + ". "));
    }
}

TEST(Home, TheNoticeIsNotRepeatedAtTheNextStart)
{
    auto settings = "[display]\ntheme = \"purple\"\n";
    std::string home;
    // The notice is traced as the settings are read, before the first frame and so before the greeting.
    auto problem_shown = [&](RunningFoyer& foyer) {
        foyer.wait_for_trace("say " + french_greeting_now());
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
        ASSERT_TRUE(eventually([&] { return read_text(home + "/trace2.log").find("say " + french_greeting_now()) != std::string::npos; }));
        EXPECT_EQ(read_text(home + "/trace2.log").find("notice "), std::string::npos);
    }
}

TEST(Home, WithoutASoundCardItStaysQuietSaysSoOnceAndKeepsWorking)
{
    // An ALSA default device that cannot open, whatever hardware the machine has.
    START_FOYER(foyer, 1366, 768, {}, {}, "pcm.!default { type hw card 99 }\n");
    ASSERT_TRUE(foyer.press("tile.help")) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_trace("screen help")) << foyer.trace();
    // Everything it would have said is on the screen: the help screen (the number to call, the hours)
    // is shown exactly as --screenshot draws it, as the pixels prove.
    foyer.x().xdotool({ "mousemove", "0", "0" });
    EXPECT_LT(foyer.difference_from_expected("help"), 0.001);
    ASSERT_TRUE(foyer.key("Escape"));
    ASSERT_TRUE(foyer.wait_for_trace("screen home", 2)) << foyer.trace();
    ASSERT_TRUE(eventually([&] { return foyer.log().find("no sound output") != std::string::npos; })) << foyer.log();
    // The speaker traces nothing per sentence it could not play: this pause leaves time for the help and
    // home screens' sentences to be tried after the first failure (each tries the device again).
    std::this_thread::sleep_for(500ms);
    auto log = foyer.log();
    EXPECT_EQ(log.find("no sound output"), log.rfind("no sound output")) << log;
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

// "No e-mail" in the setup: no "My e-mails" tile, and no "An e-mail" among the things to print (both would
// open a screen saying e-mail is not set up). When the family adds an account, the tile comes back at
// once: the settings are read again, no restart.
TEST(Home, AnAppThatIsNotSetUpHasNoTileUntilTheFamilySetsItUp)
{
    if (auto missing = PrintLab::missing_tools())
        GTEST_SKIP() << *missing;
    PrintLab lab;
    ASSERT_TRUE(lab.problem().empty()) << lab.problem();
    auto& printer = lab.start_printer("ColorJet");
    ASSERT_TRUE(lab.add_queue(printer, "ColorJet")) << lab.problem();
    ::setenv("CUPS_SERVER", lab.cups_server().c_str(), 1);
    START_FOYER(foyer, 1366, 768, {}, "[senior]\nname = \"Jocelyne\"\n");
    ASSERT_TRUE(foyer.wait_for_widget("tile.print")) << foyer.trace();
    EXPECT_FALSE(foyer.where("tile.email")) << "no account, yet a tile for e-mails\n"
                                            << foyer.trace();
    EXPECT_FALSE(foyer.where("tile.videocall")) << "nobody to call, yet a tile for video calls\n"
                                                << foyer.trace();
    EXPECT_TRUE(foyer.where("tile.help")) << "help is always there";

    ASSERT_TRUE(foyer.press("tile.print")) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_widget("print.tile.0")) << foyer.trace();
    EXPECT_FALSE(foyer.where("print.tile.2")) << "no account, yet \"An e-mail\" to print\n"
                                              << foyer.trace();
    ASSERT_TRUE(foyer.press("home")) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_trace("screen home", 2)) << foyer.trace();

    ASSERT_FALSE(write_file_atomically(foyer.settings_path(), household).is_error());
    EXPECT_TRUE(foyer.wait_for_widget("tile.email")) << "the family set e-mail up: its tile comes back\n"
                                                     << foyer.trace();
    EXPECT_TRUE(foyer.wait_for_widget("tile.videocall")) << foyer.trace();
    ASSERT_TRUE(foyer.press("tile.print")) << foyer.trace();
    EXPECT_TRUE(foyer.wait_for_widget("print.tile.2")) << foyer.trace();
    ::unsetenv("CUPS_SERVER");
}
