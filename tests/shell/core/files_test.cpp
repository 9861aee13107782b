// Crash-safe writes and the XDG directories.
#include "shell/core/system/files.hpp"
#include "shell/core/system/paths.hpp"
#include "shell/core/system/png.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <dirent.h>
#include <optional>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Foyer;
using namespace Foyer::Testing;

TEST(Files, AtomicWriteReplacesContentsAndLeavesNoTemporaryFile)
{
    auto dir = temporary_directory("files");
    auto path = dir + "/deep/er/settings.toml";
    ASSERT_FALSE(write_file_atomically(path, "first").is_error());
    ASSERT_FALSE(write_file_atomically(path, "second", 0600).is_error());
    EXPECT_EQ(read_file(path), "second");
    struct stat info { };
    stat(path.c_str(), &info);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    int entries = 0;
    DIR* listing = opendir((dir + "/deep/er").c_str());
    while (auto* entry = readdir(listing))
        entries += entry->d_name[0] != '.';
    closedir(listing);
    EXPECT_EQ(entries, 1);
}

TEST(Files, AFailedWriteSaysSoPlainly)
{
    auto written = write_file_atomically("/proc/foyer-cannot-write-here/x", "data");
    ASSERT_TRUE(written.is_error());
    EXPECT_FALSE(written.error().detail().empty());
    EXPECT_FALSE(read_file("/nonexistent/file"));
}

TEST(Paths, FollowXdgVariablesAndIgnoreRelativeOnes)
{
    setenv("XDG_CONFIG_HOME", "/tmp/cfg", 1);
    setenv("XDG_STATE_HOME", "relative/state", 1);
    setenv("HOME", "/home/marie", 1);
    EXPECT_EQ(config_dir(), "/tmp/cfg/foyer");
    EXPECT_EQ(state_dir(), "/home/marie/.local/state/foyer");
    unsetenv("XDG_CONFIG_HOME");
    EXPECT_EQ(config_dir(), "/home/marie/.config/foyer");
    unsetenv("XDG_STATE_HOME");
}

TEST(Png, RoundTripsPixels)
{
    RgbaImage image { 3, 2, {} };
    for (int i = 0; i < 6; ++i) {
        uint8_t v = uint8_t(i * 40);
        image.pixels.insert(image.pixels.end(), { v, uint8_t(255 - v), 7, 255 });
    }
    auto bytes = encode_png(image);
    ASSERT_FALSE(bytes.is_error());
    auto decoded = decode_png(bytes.value());
    ASSERT_FALSE(decoded.is_error());
    EXPECT_EQ(decoded.value().pixels, image.pixels);
    EXPECT_TRUE(decode_png("not a png").is_error());
}

#include "shell/core/system/subprocess.hpp"

TEST(Subprocess, RunsAnArgvAndCollectsItsOutput)
{
    auto result = run_program({ "printf", "%s|%s", "a b", "$HOME;rm" }, std::chrono::seconds(5));
    ASSERT_FALSE(result.is_error());
    // No shell: arguments arrive exactly as given, nothing is expanded.
    EXPECT_EQ(result.value().output, "a b|$HOME;rm");
    EXPECT_EQ(result.value().exit_code, 0);
    EXPECT_EQ(run_program({ "false" }, std::chrono::seconds(5)).value().exit_code, 1);
}

TEST(Subprocess, TimesOutAndSaysWhenAProgramIsMissing)
{
    auto start = std::chrono::steady_clock::now();
    auto slow = run_program({ "sleep", "10" }, std::chrono::milliseconds(200));
    ASSERT_FALSE(slow.is_error());
    EXPECT_TRUE(slow.value().timed_out);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3));
    auto missing = run_program({ "no-such-program-foyer" }, std::chrono::seconds(1));
    ASSERT_TRUE(missing.is_error());
    EXPECT_FALSE(program_exists("no-such-program-foyer"));
    EXPECT_TRUE(program_exists("sh"));
}

namespace {

// HOME as a test sets it, put back as it was afterwards.
class HomeSetTo {
public:
    explicit HomeSetTo(const char* value)
    {
        if (const char* old = std::getenv("HOME"))
            m_old = old;
        if (value)
            setenv("HOME", value, 1);
        else
            unsetenv("HOME");
    }
    ~HomeSetTo()
    {
        if (m_old)
            setenv("HOME", m_old->c_str(), 1);
        else
            unsetenv("HOME");
    }

private:
    std::optional<std::string> m_old;
};

}

TEST(ExpandPath, TildeAloneAndTildeSlashGoUnderHome)
{
    HomeSetTo home("/home/marie");
    EXPECT_EQ(expand_path("~"), "/home/marie");
    EXPECT_EQ(expand_path("~/"), "/home/marie/");
    EXPECT_EQ(expand_path("~/photos/lea.png"), "/home/marie/photos/lea.png");
    EXPECT_EQ(expand_path("~/photos/lea.png", "/etc/foyer"), "/home/marie/photos/lea.png") << "the folder of the settings plays no part";
}

TEST(ExpandPath, AHomeEndingWithASlashGivesNoDoubleSlash)
{
    HomeSetTo home("/home/marie/");
    EXPECT_EQ(expand_path("~/x"), "/home/marie/x");
    HomeSetTo root("/");
    EXPECT_EQ(expand_path("~/x"), "/x");
    EXPECT_EQ(expand_path("~"), "/");
}

TEST(ExpandPath, AbsoluteAndEmptyStayAsTheyAre)
{
    HomeSetTo home("/home/marie");
    EXPECT_EQ(expand_path("/usr/share/foyer/a.png", "/cfg"), "/usr/share/foyer/a.png");
    EXPECT_EQ(expand_path(""), "");
    EXPECT_EQ(expand_path("", "/cfg"), "") << "no file named is not the settings folder";
}

TEST(ExpandPath, RelativeGoesUnderTheSettingsFolder)
{
    HomeSetTo home("/home/marie");
    EXPECT_EQ(expand_path("photos/lea.png", "/home/marie/.config/foyer"), "/home/marie/.config/foyer/photos/lea.png");
    EXPECT_EQ(expand_path("photos/lea.png", "/cfg/"), "/cfg/photos/lea.png");
    EXPECT_EQ(expand_path("photos/lea.png"), "photos/lea.png") << "without a folder it stays relative";
}

TEST(ExpandPath, AnotherAccountsHomeIsLeftAsWritten)
{
    HomeSetTo home("/home/marie");
    EXPECT_EQ(expand_path("~jean/photos/lea.png"), "~jean/photos/lea.png");
    EXPECT_EQ(expand_path("~jean/photos/lea.png", "/cfg"), "~jean/photos/lea.png");
}

TEST(ExpandPath, AnEmptyOrMissingHomeFallsBackToTheAccountsHome)
{
    const char* passwd_home = getpwuid(getuid())->pw_dir;
    for (const char* value : { "", static_cast<const char*>(nullptr) }) {
        HomeSetTo home(value);
        EXPECT_EQ(home_dir(), passwd_home);
        EXPECT_EQ(expand_path("~/photos/lea.png"), std::string(passwd_home) + "/photos/lea.png") << "never \"/photos/lea.png\"";
    }
}
