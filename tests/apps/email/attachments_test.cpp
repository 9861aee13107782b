// Files made ready to send: big and phone photos shrunk and turned upright, documents as they are, sizes
// said in words; and the account's password kept private.
#include "apps/email/attachments.hpp"
#include "apps/email/mail_account.hpp"
#include "apps/email/mail_errors.hpp"
#include "shell/core/i18n/translate.hpp"
#include "shell/core/system/files.hpp"
#include "shell/core/system/image.hpp"
#include "shell/core/system/png.hpp"
#include "tests/support/process.hpp"

#include <filesystem>
#include <gtest/gtest.h>
#include <stb_image_write.h>
#include <sys/stat.h>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

RgbaImage picture(int width, int height)
{
    RgbaImage image { width, height, std::vector<uint8_t>(size_t(width) * size_t(height) * 4) };
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            auto* p = &image.pixels[(size_t(y) * size_t(width) + size_t(x)) * 4];
            // Noise-like colours, so the JPEG is as heavy as a real photo.
            p[0] = uint8_t((x * 7 + y * 13) ^ (x * y));
            p[1] = uint8_t(x * 3 + y);
            p[2] = uint8_t(y * 5);
            p[3] = 255;
        }
    return image;
}

std::string jpeg_of(const RgbaImage& image)
{
    std::vector<uint8_t> rgb;
    for (size_t i = 0; i < image.pixels.size(); i += 4)
        rgb.insert(rgb.end(), { image.pixels[i], image.pixels[i + 1], image.pixels[i + 2] });
    std::string out;
    stbi_write_jpg_to_func([](void* o, void* d, int n) { static_cast<std::string*>(o)->append(static_cast<char*>(d), size_t(n)); }, &out,
        image.width, image.height, 3, rgb.data(), 95);
    return out;
}

}

TEST(Attachments, ABigPhotoIsShrunkToJpeg)
{
    auto dir = temporary_directory("attach");
    ASSERT_FALSE(write_png(dir + "/Grand tableau.png", picture(4000, 3000)).is_error());
    auto prepared = prepare_attachment(dir + "/Grand tableau.png");
    ASSERT_FALSE(prepared.is_error()) << prepared.error().detail();
    EXPECT_EQ(prepared.value().filename, "Grand tableau.jpg");
    EXPECT_EQ(prepared.value().content_type, "image/jpeg");
    auto back = decode_picture(prepared.value().data);
    ASSERT_FALSE(back.is_error());
    EXPECT_EQ(back.value().width, max_photo_side);
    EXPECT_EQ(back.value().height, 1536);
}

TEST(Attachments, ASmallPhotoGoesAsItIs)
{
    auto dir = temporary_directory("attach");
    auto jpeg = jpeg_of(picture(800, 600));
    write_text(dir + "/petit.jpg", jpeg);
    auto prepared = prepare_attachment(dir + "/petit.jpg");
    ASSERT_FALSE(prepared.is_error());
    EXPECT_EQ(prepared.value().data, jpeg);
    EXPECT_EQ(prepared.value().filename, "petit.jpg");
}

TEST(Attachments, DocumentsGoAsTheyAreAndMissingFilesAreSaid)
{
    auto dir = temporary_directory("attach");
    write_text(dir + "/Lettre.pdf", "%PDF-1.4 x");
    auto prepared = prepare_attachment(dir + "/Lettre.pdf");
    ASSERT_FALSE(prepared.is_error());
    EXPECT_EQ(prepared.value().content_type, "application/pdf");
    EXPECT_EQ(prepared.value().data, "%PDF-1.4 x");
    EXPECT_EQ(content_type_for("a.ODT"), "application/vnd.oasis.opendocument.text");
    EXPECT_EQ(content_type_for("noext"), "application/octet-stream");
    EXPECT_TRUE(prepare_attachment(dir + "/nothing.pdf").is_error());
    write_text(dir + "/broken.jpg", "not a picture");
    EXPECT_TRUE(prepare_attachment(dir + "/broken.jpg").is_error());
}

TEST(Attachments, EncodedSizeIsABitMoreThanAThirdMore)
{
    std::vector<Attachment> files { { "a.pdf", "application/pdf", std::string(3'000'000, 'x') } };
    auto size = encoded_size(files, 100);
    EXPECT_GT(size, 4'000'000u);
    EXPECT_LT(size, 4'200'000u);
}

