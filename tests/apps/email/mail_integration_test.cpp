// The e-mail model against a real Dovecot and a real SMTP server (aiosmtpd) on loopback: receive and read,
// send a photo and a PDF, reply with a photo, the outbox while the SMTP server is down then delivered
// exactly once, a wrong password said plainly, STARTTLS and TLS with certificates checked, a message too
// big for the server given back as a draft.
#include "apps/email/email_app.hpp"
#include "apps/email/imap_mailbox.hpp"
#include "apps/email/mail_errors.hpp"
#include "apps/email/mime_reader.hpp"
#include "apps/email/mime_writer.hpp"
#include "apps/email/smtp_client.hpp"
#include "shell/core/system/png.hpp"
#include "tests/apps/email/mail_lab.hpp"

#include <gtest/gtest.h>

#include <filesystem>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace {

std::string family_message(const std::string& subject, const std::string& text, std::vector<Attachment> files = {})
{
    OutgoingMessage message;
    message.from = { "Mathilde Bérard", "mathilde@example.fr" };
    message.to = { { "Marie-Martine", MailLab::user } };
    message.subject = subject;
    message.text = text;
    message.attachments = std::move(files);
    return build_message(message);
}

std::string png_bytes(int width, int height)
{
    RgbaImage image { width, height, std::vector<uint8_t>(size_t(width) * size_t(height) * 4, 200) };
    return encode_png(image).release_value();
}

MailAccount account_for(const MailLab& lab, const std::string& config_dir, const std::string& wrong = "")
{
    auto account = load_account(lab.settings(config_dir, wrong), config_dir);
    EXPECT_FALSE(account.is_error()) << (account.is_error() ? account.error().detail() : "");
    return account.is_error() ? MailAccount {} : account.release_value();
}

class MailLabTest : public ::testing::Test {
protected:
    void start(MailLab::Options options = {})
    {
        lab = std::make_unique<MailLab>(options);
        ASSERT_TRUE(lab->problem().empty()) << lab->problem();
        config = temporary_directory("mail-config");
    }
    void SetUp() override
    {
        if (auto missing = MailLab::missing_tools())
            GTEST_SKIP() << *missing;
    }

    // An EmailApp on the lab, its results run by this test's own queue.
    std::shared_ptr<EmailApp> app(bool send = true)
    {
        EmailOptions options;
        options.state_dir = temporary_directory("mail-state");
        options.config_dir = config;
        options.home = temporary_directory("mail-home");
        options.first_retry = 1s;
        auto made = std::make_shared<EmailApp>(options);
        made->set_settings(lab->settings(config));
        made->attach(queue, send);
        return made;
    }
    template<typename Predicate>
    bool run_until(Predicate predicate, std::chrono::milliseconds timeout = 20s)
    {
        return eventually([&] {
            queue.run_pending();
            return predicate();
        },
            timeout);
    }

    std::unique_ptr<MailLab> lab;
    std::string config;
    RunQueue queue;
};

}

TEST_F(MailLabTest, ReceivesAndReadsAMessageThenFlagsItRead)
{
    ASSERT_NO_FATAL_FAILURE(start());
    ASSERT_TRUE(lab->deliver(family_message("Les photos de Noël", "Bonjour Mamie !", { { "sapin.png", "image/png", png_bytes(300, 200) } })));
    ASSERT_TRUE(lab->deliver("From: Shop <shop@example.com>\r\nSubject: =?ISO-8859-1?Q?Promo_=E9t=E9?=\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nSoldes d'\xe9t\xe9\r\n"));
    auto account = account_for(*lab, config);
    auto session = ImapSession::open(account, {});
    ASSERT_FALSE(session.is_error()) << session.error().detail();
    MailboxCache cache;
    auto counts = sync_inbox(*session.value(), cache);
    ASSERT_FALSE(counts.is_error()) << counts.error().detail();
    EXPECT_EQ(counts.value().new_messages, 2u);
    ASSERT_EQ(cache.envelopes.size(), 2u);
    EXPECT_EQ(cache.envelopes[0].from.name, "Mathilde Bérard");
    EXPECT_EQ(cache.envelopes[0].subject, "Les photos de Noël");
    EXPECT_TRUE(cache.envelopes[0].has_attachments);
    EXPECT_FALSE(cache.envelopes[0].seen);
    EXPECT_EQ(cache.envelopes[1].subject, "Promo été");

    auto raw = fetch_message(*session.value(), cache.envelopes[0].uid);
    ASSERT_FALSE(raw.is_error()) << raw.error().detail();
    auto content = read_message(raw.value());
    EXPECT_EQ(content.text, "Bonjour Mamie !");
    ASSERT_EQ(content.photos.size(), 1u);
    EXPECT_EQ(content.photos[0].data, png_bytes(300, 200));

    // A second sync fetches nothing new, and sees the message is read now.
    auto again = sync_inbox(*session.value(), cache);
    ASSERT_FALSE(again.is_error());
    EXPECT_EQ(again.value().new_messages, 0u);
    EXPECT_TRUE(cache.envelopes[0].seen);
    EXPECT_FALSE(cache.envelopes[1].seen);
}

