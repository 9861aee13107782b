// foyer.toml: parsing, every kind of mistake located on its line, and the fallback to the last good file.
#include "shell/core/i18n/translate.hpp"
#include "shell/core/settings/parse.hpp"
#include "shell/core/settings/store.hpp"
#include "shell/core/system/files.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

const SettingsProblem* problem_on_line(const ParsedSettings& parsed, int line)
{
    for (auto& problem : parsed.problems)
        if (problem.line == line)
            return &problem;
    return nullptr;
}

}

TEST(SettingsDefaults, AreTheSolidariteNumeriqueDemoHousehold)
{
    auto settings = default_settings();
    EXPECT_EQ(settings.helpline.number, "01 70 77 23 72");
    EXPECT_EQ(settings.helpline.name, "Solidarité numérique");
    EXPECT_EQ(settings.helpline.hours.holidays, HolidayCalendar::France);
    for (int day = 0; day < 5; ++day) {
        ASSERT_EQ(settings.helpline.hours.weekly[size_t(day)].size(), 1u);
        EXPECT_EQ(settings.helpline.hours.weekly[size_t(day)][0].open.minutes, 9 * 60);
        EXPECT_EQ(settings.helpline.hours.weekly[size_t(day)][0].close.minutes, 18 * 60);
    }
    EXPECT_TRUE(settings.helpline.hours.weekly[5].empty());
    EXPECT_TRUE(settings.helpline.hours.weekly[6].empty());
}

TEST(SettingsParse, TheDocumentedExampleIsExactlyTheDefaults)
{
    auto text = read_file(std::string(FOYER_SOURCE_DIR) + "/assets/foyer.example.toml");
    ASSERT_TRUE(text);
    auto parsed = parse_settings(*text);
    EXPECT_TRUE(parsed.problems.empty()) << parsed.problems[0].text();
    EXPECT_EQ(parsed.settings, default_settings());
}

TEST(SettingsParse, AnEmptyFileMeansTheDefaults)
{
    auto parsed = parse_settings("");
    EXPECT_TRUE(parsed.problems.empty());
    EXPECT_EQ(parsed.settings, default_settings());
}

TEST(SettingsParse, ReadsEverySetting)
{
    auto parsed = parse_settings(R"(
[senior]
name = "Jean-Robert"
[display]
language = "en"
theme = "dark"
text_size = "largest"
[voice]
enabled = false
rate = 120
volume = 180
voice = "fr-be"
[home]
tiles = ["help", "email"]
[helpline]
name = "Association du quartier"
number = "+33 4 12 34 56 78"
holidays = "france-alsace-moselle"
closed_dates = ["2026-12-24", 2026-12-31]
[[helpline.hours]]
days = "lundi-vendredi"
open = "9h"
close = "12h"
[[helpline.hours]]
days = "monday-thursday"
open = "14:00"
close = "17:30"
)");
    ASSERT_TRUE(parsed.problems.empty()) << parsed.problems[0].text();
    auto& s = parsed.settings;
    EXPECT_EQ(s.senior_name, "Jean-Robert");
    EXPECT_EQ(s.language, Language::English);
    EXPECT_EQ(s.theme, ThemeName::Dark);
    EXPECT_EQ(s.text_size, TextSize::Largest);
    EXPECT_FALSE(s.voice.enabled);
    EXPECT_EQ(s.voice.rate, 120);
    EXPECT_EQ(s.voice.volume, 180);
    EXPECT_EQ(s.voice.voice, "fr-be");
    EXPECT_EQ(s.tiles, (std::vector<std::string> { "help", "email" }));
    EXPECT_EQ(s.helpline.name, "Association du quartier");
    EXPECT_EQ(s.helpline.hours.holidays, HolidayCalendar::FranceAlsaceMoselle);
    EXPECT_EQ(s.helpline.hours.closed_dates, (std::vector<Date> { { 2026, 12, 24 }, { 2026, 12, 31 } }));
    EXPECT_EQ(s.helpline.hours.weekly[0].size(), 2u);
    EXPECT_EQ(s.helpline.hours.weekly[4].size(), 1u);
    EXPECT_EQ(s.helpline.hours.weekly[3][1].close.minutes, 17 * 60 + 30);
}

