// The foyer binary's command line, as README.md documents it.
#include "shell/core/system/png.hpp"
#include "tests/support/process.hpp"
#include "tests/support/running_foyer.hpp"
#include "tests/support/xvfb.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace Foyer;
using namespace Foyer::Testing;

TEST(FoyerCommandLine, VersionAndHelp)
{
    auto version = run({ FOYER_BINARY, "--version" });
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_EQ(version.output.rfind("foyer ", 0), 0u) << version.output;
    auto help = run({ FOYER_BINARY, "--help", "--lang", "en" });
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.output.find("--screenshot PATH"), std::string::npos);
    auto aide = run({ FOYER_BINARY, "--help", "--lang", "fr" });
    EXPECT_NE(aide.output.find("Utilisation"), std::string::npos) << aide.output;
}

TEST(FoyerCommandLine, WithoutAScreenItSaysWhatToDoInOneLine)
{
    for (auto mode : { std::vector<std::string> { FOYER_BINARY, "--lang", "en" },
             std::vector<std::string> { FOYER_BINARY, "--lang", "en", "--screenshot", "/tmp/never.png" } }) {
        auto result = run(mode, { { "DISPLAY", "" }, { "WAYLAND_DISPLAY", "" }, { "HOME", temporary_directory("nodisplay") } });
        EXPECT_NE(result.exit_code, 0);
        EXPECT_NE(result.output.find("Foyer needs a screen"), std::string::npos) << result.output;
        EXPECT_NE(result.output.find("xvfb-run"), std::string::npos);
        size_t foyer_lines = 0;
        for (size_t at = result.output.find("foyer: "); at != std::string::npos; at = result.output.find("foyer: ", at + 1))
            ++foyer_lines;
        EXPECT_EQ(foyer_lines, 1u) << result.output;
    }
}

TEST(FoyerCommandLine, BadOptionsAreRefused)
{
    auto result = run({ FOYER_BINARY, "--lang", "en", "--colour", "blue" });
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.output.find("Unknown option"), std::string::npos);
}

class Screenshot : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (auto missing = Xvfb::missing_tools())
            GTEST_SKIP() << *missing;
        xvfb = std::make_unique<Xvfb>(1920, 1080);
        ASSERT_TRUE(xvfb->ready()) << xvfb->problem();
        home = temporary_directory("shot");
    }

    RgbaImage shoot(const std::string& screen, const std::string& size, const std::string& lang, int* exit_code = nullptr)
    {
        auto path = home + "/" + screen + "-" + size + "-" + lang + ".png";
        auto result = run({ FOYER_BINARY, "--screenshot", path, "--size", size, "--screen", screen, "--lang", lang },
            { { "DISPLAY", xvfb->display() }, { "HOME", home }, { "XDG_CONFIG_HOME", home + "/config" },
                { "XDG_STATE_HOME", home + "/state" } });
        if (exit_code)
            *exit_code = result.exit_code;
        EXPECT_EQ(result.exit_code, 0) << result.output;
        auto bytes = read_text(path);
        auto image = decode_png(bytes);
        if (image.is_error())
            return {};
        return image.release_value();
    }

    std::unique_ptr<Xvfb> xvfb;
    std::string home;
};

TEST_F(Screenshot, DrawsEachScreenAtTheRequestedSize)
{
    for (auto size : { std::pair { 1366, 768 }, std::pair { 1920, 1080 }, std::pair { 2560, 1440 } }) {
        auto text = std::to_string(size.first) + "x" + std::to_string(size.second);
        for (auto screen : { "home", "help" }) {
            auto image = shoot(screen, text, "fr");
            EXPECT_EQ(image.width, size.first);
            EXPECT_EQ(image.height, size.second);
            // Not blank: text and icons make many distinct colours (anti-aliasing).
            std::set<uint32_t> colours;
            for (int y = 0; y < image.height; y += 3)
                for (int x = 0; x < image.width; x += 3)
                    colours.insert(image.pixel(x, y));
            EXPECT_GT(colours.size(), 20u) << screen << " " << text;
            // The light theme's page colour in the corner.
            EXPECT_EQ(image.pixel(image.width - 2, image.height - 2), 0xF7F4ECu) << screen;
        }
    }
}

TEST_F(Screenshot, IsTheSameEveryTimeAndDiffersByScreenAndLanguage)
{
    auto help_fr = shoot("help", "1366x768", "fr");
    EXPECT_EQ(difference(help_fr, shoot("help", "1366x768", "fr")), 0.0);
    EXPECT_GT(difference(help_fr, shoot("help", "1366x768", "en")), 0.001);
    EXPECT_GT(difference(help_fr, shoot("home", "1366x768", "fr")), 0.01);
}

TEST_F(Screenshot, AnUnknownScreenIsRefused)
{
    auto result = run({ FOYER_BINARY, "--screenshot", home + "/x.png", "--screen", "weather", "--lang", "en" },
        { { "DISPLAY", xvfb->display() }, { "HOME", home } });
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.output.find("There is no screen called \"weather\""), std::string::npos) << result.output;
}
