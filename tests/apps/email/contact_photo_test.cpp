// A contact's photo written as the example settings file shows it ("~/…") is the photo the e-mail screens
// draw beside their e-mails, on "Write to…", on their message and on a reply to them; not a letter.
#include "apps/email/compose_screen.hpp"
#include "apps/email/contacts_screen.hpp"
#include "apps/email/email_samples.hpp"
#include "apps/email/inbox_screen.hpp"
#include "apps/email/message_screen.hpp"
#include "apps/email/mime_writer.hpp"
#include "shell/core/system/png.hpp"
#include "tests/apps/email/email_screen_bench.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <optional>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

class ContactPhoto : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (const char* home = std::getenv("HOME"))
            m_old_home = home;
        home = temporary_directory("photo-home");
        ::setenv("HOME", home.c_str(), 1);
        std::filesystem::create_directories(home + "/photos");
        // A real PNG, small enough that it is drawn at its own size: a letter square is not 64x48.
        RgbaImage lea { 64, 48, std::vector<uint8_t>(64 * 48 * 4, 150) };
        ASSERT_FALSE(write_png(home + "/photos/lea.png", lea).is_error());
    }
    void TearDown() override
    {
        if (m_old_home)
            ::setenv("HOME", m_old_home->c_str(), 1);
        else
            ::unsetenv("HOME");
    }

    // Léa with her photo as `written` in foyer.toml, and her e-mail in the inbox (UID 1).
    EmailContext lea_with_photo(const std::string& written, const std::string& config_dir = {})
    {
        auto settings = sample_settings();
        settings.contacts.insert(settings.contacts.begin(), Contact { "Léa", written, "lea@example.fr" });
        auto now = std::time(nullptr);
        MailboxCache inbox;
        inbox.uidvalidity = 1;
        inbox.envelopes.push_back({ .uid = 1, .date = now - 3600, .from = { "Léa Bérard", "lea@example.fr" }, .subject = "Coucou Mamie" });
        OutgoingMessage message;
        message.from = { "Léa Bérard", "lea@example.fr" };
        message.to = { { "Marie-Martine", "marie-martine@example.fr" } };
        message.subject = "Coucou Mamie";
        message.text = "Je pense fort à toi.";
        message.date = now - 3600;
        return bench.context(settings, inbox, { { 1, build_message(message) } }, config_dir);
    }

    static bool drew_lea(const std::vector<DrawnElement>& drawn)
    {
        auto pictures = drawn_pictures(drawn);
        return std::find(pictures.begin(), pictures.end(), "64x48") != pictures.end();
    }

    std::string home;
    EmailScreenBench bench;

private:
    std::optional<std::string> m_old_home;
};

}

TEST_F(ContactPhoto, WrittenUnderTheHomeFolderItIsDrawnInEveryEmailScreen)
{
    auto context = lea_with_photo("~/photos/lea.png");
    InboxScreen inbox(bench.services, context);
    EXPECT_TRUE(drew_lea(bench.draw_until(inbox, drew_lea))) << "the inbox row shows a letter instead of Léa's photo";
    ContactsScreen contacts(bench.services, context);
    EXPECT_TRUE(drew_lea(bench.draw_until(contacts, drew_lea))) << "\"Write to…\" shows a letter instead of Léa's photo";
    MessageScreen message(bench.services, context, 1);
    EXPECT_TRUE(drew_lea(bench.draw_until(message, drew_lea))) << "her message shows a letter instead of her photo";
    Draft reply;
    reply.key = draft_key("lea@example.fr", "coucou");
    reply.to = { "Léa", "lea@example.fr" };
    reply.reply_subject = "Coucou Mamie";
    ComposeScreen compose(bench.services, context, reply);
    EXPECT_TRUE(drew_lea(bench.draw_until(compose, drew_lea))) << "the reply shows a letter instead of her photo";
}

TEST_F(ContactPhoto, WrittenBesideTheSettingsItIsDrawnToo)
{
    auto config = temporary_directory("photo-config");
    std::filesystem::create_directories(config + "/photos");
    std::filesystem::copy_file(home + "/photos/lea.png", config + "/photos/lea.png");
    InboxScreen inbox(bench.services, lea_with_photo("photos/lea.png", config));
    EXPECT_TRUE(drew_lea(bench.draw_until(inbox, drew_lea)));
}