TEST(SettingsParse, ReadsTheFamilysContacts)
{
    auto parsed = parse_settings(R"(
[video]
browser = "/usr/lib/chromium/chromium"
[[contacts]]
name = "Sophie"
photo = "~/Images/sophie.jpg"
email = "sophie@example.org"
video = "https://meet.jit.si/FamilleMartin-Sophie/"
[[contacts]]
name = "Lucas"
video = "https://visio.example.org/salle?nom={senior}"
video_provider = "web"
[[contacts]]
name = "Paul"
video_command = ["linphone", "--call", "sip:paul@sip.example.org"]
[[contacts]]
name = "Jeanne"
)");
    ASSERT_TRUE(parsed.problems.empty()) << parsed.problems[0].text();
    auto& contacts = parsed.settings.contacts;
    ASSERT_EQ(contacts.size(), 4u);
    EXPECT_EQ(parsed.settings.video.browser, "/usr/lib/chromium/chromium");
    EXPECT_EQ(contacts[0].name, "Sophie");
    EXPECT_EQ(contacts[0].photo, "~/Images/sophie.jpg");
    EXPECT_EQ(contacts[0].email, "sophie@example.org");
    EXPECT_EQ(contacts[0].video.kind, VideoKind::Jitsi) << "Jitsi Meet is the default provider";
    EXPECT_EQ(contacts[0].video.url, "https://meet.jit.si/FamilleMartin-Sophie");
    EXPECT_EQ(contacts[1].video.kind, VideoKind::WebPage);
    EXPECT_EQ(contacts[1].video.url, "https://visio.example.org/salle?nom={senior}");
    EXPECT_EQ(contacts[2].video.kind, VideoKind::Command);
    EXPECT_EQ(contacts[2].video.command, (std::vector<std::string> { "linphone", "--call", "sip:paul@sip.example.org" }));
    EXPECT_EQ(contacts[3].video.kind, VideoKind::None) << "a contact for e-mail only";
    EXPECT_TRUE(default_settings().contacts.empty()) << "the demo household calls nobody it does not know";
    EXPECT_EQ(default_settings().video.browser, "chromium");
}

TEST(SettingsParse, MistakesInContactsAreOnTheirLine)
{
    struct Case {
        const char* text;
        int line;
        const char* msgid;
    };
    for (auto& [text, line, msgid] : std::initializer_list<Case> {
             { "[[contacts]]\nphoto = \"a.jpg\"\n", 1, "Each contact needs a \"name\"." },
             { "[[contacts]]\nname = \"A\"\nvideo = \"http://meet.example.org/a\"\n", 3,
                 "\"{value}\" is not a secure web address: it must start with https://." },
             { "[[contacts]]\nname = \"A\"\nvideo_command = \"linphone --call x\"\n", 3,
                 "\"{key}\" should be a list of words between brackets, the program first, such as [\"linphone\", \"--call\", \"sip:sophie@example.org\"]." },
             { "[[contacts]]\nname = \"A\"\nvideo_command = []\n", 3,
                 "\"{key}\" should be a list of words between brackets, the program first, such as [\"linphone\", \"--call\", \"sip:sophie@example.org\"]." },
             { "[[contacts]]\nname = \"A\"\nvideo = \"https://a.example.org/r\"\nvideo_command = [\"x\"]\n", 1,
                 "A contact has either \"video\" (an address) or \"video_command\" (a program), not both." },
             { "[[contacts]]\nname = \"A\"\nvideo_provider = \"skype\"\n", 3,
                 "\"{key}\" must be one of {choices}, not \"{value}\"." },
             { "[[contacts]]\nname = \"A\"\nemail = \"sophie at example\"\n", 3, "\"{value}\" is not an e-mail address, such as \"marie@orange.fr\"." },
             { "contacts = \"Sophie\"\n", 1, "Contacts should be written as [[contacts]] sections, one per person." },
         }) {
        auto parsed = parse_settings(text);
        ASSERT_TRUE(parsed.has_errors()) << text;
        auto* found = problem_on_line(parsed, line);
        ASSERT_NE(found, nullptr) << text;
        EXPECT_STREQ(found->message.msgid(), msgid) << text;
    }
}

