// The real foyer under Xvfb against the mail lab: a family e-mail read, heard and answered with a photo;
// an e-mail with a PDF written to a contact while the SMTP server is down, kept, then delivered exactly
// once with the senior told; a wrong password shown and said. By mouse and by keyboard, as a senior would.
#include "apps/email/mime_reader.hpp"
#include "apps/email/mime_writer.hpp"
#include "shell/core/system/png.hpp"
#include "tests/apps/email/mail_lab.hpp"
#include "tests/support/running_foyer.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <sys/stat.h>
#include <thread>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

class EmailScreens : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (auto missing = Xvfb::missing_tools())
            GTEST_SKIP() << *missing;
        if (auto missing = MailLab::missing_tools())
            GTEST_SKIP() << *missing;
        lab = std::make_unique<MailLab>();
        ASSERT_TRUE(lab->problem().empty()) << lab->problem();
        // foyer inherits this: an e-mail that could not leave is tried again after a second, not ten.
        ::setenv("FOYER_EMAIL_RETRY_SECONDS", "1", 1);
        secrets = temporary_directory("secrets");
    }

    // `asoundrc`: the private home's sound (a silent sink that accepts sound, unless a test wants none).
    std::unique_ptr<RunningFoyer> start(const std::string& password = MailLab::password, const std::string& asoundrc = "pcm.!default { type null }\n")
    {
        auto password_file = secrets + "/email-password-" + std::to_string(++started);
        write_text(password_file, password);
        ::chmod(password_file.c_str(), 0600);
        auto settings = lab->email_settings(password_file) + "\n[[contacts]]\nname = \"Mathilde\"\nemail = \"mathilde@example.fr\"\n";
        auto foyer = std::make_unique<RunningFoyer>(1366, 768, std::vector<std::string> {}, settings, asoundrc);
        EXPECT_TRUE(foyer->problem().empty()) << foyer->problem();
        return foyer;
    }

    // A real click on the home screen's e-mail tile, where the program's trace says it is.
    void open_email(RunningFoyer& foyer)
    {
        ASSERT_TRUE(foyer.press("tile.email")) << "no e-mail tile on the home screen\n"
                                               << foyer.trace();
        ASSERT_TRUE(foyer.wait_for_trace("screen email\n")) << foyer.trace();
        foyer.x().xdotool({ "mousemove", "0", "0" });
    }

    // A real click on a widget once the current screen has drawn it, then the pointer out of the way;
    // RunningFoyer keeps presses apart (the shell ignores a second press within its repeat guard).
    void press(RunningFoyer& foyer, const std::string& widget)
    {
        ASSERT_TRUE(foyer.press(widget)) << widget << "\n"
                                         << foyer.trace();
        foyer.x().xdotool({ "mousemove", "0", "0" });
    }

    void press_after_tabs(RunningFoyer& foyer, const std::string& widget)
    {
        ASSERT_TRUE(foyer.key_to(widget)) << widget << "\n"
                                          << foyer.trace();
        ASSERT_TRUE(foyer.key("Return"));
        ASSERT_TRUE(foyer.wait_for_trace("activate " + widget)) << foyer.trace();
    }

    static std::string family_message_with_photo()
    {
        OutgoingMessage message;
        message.from = { "Mathilde Bérard", "mathilde@example.fr" };
        message.to = { { "Marie-Martine", MailLab::user } };
        message.subject = "Les photos de la plage";
        message.text = "Bonjour Mamie, voici la plage.";
        message.message_id = "plage@example.fr";
        RgbaImage picture { 400, 300, std::vector<uint8_t>(400 * 300 * 4, 180) };
        message.attachments = { { "plage.png", "image/png", encode_png(picture).release_value() } };
        return build_message(message);
    }

    std::unique_ptr<MailLab> lab;
    std::string secrets;
    int started { 0 };
};

}

