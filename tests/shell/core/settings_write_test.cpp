// foyer.toml written by the setup: it reads back as the same settings, keeps the example's explanations,
// carries over sections it does not know, and is saved safely.
#include "shell/core/settings/parse.hpp"
#include "shell/core/settings/store.hpp"
#include "shell/core/settings/write.hpp"
#include "shell/core/system/files.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <toml++/toml.h>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

Settings unusual_settings()
{
    Settings settings = default_settings();
    settings.senior_name = "Jean-Robert \"Bob\" \\ Œdipe\tLœwe";
    settings.language = Language::English;
    settings.theme = ThemeName::Dark;
    settings.text_size = TextSize::Largest;
    settings.voice = { false, 220, 160, "fr-be" };
    settings.tiles = { "help", "print" };
    auto& line = settings.helpline;
    line.name = "France Services « Montreuil »";
    line.number = "+33 (0)1 48.70.60-00";
    line.helpdesk = "https://aide.example.org/foyer";
    line.enrollment_code = "ABC-123 \"x\"";
    line.ca_file = "/etc/ssl/association.pem";
    line.hours.weekly = {};
    for (int day = 0; day < 5; ++day)
        line.hours.weekly[size_t(day)] = { { TimeOfDay { 9 * 60 }, TimeOfDay { 12 * 60 } }, { TimeOfDay { 14 * 60 }, TimeOfDay { 17 * 60 + 30 } } };
    line.hours.weekly[5] = { { TimeOfDay { 9 * 60 }, TimeOfDay { 12 * 60 } } };
    line.hours.weekly[6] = { { TimeOfDay { 22 * 60 }, TimeOfDay { 24 * 60 } } };
    line.hours.holidays = HolidayCalendar::FranceAlsaceMoselle;
    line.hours.closed_dates = { { 2026, 12, 24 }, { 2027, 1, 2 } };
    settings.diagnosis.sites = { "https://www.service-public.fr/", "http://localhost:8080/" };
    return settings;
}

// An account on a provider of its own (every server field written) and one contact of each kind of call.
Settings household_with_mail_and_contacts()
{
    Settings settings = unusual_settings();
    auto& email = settings.email;
    email.address = "marie-martine@exemple.fr";
    email.display_name = "Marie-Martine \"Mamie\" Lœwe";
    email.imap = { "imap.exemple.fr", 143, MailSecurity::StartTls };
    email.smtp = { "smtp.exemple.fr", 587, MailSecurity::StartTls };
    email.user = "mmartine";
    email.password_file = "/home/marie/.config/foyer/secrets/email-password";
    email.keyring = false;
    email.max_message_mb = 12;
    email.ca_file = "/etc/ssl/fai.pem";
    settings.video.browser = "/usr/bin/chromium";
    settings.contacts = {
        { "Sophie", "~/Images/famille/sophie.jpg", "sophie@example.org", { VideoKind::Jitsi, "https://meet.jit.si/FamilleMartin-Sophie-7Qx2", {} } },
        { "Lucas « le petit »", "/home/marie/Images/lucas.png", "", { VideoKind::Command, {}, { "linphone", "--call", "sip:lucas@sip.example.org" } } },
        { "Dr Dupont", "", "cabinet@example.org", { VideoKind::WebPage, "https://visio.example.org/room?name={senior}&lang={language}", {} } },
        { "Voisine", "", "", {} },
    };
    return settings;
}

}

TEST(SettingsWrite, EmailAccountAndContactsOfEveryKindReadBack)
{
    auto settings = household_with_mail_and_contacts();
    auto text = settings_text(settings);
    auto parsed = parse_settings(text);
    EXPECT_TRUE(parsed.problems.empty()) << parsed.problems.front().text() << "\n"
                                         << text;
    EXPECT_EQ(parsed.settings.email, settings.email) << text;
    EXPECT_EQ(parsed.settings.contacts, settings.contacts) << text;
    EXPECT_EQ(parsed.settings.video, settings.video) << text;
    EXPECT_EQ(parsed.settings, settings);
    // The explanations a family needs stay, and the example entries are gone once there are real ones.
    EXPECT_NE(text.find("# video_provider: \"jitsi\" (the default)"), std::string::npos);
    EXPECT_EQ(text.find("# name = \"Sophie\""), std::string::npos);
    EXPECT_NE(text.find("video_provider = \"web\""), std::string::npos);
    EXPECT_NE(text.find("imap_security = \"starttls\""), std::string::npos);
}

TEST(SettingsWrite, AProviderPresetIsWrittenAloneAndItsChangesExplicitly)
{
    Settings settings = default_settings();
    settings.email.address = "marie@orange.fr";
    settings.email.provider = "orange";
    settings.email.imap = { "imap.orange.fr", 993, MailSecurity::Tls };
    settings.email.smtp = { "smtp.orange.fr", 465, MailSecurity::Tls };
    auto text = settings_text(settings);
    EXPECT_NE(text.find("provider = \"orange\""), std::string::npos);
    EXPECT_EQ(text.find("\nimap_server"), std::string::npos) << "the preset's servers need no lines";
    EXPECT_EQ(parse_settings(text).settings, settings);
    // A family that changed one port of the preset keeps that change.
    settings.email.smtp.port = 587;
    settings.email.smtp.security = MailSecurity::StartTls;
    text = settings_text(settings);
    EXPECT_NE(text.find("\nsmtp_port = 587"), std::string::npos) << text;
    auto parsed = parse_settings(text);
    EXPECT_TRUE(parsed.problems.empty());
    EXPECT_EQ(parsed.settings, settings);
}

