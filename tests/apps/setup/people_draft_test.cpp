// The setup's checks of the e-mail account and the contacts, without a window: each mistake names the
// field to go back to, and what is right becomes the settings that are saved.
#include "apps/setup/setup_draft.hpp"
#include "shell/core/settings/parse.hpp"
#include "shell/core/settings/write.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

namespace {

SetupDraft fresh_draft()
{
    return draft_from(default_settings(), Language::English);
}

std::string field_of(const std::optional<DraftProblem>& problem)
{
    return problem ? problem->field : std::string("(none)");
}

}

TEST(EmailDraft, SkippingEmailLeavesNoAccount)
{
    auto draft = fresh_draft();
    draft.settings.email.address = "old@example.org";
    draft.email.wanted = false;
    draft.secrets[email_password_secret] = "old";
    EXPECT_FALSE(check_email_account(draft));
    EXPECT_FALSE(draft.settings.email.configured());
    EXPECT_FALSE(draft.secrets.contains(email_password_secret));
}

TEST(EmailDraft, EachMistakeNamesItsField)
{
    auto draft = fresh_draft();
    draft.email.wanted = true;
    EXPECT_EQ(field_of(check_email_account(draft)), "setup.email.address");
    draft.email.address = "marie at orange";
    auto problem = check_email_account(draft);
    EXPECT_EQ(field_of(problem), "setup.email.address");
    EXPECT_NE(problem->error.message().find("marie@orange.fr"), std::string::npos);
    draft.email.address = " marie@orange.fr ";
    EXPECT_EQ(field_of(check_email_account(draft)), "setup.email.provider");
    draft.email.provider = "orange";
    EXPECT_EQ(field_of(check_email_account(draft)), "setup.email.password");
    draft.email.provider = other_mail_provider;
    EXPECT_EQ(field_of(check_email_account(draft)), "setup.email.imap_server");
    draft.email.imap_server = "imap server.fr";
    EXPECT_EQ(field_of(check_email_account(draft)), "setup.email.imap_server");
    draft.email.imap_server = "imap.exemple.fr";
    draft.email.imap_port = "quatre";
    EXPECT_EQ(field_of(check_email_account(draft)), "setup.email.imap_port");
    draft.email.imap_port = "993";
    EXPECT_EQ(field_of(check_email_account(draft)), "setup.email.smtp_server");
    draft.email.smtp_server = "smtp.exemple.fr";
    draft.email.smtp_port = "70000";
    EXPECT_EQ(field_of(check_email_account(draft)), "setup.email.smtp_port");
    draft.email.smtp_port = "587";
    EXPECT_EQ(field_of(check_email_account(draft)), "setup.email.password");
    draft.email.password = "two\nlines";
    EXPECT_EQ(field_of(check_email_account(draft)), "setup.email.password");
}

TEST(EmailDraft, APresetFillsTheServersAndThePasswordGoesToTheSecrets)
{
    auto draft = fresh_draft();
    draft.email = { .wanted = true, .address = "marie@orange.fr", .provider = "orange", .password = "s3cret é" };
    EXPECT_FALSE(check_email_account(draft));
    auto& email = draft.settings.email;
    EXPECT_EQ(email.address, "marie@orange.fr");
    EXPECT_EQ(email.provider, "orange");
    EXPECT_EQ(email.imap.host, "imap.orange.fr");
    EXPECT_EQ(email.smtp.port, 465);
    EXPECT_EQ(draft.secrets[email_password_secret], "s3cret é");
    // What is saved reads back the same, and the password is not in it.
    auto text = settings_text(draft.settings);
    EXPECT_EQ(text.find("s3cret"), std::string::npos);
    EXPECT_EQ(parse_settings(text).settings, draft.settings);
}

TEST(EmailDraft, OtherServersGetTheSecurityOfTheirPorts)
{
    auto draft = fresh_draft();
    draft.email = { .wanted = true, .address = "marie@exemple.fr", .provider = other_mail_provider, .imap_server = "mail.exemple.fr", .imap_port = "143", .smtp_server = "mail.exemple.fr", .smtp_port = "465", .password = "x" };
    EXPECT_FALSE(check_email_account(draft));
    EXPECT_EQ(draft.settings.email.imap, (MailServer { "mail.exemple.fr", 143, MailSecurity::StartTls }));
    EXPECT_EQ(draft.settings.email.smtp, (MailServer { "mail.exemple.fr", 465, MailSecurity::Tls }));
    EXPECT_TRUE(draft.settings.email.provider.empty());
    // A later visit shows them again for changing, and an empty password keeps the saved one.
    auto again = draft_from(draft.settings, Language::English);
    EXPECT_TRUE(again.email.wanted);
    EXPECT_EQ(again.email.provider, other_mail_provider);
    EXPECT_EQ(again.email.imap_port, "143");
    again.email.password_saved = true;
    EXPECT_FALSE(check_email_account(again));
    EXPECT_FALSE(again.secrets.contains(email_password_secret));
    EXPECT_EQ(again.settings.email, draft.settings.email);
}

