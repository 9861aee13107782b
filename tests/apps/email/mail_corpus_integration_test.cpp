// Awkward family messages from the corpus delivered to a real Dovecot and read through Foyer's model and
// its message screen (drawn without a window): a small inline photo shown as a photo with its tracking
// pixel left out, a photo that is not a picture said on the message and never offered to print, a letter of
// 5,000 lines whose end is one press away and which is read aloud from the page shown.
#include "apps/email/email_app.hpp"
#include "apps/email/inbox_screen.hpp"
#include "apps/email/message_screen.hpp"
#include "apps/email/mime_reader.hpp"
#include "shell/core/system/files.hpp"
#include "tests/apps/email/mail_lab.hpp"
#include "tests/apps/setup/fake_services.hpp"
#include "tests/support/headless_ui.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

class MailCorpus : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (auto missing = MailLab::missing_tools())
            GTEST_SKIP() << *missing;
        lab = std::make_unique<MailLab>();
        ASSERT_TRUE(lab->problem().empty()) << lab->problem();
    }

    // Delivers the corpus message over IMAP, lets the model find it, and opens it on a message screen.
    void open(const std::string& name)
    {
        auto raw = read_file(std::string(FOYER_SOURCE_DIR) + "/tests/apps/email/corpus/" + name);
        ASSERT_TRUE(raw) << name;
        ASSERT_TRUE(lab->deliver(*raw));
        ASSERT_NO_FATAL_FAILURE(start_app());
        ASSERT_TRUE(services.run_until([&] { return app->inbox_state() == InboxState::UpToDate && !app->inbox().envelopes.empty(); }))
            << "the message never reached the inbox";
        screen = std::make_unique<MessageScreen>(services, EmailContext { app, std::make_shared<EmailHooks>() }, app->inbox().envelopes[0].uid);
        ASSERT_TRUE(services.run_until([&] { return !screen->waiting_for_answers(); })) << "the message never opened";
    }

    // The e-mail model on the lab's account, watching its inbox.
    void start_app(bool send = false)
    {
        auto config = temporary_directory("corpus-config");
        services.saved = lab->settings(config);
        EmailOptions options;
        options.state_dir = temporary_directory("corpus-state");
        options.config_dir = config;
        options.home = temporary_directory("corpus-home");
        app = std::make_shared<EmailApp>(options);
        app->set_settings(services.saved);
        app->attach(services.queue, send);
        viewer.emplace(app->watch());
    }

    // The words and icons one frame of the message screen draws.
    std::vector<DrawnElement> draw() { return HeadlessScreen(*screen, 1366, 768).draw(); }

    static bool drawn(const std::vector<DrawnElement>& elements, const std::string& words)
    {
        return std::any_of(elements.begin(), elements.end(), [&](auto& e) { return e.kind == DrawnKind::Text && e.key.find(words) != std::string::npos; });
    }
    bool said(const std::string& words) const
    {
        return std::any_of(services.said.begin(), services.said.end(), [&](auto& s) { return s.find(words) != std::string::npos; });
    }

    std::unique_ptr<MailLab> lab;
    FakeServices services;
    std::shared_ptr<EmailApp> app;
    std::optional<EmailApp::Viewer> viewer;
    std::unique_ptr<MessageScreen> screen;
};

}

TEST_F(MailCorpus, ASmallInlinePhotoIsShownAndThePhotoNoticeIsWrittenAsItIsSaid)
{
    ASSERT_NO_FATAL_FAILURE(open("html-small-inline-photo.eml"));
    bool opened = false;
    std::shared_ptr<const OpenedMessage> message;
    app->open_message(app->inbox().envelopes[0].uid, 1920, 1080, [&](ErrorOr<std::shared_ptr<const OpenedMessage>> got) {
        opened = true;
        if (!got.is_error())
            message = got.release_value();
    });
    ASSERT_TRUE(services.run_until([&] { return opened; }));
    ASSERT_TRUE(message);
    ASSERT_EQ(message->photos.size(), 1u) << "the 13 KB photo of 640x480 is a photo";
    EXPECT_EQ(message->photos[0].width, 640);
    EXPECT_EQ(message->photos[0].height, 480);
    EXPECT_TRUE(message->content.attachments.empty()) << "the 1x1 tracking pixel is decoration";

    auto notice = "This e-mail comes with one photo. Press Next to see it.";
    EXPECT_TRUE(said(notice));
    EXPECT_TRUE(drawn(draw(), notice)) << "said but not written on the message";
}

