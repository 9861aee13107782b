// The setup's Test button against a real Dovecot and a real SMTP server on loopback: the right password
// says it works, a wrong one says so, a sending server that is down is named, and a server nobody answers
// for is told apart from no internet at all.
#include "apps/email/account_test.hpp"
#include "apps/email/email_setup_screen.hpp"
#include "apps/setup/setup_draft.hpp"
#include "shell/core/i18n/translate.hpp"
#include "tests/apps/email/mail_lab.hpp"
#include "tests/apps/setup/fake_services.hpp"

#include <gtest/gtest.h>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

class AccountTestLab : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (auto missing = MailLab::missing_tools())
            GTEST_SKIP() << *missing;
        lab = std::make_unique<MailLab>();
        ASSERT_TRUE(lab->problem().empty()) << lab->problem();
        config = temporary_directory("account-test");
    }

    MailAccount account(const std::string& password)
    {
        auto settings = lab->settings(config);
        MailAccount made;
        made.self.address = settings.email.address;
        made.imap = settings.email.imap;
        made.smtp = settings.email.smtp;
        made.user = MailLab::user;
        made.password = password;
        return made;
    }

    // The setup's e-mail page, on the lab's servers as a family would type them ("Other"), the password
    // typed in its field; Test pressed; the answer waited for on the main thread's queue.
    struct Answer {
        std::optional<AccountVerdict> verdict;
        std::string text;
        std::vector<std::string> said;
    };
    Answer press_test(const std::string& password)
    {
        FakeServices services;
        auto draft = draft_from(lab->settings(config), Language::English);
        EXPECT_EQ(draft.email.provider, other_mail_provider);
        draft.email.password = password;
        auto flow = std::make_shared<SetupFlow>(services, email_setup_steps(), draft, SetupMode::Chapter, false,
            [](const SetupDraft&, TaskRunner&, auto) {});
        EmailPasswordScreen screen(services, flow);
        screen.start_test();
        EXPECT_TRUE(screen.testing());
        EXPECT_TRUE(services.run_until([&] { return !screen.testing(); }));
        return { screen.test_verdict(), screen.test_text(), services.said };
    }

    std::unique_ptr<MailLab> lab;
    std::string config;
};

}

TEST_F(AccountTestLab, TheRightPasswordSaysItWorks)
{
    auto answer = press_test(MailLab::password);
    ASSERT_EQ(answer.verdict, AccountVerdict::Works) << answer.text;
    EXPECT_NE(answer.text.find("It works"), std::string::npos) << answer.text;
    // Shown and said: the last thing said is the answer.
    ASSERT_FALSE(answer.said.empty());
    EXPECT_EQ(answer.said.back(), answer.text);
}

TEST_F(AccountTestLab, AWrongPasswordSaysSo)
{
    auto answer = press_test("not-the-password");
    ASSERT_EQ(answer.verdict, AccountVerdict::WrongPassword) << answer.text;
    EXPECT_NE(answer.text.find("Wrong password"), std::string::npos) << answer.text;
    EXPECT_EQ(answer.said.back(), answer.text);
}

TEST_F(AccountTestLab, TheSendingServerIsCheckedToo)
{
    // Receiving works, sending does not answer: the sentence names the server for sending.
    lab->stop_smtp();
    auto result = test_mail_account(account(MailLab::password), {}, [] { return true; });
    EXPECT_EQ(result.verdict, AccountVerdict::ServerNotFound) << result.detail;
    EXPECT_TRUE(result.about_sending);
    auto text = account_test_text(result, "127.0.0.1");
    EXPECT_NE(text.find("the server for sending"), std::string::npos) << text;
    ASSERT_TRUE(lab->start_smtp());
    EXPECT_EQ(test_mail_account(account(MailLab::password), {}, [] { return true; }).verdict, AccountVerdict::Works);
}

TEST_F(AccountTestLab, TheSendingServerReallyLogsIn)
{
    // SMTP's AUTH happens before Foyer stops: a wrong password is refused by the sending server itself.
    EXPECT_EQ(test_mail_server(account(MailLab::password), true).verdict, AccountVerdict::Works);
    auto refused = test_mail_server(account("not-the-password"), true);
    EXPECT_EQ(refused.verdict, AccountVerdict::WrongPassword) << refused.detail;
    EXPECT_TRUE(refused.about_sending);
}

TEST_F(AccountTestLab, NobodyAnsweringIsTheServerWhenTheInternetWorksElseTheInternet)
{
    auto wrong = account(MailLab::password);
    wrong.imap.port = free_loopback_port();
    auto server = test_mail_account(wrong, {}, [] { return true; });
    EXPECT_EQ(server.verdict, AccountVerdict::ServerNotFound) << server.detail;
    EXPECT_FALSE(server.about_sending);
    auto offline = test_mail_account(wrong, {}, [] { return false; });
    EXPECT_EQ(offline.verdict, AccountVerdict::NoInternet) << offline.detail;
    EXPECT_NE(account_test_text(offline, "Orange").find("No internet"), std::string::npos);
}
