// foyer.toml's e-mail account and contacts: provider presets, explicit servers winning over them, and the
// password kept out of the file.
#include "shell/core/settings/mail_providers.hpp"
#include "shell/core/settings/parse.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

TEST(SettingsEmail, AProviderFillsTheServersAndTheLimit)
{
    auto parsed = parse_settings(R"(
[email]
address = "marie-martine@orange.fr"
provider = "orange"
)");
    ASSERT_TRUE(parsed.problems.empty()) << parsed.problems[0].text();
    auto& email = parsed.settings.email;
    EXPECT_TRUE(email.configured());
    EXPECT_EQ(email.imap, (MailServer { "imap.orange.fr", 993, MailSecurity::Tls }));
    EXPECT_EQ(email.smtp, (MailServer { "smtp.orange.fr", 465, MailSecurity::Tls }));
    EXPECT_EQ(email.max_message_mb, 20);
    EXPECT_TRUE(email.keyring);
}

TEST(SettingsEmail, EveryPresetHasSecureServers)
{
    for (auto& provider : mail_providers()) {
        EXPECT_EQ(provider.imap.security, MailSecurity::Tls) << provider.id;
        EXPECT_EQ(provider.smtp.security, MailSecurity::Tls) << provider.id;
        EXPECT_EQ(provider.imap.port, 993) << provider.id;
        EXPECT_EQ(provider.smtp.port, 465) << provider.id;
        EXPECT_GE(provider.max_message_mb, 10) << provider.id;
    }
    for (auto id : { "orange", "free", "sfr", "laposte", "gmail" })
        EXPECT_NE(mail_provider(id), nullptr) << id;
}

TEST(SettingsEmail, WhatTheFileSaysWinsOverThePresetWhereverItIsWritten)
{
    auto parsed = parse_settings(R"(
[email]
smtp_port = 587
smtp_security = "starttls"
address = "jean@gmail.com"
provider = "gmail"
max_message_mb = 10
)");
    ASSERT_TRUE(parsed.problems.empty()) << parsed.problems[0].text();
    auto& email = parsed.settings.email;
    EXPECT_EQ(email.smtp, (MailServer { "smtp.gmail.com", 587, MailSecurity::StartTls }));
    EXPECT_EQ(email.imap.host, "imap.gmail.com");
    EXPECT_EQ(email.max_message_mb, 10);
}

TEST(SettingsEmail, AnotherProviderWithItsOwnServers)
{
    auto parsed = parse_settings(R"(
[email]
address = "jr@example.fr"
user = "jr"
name = "Jean-Robert"
imap_server = "127.0.0.1"
imap_port = 10143
imap_security = "none"
smtp_server = "localhost"
smtp_port = 10025
smtp_security = "none"
password_file = "/home/jr/.mail-password"
keyring = false
ca_file = "/etc/ca.pem"
)");
    ASSERT_TRUE(parsed.problems.empty()) << parsed.problems[0].text();
    auto& email = parsed.settings.email;
    EXPECT_EQ(email.imap, (MailServer { "127.0.0.1", 10143, MailSecurity::None }));
    EXPECT_EQ(email.smtp, (MailServer { "localhost", 10025, MailSecurity::None }));
    EXPECT_EQ(email.user, "jr");
    EXPECT_EQ(email.display_name, "Jean-Robert");
    EXPECT_EQ(email.password_file, "/home/jr/.mail-password");
    EXPECT_FALSE(email.keyring);
    EXPECT_EQ(email.ca_file, "/etc/ca.pem");
}

TEST(SettingsEmail, MistakesAreSaidOnTheirLine)
{
    auto parsed = parse_settings(R"(
[email]
address = "not an address"
provider = "wanadoo"
password = "secret"
imap_server = "mail.example.fr"
imap_security = "none"
)");
    ASSERT_TRUE(parsed.has_errors());
    std::vector<int> lines;
    for (auto& problem : parsed.problems)
        lines.push_back(problem.line);
    EXPECT_NE(std::find(lines.begin(), lines.end(), 3), lines.end());
    EXPECT_NE(std::find(lines.begin(), lines.end(), 4), lines.end());
    EXPECT_NE(std::find(lines.begin(), lines.end(), 5), lines.end());
    bool said_password = false, said_none = false;
    for (auto& problem : parsed.problems) {
        said_password = said_password || problem.text().find("password must not be written") != std::string::npos;
        said_none = said_none || problem.text().find("only allowed for a mail server on this computer") != std::string::npos;
    }
    EXPECT_TRUE(said_password);
    EXPECT_TRUE(said_none);
}

TEST(SettingsEmail, AnAddressWithoutServersIsAnError)
{
    auto parsed = parse_settings("[email]\naddress = \"marie@example.fr\"\n");
    EXPECT_TRUE(parsed.has_errors());
}

TEST(SettingsContacts, AreReadInOrderWithTheirPhotoAndAddress)
{
    auto parsed = parse_settings(R"(
[[contacts]]
name = "Mathilde"
photo = "/home/marie/Images/mathilde.jpg"
email = "mathilde@example.fr"

[[contacts]]
name = "Docteur Martin"
)");
    ASSERT_TRUE(parsed.problems.empty()) << parsed.problems[0].text();
    ASSERT_EQ(parsed.settings.contacts.size(), 2u);
    EXPECT_EQ(parsed.settings.contacts[0], (Contact { "Mathilde", "/home/marie/Images/mathilde.jpg", "mathilde@example.fr" }));
    EXPECT_EQ(parsed.settings.contacts[1].name, "Docteur Martin");
    EXPECT_TRUE(parsed.settings.contacts[1].email.empty());
}

TEST(SettingsContacts, AContactWithoutANameOrWithABadAddressIsSaid)
{
    auto parsed = parse_settings(R"(
[[contacts]]
email = "x@example.fr"

[[contacts]]
name = "Paul"
email = "paul at home"
favourite = "yes"
)");
    ASSERT_EQ(parsed.settings.contacts.size(), 1u);
    EXPECT_EQ(parsed.settings.contacts[0].name, "Paul");
    EXPECT_TRUE(parsed.settings.contacts[0].email.empty());
    EXPECT_EQ(parsed.problems.size(), 3u);
}

TEST(SettingsContacts, MustBeSections)
{
    auto parsed = parse_settings("contacts = \"Mathilde\"\n");
    EXPECT_TRUE(parsed.has_errors());
}
