// The setup's draft on disk: what the family typed comes back as typed, without its secrets, in a private
// file written whole or not at all; a broken draft is said in the log and the setup starts afresh.
#include "apps/setup/draft_file.hpp"
#include "apps/setup/setup_app.hpp"
#include "shell/core/i18n/translate.hpp"
#include "shell/core/system/log.hpp"
#include "tests/apps/setup/fake_services.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <sys/stat.h>
#include <thread>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

SetupDraft typed_half_way()
{
    SetupDraft draft = draft_from(default_settings(), Language::French);
    draft.senior_name = "Jocelyne";
    draft.settings.senior_name = "Jocelyne";
    draft.settings.language = Language::English;
    draft.settings.text_size = TextSize::Largest;
    draft.settings.voice.rate = 130;
    draft.helpline = HelplineChoice::Other;
    draft.helpline_name = "France Services \"Montreuil\"";
    draft.helpline_number = "01 48 70 60 00";
    draft.helpline_hours = "du mardi au jeudi de 14h à 17h\nsamedi 9h30-12h";
    draft.helpdesk = "aide.example.org";
    draft.enrollment_code = "MONTREUIL-2026";
    draft.email.wanted = true;
    draft.email.address = "jocelyne@orange.fr";
    draft.email.provider = "orange";
    draft.email.password = "mot-de-passe-secret";
    draft.contacts = { { "Sophie", "/home/j/Images/sophie.jpg", "sophie@example.org", "https://meet.jit.si/Famille-Sophie", {} } };
    draft.family_code = "2580";
    draft.family_code_again = "2580";
    draft.secrets[email_password_secret] = "mot-de-passe-secret";
    return draft;
}

}

TEST(SetupDraftFile, WhatWasTypedComesBackAsTypedWithTheStep)
{
    auto text = setup_draft_text(typed_half_way(), "setup.printer");
    auto saved = parse_setup_draft(text);
    ASSERT_FALSE(saved.is_error()) << saved.error().detail();
    auto& draft = saved.value().draft;
    EXPECT_EQ(saved.value().step, "setup.printer");
    EXPECT_EQ(draft.senior_name, "Jocelyne");
    EXPECT_EQ(draft.settings.senior_name, "Jocelyne");
    EXPECT_EQ(draft.settings.language, Language::English);
    EXPECT_EQ(draft.settings.text_size, TextSize::Largest);
    EXPECT_EQ(draft.settings.voice.rate, 130);
    EXPECT_EQ(draft.helpline, HelplineChoice::Other);
    EXPECT_EQ(draft.helpline_name, "France Services \"Montreuil\"");
    EXPECT_EQ(draft.helpline_number, "01 48 70 60 00");
    EXPECT_EQ(draft.helpline_hours, "du mardi au jeudi de 14h à 17h\nsamedi 9h30-12h");
    EXPECT_EQ(draft.helpdesk, "aide.example.org");
    EXPECT_EQ(draft.enrollment_code, "MONTREUIL-2026");
    EXPECT_TRUE(draft.email.wanted);
    EXPECT_EQ(draft.email.address, "jocelyne@orange.fr");
    EXPECT_EQ(draft.email.provider, "orange");
    ASSERT_EQ(draft.contacts.size(), 1u);
    EXPECT_EQ(draft.contacts[0].name, "Sophie");
    EXPECT_EQ(draft.contacts[0].photo, "/home/j/Images/sophie.jpg");
    EXPECT_EQ(draft.contacts[0].email, "sophie@example.org");
    EXPECT_EQ(draft.contacts[0].video, "https://meet.jit.si/Famille-Sophie");
    // The secrets are typed again: they are not in the file at all.
    EXPECT_EQ(text.find("mot-de-passe-secret"), std::string::npos) << text;
    EXPECT_EQ(text.find("2580"), std::string::npos) << text;
    EXPECT_TRUE(draft.email.password.empty());
    EXPECT_TRUE(draft.family_code.empty());
    EXPECT_TRUE(draft.secrets.empty());
}

