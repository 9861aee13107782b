// Backups: everything the family set comes back exactly, on this computer or another; a damaged or foreign
// file is refused with a plain sentence and nothing is written.
#include "apps/setup/backup.hpp"
#include "apps/setup/family_code.hpp"
#include "shell/core/i18n/translate.hpp"
#include "shell/core/settings/parse.hpp"
#include "shell/core/settings/write.hpp"
#include "shell/core/system/files.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

unsigned mode_of(const std::string& path)
{
    struct stat info { };
    stat(path.c_str(), &info);
    return info.st_mode & 0777;
}

}

TEST(Backup, RoundTripToAnotherComputer)
{
    i18n::set_language(Language::English);
    auto first = temporary_directory("backup-a");
    auto settings = default_settings();
    settings.senior_name = "Jocelyne";
    settings.text_size = TextSize::Large;
    ASSERT_FALSE(save_settings_file(first + "/foyer.toml", settings).is_error());
    FamilyCode code(SecretStore(first + "/secrets"));
    ASSERT_FALSE(code.set("2580").is_error());
    // A picture an app keeps beside the settings (a contact's photo), bytes that are not text.
    std::string photo;
    for (int i = 0; i < 3000; ++i)
        photo += char(i * 7);
    ASSERT_FALSE(write_file_atomically(first + "/photos/léa.jpg", photo, 0644).is_error());
    // Foyer's own leftovers are not carried.
    write_text(first + "/foyer.toml.previous", "old");

    auto collected = collect_backup(first + "/foyer.toml", first);
    ASSERT_FALSE(collected.is_error()) << collected.error().message();
    auto text = backup_text(collected.value(), { { 2026, 11, 26 }, TimeOfDay { 10 * 60 + 42 } }, "0.1.0");
    EXPECT_NE(text.find("name = \"Jocelyne\""), std::string::npos) << "the settings stay readable in the backup";
    EXPECT_EQ(text.find("2580"), std::string::npos) << "the code itself is never in the backup";
    EXPECT_EQ(text.find("foyer.toml.previous"), std::string::npos);

    auto second = temporary_directory("backup-b");
    auto parsed = parse_backup(text);
    ASSERT_FALSE(parsed.is_error()) << parsed.error().message();
    EXPECT_EQ(parsed.value().made, "2026-11-26 10:42");
    ASSERT_FALSE(restore_backup(parsed.value(), second + "/foyer.toml", second).is_error());
    EXPECT_EQ(read_text(second + "/foyer.toml"), read_text(first + "/foyer.toml"));
    EXPECT_EQ(parse_settings(read_text(second + "/foyer.toml")).settings, settings);
    EXPECT_EQ(read_text(second + "/photos/léa.jpg"), photo);
    EXPECT_EQ(mode_of(second + "/photos/léa.jpg"), 0644u);
    EXPECT_EQ(mode_of(second + "/secrets/family-code"), 0600u);
    EXPECT_TRUE(FamilyCode(SecretStore(second + "/secrets")).matches("2580"));
    EXPECT_FALSE(FamilyCode(SecretStore(second + "/secrets")).matches("2581"));
}

TEST(Backup, RestoringKeepsTheSettingsItReplaces)
{
    auto dir = temporary_directory("backup-c");
    write_text(dir + "/foyer.toml", "[senior]\nname = \"Avant\"\n");
    Backup backup { "[senior]\nname = \"Après\"\n", {}, {}, {} };
    ASSERT_FALSE(restore_backup(backup, dir + "/foyer.toml", dir).is_error());
    EXPECT_EQ(read_text(dir + "/foyer.toml.previous"), "[senior]\nname = \"Avant\"\n");
    EXPECT_EQ(read_text(dir + "/foyer.toml"), "[senior]\nname = \"Après\"\n");
}

TEST(Backup, ForeignDamagedOrWrongFilesAreRefusedPlainly)
{
    i18n::set_language(Language::English);
    auto refused = [](std::string_view text) { auto parsed = parse_backup(text); return parsed.is_error() ? parsed.error().message() : std::string("accepted"); };
    auto not_ours = "This file is not a backup of Foyer’s settings, or it is damaged. Choose the file that foyer --export-settings made.";
    EXPECT_EQ(refused("hello"), not_ours);
    EXPECT_EQ(refused("[senior]\nname = \"x\"\n"), not_ours);
    EXPECT_EQ(refused("format = \"foyer-backup\"\nformat_version = 1\n"), not_ours);
    EXPECT_EQ(refused("format = \"foyer-backup\"\nformat_version = 9\nsettings = ''\n"),
        "This backup was made by a newer version of Foyer. Update Foyer on this computer first.");
    EXPECT_EQ(refused("format = \"foyer-backup\"\nformat_version = 1\nsettings = '''\n[display]\ntheme = \"purple\"\n'''\n"),
        "The settings in this backup have a mistake, so nothing was restored: Line 2: \"theme\" must be one of \"light\", \"dark\", not \"purple\".");
    // Nothing may be written outside the settings' folder.
    for (auto path : { "../escape", "/etc/passwd", "secrets/../../x", ".hidden", "a//b", "" })
        EXPECT_EQ(refused(std::string("format = \"foyer-backup\"\nformat_version = 1\nsettings = ''\n[[files]]\npath = ") + toml_quoted(path)
                      + "\nmode = 0o600\nbase64 = ''\n"),
            not_ours)
            << path;
    EXPECT_EQ(refused("format = \"foyer-backup\"\nformat_version = 1\nsettings = ''\n[[files]]\npath = \"a\"\nmode = 0o600\nbase64 = '!!'\n"), not_ours);
}

TEST(Backup, NothingToBackUpBeforeTheSetup)
{
    i18n::set_language(Language::English);
    auto dir = temporary_directory("backup-d");
    auto collected = collect_backup(dir + "/foyer.toml", dir);
    ASSERT_TRUE(collected.is_error());
    EXPECT_EQ(collected.error().message(), "There are no settings to save yet: set Foyer up first.");
}