TEST_F(MailLabTest, AWrongPasswordIsSaidPlainly)
{
    ASSERT_NO_FATAL_FAILURE(start());
    auto account = account_for(*lab, config, "not-the-password");
    auto session = ImapSession::open(account, {});
    ASSERT_TRUE(session.is_error());
    EXPECT_EQ(mail_failure(session.error()), MailFailure::WrongPassword) << session.error().detail();
    auto sent = send_mail(account, { "mathilde@example.fr" }, family_message("x", "y"));
    ASSERT_TRUE(sent.is_error());
    EXPECT_EQ(mail_failure(sent.error()), MailFailure::WrongPassword) << sent.error().detail();
    EXPECT_TRUE(lab->smtp_log().empty());

    // The model says it too, in the inbox's state.
    auto email = app(false);
    auto settings = lab->settings(config, "not-the-password");
    email->set_settings(settings);
    auto viewer = email->watch();
    ASSERT_TRUE(run_until([&] { return email->inbox_state() == InboxState::Failed; }));
    EXPECT_EQ(mail_failure(*email->inbox_error()), MailFailure::WrongPassword);
    EXPECT_NE(email->inbox_error()->message().find("refused the e-mail password"), std::string::npos);
}

TEST_F(MailLabTest, SendsAPhotoAndAPdfThatReadBackIntact)
{
    ASSERT_NO_FATAL_FAILURE(start());
    auto account = account_for(*lab, config);
    auto pdf = std::string("%PDF-1.4\n") + std::string(200'000, 'p');
    auto photo = png_bytes(640, 480);
    OutgoingMessage message;
    message.from = account.self;
    message.to = { { "Mathilde", MailLab::user } };
    message.subject = "Mes papiers";
    message.text = "Voici la lettre de la mairie et une photo.";
    message.attachments = { { "Lettre de la mairie.pdf", "application/pdf", pdf }, { "Été.png", "image/png", photo } };
    auto sent = send_mail(account, { MailLab::user }, build_message(message));
    ASSERT_FALSE(sent.is_error()) << sent.error().detail();
    ASSERT_EQ(lab->smtp_log().size(), 1u);
    auto session = ImapSession::open(account, {});
    ASSERT_FALSE(session.is_error());
    MailboxCache cache;
    ASSERT_FALSE(sync_inbox(*session.value(), cache).is_error());
    ASSERT_EQ(cache.envelopes.size(), 1u);
    auto content = read_message(fetch_message(*session.value(), cache.envelopes[0].uid).value());
    ASSERT_EQ(content.attachments.size(), 1u);
    EXPECT_EQ(content.attachments[0].filename, "Lettre de la mairie.pdf");
    EXPECT_EQ(content.attachments[0].data, pdf);
    ASSERT_EQ(content.photos.size(), 1u);
    EXPECT_EQ(content.photos[0].filename, "Été.png");
    EXPECT_EQ(content.photos[0].data, photo);
}

TEST_F(MailLabTest, RepliesWithAPhotoThroughTheOutbox)
{
    ASSERT_NO_FATAL_FAILURE(start());
    ASSERT_TRUE(lab->deliver(family_message("Tu viens dimanche ?", "Dis-moi !")));
    auto email = app();
    auto viewer = email->watch();
    ASSERT_TRUE(run_until([&] { return email->inbox().envelopes.size() == 1 && email->inbox_state() == InboxState::UpToDate; }));
    std::shared_ptr<const OpenedMessage> opened;
    email->open_message(email->inbox().envelopes[0].uid, 800, 600, [&](ErrorOr<std::shared_ptr<const OpenedMessage>> message) {
        ASSERT_FALSE(message.is_error());
        opened = message.value();
    });
    ASSERT_TRUE(run_until([&] { return opened != nullptr; }));

    Draft draft;
    draft.key = draft_key(opened->content.from.address, opened->content.message_id);
    draft.to = { "Mathilde", MailLab::user };
    draft.reply_subject = opened->content.subject;
    draft.in_reply_to = opened->content.message_id;
    draft.references = opened->content.references;
    draft.text = "Oui, je viendrai avec plaisir.";
    email->save_draft(draft);
    auto photo_path = temporary_directory("photos") + "/Mon jardin.png";
    ASSERT_FALSE(write_png(photo_path, RgbaImage { 3000, 2000, std::vector<uint8_t>(3000 * 2000 * 4, 90) }).is_error());
    std::optional<ErrorOr<Draft>> with_photo;
    email->add_file(draft, photo_path, [&](ErrorOr<Draft> added) { with_photo = std::move(added); });
    ASSERT_TRUE(run_until([&] { return with_photo.has_value(); }));
    ASSERT_FALSE(with_photo->is_error()) << with_photo->error().detail();
    ASSERT_EQ(with_photo->value().files.size(), 1u);
    EXPECT_EQ(with_photo->value().files[0].filename, "Mon jardin.jpg") << "shrunk to JPEG";
    EXPECT_EQ(with_photo->value().text, "Oui, je viendrai avec plaisir.");

    std::optional<ErrorOr<QueuedMail>> queued;
    email->send(with_photo->value(), [&](ErrorOr<QueuedMail> mail) { queued = std::move(mail); });
    ASSERT_TRUE(run_until([&] { return queued.has_value(); }));
    ASSERT_FALSE(queued->is_error()) << queued->error().detail();
    auto id = queued->value().id;
    ASSERT_TRUE(run_until([&] { return email->last_report(id) != nullptr; }));
    EXPECT_FALSE(email->last_report(id)->failure) << email->last_report(id)->failure->detail();
    ASSERT_EQ(lab->smtp_log().size(), 1u);

    // The reply, as the family receives it: threaded, its photo shrunk to 2048 pixels.
    std::string reply;
    for (auto& raw : lab->mailbox())
        if (raw.find("In-Reply-To") != std::string::npos)
            reply = raw;
    ASSERT_FALSE(reply.empty());
    auto content = read_message(reply);
    EXPECT_EQ(content.subject, "Re: Tu viens dimanche ?");
    EXPECT_EQ(content.text, "Oui, je viendrai avec plaisir.");
    ASSERT_EQ(content.photos.size(), 1u);
    auto picture = decode_png(content.photos[0].data);
    EXPECT_TRUE(picture.is_error()) << "a JPEG, not the PNG";
    EXPECT_LT(content.photos[0].data.size(), 2'000'000u);
    EXPECT_TRUE(email->outbox().empty() || run_until([&] { return email->outbox().empty(); }));
}

TEST_F(MailLabTest, TheOutboxWaitsWhileSmtpIsDownThenDeliversExactlyOnce)
{
    ASSERT_NO_FATAL_FAILURE(start());
    lab->stop_smtp();
    auto email = app();
    Draft draft;
    draft.key = draft_key("mathilde@example.fr", "");
    draft.to = { "Mathilde", MailLab::user };
    draft.text = "Envoyé sans internet.";
    std::optional<ErrorOr<QueuedMail>> queued;
    email->send(draft, [&](ErrorOr<QueuedMail> mail) { queued = std::move(mail); });
    ASSERT_TRUE(run_until([&] { return queued.has_value(); }));
    ASSERT_FALSE(queued->is_error());
    auto id = queued->value().id;
    ASSERT_TRUE(run_until([&] { return email->last_report(id) != nullptr; }));
    ASSERT_TRUE(email->last_report(id)->failure);
    EXPECT_EQ(mail_failure(*email->last_report(id)->failure), MailFailure::NoNetwork);
    ASSERT_TRUE(run_until([&] { return email->outbox().size() == 1; }));

    // It tries again by itself while the server is still down (the first retry after 1 s here, then
    // doubling): two failed attempts recorded in the outbox, each said in a report, before it comes back.
    ASSERT_TRUE(run_until([&] { return email->outbox().size() == 1 && email->outbox()[0].attempts >= 2; }, 20s))
        << "attempts recorded: " << (email->outbox().empty() ? 0 : email->outbox()[0].attempts);
    EXPECT_EQ(email->outbox()[0].last_failure, email->last_report(id)->failure->msgid());
    auto failed = email->take_reports();
    ASSERT_GE(failed.size(), 2u);
    for (auto& report : failed) {
        ASSERT_TRUE(report.failure);
        EXPECT_EQ(mail_failure(*report.failure), MailFailure::NoNetwork);
    }
    EXPECT_TRUE(lab->smtp_log().empty());

    ASSERT_TRUE(lab->start_smtp());
    ASSERT_TRUE(run_until([&] { return lab->smtp_log().size() == 1; }, 30s));
    ASSERT_TRUE(run_until([&] { return email->outbox().empty() && email->last_report(id) && !email->last_report(id)->failure; }));
    auto reports = email->take_reports();
    ASSERT_FALSE(reports.empty());
    EXPECT_FALSE(reports.back().failure) << "the last report says it left";
    EXPECT_GE(reports.back().mail.attempts, 3) << "two failures, then the one that left";

    // Nothing goes a second time, however long Foyer keeps running. Queuing the next e-mail makes the sender
    // try everything in the outbox, even what waits for a later retry: that round sends the new one only.
    auto first_delivery = lab->smtp_log()[0];
    Draft next;
    next.key = draft_key("mathilde@example.fr", "");
    next.to = { "Mathilde", MailLab::user };
    next.text = "Et un deuxième.";
    std::optional<ErrorOr<QueuedMail>> queued_next;
    email->send(next, [&](ErrorOr<QueuedMail> mail) { queued_next = std::move(mail); });
    ASSERT_TRUE(run_until([&] { return queued_next.has_value(); }));
    ASSERT_FALSE(queued_next->is_error());
    auto next_id = queued_next->value().id;
    ASSERT_TRUE(run_until([&] { return email->last_report(next_id) && !email->last_report(next_id)->failure; }, 30s));
    auto log = lab->smtp_log();
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0], first_delivery);
    EXPECT_NE(log[1], first_delivery);
    EXPECT_TRUE(run_until([&] { return email->outbox().empty(); }));
}