TEST(SetupDraftFile, ANameNotYetCheckedStaysEmptyRatherThanTheBuiltInOne)
{
    auto draft = draft_from(default_settings(), Language::French);
    draft.senior_name = "Jo";
    draft.settings.senior_name.clear();
    auto saved = parse_setup_draft(setup_draft_text(draft, "setup.senior"));
    ASSERT_FALSE(saved.is_error()) << saved.error().detail();
    EXPECT_EQ(saved.value().draft.senior_name, "Jo");
    EXPECT_EQ(saved.value().draft.settings.senior_name, "");
}

TEST(SetupDraftFile, TheKeeperWritesAPrivateFileAndDeletesItWhenTheSetupIsSaved)
{
    auto folder = temporary_directory("draft");
    DraftKeeper keeper(folder + "/setup-draft.toml");
    auto draft = typed_half_way();
    keeper.keep(draft, "setup.hours");
    ASSERT_TRUE(eventually([&] { return read_text(keeper.path()).find("setup.hours") != std::string::npos; }));
    struct stat info { };
    ASSERT_EQ(::stat(keeper.path().c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    draft.senior_name = "Jocelyne Martin";
    keeper.keep(draft, "setup.hours");
    ASSERT_TRUE(eventually([&] { return read_text(keeper.path()).find("Jocelyne Martin") != std::string::npos; }));
    // Written whole then renamed: no temporary file stays behind.
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator()), 1);
    keeper.forget();
    EXPECT_TRUE(eventually([&] { return !std::filesystem::exists(keeper.path()); }));
}

TEST(SetupDraftFile, TheSetupComesBackAtTheStepItWasLeftOn)
{
    i18n::set_language(Language::French);
    auto folder = temporary_directory("draft");
    write_text(folder + "/setup-draft.toml", setup_draft_text(typed_half_way(), "setup.display"));
    FakeServices services(folder + "/foyer.toml");
    auto app = std::make_shared<SetupApp>(SetupHooks {}, SecretStore(folder + "/secrets"));
    auto screen = app->open(services);
    ASSERT_TRUE(screen);
    EXPECT_EQ(screen->id(), "setup.display");
    // Shown at once as the family had chosen it.
    ASSERT_TRUE(services.tried);
    EXPECT_EQ(services.tried->text_size, TextSize::Largest);
}

TEST(SetupDraftFile, ABrokenDraftIsLoggedAndTheSetupStartsAfreshChangingNothingElse)
{
    i18n::set_language(Language::French);
    auto folder = temporary_directory("draft");
    auto broken = std::string("format = 1\nstep = \"setup.printer\nsenior_name = \"Jo\"\n");
    write_text(folder + "/setup-draft.toml", broken);
    set_log_file(folder + "/foyer.log");
    FakeServices services(folder + "/foyer.toml");
    auto app = std::make_shared<SetupApp>(SetupHooks {}, SecretStore(folder + "/secrets"));
    auto screen = app->open(services);
    set_log_file({});
    ASSERT_TRUE(screen);
    EXPECT_EQ(screen->id(), "setup.welcome");
    EXPECT_FALSE(services.tried) << "nothing of the broken draft is shown";
    auto log = read_text(folder + "/foyer.log");
    EXPECT_NE(log.find("setup: the draft " + folder + "/setup-draft.toml is broken (line 2"), std::string::npos) << log;
    EXPECT_NE(log.find("the setup starts afresh"), std::string::npos) << log;
    // Nothing else changes: the broken file is as it was, and no settings were written.
    EXPECT_EQ(read_text(folder + "/setup-draft.toml"), broken);
    EXPECT_FALSE(std::filesystem::exists(folder + "/foyer.toml"));
    EXPECT_EQ(services.saves, 0);
}