TEST(SettingsWrite, ThePasswordIsNeverInTheFile)
{
    // Only the name of the file that holds it: the password itself has no field in Settings at all.
    auto text = settings_text(household_with_mail_and_contacts());
    EXPECT_EQ(text.find("\npassword ="), std::string::npos);
    EXPECT_NE(text.find("\npassword_file = \"/home/marie/.config/foyer/secrets/email-password\""), std::string::npos);
}

TEST(SettingsWrite, TheDefaultsAreExactlyTheDocumentedExample)
{
    // The example a family copies and the file the setup writes are one and the same text.
    auto example = read_file(std::string(FOYER_SOURCE_DIR) + "/assets/foyer.example.toml");
    ASSERT_TRUE(example);
    EXPECT_EQ(settings_text(default_settings()), *example);
}

TEST(SettingsWrite, EverySettingReadsBackTheSame)
{
    for (auto settings : { default_settings(), unusual_settings() }) {
        auto text = settings_text(settings);
        auto parsed = parse_settings(text);
        EXPECT_TRUE(parsed.problems.empty()) << parsed.problems.front().text() << "\n"
                                             << text;
        EXPECT_EQ(parsed.settings, settings) << text;
    }
}

TEST(SettingsWrite, AutomaticLanguageEmptyTilesAndNoHoursReadBack)
{
    Settings settings = default_settings();
    settings.language.reset();
    settings.tiles.clear();
    settings.helpline.hours.weekly = {};
    settings.helpline.hours.holidays = HolidayCalendar::None;
    settings.diagnosis.sites.clear();
    auto text = settings_text(settings);
    EXPECT_NE(text.find("language = \"auto\""), std::string::npos);
    EXPECT_NE(text.find("hours = []"), std::string::npos);
    auto parsed = parse_settings(text);
    EXPECT_TRUE(parsed.problems.empty()) << parsed.problems.front().text();
    EXPECT_EQ(parsed.settings, settings);
}

TEST(SettingsWrite, DaysSharingHoursAreOneSectionAndLunchBreaksTwo)
{
    auto text = settings_text(unusual_settings());
    EXPECT_NE(text.find("days = \"monday-friday\"\nopen = \"09:00\"\nclose = \"12:00\""), std::string::npos) << text;
    EXPECT_NE(text.find("days = \"monday-friday\"\nopen = \"14:00\"\nclose = \"17:30\""), std::string::npos) << text;
    EXPECT_NE(text.find("days = \"sunday\"\nopen = \"22:00\"\nclose = \"24:00\""), std::string::npos) << text;
    EXPECT_EQ(weekdays_text({ true, false, true, true, true, false, true }), "monday, wednesday-friday, sunday");
}

TEST(SettingsWrite, SectionsItDoesNotWriteAreCarriedOver)
{
    // As an app's section would be, before this writer knows it (a newer Foyer's, or one added by hand).
    std::string previous = "[senior]\nname = \"Old\"\n\n[weather]\ntown = \"Montreuil\"\n\n"
                           "[[birthdays]]\nname = \"Léa\"\nday = \"05-12\"\n\n[[birthdays]]\nname = \"Paul\"\n\n"
                           "[email]\naddress = \"old@example.org\"\n";
    auto settings = default_settings();
    settings.senior_name = "Marie-Martine";
    auto text = settings_text(settings, previous);
    auto root = toml::parse(text);
    EXPECT_EQ(root["weather"]["town"].value_or(std::string {}), "Montreuil");
    ASSERT_TRUE(root["birthdays"].as_array());
    EXPECT_EQ(root["birthdays"].as_array()->size(), 2u);
    EXPECT_EQ(root["birthdays"][0]["name"].value_or(std::string {}), "Léa");
    // The e-mail account is written by this version now: the previous file's is replaced, not carried.
    EXPECT_EQ(root["email"]["address"].value_or(std::string { "?" }), "");
    // The known sections are this version's, not the previous file's.
    EXPECT_EQ(root["senior"]["name"].value_or(std::string {}), "Marie-Martine");
    // And the settings themselves still read back (the unknown sections are only warned about).
    auto parsed = parse_settings(text);
    EXPECT_FALSE(parsed.has_errors());
    EXPECT_EQ(parsed.settings, settings);
}

TEST(SettingsWrite, SavingKeepsThePreviousFileAndIsPrivate)
{
    auto dir = temporary_directory("write");
    auto path = dir + "/foyer/foyer.toml";
    ASSERT_FALSE(make_directories(dir + "/foyer").is_error());
    write_text(path, "# written by hand\n[senior]\nname = \"Jocelyne\"\n");
    auto settings = unusual_settings();
    ASSERT_FALSE(save_settings_file(path, settings).is_error());
    EXPECT_EQ(read_text(path + ".previous"), "# written by hand\n[senior]\nname = \"Jocelyne\"\n");
    struct stat info { };
    ASSERT_EQ(stat(path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    // The store Foyer reads at start gets exactly what was saved.
    auto loaded = SettingsStore(path, dir + "/state").load();
    EXPECT_EQ(loaded.origin, SettingsOrigin::File);
    EXPECT_TRUE(loaded.problems.empty());
    EXPECT_EQ(loaded.settings, settings);
}

TEST(SettingsWrite, QuotedTextsSurviveEveryControlCharacter)
{
    std::string nasty = "a\"b\\c\nd\te\x01"
                        "f\x7f"
                        "g’h";
    auto root = toml::parse("x = " + toml_quoted(nasty));
    EXPECT_EQ(root["x"].value_or(std::string {}), nasty);
}