TEST_F(MailCorpus, APhotoThatCannotBeOpenedIsSaidAndWrittenAndNotOfferedToPrint)
{
    ASSERT_NO_FATAL_FAILURE(open("broken-photo.eml"));
    auto notice = "This photo could not be opened. Ask for it to be sent again.";
    EXPECT_TRUE(said(notice)) << (services.said.empty() ? "" : services.said.back());
    auto elements = draw();
    EXPECT_TRUE(drawn(elements, notice)) << "said but not written on the message";
    EXPECT_TRUE(drawn(elements, "Voici le gâteau de dimanche."));
    EXPECT_FALSE(drawn(elements, "This e-mail comes with")) << "the picture is not announced as a document";
}

TEST_F(MailCorpus, ALetterWithoutASubjectArrivesNamedByItsWholeFirstLineOrCutAtAWord)
{
    ASSERT_NO_FATAL_FAILURE(start_app(true));
    auto letter = read_file(std::string(FOYER_SOURCE_DIR) + "/tests/apps/email/corpus/senior-letter-no-subject.txt");
    ASSERT_TRUE(letter);
    auto first_line = letter->substr(0, letter->find('\n'));
    ASSERT_GT(first_line.size(), 60u) << "over 60 bytes";
    for (auto [text, subject] : { std::pair { *letter, first_line }, std::pair { first_line + " après la messe de minuit\nBises", first_line + "…" } }) {
        Draft draft;
        draft.key = draft_key(MailLab::user, subject);
        draft.to = { "Mathilde", MailLab::user };
        draft.text = text;
        app->save_draft(draft);
        std::optional<ErrorOr<QueuedMail>> queued;
        app->send(draft, [&](ErrorOr<QueuedMail> mail) { queued = std::move(mail); });
        ASSERT_TRUE(services.run_until([&] { return queued.has_value(); }));
        ASSERT_FALSE(queued->is_error()) << queued->error().detail();
        auto id = queued->value().id;
        ASSERT_TRUE(services.run_until([&] { return app->last_report(id) != nullptr; }));
        ASSERT_FALSE(app->last_report(id)->failure);
        // As the family's mail program reads it from the real server.
        bool found = false;
        for (auto& raw : lab->mailbox()) {
            auto content = read_message(raw);
            if (content.text.find(text.substr(0, 20)) == 0 && content.subject == subject)
                found = true;
        }
        EXPECT_TRUE(found) << "no message arrived with the subject \"" << subject << "\"";
    }
}

TEST(MailCorpusTls, AServerThatCannotProveWhoItIsIsSaidFirstAndNeverAsAnEmptyInbox)
{
    if (auto missing = MailLab::missing_tools())
        GTEST_SKIP() << *missing;
    MailLab lab(MailLab::Options { MailLab::Security::Tls });
    ASSERT_TRUE(lab.problem().empty()) << lab.problem();
    FakeServices services;
    auto config = temporary_directory("tls-config");
    services.saved = lab.settings(config);
    // Without the test's certificate authority, the server cannot prove who it is.
    services.saved.email.ca_file.clear();
    EmailOptions options;
    options.state_dir = temporary_directory("tls-state");
    options.config_dir = config;
    options.home = temporary_directory("tls-home");
    auto app = std::make_shared<EmailApp>(options);
    app->set_settings(services.saved);
    app->attach(services.queue, false);
    auto viewer = app->watch();
    InboxScreen inbox(services, EmailContext { app, std::make_shared<EmailHooks>() });
    services.say(inbox.arrival_speech());
    ASSERT_TRUE(services.run_until([&] { return app->inbox_state() == InboxState::Failed; })) << "the inbox was read without a trusted certificate";
    auto drawn_inbox = HeadlessScreen(inbox, 1366, 768).draw();

    std::string all;
    for (auto& said : services.said)
        all += said + "\n";
    auto problem = all.find("could not prove it is really");
    ASSERT_NE(problem, std::string::npos) << all;
    EXPECT_EQ(all.find("There are no e-mails yet."), std::string::npos) << "an inbox that could not be read is not empty:\n"
                                                                        << all;
    EXPECT_EQ(all.find("No new e-mail."), std::string::npos) << all;
    EXPECT_EQ(services.said.front().find("My e-mails"), 0u) << "the screen's title, then the problem:\n"
                                                            << all;
    EXPECT_EQ(all.find("could not prove it is really", problem + 1), std::string::npos) << "said once:\n"
                                                                                        << all;
    EXPECT_TRUE(std::any_of(drawn_inbox.begin(), drawn_inbox.end(), [](auto& e) { return e.kind == DrawnKind::Text && e.key.find("could not prove it is really") != std::string::npos; }))
        << "said but not written";
    EXPECT_FALSE(std::any_of(drawn_inbox.begin(), drawn_inbox.end(), [](auto& e) { return e.key.find("There are no e-mails yet.") != std::string::npos; }));
}