TEST(SettingsParse, SyntaxErrorsGiveTheirLineAndFallBackToDefaults)
{
    auto parsed = parse_settings("[senior]\nname = \"Marie\n[display]\n");
    ASSERT_TRUE(parsed.has_errors());
    EXPECT_EQ(parsed.problems[0].line, 2);
    EXPECT_EQ(parsed.settings, default_settings());
}

TEST(SettingsParse, AHalfWrittenFileIsAnError)
{
    std::string full = *read_file(std::string(FOYER_SOURCE_DIR) + "/assets/foyer.example.toml");
    // Cut in the middle of every line: never a crash, always either usable or an error with a line.
    for (size_t cut = 0; cut < full.size(); cut += 7) {
        auto parsed = parse_settings(full.substr(0, cut));
        for (auto& problem : parsed.problems)
            EXPECT_GE(problem.line, 0);
    }
    auto cut = parse_settings(full.substr(0, full.find("name = \"Solidarité") + 12));
    EXPECT_TRUE(cut.has_errors());
}

TEST(SettingsParse, WrongValuesAreErrorsOnTheirLine)
{
    i18n::set_language(Language::English);
    auto parsed = parse_settings("[display]\ntheme = \"purple\"\ntext_size = 3\n[voice]\nrate = 900\n");
    ASSERT_TRUE(parsed.has_errors());
    auto* theme = problem_on_line(parsed, 2);
    ASSERT_TRUE(theme);
    EXPECT_EQ(theme->text(), "Line 2: \"theme\" must be one of \"light\", \"dark\", not \"purple\".");
    auto* size = problem_on_line(parsed, 3);
    ASSERT_TRUE(size);
    EXPECT_EQ(size->message.message(), "\"text_size\" should be a text between quotes.");
    auto* rate = problem_on_line(parsed, 5);
    ASSERT_TRUE(rate);
    EXPECT_EQ(rate->message.message(), "\"rate\" must be between 80 and 300.");
}

// A list written as something else is shown with an example of that list, not of another.
TEST(SettingsParse, AListWrittenOtherwiseIsShownWithAnExampleOfItsOwnKind)
{
    i18n::set_language(Language::English);
    auto parsed = parse_settings("[home]\ntiles = \"email\"\n[helpline]\nclosed_dates = \"2026-12-24\"\n[diagnosis]\nsites = \"https://www.ameli.fr\"\n");
    auto* tiles = problem_on_line(parsed, 2);
    ASSERT_TRUE(tiles);
    EXPECT_EQ(tiles->message.message(), "\"tiles\" should be a list between brackets, such as [\"email\", \"help\"].");
    auto* dates = problem_on_line(parsed, 4);
    ASSERT_TRUE(dates);
    EXPECT_EQ(dates->message.message(), "\"closed_dates\" should be a list between brackets, such as [\"2026-12-24\", \"2026-12-31\"].");
    auto* sites = problem_on_line(parsed, 6);
    ASSERT_TRUE(sites);
    EXPECT_EQ(sites->message.message(), "\"sites\" should be a list between brackets, such as [\"https://www.ameli.fr\"].");
}

TEST(SettingsParse, ProblemsAreSaidInFrenchToo)
{
    ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
    i18n::set_language(Language::French);
    auto parsed = parse_settings("[display]\ntheme = \"purple\"\n");
    ASSERT_EQ(parsed.problems.size(), 1u);
    EXPECT_EQ(parsed.problems[0].text(), "Ligne 2\u00a0: «\u00a0theme\u00a0» doit valoir \"light\", \"dark\", pas «\u00a0purple\u00a0».");
    i18n::set_language(Language::English);
}