TEST(Attachments, MegabytesInWords)
{
    ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
    i18n::set_language(Language::English);
    EXPECT_EQ(megabytes_text(12'345'678), "13 MB");
    EXPECT_EQ(megabytes_text(2'340'000), "2.4 MB");
    EXPECT_EQ(megabytes_text(1000), "0.1 MB");
    i18n::set_language(Language::French);
    EXPECT_EQ(megabytes_text(2'340'000), "2,4 Mo");
    i18n::set_language(Language::English);
}

TEST(MailAccount, ThePasswordFileMustBePrivate)
{
    auto dir = temporary_directory("account");
    Settings settings;
    settings.senior_name = "Marie";
    settings.email.address = "marie@example.fr";
    settings.email.imap = { "127.0.0.1", 10143, MailSecurity::None };
    settings.email.smtp = { "127.0.0.1", 10025, MailSecurity::None };
    settings.email.keyring = false;
    auto missing = load_account(settings, dir);
    ASSERT_TRUE(missing.is_error());
    EXPECT_EQ(mail_failure(missing.error()), MailFailure::NoPassword);
    write_text(dir + "/email-password", "secret\n");
    ::chmod((dir + "/email-password").c_str(), 0644);
    auto open = load_account(settings, dir);
    ASSERT_TRUE(open.is_error());
    EXPECT_EQ(mail_failure(open.error()), MailFailure::PasswordFileOpen);
    ::chmod((dir + "/email-password").c_str(), 0600);
    auto account = load_account(settings, dir);
    ASSERT_FALSE(account.is_error());
    EXPECT_EQ(account.value().password, "secret");
    EXPECT_EQ(account.value().user, "marie@example.fr");
    EXPECT_EQ(account.value().self.name, "Marie");
    EXPECT_EQ(server_url(account.value().imap, true), "imap://127.0.0.1:10143/");
    settings.email.imap.host = "imap.example.fr";
    auto plain = load_account(settings, dir);
    ASSERT_TRUE(plain.is_error()) << "no encryption is for this computer only";
    EXPECT_EQ(mail_failure(plain.error()), MailFailure::Certificate);
    settings.email = {};
    EXPECT_EQ(mail_failure(load_account(settings, dir).error()), MailFailure::NotSetUp);
}

// The keyring is asked through secret-tool (libsecret) when a session bus is there; this machine has no
// Secret Service, so a secret-tool that answers as the keyring would stands in at that process boundary.
TEST(MailAccount, TheKeyringIsAskedFirstAndThePasswordFileAfter)
{
    auto dir = temporary_directory("keyring");
    std::filesystem::create_directories(dir + "/bin");
    write_text(dir + "/bin/secret-tool",
        "#!/bin/sh\n[ \"$*\" = \"lookup service foyer-email user marie@example.fr\" ] && [ ! -e " + dir + "/locked ] && printf 'from-keyring\\n' && exit 0\nexit 1\n");
    ::chmod((dir + "/bin/secret-tool").c_str(), 0755);
    std::string old_path = std::getenv("PATH") ? std::getenv("PATH") : "";
    const char* old_bus = std::getenv("DBUS_SESSION_BUS_ADDRESS");
    std::string saved_bus = old_bus ? old_bus : "";
    ::setenv("PATH", (dir + "/bin:" + old_path).c_str(), 1);
    ::setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent", 1);

    Settings settings;
    settings.email.address = "marie@example.fr";
    settings.email.imap = { "127.0.0.1", 10143, MailSecurity::None };
    settings.email.smtp = { "127.0.0.1", 10025, MailSecurity::None };
    settings.email.keyring = true;
    write_text(dir + "/email-password", "from-file\n");
    ::chmod((dir + "/email-password").c_str(), 0600);
    auto from_keyring = load_account(settings, dir);
    // With no entry in the keyring (or it locked), the 0600 file.
    write_text(dir + "/locked", "");
    auto from_file = load_account(settings, dir);
    // Told not to use the keyring, Foyer does not ask it.
    ::unlink((dir + "/locked").c_str());
    settings.email.keyring = false;
    auto without = load_account(settings, dir);

    ::setenv("PATH", old_path.c_str(), 1);
    if (old_bus)
        ::setenv("DBUS_SESSION_BUS_ADDRESS", saved_bus.c_str(), 1);
    else
        ::unsetenv("DBUS_SESSION_BUS_ADDRESS");
    ASSERT_FALSE(from_keyring.is_error());
    EXPECT_EQ(from_keyring.value().password, "from-keyring");
    ASSERT_FALSE(from_file.is_error());
    EXPECT_EQ(from_file.value().password, "from-file");
    ASSERT_FALSE(without.is_error());
    EXPECT_EQ(without.value().password, "from-file");
}