TEST(EmailDraft, NoEncryptionOnlyForThisComputer)
{
    auto draft = fresh_draft();
    draft.email.kept.imap.security = MailSecurity::None;
    draft.email.kept.smtp.security = MailSecurity::None;
    draft.email = { .wanted = true, .address = "marie@exemple.fr", .provider = other_mail_provider, .imap_server = "mail.exemple.fr", .imap_port = "1143", .smtp_server = "127.0.0.1", .smtp_port = "1025", .password = "x", .kept = draft.email.kept };
    EXPECT_FALSE(check_email_account(draft));
    EXPECT_EQ(draft.settings.email.imap.security, MailSecurity::Tls);
    EXPECT_EQ(draft.settings.email.smtp.security, MailSecurity::None);
    EXPECT_FALSE(parse_settings(settings_text(draft.settings)).has_errors());
}

TEST(ContactDraft, ANameIsNeededAnEmailMustLookLikeOneAVideoLinkMustBeHttps)
{
    ContactDraft contact;
    EXPECT_EQ(field_of(check_contact(contact)), "setup.contact.name");
    contact.name = std::string(41, 'a');
    EXPECT_EQ(field_of(check_contact(contact)), "setup.contact.name");
    contact.name = "  Sophie ";
    contact.email = "sophie.example.org";
    EXPECT_EQ(field_of(check_contact(contact)), "setup.contact.email");
    contact.email = "sophie@example.org";
    contact.video = "http://meet.jit.si/Famille";
    EXPECT_EQ(field_of(check_contact(contact)), "setup.contact.video");
    contact.video = "meet.jit.si/Famille";
    EXPECT_EQ(field_of(check_contact(contact)), "setup.contact.video");
    contact.video = " https://meet.jit.si/FamilleMartin-Sophie ";
    EXPECT_FALSE(check_contact(contact));
    EXPECT_EQ(contact.name, "Sophie");
    EXPECT_EQ(contact.video, "https://meet.jit.si/FamilleMartin-Sophie");
    // Only a name is needed.
    ContactDraft neighbour { .name = "Voisine" };
    EXPECT_FALSE(check_contact(neighbour));
    EXPECT_EQ(contact_from(neighbour).video.kind, VideoKind::None);
}

TEST(ContactDraft, ContactsBecomeSettingsKeepingWhatTheSetupDoesNotEdit)
{
    Settings settings = default_settings();
    settings.contacts = {
        { "Sophie", "/home/m/Images/sophie.jpg", "sophie@example.org", { VideoKind::Jitsi, "https://meet.jit.si/A", {} } },
        { "Docteur", "", "", { VideoKind::WebPage, "https://visio.example.org/{senior}", {} } },
        { "Lucas", "", "", { VideoKind::Command, {}, { "linphone", "--call", "sip:lucas@example.org" } } },
    };
    for (int i = 0; i < 6; ++i)
        settings.contacts.push_back({ "Ami " + std::to_string(i), "", "", {} });
    auto draft = draft_from(settings, Language::French);
    ASSERT_EQ(draft.contacts.size(), max_setup_contacts);
    EXPECT_EQ(draft.more_contacts.size(), 3u);
    // Untouched, they come back exactly, those beyond the setup's six included.
    EXPECT_FALSE(check_contacts(draft));
    EXPECT_EQ(draft.settings.contacts, settings.contacts);
    // A new address for the web page's room makes it a Jitsi room; removing one removes it.
    draft.contacts[1].video = "https://meet.jit.si/Docteur";
    draft.contacts.erase(draft.contacts.begin());
    EXPECT_FALSE(check_contacts(draft));
    EXPECT_EQ(draft.settings.contacts.size(), settings.contacts.size() - 1);
    EXPECT_EQ(draft.settings.contacts[0].video.kind, VideoKind::Jitsi);
    EXPECT_EQ(draft.settings.contacts[1].video.kind, VideoKind::Command);
    // A mistake says which contact.
    draft.contacts[2].email = "pas une adresse";
    size_t which = 99;
    EXPECT_EQ(field_of(check_contacts(draft, &which)), "setup.contact.email");
    EXPECT_EQ(which, 2u);
    auto text = settings_text(draft.settings);
    EXPECT_FALSE(parse_settings(text).has_errors());
}