TEST(SettingsParse, UnknownKeysAndTilesAreWarningsAndTheRestIsUsed)
{
    auto parsed = parse_settings("[senior]\nname = \"Jocelyne\"\nnmae = \"x\"\n[home]\ntiles = [\"emial\", \"help\"]\n[weather]\ncity = \"Lyon\"\n");
    EXPECT_FALSE(parsed.has_errors());
    EXPECT_EQ(parsed.problems.size(), 3u);
    EXPECT_TRUE(problem_on_line(parsed, 3));
    EXPECT_TRUE(problem_on_line(parsed, 5));
    EXPECT_TRUE(problem_on_line(parsed, 6));
    EXPECT_EQ(parsed.settings.senior_name, "Jocelyne");
    EXPECT_EQ(parsed.settings.tiles, (std::vector<std::string> { "help" }));
}

TEST(SettingsParse, MoreThanFourTilesKeepsTheFirstFour)
{
    auto parsed = parse_settings("[home]\ntiles = [\"help\", \"email\", \"print\", \"videocall\", \"help\"]\n");
    EXPECT_FALSE(parsed.has_errors());
    EXPECT_EQ(parsed.settings.tiles.size(), 4u);
}

TEST(SettingsParse, BadHoursAreErrors)
{
    auto bad_days = parse_settings("[[helpline.hours]]\ndays = \"weekdays\"\nopen = \"9:00\"\nclose = \"18:00\"\n");
    EXPECT_TRUE(problem_on_line(bad_days, 2));
    auto reversed = parse_settings("[[helpline.hours]]\ndays = \"monday\"\nopen = \"18:00\"\nclose = \"9:00\"\n");
    EXPECT_TRUE(reversed.has_errors());
    auto missing = parse_settings("[[helpline.hours]]\ndays = \"monday\"\nopen = \"9:00\"\n");
    EXPECT_TRUE(missing.has_errors());
    auto overlap = parse_settings("[[helpline.hours]]\ndays = \"monday\"\nopen = \"9:00\"\nclose = \"12:00\"\n"
                                  "[[helpline.hours]]\ndays = \"monday\"\nopen = \"11:00\"\nclose = \"14:00\"\n");
    EXPECT_TRUE(overlap.has_errors());
    auto bad_time = parse_settings("[[helpline.hours]]\ndays = \"monday\"\nopen = \"25:00\"\nclose = \"26:00\"\n");
    EXPECT_TRUE(problem_on_line(bad_time, 3));
    auto bad_number = parse_settings("[helpline]\nnumber = \"call me\"\n");
    EXPECT_TRUE(problem_on_line(bad_number, 2));
    auto bad_date = parse_settings("[helpline]\nclosed_dates = [\"24/12/2026\"]\n");
    EXPECT_TRUE(problem_on_line(bad_date, 2));
}

class SettingsStoreTest : public ::testing::Test {
protected:
    std::string dir = temporary_directory("settings");
    std::string path = dir + "/config/foyer.toml";
    std::string state = dir + "/state";
};

TEST_F(SettingsStoreTest, NoFileMeansDefaultsAndNothingToSay)
{
    SettingsStore store(path, state);
    auto loaded = store.load();
    EXPECT_EQ(loaded.origin, SettingsOrigin::Defaults);
    EXPECT_EQ(loaded.settings, default_settings());
    EXPECT_FALSE(loaded.notice_due);
    EXPECT_TRUE(loaded.notice_text().empty());
}

TEST_F(SettingsStoreTest, ABrokenFileFallsBackToTheLastGoodOneAndTellsOnce)
{
    SettingsStore store(path, state);
    write_text(path, "[senior]\nname = \"Jocelyne\"\n");
    auto good = store.load();
    EXPECT_EQ(good.origin, SettingsOrigin::File);
    EXPECT_EQ(good.settings.senior_name, "Jocelyne");

    write_text(path, "[senior]\nname = \"Jocel");
    auto broken = store.load();
    EXPECT_EQ(broken.origin, SettingsOrigin::LastGood);
    EXPECT_EQ(broken.settings.senior_name, "Jocelyne");
    EXPECT_TRUE(broken.notice_due);
    EXPECT_NE(broken.notice_text().find("Line 2"), std::string::npos) << broken.notice_text();
    store.mark_notice_shown(broken);

    // Started again on the same broken file: still the last good settings, but not told again.
    auto again = SettingsStore(path, state).load();
    EXPECT_EQ(again.origin, SettingsOrigin::LastGood);
    EXPECT_FALSE(again.notice_due);

    // A different mistake is told.
    write_text(path, "[display]\ntheme = 1\n");
    EXPECT_TRUE(store.load().notice_due);
}

