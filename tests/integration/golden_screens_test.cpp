// Golden screens: the home, help, e-mail inbox and print screens at 1366x768 in French, drawn by
// `foyer --screenshot --demo` at a fixed time, compared pixel for pixel with the reference pictures kept in
// tests/golden/ and reviewed like code. The live screen tests (home_test, print_screens) prove the live
// screen is what --screenshot draws; these prove what --screenshot draws is what was reviewed.
// `make screenshots` draws the references again (FOYER_UPDATE_GOLDEN=1).
#include "shell/core/system/files.hpp"
#include "shell/core/system/png.hpp"
#include "tests/apps/print/print_lab.hpp"
#include "tests/support/running_foyer.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

using namespace Foyer;
using namespace Foyer::Testing;
namespace fs = std::filesystem;

namespace {

// A Thursday morning in June: the help line's usual hours are open, and no change of summer time falls in
// the week of sample e-mails before it.
constexpr const char* fixed_time = "2025-06-12 10:30";
// A pixel differs when one of its channels is more than 2 of 255 away (rounding in another Mesa), so
// that even a slight change of a theme colour counts; a screen passes with at most 0.5 % of its pixels
// differing (the edges of letters smoothed by another FreeType): a changed colour or size moves far more.
constexpr int channel_tolerance = 2;
constexpr double share_tolerance = 0.005;

class GoldenScreens : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (auto missing = Xvfb::missing_tools())
            GTEST_SKIP() << *missing;
        // --screenshot draws in a hidden window: it needs an X server, not a screen of that size.
        xvfb = std::make_unique<Xvfb>(1366, 768);
        ASSERT_TRUE(xvfb->ready()) << xvfb->problem();
        // As tests/tools/screenshots.sh: the demo household with the built-in helpline, the national line,
        // which has no helpdesk (so its help screen offers no "Show my screen"), and a family code.
        home = temporary_directory("golden");
        write_text(home + "/.config/foyer/foyer.toml", "");
        write_text(home + "/.config/foyer/secrets/family-code", "x\n");
    }

    // Draws `screen` and compares it with tests/golden/<screen>-1366x768-fr.png, or writes that file
    // when FOYER_UPDATE_GOLDEN is set.
    // `also` names another picture that must show the same (the README's own screenshot of this screen).
    void check(const std::string& screen, std::map<std::string, std::string> environment = {}, std::string also = {})
    {
        auto name = screen + "-1366x768-fr";
        auto live_dir = std::string(FOYER_BUILD_DIR) + "/golden-live";
        fs::create_directories(live_dir);
        auto live_path = live_dir + "/" + name + ".png";
        environment.insert({
            { "DISPLAY", xvfb->display() },
            { "HOME", home },
            { "XDG_CONFIG_HOME", home + "/.config" },
            { "XDG_STATE_HOME", home + "/.local/state" },
            { "FOYER_DATA_DIR", std::string(FOYER_BUILD_DIR) + "/share/foyer" },
            { "FOYER_FIXED_TIME", fixed_time },
            { "TZ", "UTC" },
        });
        auto shot = run({ FOYER_BINARY, "--screenshot", live_path, "--size", "1366x768", "--screen", screen, "--lang", "fr", "--demo" }, environment);
        ASSERT_EQ(shot.exit_code, 0) << shot.output;
        auto golden_path = std::string(FOYER_SOURCE_DIR) + "/tests/golden/" + name + ".png";
        if (const char* update = std::getenv("FOYER_UPDATE_GOLDEN"); update && *update) {
            fs::create_directories(fs::path(golden_path).parent_path());
            fs::copy_file(live_path, golden_path, fs::copy_options::overwrite_existing);
            std::printf("[ GOLDEN   ] %s written: review the change like code\n", golden_path.c_str());
            return;
        }
        auto live = decode_png(read_text(live_path));
        ASSERT_FALSE(live.is_error()) << live_path;
        auto golden = decode_png(read_text(golden_path));
        ASSERT_FALSE(golden.is_error()) << "no reference picture " << golden_path << " (`make screenshots` draws it)";
        if (!also.empty()) {
            auto other = decode_png(read_text(std::string(FOYER_SOURCE_DIR) + "/" + also));
            ASSERT_FALSE(other.is_error()) << "no picture " << also << " (`make screenshots` draws it)";
            double other_share = difference(live.value(), other.value(), channel_tolerance);
            EXPECT_LE(other_share, share_tolerance) << also << " is not what the " << screen << " screen shows ("
                                                    << other_share * 100 << " % of its pixels differ): `make screenshots` draws it again";
        }
        double share = difference(live.value(), golden.value(), channel_tolerance);
        std::printf("[ MEASURE  ] %s: %.3f %% of the pixels differ from tests/golden\n", name.c_str(), share * 100);
        EXPECT_LE(share, share_tolerance) << "the " << screen << " screen differs from tests/golden/" << name << ".png in "
                                          << share * 100 << " % of its pixels (at most " << share_tolerance * 100
                                          << " % may); the live picture is " << live_path
                                          << "; if the change is wanted, `make screenshots` draws the references again for review";
    }

    std::unique_ptr<Xvfb> xvfb;
    std::string home;
};

}

TEST_F(GoldenScreens, TheHomeScreenIsTheReferencePicture)
{
    check("home");
}

// The national line takes phone calls only: its help screen, the README's picture, promises no screen sending.
TEST_F(GoldenScreens, TheHelpScreenOfTheNationalLineIsTheReferencePictureAndTheReadmes)
{
    check("help", {}, "docs/screenshots/help-1366x768-fr.png");
}

TEST_F(GoldenScreens, TheEmailInboxIsTheReferencePicture)
{
    check("email.inbox");
}

TEST_F(GoldenScreens, ThePrintScreenWithLowBlackInkIsTheReferencePicture)
{
    if (auto missing = PrintLab::missing_tools())
        GTEST_SKIP() << *missing;
    // A real printer with the levels of docs/screenshots/print-*.png: waste, black (low), cyan, magenta,
    // yellow.
    PrintLab lab;
    ASSERT_TRUE(lab.problem().empty()) << lab.problem();
    auto& printer = lab.start_printer("ColorJet");
    ASSERT_TRUE(lab.add_queue(printer, "ColorJet")) << lab.problem();
    ASSERT_TRUE(lab.set_supplies(printer, { 25, 5, 50, 33, 67 }));
    check("print", { { "CUPS_SERVER", lab.cups_server() } });
}
