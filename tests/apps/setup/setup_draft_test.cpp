// The setup's checks: what a family types wrong gets one plain sentence and the field to go back to;
// what it types right becomes the settings.
#include "apps/setup/setup_draft.hpp"
#include "shell/core/i18n/translate.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

class SetupDraftTest : public ::testing::Test {
protected:
    void SetUp() override { i18n::set_language(Language::English); }
    SetupDraft draft = draft_from(default_settings(), Language::English);
};

TEST_F(SetupDraftTest, TheSeniorsNameIsNeededAndShort)
{
    draft.senior_name = "   ";
    auto problem = check_senior(draft);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field, "setup.name");
    EXPECT_EQ(problem->error.message(), "Write the first name Foyer should greet, such as Marie-Martine.");
    draft.senior_name = std::string(41, 'a');
    EXPECT_EQ(check_senior(draft)->error.message(), "This name is too long for the screen: 40 letters at most.");
    // Forty letters with accents are forty letters, not eighty bytes.
    draft.senior_name = "  " + std::string(20, 'e') + [] { std::string s; for (int i = 0; i < 20; ++i) s += "é"; return s; }() + " ";
    EXPECT_FALSE(check_senior(draft));
    draft.senior_name = " Jocelyne ";
    EXPECT_FALSE(check_senior(draft));
    EXPECT_EQ(draft.settings.senior_name, "Jocelyne");
}

TEST_F(SetupDraftTest, AnotherAssociationsNumberMustBeATelephoneNumber)
{
    draft.helpline = HelplineChoice::Other;
    draft.helpline_name = "France Services";
    draft.helpline_number = "call us";
    auto problem = check_helpline_details(draft);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field, "setup.helpline_number");
    EXPECT_EQ(problem->error.message(), "“call us” is not a telephone number. Write it with digits, as on a telephone, such as 01 23 45 67 89.");
    draft.helpline_name = "";
    EXPECT_EQ(check_helpline_details(draft)->field, "setup.helpline_name");
    draft.helpline_name = "France Services";
    draft.helpline_number = "+33 1 48 70 60 00";
    EXPECT_FALSE(check_helpline_details(draft));
    EXPECT_EQ(draft.settings.helpline.number, "+33 1 48 70 60 00");
}

TEST_F(SetupDraftTest, AHelpdeskMustBeASecureAddress)
{
    draft.helpdesk = "http://aide.example.org";
    auto problem = check_helpdesk(draft);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->error.message(),
        "“http://aide.example.org” is not a secure web address: it must start with https://. Copy it exactly as the association gave it.");
    draft.helpdesk = "ftp://aide.example.org";
    EXPECT_TRUE(check_helpdesk(draft));
    draft.helpdesk = "";
    draft.enrollment_code = "1234";
    EXPECT_EQ(check_helpdesk(draft)->error.message(),
        "An enrollment code goes with a helpdesk address: write the address too, or leave both empty.");
    draft.helpdesk = " https://aide.example.org/ ";
    EXPECT_FALSE(check_helpdesk(draft));
    EXPECT_EQ(draft.settings.helpline.helpdesk, "https://aide.example.org");
    EXPECT_EQ(draft.settings.helpline.enrollment_code, "1234");
    // A helpdesk on this computer itself (tests, a local installation) may be plain http.
    draft.helpdesk = "http://127.0.0.1:8080";
    EXPECT_FALSE(check_helpdesk(draft));
}

TEST_F(SetupDraftTest, AHelpdeskAddressWithoutHttpsGetsItByItself)
{
    draft.helpdesk = " aide.example.org/ ";
    EXPECT_FALSE(check_helpdesk(draft));
    EXPECT_EQ(draft.settings.helpline.helpdesk, "https://aide.example.org");
    // What the field shows becomes what was kept, so the family sees the https:// Foyer added.
    EXPECT_EQ(draft.helpdesk, "https://aide.example.org");
    draft.helpdesk = "aide.example.org/foyer";
    EXPECT_FALSE(check_helpdesk(draft));
    EXPECT_EQ(draft.settings.helpline.helpdesk, "https://aide.example.org/foyer");
}

TEST_F(SetupDraftTest, TheFamilyCodeIsDigitsNotTooEasyAndTypedTwice)
{
    auto code = [&](std::string first, std::string again, bool required = true) {
        draft.family_code = std::move(first);
        draft.family_code_again = std::move(again);
        auto problem = check_family_code(draft, required);
        return problem ? problem->field + ": " + problem->error.message() : std::string("ok");
    };
    EXPECT_EQ(code("", ""), "setup.code: The family code is 4 to 8 digits. Type it with the number keys.");
    EXPECT_EQ(code("", "", false), "ok");
    EXPECT_EQ(code("123", "123"), "setup.code: The family code is 4 to 8 digits. Type it with the number keys.");
    EXPECT_EQ(code("1234", "1234"), "setup.code: This code is too easy to guess. Choose digits that do not follow each other and are not all the same.");
    EXPECT_EQ(code("0000", "0000").substr(0, 10), "setup.code");
    EXPECT_EQ(code("9876", "9876").substr(0, 10), "setup.code");
    EXPECT_EQ(code("2580", "2850"), "setup.code_again: The two codes are not the same. Type the code again below.");
    EXPECT_EQ(code("2580", "2580"), "ok");
}

TEST_F(SetupDraftTest, TheNationalHelplineIsRecognisedAndRestored)
{
    EXPECT_EQ(draft.helpline, HelplineChoice::National);
    Settings other = default_settings();
    other.helpline.name = "Entraide Numérique";
    other.helpline.number = "05 55 55 55 55";
    other.helpline.helpdesk = "https://aide.example.org";
    auto edited = draft_from(other, Language::French);
    EXPECT_EQ(edited.helpline, HelplineChoice::Other);
    EXPECT_EQ(edited.helpline_hours, "lundi-vendredi 09:00-18:00");
    EXPECT_EQ(edited.helpdesk, "https://aide.example.org");
    edited.helpline = HelplineChoice::National;
    EXPECT_FALSE(apply_helpline_choice(edited));
    EXPECT_EQ(edited.settings.helpline, default_settings().helpline);
}

TEST_F(SetupDraftTest, ChoosingAnotherAssociationChecksEverythingItNeeds)
{
    draft.helpline = HelplineChoice::Other;
    draft.helpline_name = "Entraide";
    draft.helpline_number = "05 55 55 55 55";
    draft.helpline_hours = "tuesday 25h";
    EXPECT_EQ(apply_helpline_choice(draft)->field, "setup.helpline_hours");
    draft.helpline_hours = "tuesday 14h-18h";
    EXPECT_FALSE(apply_helpline_choice(draft));
    EXPECT_EQ(draft.settings.helpline.hours.weekly[1].size(), 1u);
    EXPECT_TRUE(draft.settings.helpline.hours.weekly[0].empty());
}