TEST_F(MailLabTest, AMessageTooBigForTheServerComesBackAsADraft)
{
    ASSERT_NO_FATAL_FAILURE(start({ MailLab::Security::Plain, 50'000 }));
    auto email = app();
    Draft draft;
    draft.key = draft_key("mathilde@example.fr", "");
    draft.to = { "Mathilde", MailLab::user };
    draft.text = "Un gros document.";
    std::optional<ErrorOr<Draft>> added;
    email->add_attachment(draft, { "gros.pdf", "application/pdf", std::string(200'000, 'x') }, [&](ErrorOr<Draft> d) { added = std::move(d); });
    ASSERT_TRUE(run_until([&] { return added.has_value(); }));
    std::optional<ErrorOr<QueuedMail>> queued;
    email->send(added->value(), [&](ErrorOr<QueuedMail> mail) { queued = std::move(mail); });
    ASSERT_TRUE(run_until([&] { return queued.has_value() && !queued->is_error() && email->last_report(queued->value().id); }));
    auto* report = email->last_report(queued->value().id);
    ASSERT_TRUE(report->failure);
    EXPECT_EQ(mail_failure(*report->failure), MailFailure::TooBig) << report->failure->detail();
    ASSERT_TRUE(report->returned_draft);
    std::optional<Draft> back;
    email->open_draft(Draft { .key = *report->returned_draft }, [&](Draft d) { back = d; });
    ASSERT_TRUE(run_until([&] { return back.has_value(); }));
    EXPECT_EQ(back->text, "Un gros document.");
    EXPECT_EQ(back->files.size(), 1u);
    EXPECT_TRUE(lab->smtp_log().empty());
}

TEST_F(MailLabTest, OverTheProvidersLimitNothingIsQueuedAndItIsExplained)
{
    ASSERT_NO_FATAL_FAILURE(start());
    auto email = app();
    auto settings = lab->settings(config);
    settings.email.max_message_mb = 1;
    email->set_settings(settings);
    Draft draft;
    draft.key = draft_key("mathilde@example.fr", "");
    draft.to = { "Mathilde", MailLab::user };
    std::optional<ErrorOr<Draft>> added;
    email->add_attachment(draft, { "film.pdf", "application/pdf", std::string(900'000, 'x') }, [&](ErrorOr<Draft> d) { added = std::move(d); });
    ASSERT_TRUE(run_until([&] { return added.has_value(); }));
    std::optional<ErrorOr<QueuedMail>> queued;
    email->send(added->value(), [&](ErrorOr<QueuedMail> mail) { queued = std::move(mail); });
    ASSERT_TRUE(run_until([&] { return queued.has_value(); }));
    ASSERT_TRUE(queued->is_error());
    EXPECT_NE(queued->error().message().find("too big to send in one e-mail"), std::string::npos) << queued->error().message();
    EXPECT_NE(queued->error().message().find("1 MB"), std::string::npos) << queued->error().message();
    EXPECT_TRUE(email->outbox().empty());
}

TEST_F(MailLabTest, StartTlsWithTheCertificateChecked)
{
    ASSERT_NO_FATAL_FAILURE(start({ MailLab::Security::StartTls }));
    ASSERT_TRUE(lab->deliver(family_message("Sécurisé", "Par STARTTLS.")));
    auto account = account_for(*lab, config);
    auto session = ImapSession::open(account, {});
    ASSERT_FALSE(session.is_error()) << session.error().detail();
    MailboxCache cache;
    ASSERT_FALSE(sync_inbox(*session.value(), cache).is_error());
    EXPECT_EQ(cache.envelopes.size(), 1u);
    ASSERT_FALSE(send_mail(account, { MailLab::user }, family_message("a", "b")).is_error());
    EXPECT_EQ(lab->smtp_log().size(), 1u);
    // Without the test's certificate authority, the server cannot prove who it is: nothing is sent.
    account.ca_file.clear();
    auto refused = ImapSession::open(account, {});
    ASSERT_TRUE(refused.is_error());
    EXPECT_EQ(mail_failure(refused.error()), MailFailure::Certificate) << refused.error().detail();
    auto not_sent = send_mail(account, { MailLab::user }, family_message("a", "b"));
    ASSERT_TRUE(not_sent.is_error());
    EXPECT_EQ(mail_failure(not_sent.error()), MailFailure::Certificate) << not_sent.error().detail();
    EXPECT_EQ(lab->smtp_log().size(), 1u);
}

TEST_F(MailLabTest, ImplicitTlsWithTheCertificateChecked)
{
    ASSERT_NO_FATAL_FAILURE(start({ MailLab::Security::Tls }));
    auto account = account_for(*lab, config);
    auto session = ImapSession::open(account, {});
    ASSERT_FALSE(session.is_error()) << session.error().detail();
    ASSERT_FALSE(send_mail(account, { MailLab::user }, family_message("TLS", "Dès le premier octet.")).is_error());
    MailboxCache cache;
    ASSERT_FALSE(sync_inbox(*session.value(), cache).is_error());
    ASSERT_EQ(cache.envelopes.size(), 1u);
    EXPECT_EQ(cache.envelopes[0].subject, "TLS");
    account.ca_file.clear();
    auto refused = ImapSession::open(account, {});
    ASSERT_TRUE(refused.is_error());
    EXPECT_EQ(mail_failure(refused.error()), MailFailure::Certificate) << refused.error().detail();
}