TEST_F(SettingsStoreTest, ABrokenFileWithNoGoodCopyUsesTheDefaults)
{
    write_text(path, "this is not toml");
    auto loaded = SettingsStore(path, state).load();
    EXPECT_EQ(loaded.origin, SettingsOrigin::Defaults);
    EXPECT_EQ(loaded.settings, default_settings());
    EXPECT_TRUE(loaded.notice_due);
    EXPECT_NE(loaded.notice_text().find("built-in"), std::string::npos);
}

TEST_F(SettingsStoreTest, TheLastGoodCopyIsPrivate)
{
    write_text(path, "[senior]\nname = \"Jocelyne\"\n");
    SettingsStore(path, state).load();
    struct stat info { };
    ASSERT_EQ(stat((state + "/last-good-settings.toml").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
}

// The built-in settings can be what a senior's own computer shows (a first run left half-way, a file
// without a name): nothing in them is the demo household's.
TEST(Settings, TheBuiltInSettingsHoldNoDemoHousehold)
{
    auto settings = default_settings();
    EXPECT_EQ(settings.senior_name, "");
    EXPECT_FALSE(settings.email.configured());
    EXPECT_TRUE(settings.contacts.empty());
    auto demo = demo_settings();
    EXPECT_EQ(demo.senior_name, "Marie-Martine");
    EXPECT_TRUE(demo.email.configured()) << "a picture of Foyer shows every tile";
    // What a file does not set comes from the base it is read over: the defaults, unless --demo.
    EXPECT_EQ(parse_settings("[display]\ntext_size = \"large\"\n").settings.senior_name, "");
    EXPECT_EQ(parse_settings("[display]\ntext_size = \"large\"\n", demo).settings.senior_name, "Marie-Martine");
}

// Safe mode keeps who she is and her way to get help from the last good settings, nothing else: an
// e-mail account or a contact may be what crashes, and only the help tile is shown.
TEST(Settings, SafeModeKeepsOnlyTheSafeFieldsOfTheLastGoodSettings)
{
    auto dir = temporary_directory("safe");
    auto path = dir + "/foyer.toml";
    write_text(path,
        "[senior]\nname = \"Jocelyne\"\n\n[display]\nlanguage = \"fr\"\ntheme = \"dark\"\ntext_size = \"largest\"\n\n"
        "[helpline]\nname = \"Les Amis du Numérique\"\nnumber = \"05 56 00 11 22\"\nhelpdesk = \"https://aide.example.org\"\n\n"
        "[email]\naddress = \"jocelyne@example.fr\"\nprovider = \"orange\"\n");
    SettingsStore store(path, dir + "/state");
    EXPECT_FALSE(store.last_good()) << "no file has loaded yet";
    ASSERT_EQ(store.load().origin, SettingsOrigin::File);
    // The file breaks afterwards (what sent Foyer into safe mode): the copy of the good one is used.
    write_text(path, "[senior]\nname = \"Jocelyne\n");
    auto safe = safe_mode_settings(store.last_good());
    EXPECT_EQ(safe.senior_name, "Jocelyne");
    EXPECT_EQ(safe.language, Language::French);
    EXPECT_EQ(safe.theme, ThemeName::Dark);
    EXPECT_EQ(safe.text_size, TextSize::Largest);
    EXPECT_EQ(safe.helpline.name, "Les Amis du Numérique");
    EXPECT_EQ(safe.helpline.helpdesk, "https://aide.example.org");
    EXPECT_FALSE(safe.email.configured());
    EXPECT_EQ(safe.tiles, (std::vector<std::string> { "help" }));
    struct stat info { };
    ASSERT_EQ(stat((dir + "/state/last-good-settings.toml").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    // Never a good file: the built-in settings, nobody's name.
    auto none = safe_mode_settings(std::nullopt);
    EXPECT_EQ(none.senior_name, "");
    EXPECT_EQ(none.helpline, default_settings().helpline);
}