TEST_F(EmailScreens, AFamilyEmailIsReadHeardAndAnsweredWithAPhoto)
{
    ASSERT_TRUE(lab->deliver(family_message_with_photo()));
    ASSERT_TRUE(lab->deliver("From: Colis <colis@arnaque.example>\r\nSubject: Payez 1,99 EUR\r\nContent-Type: text/plain\r\n\r\nCliquez ici.\r\n"));
    auto foyer = start();
    RgbaImage garden { 3000, 2000, std::vector<uint8_t>(3000 * 2000 * 4, 120) };
    fs::create_directories(foyer->home() + "/Images");
    ASSERT_FALSE(write_png(foyer->home() + "/Images/Jardin.png", garden).is_error());
    open_email(*foyer);
    ASSERT_TRUE(foyer->wait_for_trace("say 2 nouveaux e-mails. L’un d’eux vient de votre famille.")) << foyer->trace();
    // The family first, the other apart under its warning.
    ASSERT_TRUE(foyer->wait_for_trace("email.row.0@")) << foyer->trace();

    press(*foyer, "email.row.0");
    ASSERT_TRUE(foyer->wait_for_trace("screen email.message")) << foyer->trace();
    EXPECT_TRUE(foyer->wait_for_trace("say E-mail de Mathilde.")) << foyer->trace();
    EXPECT_TRUE(foyer->wait_for_trace("say Avec cet e-mail, il y a une photo. Appuyez sur Page suivante pour la voir.")) << foyer->trace();
    press(*foyer, "email.read");
    EXPECT_TRUE(foyer->wait_for_trace("say De Mathilde, ")) << foyer->trace();
    EXPECT_TRUE(foyer->wait_for_trace("Les photos de la plage. Bonjour Mamie, voici la plage. Avec une photo.")) << foyer->trace();
    // The photo, large, on the next page.
    press(*foyer, "email.next");
    EXPECT_TRUE(foyer->wait_for_trace("say Page 2 sur 2")) << foyer->trace();

    press(*foyer, "email.reply");
    ASSERT_TRUE(foyer->wait_for_trace("screen email.write")) << foyer->trace();
    EXPECT_TRUE(foyer->wait_for_trace("say Réponse à Mathilde. Écrivez votre message dans le cadre blanc, puis appuyez sur Envoyer.")) << foyer->trace();
    press(*foyer, "email.text");
    ASSERT_TRUE(foyer->x().xdotool({ "type", "--delay", "30", "Merci beaucoup" }));
    ASSERT_TRUE(foyer->key("Return"));
    ASSERT_TRUE(foyer->x().xdotool({ "type", "--delay", "30", "Bises" }));
    // What is typed is on disk at once: a crash now loses nothing.
    auto drafts = foyer->home() + "/.local/state/foyer/email/drafts";
    EXPECT_TRUE(eventually([&] {
        std::error_code error;
        for (auto& entry : fs::recursive_directory_iterator(drafts, error))
            if (entry.path().filename() == "draft.json" && read_text(entry.path()).find("Merci beaucoup\\nBises") != std::string::npos)
                return true;
        return false;
    })) << "the draft was not saved as it was typed";

    press(*foyer, "email.add.photo");
    ASSERT_TRUE(foyer->wait_for_trace("screen email.photos")) << foyer->trace();
    ASSERT_TRUE(foyer->wait_for_trace("say 1 photo, la plus récente d’abord.")) << foyer->trace();
    press(*foyer, "email.file.0");
    ASSERT_TRUE(foyer->wait_for_trace("screen email.write", 2)) << foyer->trace();
    ASSERT_TRUE(foyer->wait_for_trace("say La photo est ajoutée")) << foyer->trace();

    // From the words, Tab reaches Send at once.
    press(*foyer, "email.text");
    press_after_tabs(*foyer, "email.send");
    ASSERT_TRUE(foyer->wait_for_trace("screen email.sent")) << foyer->trace();
    ASSERT_TRUE(foyer->wait_for_trace("say Envoyé. Votre e-mail pour Mathilde est parti.")) << foyer->trace();
    ASSERT_EQ(lab->smtp_log().size(), 1u);
    std::string reply;
    for (auto& raw : lab->mailbox())
        if (raw.find("In-Reply-To: <plage@example.fr>") != std::string::npos)
            reply = raw;
    ASSERT_FALSE(reply.empty());
    auto content = read_message(reply);
    EXPECT_EQ(content.subject, "Re: Les photos de la plage");
    EXPECT_EQ(content.text, "Merci beaucoup\nBises");
    ASSERT_EQ(content.photos.size(), 1u);
    EXPECT_EQ(content.photos[0].filename, "Jardin.jpg") << "the big photo was shrunk";
}

