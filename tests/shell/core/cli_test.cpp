// The command line that README.md documents and later issues rely on.
#include "shell/core/cli.hpp"
#include "shell/core/i18n/translate.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

namespace {

CommandLine parse(std::vector<std::string> arguments)
{
    auto line = parse_command_line(arguments);
    EXPECT_FALSE(line.is_error()) << (line.is_error() ? line.error().message() : "");
    return line.is_error() ? CommandLine {} : line.release_value();
}

bool fails(std::vector<std::string> arguments)
{
    return parse_command_line(arguments).is_error();
}

}

TEST(CommandLine, NoArgumentsRunsFullScreen)
{
    auto line = parse({});
    EXPECT_EQ(line.mode, CommandLine::Mode::Run);
    EXPECT_FALSE(line.windowed);
}

TEST(CommandLine, WindowTakesAnOptionalSize)
{
    EXPECT_TRUE(parse({ "--window" }).windowed);
    EXPECT_EQ(parse({ "--window" }).window_size, (PixelSize { 1366, 768 }));
    EXPECT_EQ(parse({ "--window", "1920x1080" }).window_size, (PixelSize { 1920, 1080 }));
    auto line = parse({ "--window", "--lang", "en" });
    EXPECT_TRUE(line.windowed);
    EXPECT_EQ(line.language, Language::English);
}

TEST(CommandLine, ScreenshotWithSizeAndScreen)
{
    auto line = parse({ "--screenshot", "out.png", "--size", "1366x768", "--screen", "help" });
    EXPECT_EQ(line.mode, CommandLine::Mode::Screenshot);
    EXPECT_EQ(line.screenshot_path, "out.png");
    EXPECT_EQ(line.screenshot_size, (PixelSize { 1366, 768 }));
    EXPECT_EQ(line.screen, "help");
    EXPECT_EQ(parse({ "--screenshot", "x.png" }).screenshot_size, (PixelSize { 1920, 1080 }));
}

TEST(CommandLine, ConfigLangVersionHelp)
{
    EXPECT_EQ(parse({ "--config", "/tmp/f.toml" }).config_path, "/tmp/f.toml");
    EXPECT_EQ(parse({ "--lang", "fr" }).language, Language::French);
    EXPECT_EQ(parse({ "--version" }).mode, CommandLine::Mode::Version);
    EXPECT_EQ(parse({ "--help" }).mode, CommandLine::Mode::Help);
}

TEST(CommandLine, MistakesAreRefusedWithAPlainMessage)
{
    EXPECT_TRUE(fails({ "--bogus" }));
    EXPECT_TRUE(fails({ "--lang" }));
    EXPECT_TRUE(fails({ "--lang", "de" }));
    EXPECT_TRUE(fails({ "--lang", "french" }));
    EXPECT_TRUE(fails({ "--screenshot" }));
    EXPECT_TRUE(fails({ "--screenshot", "a.png", "--size", "big" }));
    EXPECT_TRUE(fails({ "--screenshot", "a.png", "--size", "10x10" }));
    EXPECT_TRUE(fails({ "--size", "1920x1080" }));
    EXPECT_TRUE(fails({ "--screen", "help" }));
    i18n::set_language(Language::English);
    EXPECT_EQ(parse_command_line({ "--bogus" }).error().message(), "Unknown option \"--bogus\". See foyer --help.");
}

TEST(CommandLine, HelpMentionsEveryOption)
{
    auto text = usage_text();
    for (auto option : { "--window", "--config", "--lang", "--screenshot", "--size", "--screen", "--version", "--help" })
        EXPECT_NE(text.find(option), std::string::npos) << option;
}