TEST_F(MailCorpus, AVeryLongLetterHasItsEndOnePressAwayAndIsReadAloudFromThePageShown)
{
    ASSERT_NO_FATAL_FAILURE(open("very-long-letter.eml"));
    HeadlessScreen frames(*screen, 1366, 768);
    auto first = frames.draw();
    auto page_of = [](const std::vector<DrawnElement>& elements) -> std::pair<size_t, size_t> {
        for (auto& e : elements) {
            size_t page = 0, pages = 0;
            if (e.kind == DrawnKind::Text && std::sscanf(e.key.c_str(), "Page %zu of %zu", &page, &pages) == 2)
                return { page, pages };
        }
        return { 0, 0 };
    };
    auto [page, pages] = page_of(first);
    ASSERT_EQ(page, 1u) << "where she is is written";
    // A press is seen by the frame after it, and shown by the next (as the shell draws again after a press).
    auto press = [&](const std::string& id) {
        if (!frames.click(id))
            return false;
        frames.draw();
        return true;
    };
    ASSERT_GT(pages, 100u);
    EXPECT_TRUE(drawn(first, "Ma chère Mamie,"));

    ASSERT_TRUE(press("email.last")) << "no End";
    auto end = frames.draw();
    EXPECT_EQ(page_of(end), std::pair(pages, pages));
    EXPECT_TRUE(drawn(end, "Je t’embrasse très fort,")) << "the end of the letter is on its last page";
    EXPECT_TRUE(said("Page " + std::to_string(pages) + " of " + std::to_string(pages)));

    ASSERT_TRUE(press("email.back10"));
    EXPECT_EQ(page_of(frames.draw()), std::pair(pages - 10, pages));
    ASSERT_TRUE(press("email.first"));
    EXPECT_EQ(page_of(frames.draw()), std::pair(size_t(1), pages));
    ASSERT_TRUE(press("email.forward10"));
    auto eleventh = frames.draw();
    EXPECT_EQ(page_of(eleventh), std::pair(size_t(11), pages));

    // Read aloud on page 11: from its words on, not from the letter's beginning; the button stops it.
    ASSERT_TRUE(press("email.read"));
    frames.draw();
    ASSERT_TRUE(services.reading());
    auto read = services.said.back();
    EXPECT_FALSE(read.starts_with("From ")) << read.substr(0, 80);
    EXPECT_EQ(read.find("Ma chère Mamie"), std::string::npos);
    EXPECT_NE(read.find("Je t’embrasse très fort"), std::string::npos) << "read to the end of the letter";
    EXPECT_TRUE(drawn(frames.draw(), "Stop reading"));
    ASSERT_TRUE(press("email.read"));
    auto stopped = frames.draw();
    EXPECT_EQ(services.stops, 1);
    EXPECT_TRUE(drawn(stopped, "Read aloud"));

    // The voice cannot say it: written on the message and said.
    ASSERT_TRUE(press("email.read"));
    frames.draw();
    services.finish_reading({ SpeechEnd::Kind::Failed, Error::plain("No loudspeaker was found, so Foyer cannot speak. Everything is written on the screen. To hear it, check that the loudspeakers are plugged in and switched on.") });
    auto failed = frames.draw();
    EXPECT_TRUE(drawn(failed, "No loudspeaker was found")) << "the failure is not written";
    EXPECT_TRUE(said("No loudspeaker was found")) << "the failure is not said";
    EXPECT_TRUE(drawn(failed, "Read aloud")) << "it can be tried again";
}