TEST_F(EmailScreens, AnEmailThatComesWithAnOldDateIsAnnouncedAndIsFirstInTheList)
{
    OutgoingMessage earlier;
    earlier.from = { "Mathilde Bérard", "mathilde@example.fr" };
    earlier.to = { { "Marie-Martine", MailLab::user } };
    earlier.subject = "Le gâteau";
    earlier.text = "La recette du gâteau.";
    earlier.date = std::time(nullptr) - 3600;
    ASSERT_TRUE(lab->deliver(build_message(earlier)));
    // The open inbox is checked every second here (every two minutes for the senior).
    ::setenv("FOYER_EMAIL_REFRESH_SECONDS", "1", 1);
    auto foyer = start();
    ::unsetenv("FOYER_EMAIL_REFRESH_SECONDS");
    open_email(*foyer);
    ASSERT_TRUE(foyer->wait_for_trace("say Un nouvel e-mail.")) << foyer->trace();

    // Written, says its Date header, in January 2022 (her phone's clock was wrong); it arrives now.
    ASSERT_TRUE(lab->deliver(read_text(std::string(FOYER_SOURCE_DIR) + "/tests/apps/email/corpus/old-date-header.eml")));
    ASSERT_TRUE(foyer->wait_for_trace("say Un nouvel e-mail de Mathilde.", 1, 30s)) << foyer->trace();
    // The first row is the one announced: opened and read aloud, it is the letter that just came.
    press(*foyer, "email.row.0");
    ASSERT_TRUE(foyer->wait_for_trace("screen email.message")) << foyer->trace();
    press(*foyer, "email.read");
    EXPECT_TRUE(foyer->wait_for_trace("Les photos du baptême.")) << foyer->trace();
    EXPECT_EQ(foyer->count_in_trace("Le gâteau."), 0u) << foyer->trace();
}

TEST_F(EmailScreens, AnEmailWrittenWithNoNetworkWaitsThenLeavesExactlyOnce)
{
    lab->stop_smtp();
    auto foyer = start();
    fs::create_directories(foyer->home() + "/Documents");
    write_text(foyer->home() + "/Documents/Facture.pdf", "%PDF-1.4\n%%EOF\n");
    open_email(*foyer);
    press_after_tabs(*foyer, "email.write");
    ASSERT_TRUE(foyer->wait_for_trace("screen email.contacts")) << foyer->trace();
    EXPECT_TRUE(foyer->wait_for_trace("say Écrire à… Mathilde.")) << foyer->trace();
    press_after_tabs(*foyer, "email.contact.0");
    ASSERT_TRUE(foyer->wait_for_trace("screen email.write")) << foyer->trace();
    press(*foyer, "email.text");
    ASSERT_TRUE(foyer->x().xdotool({ "type", "--delay", "30", "Voici la facture" }));
    press(*foyer, "email.add.document");
    ASSERT_TRUE(foyer->wait_for_trace("say 1 document, le plus récent d’abord.")) << foyer->trace();
    press(*foyer, "email.file.0");
    ASSERT_TRUE(foyer->wait_for_trace("say Le document est ajouté")) << foyer->trace();
    press(*foyer, "email.send");
    ASSERT_TRUE(foyer->wait_for_trace("screen email.sent")) << foyer->trace();
    ASSERT_TRUE(foyer->wait_for_trace("say Internet ne marche pas en ce moment. Votre e-mail pour Mathilde est gardé en sûreté et partira tout seul"))
        << foyer->trace();

    // Home meanwhile; the server comes back: the e-mail leaves by itself and the senior is told.
    ASSERT_TRUE(foyer->key("Escape"));
    ASSERT_TRUE(foyer->wait_for_trace("screen home", 2)) << foyer->trace();
    ASSERT_TRUE(lab->start_smtp());
    ASSERT_TRUE(foyer->wait_for_trace("say Votre e-mail pour Mathilde est parti.", 1, 60s)) << foyer->trace();
    EXPECT_TRUE(foyer->wait_for_trace("email.news.ok@")) << "shown as well as said";
    ASSERT_EQ(lab->smtp_log().size(), 1u);
    auto content = read_message(lab->mailbox().at(0));
    EXPECT_EQ(content.text, "Voici la facture");
    ASSERT_EQ(content.attachments.size(), 1u);
    EXPECT_EQ(content.attachments[0].filename, "Facture.pdf");
    // Exactly once, however long Foyer runs: once the outbox is empty there is nothing left to send again.
    auto outbox = foyer->home() + "/.local/state/foyer/email/outbox";
    EXPECT_TRUE(eventually([&] {
        std::error_code error;
        return fs::directory_iterator(outbox, error) == fs::directory_iterator();
    })) << "the sent e-mail is still in the outbox";
    EXPECT_EQ(lab->smtp_log().size(), 1u);
    press(*foyer, "email.news.ok");
    EXPECT_TRUE(eventually([&] { return !foyer->where("email.news.ok"); }));
}

