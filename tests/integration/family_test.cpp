// The family's side of the real foyer: the settings behind the chord and the family code, one part changed
// and saved from the family menu, and the settings carried to another computer with export and import.
#include "apps/setup/family_code.hpp"
#include "shell/core/settings/parse.hpp"
#include "tests/support/running_foyer.hpp"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <thread>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace {

constexpr const char* settings = "[senior]\nname = \"Jocelyne\"\n[display]\nlanguage = \"fr\"\n";

void set_family_code(const std::string& home, const std::string& code)
{
    ASSERT_FALSE(FamilyCode(SecretStore(home + "/.config/foyer/secrets")).set(code).is_error());
}

// Tab to `target`, then Enter (RunningFoyer keeps presses apart and waits for the screen to be drawn).
void press_by_keyboard(RunningFoyer& foyer, const std::string& target)
{
    ASSERT_TRUE(foyer.key_to(target)) << foyer.trace();
    ASSERT_TRUE(foyer.key("Return"));
    ASSERT_TRUE(foyer.wait_for_trace("activate " + target)) << foyer.trace();
}

std::map<std::string, std::string> home_environment(const std::string& home)
{
    return { { "HOME", home }, { "XDG_CONFIG_HOME", home + "/.config" }, { "XDG_STATE_HOME", home + "/.local/state" } };
}

}

TEST(Family, TheSettingsAreBehindTheChordAndTheFamilyCode)
{
    if (auto missing = Xvfb::missing_tools())
        GTEST_SKIP() << *missing;
    RunningFoyer foyer(1366, 768, {}, settings);
    ASSERT_TRUE(foyer.problem().empty()) << foyer.problem();
    set_family_code(foyer.home(), "2580");
    // Nothing on the senior's screens leads to the settings; the family's chord does.
    EXPECT_EQ(foyer.trace().find("setup"), std::string::npos);
    ASSERT_TRUE(foyer.key("ctrl+alt+f"));
    ASSERT_TRUE(foyer.wait_for_trace("screen family.lock")) << foyer.trace();
    ASSERT_TRUE(foyer.wait_for_trace("say Pour la famille. Cette partie est pour la famille.")) << foyer.trace();

    // A wrong code is refused plainly; the field keeps the keyboard for another try.
    // Enter leaves the field for OK, Enter again presses OK.
    ASSERT_TRUE(foyer.type_into("family.code", "1111"));
    ASSERT_TRUE(foyer.key("Return"));
    ASSERT_TRUE(foyer.key("Return"));
    ASSERT_TRUE(foyer.wait_for_trace("say Ce n’est pas le code de la famille. Essayez encore.")) << foyer.trace();
    EXPECT_EQ(foyer.count_in_trace("screen family.menu"), 0u);

    ASSERT_TRUE(foyer.type_into("family.code", "2580"));
    ASSERT_TRUE(foyer.key("Return"));
    ASSERT_TRUE(foyer.key("Return"));
    ASSERT_TRUE(foyer.wait_for_trace("screen family.menu")) << foyer.trace();

    // One part on its own: the voice, faster, saved, and back on the menu that says so.
    press_by_keyboard(foyer, "family.chapter.voice");
    ASSERT_TRUE(foyer.wait_for_trace("screen setup.voice")) << foyer.trace();
    press_by_keyboard(foyer, "setup.voice.faster");
    ASSERT_TRUE(foyer.wait_for_trace("say Bonjour Jocelyne. Voici comment Foyer parle.")) << foyer.trace();
    press_by_keyboard(foyer, "setup.next");
    ASSERT_TRUE(foyer.wait_for_trace("say Pour la famille. Enregistré\u00a0: La voix.")) << foyer.trace();
    auto parsed = parse_settings(read_text(foyer.settings_path()));
    EXPECT_FALSE(parsed.has_errors());
    EXPECT_EQ(parsed.settings.voice.rate, 180) << "the default 160, one step faster";
    EXPECT_EQ(parsed.settings.senior_name, "Jocelyne") << "the rest of the settings is kept";
    // The hand-written file that was replaced is kept beside it.
    EXPECT_EQ(read_text(foyer.settings_path() + ".previous"), settings);

    // Home, and the lock is back in front of the settings.
    ASSERT_TRUE(foyer.key("Escape"));
    ASSERT_TRUE(foyer.wait_for_trace("screen home", 2)) << foyer.trace();
    ASSERT_TRUE(foyer.key("ctrl+alt+f"));
    ASSERT_TRUE(foyer.wait_for_trace("screen family.lock", 2)) << foyer.trace();
}

TEST(Family, ExportOnOneComputerAndImportOnAnother)
{
    if (auto missing = Xvfb::missing_tools())
        GTEST_SKIP() << *missing;
    auto first = temporary_directory("export");
    write_text(first + "/.config/foyer/foyer.toml", settings);
    set_family_code(first, "2580");
    auto backup = first + "/usb-stick/foyer-settings.toml";
    auto exported = run({ FOYER_BINARY, "--lang", "fr", "--export-settings", backup }, home_environment(first));
    ASSERT_EQ(exported.exit_code, 0) << exported.output;
    EXPECT_NE(exported.output.find("Les réglages sont enregistrés dans"), std::string::npos) << exported.output;
    struct stat info { };
    ASSERT_EQ(stat(backup.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u) << "the backup holds the family code's hash";

    // Another computer: a fresh home, with Foyer already running on its built-in settings.
    RunningFoyer second(1366, 768, {});
    ASSERT_TRUE(second.problem().empty()) << second.problem();
    auto imported = run({ FOYER_BINARY, "--lang", "fr", "--import-settings", backup }, home_environment(second.home()));
    ASSERT_EQ(imported.exit_code, 0) << imported.output;
    EXPECT_NE(imported.output.find("sont rétablis"), std::string::npos) << imported.output;
    // The running Foyer uses them at once (its screen is the one --screenshot draws with them), and the
    // family code came along.
    EXPECT_TRUE(eventually([&] { return second.difference_from_expected("home") < 0.001; }, std::chrono::seconds(10))) << second.trace();
    EXPECT_EQ(read_text(second.settings_path()), settings);
    EXPECT_TRUE(FamilyCode(SecretStore(second.home() + "/.config/foyer/secrets")).matches("2580"));

    // A file that is not a backup: refused in one plain sentence, nothing changed.
    write_text(first + "/notes.txt", "liste de courses\n");
    auto refused = run({ FOYER_BINARY, "--lang", "fr", "--import-settings", first + "/notes.txt" }, home_environment(second.home()));
    EXPECT_EQ(refused.exit_code, 1);
    EXPECT_NE(refused.output.find("foyer: Ce fichier n’est pas une sauvegarde des réglages de Foyer"), std::string::npos) << refused.output;
    EXPECT_EQ(read_text(second.settings_path()), settings);
}