TEST_F(EmailScreens, AWrongPasswordIsShownAndSaidWithAWayToHelp)
{
    auto foyer = start("not-the-password");
    open_email(*foyer);
    EXPECT_TRUE(foyer->wait_for_trace("say 127.0.0.1 a refusé le mot de passe des e-mails. Votre famille doit le vérifier")) << foyer->trace();
    EXPECT_TRUE(foyer->wait_for_trace("email.help@")) << foyer->trace();
    press(*foyer, "email.help");
    EXPECT_TRUE(foyer->wait_for_trace("screen help")) << foyer->trace();
}

TEST_F(EmailScreens, WhatIsBeingWrittenSurvivesAPowerCut)
{
    auto first = start();
    open_email(*first);
    press_after_tabs(*first, "email.write");
    ASSERT_TRUE(first->wait_for_trace("screen email.contacts")) << first->trace();
    press_after_tabs(*first, "email.contact.0");
    ASSERT_TRUE(first->wait_for_trace("screen email.write")) << first->trace();
    press(*first, "email.text");
    ASSERT_TRUE(first->x().xdotool({ "type", "--delay", "30", "A dimanche, je fais un gateau" }));
    auto drafts = first->home() + "/.local/state/foyer/email/drafts";
    ASSERT_TRUE(eventually([&] {
        std::error_code error;
        for (auto& entry : fs::recursive_directory_iterator(drafts, error))
            if (entry.path().filename() == "draft.json" && read_text(entry.path()).find("je fais un gateau") != std::string::npos)
                return true;
        return false;
    })) << "the draft was not saved as it was typed";
    // The power goes: SIGKILL, so nothing is written on the way out.
    first->process().signal(SIGKILL);
    ASSERT_TRUE(eventually([&] { return !first->process().running(); }));

    // Foyer starts again on the same disk (the test's homes are apart, so the drafts are carried over).
    auto second = start();
    auto carried = second->home() + "/.local/state/foyer/email/drafts";
    fs::create_directories(carried);
    fs::copy(drafts, carried, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    first.reset();
    open_email(*second);
    press(*second, "email.unfinished");
    ASSERT_TRUE(second->wait_for_trace("screen email.write")) << second->trace();
    EXPECT_TRUE(second->wait_for_trace("say Ce que vous aviez commencé à écrire est là.")) << second->trace();
    press(*second, "email.send");
    ASSERT_TRUE(second->wait_for_trace("screen email.sent")) << second->trace();
    ASSERT_TRUE(second->wait_for_trace("say Envoyé. Votre e-mail pour Mathilde est parti.")) << second->trace();
    ASSERT_EQ(lab->mailbox().size(), 1u);
    EXPECT_EQ(read_message(lab->mailbox().at(0)).text, "A dimanche, je fais un gateau");
}

TEST_F(EmailScreens, AVeryLongLetterIsReadAloudFromItsLastPageAndAMissingLoudspeakerIsSaidAndWritten)
{
    ASSERT_TRUE(lab->deliver(read_text(std::string(FOYER_SOURCE_DIR) + "/tests/apps/email/corpus/very-long-letter.eml")));
    {
        auto foyer = start();
        open_email(*foyer);
        press(*foyer, "email.row.0");
        ASSERT_TRUE(foyer->wait_for_trace("screen email.message")) << foyer->trace();
        // One press to the end of 5,000 lines, then read from there: the voice says the last words to the end.
        press(*foyer, "email.last");
        ASSERT_TRUE(foyer->wait_for_trace("say Page ")) << foyer->trace();
        press(*foyer, "email.read");
        ASSERT_TRUE(foyer->wait_for_trace("Je t’embrasse très fort, Mathilde")) << foyer->trace();
        EXPECT_TRUE(foyer->wait_for_trace("read to the end", 1, 60s)) << foyer->trace();
        EXPECT_EQ(foyer->count_in_trace("Ma chère Mamie"), 0u) << "read from the letter's beginning, not from the page shown";
    }
    // Without a loudspeaker, Read aloud is told in words on the screen (and to the voice, should it come back).
    auto foyer = start(MailLab::password, "pcm.!default { type hw card 29 }\n");
    open_email(*foyer);
    press(*foyer, "email.row.0");
    ASSERT_TRUE(foyer->wait_for_trace("screen email.message")) << foyer->trace();
    press(*foyer, "email.read");
    ASSERT_TRUE(foyer->wait_for_trace("read failed", 1, 30s)) << foyer->trace();
    EXPECT_TRUE(foyer->wait_for_trace("say Aucun haut-parleur n’a été trouvé")) << foyer->trace();
    EXPECT_GT(foyer->count_in_trace("vérifiez que les haut-parleurs sont branchés"), 0u) << "what to check is not said: " << foyer->trace();
}
