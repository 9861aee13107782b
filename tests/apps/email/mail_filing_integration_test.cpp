// What happens after an e-mail leaves, against a real Dovecot and a real SMTP server: a copy in the Sent
// folder (found by its SPECIAL-USE \Sent mark, else by its usual name), the \Answered flag on the message
// a reply answers, each exactly once, even when the sender is killed (kill -9) between SMTP and IMAP. And
// the inbox in order of arrival, whatever Date header a message carries.
#include "apps/email/email_app.hpp"
#include "apps/email/email_words.hpp"
#include "apps/email/mime_writer.hpp"
#include "tests/apps/email/mail_lab.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <fstream>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace fs = std::filesystem;

namespace {

std::string family_message(const std::string& subject, const std::string& text, const std::string& message_id, std::time_t date = std::time(nullptr))
{
    OutgoingMessage message;
    message.from = { "Mathilde Bérard", "mathilde@example.fr" };
    message.to = { { "Marie-Martine", MailLab::user } };
    message.subject = subject;
    message.text = text;
    message.message_id = message_id;
    message.date = date;
    return build_message(message);
}

std::string corpus(const std::string& name)
{
    return read_text(std::string(FOYER_SOURCE_DIR) + "/tests/apps/email/corpus/" + name);
}

size_t count_with(const std::vector<MailLab::StoredMessage>& messages, const std::string& needle)
{
    return size_t(std::count_if(messages.begin(), messages.end(), [&](auto& m) { return m.raw.find(needle) != std::string::npos; }));
}

// The stored message whose header holds `needle` and which is not a reply (the lab's SMTP server puts what
// Foyer sends into the same INBOX).
const MailLab::StoredMessage* original(const std::vector<MailLab::StoredMessage>& messages, const std::string& needle)
{
    for (auto& message : messages)
        if (message.raw.find(needle) != std::string::npos && message.raw.find("In-Reply-To") == std::string::npos)
            return &message;
    return nullptr;
}

class AfterSending : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (auto missing = MailLab::missing_tools())
            GTEST_SKIP() << *missing;
    }
    void start(MailLab::Options options = {})
    {
        lab = std::make_unique<MailLab>(options);
        ASSERT_TRUE(lab->problem().empty()) << lab->problem();
        config = temporary_directory("mail-config");
    }
    std::shared_ptr<EmailApp> app()
    {
        EmailOptions options;
        options.state_dir = temporary_directory("mail-state");
        options.config_dir = config;
        options.home = temporary_directory("mail-home");
        options.first_retry = 1s;
        auto made = std::make_shared<EmailApp>(options);
        auto settings = lab->settings(config);
        settings.contacts = { { "Mathilde", "", "mathilde@example.fr" } };
        made->set_settings(settings);
        made->attach(queue, true);
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
    // Sends `draft` and waits until it left and its outbox folder is gone (every IMAP step done).
    void send_and_file(EmailApp& email, const Draft& draft)
    {
        std::optional<ErrorOr<QueuedMail>> queued;
        email.send(draft, [&](ErrorOr<QueuedMail> mail) { queued = std::move(mail); });
        ASSERT_TRUE(run_until([&] { return queued.has_value(); }));
        ASSERT_FALSE(queued->is_error()) << queued->error().detail();
        auto id = queued->value().id;
        ASSERT_TRUE(run_until([&] { return email.last_report(id) != nullptr; }));
        ASSERT_FALSE(email.last_report(id)->failure) << email.last_report(id)->failure->detail();
        ASSERT_TRUE(run_until([&] { return email.outbox_store().load(email.drafts()).empty(); })) << "the IMAP steps were not all done";
    }
    static Draft new_email(const std::string& text)
    {
        Draft draft;
        draft.key = draft_key("mathilde@example.fr", "");
        draft.to = { "Mathilde", "mathilde@example.fr" };
        draft.text = text;
        return draft;
    }

    std::unique_ptr<MailLab> lab;
    std::string config;
    RunQueue queue;
};

}

TEST_F(AfterSending, ANewMessageWithAnOldDateHeaderIsFirstInTheInbox)
{
    ASSERT_NO_FATAL_FAILURE(start());
    auto now = std::time(nullptr);
    ASSERT_TRUE(lab->deliver(family_message("Dimanche", "On se voit dimanche ?", "dimanche@example.fr", now - 3600)));
    ASSERT_TRUE(lab->deliver(family_message("Le gâteau", "La recette du gâteau.", "gateau@example.fr", now - 600)));
    auto email = app();
    auto viewer = email->watch();
    ASSERT_TRUE(run_until([&] { return email->inbox().envelopes.size() == 2 && email->inbox_state() == InboxState::UpToDate; }));
    auto announced_up_to = email->inbox().max_uid();

    // Her phone's clock says 2022: the e-mail that comes now carries a Date three years old.
    ASSERT_TRUE(lab->deliver(corpus("old-date-header.eml")));
    email->check_now();
    ASSERT_TRUE(run_until([&] { return email->inbox().envelopes.size() == 3 && email->inbox_state() == InboxState::UpToDate; }));
    auto& envelopes = email->inbox().envelopes;
    auto items = arrange_inbox(envelopes, email->settings().contacts);
    ASSERT_EQ(items.size(), 3u);
    auto& first = envelopes[items[0].envelope];
    EXPECT_EQ(first.subject, "Les photos du baptême") << "the e-mail that just came is at the top";
    EXPECT_LT(first.date, now - 365 * 24 * 3600) << "its date is still the one it was written with";
    // The inbox announces the e-mails above what it had counted (inbox_screen.cpp): this one alone.
    EXPECT_GT(first.uid, announced_up_to);
    EXPECT_EQ(first.uid, email->inbox().max_uid());
    EXPECT_EQ(envelopes[items[1].envelope].subject, "Le gâteau");
    EXPECT_EQ(envelopes[items[2].envelope].subject, "Dimanche");
}

TEST_F(AfterSending, ASentEmailIsInTheSentFolderExactlyOnce)
{
    ASSERT_NO_FATAL_FAILURE(start());
    auto email = app();
    ASSERT_NO_FATAL_FAILURE(send_and_file(*email, new_email("Bonjour Mathilde, à dimanche.")));
    auto sent = lab->messages("Sent");
    ASSERT_EQ(sent.size(), 1u);
    ASSERT_EQ(lab->smtp_log().size(), 1u);
    // The log's last word is the Message-ID of what the SMTP server took: the same message.
    auto first_id = lab->smtp_log()[0].substr(lab->smtp_log()[0].rfind(' ') + 1);
    EXPECT_EQ(count_with(sent, first_id), 1u) << sent[0].raw.substr(0, 600);
    EXPECT_NE(sent[0].flags.find('S'), std::string::npos) << "filed as read";

    // The next e-mail is filed beside it; the first is not filed again.
    ASSERT_NO_FATAL_FAILURE(send_and_file(*email, new_email("Et un deuxième.")));
    sent = lab->messages("Sent");
    EXPECT_EQ(sent.size(), 2u);
    EXPECT_EQ(count_with(sent, first_id), 1u);
}

TEST_F(AfterSending, TheFolderMarkedSentIsUsedWhateverItsName)
{
    ASSERT_NO_FATAL_FAILURE(start({ .sent_folder = "Messages partis" }));
    auto email = app();
    ASSERT_NO_FATAL_FAILURE(send_and_file(*email, new_email("Par la boîte marquée.")));
    EXPECT_EQ(lab->messages("Messages partis").size(), 1u);
    EXPECT_FALSE(fs::exists(lab->maildir_path() + "/.Sent")) << "no folder of the usual name was made beside it";
}

TEST_F(AfterSending, WithoutTheSpecialUseMarkTheSentFolderIsFoundByItsFrenchName)
{
    ASSERT_NO_FATAL_FAILURE(start({ .sent_folder = "Éléments envoyés", .sent_special_use = false }));
    auto email = app();
    ASSERT_NO_FATAL_FAILURE(send_and_file(*email, new_email("Par le nom du dossier.")));
    EXPECT_EQ(lab->messages("&AMk-l&AOk-ments envoy&AOk-s").size(), 1u);
    EXPECT_FALSE(fs::exists(lab->maildir_path() + "/.Sent"));
}

TEST_F(AfterSending, AReplySetsAnsweredOnTheOriginalOnce)
{
    ASSERT_NO_FATAL_FAILURE(start());
    ASSERT_TRUE(lab->deliver(family_message("Tu viens dimanche ?", "Dis-moi !", "dimanche@example.fr")));
    ASSERT_TRUE(lab->deliver(family_message("Autre chose", "Rien à voir.", "autre@example.fr")));
    auto email = app();
    auto viewer = email->watch();
    ASSERT_TRUE(run_until([&] { return email->inbox().envelopes.size() == 2 && email->inbox_state() == InboxState::UpToDate; }));

    Draft reply;
    reply.to = { "Mathilde", "mathilde@example.fr" };
    reply.reply_subject = "Tu viens dimanche ?";
    reply.in_reply_to = email->inbox().envelopes[0].message_id;
    reply.key = draft_key(reply.to.address, reply.in_reply_to);
    reply.text = "Oui, je viendrai.";
    ASSERT_NO_FATAL_FAILURE(send_and_file(*email, reply));

    auto inbox = lab->messages("INBOX");
    auto* answered = original(inbox, "dimanche@example.fr");
    ASSERT_NE(answered, nullptr);
    EXPECT_TRUE(answered->answered()) << "flags: " << answered->flags;
    auto* other = original(inbox, "autre@example.fr");
    ASSERT_NE(other, nullptr);
    EXPECT_FALSE(other->answered()) << "only the message answered";
    EXPECT_EQ(count_with(lab->messages("Sent"), "In-Reply-To: <dimanche@example.fr>"), 1u);

    // The inbox learns it on its next check (the row can say it was answered).
    email->check_now();
    EXPECT_TRUE(run_until([&] { return email->inbox().envelopes[0].answered; }));
}

namespace {

// The sender in a process of its own, stopped at `pause` for this test to kill it there.
class KilledSender : public AfterSending {
protected:
    void kill_at(const std::string& pause)
    {
        ASSERT_NO_FATAL_FAILURE(start());
        ASSERT_TRUE(lab->deliver(family_message("Tu viens dimanche ?", "Dis-moi !", "dimanche@example.fr")));
        OutgoingMessage reply;
        reply.from = { "Marie-Martine", MailLab::user };
        reply.to = { { "Mathilde", "mathilde@example.fr" } };
        reply.subject = "Re: Tu viens dimanche ?";
        reply.text = "Oui, je viendrai avec plaisir.";
        reply.message_id = "reponse-dimanche@test.local";
        reply.in_reply_to = "dimanche@example.fr";
        reply.references = "<dimanche@example.fr>";
        reply.date = std::time(nullptr);
        dir = temporary_directory("mail-torture");
        write_text(dir + "/reply.eml", build_message(reply));
        command = { std::string(FOYER_BUILD_DIR) + "/bin/foyer-mail-torture", "--outbox", dir + "/outbox", "--drafts", dir + "/drafts", "--imap",
            std::to_string(lab->imap_port()), "--smtp", std::to_string(lab->smtp_port()), "--log", dir + "/sender.log" };
        auto first = command;
        first.insert(first.end(), { "--queue", dir + "/reply.eml", "--to", "mathilde@example.fr", "--answering", "dimanche@example.fr", "--pause", pause });
        Process sender(first, {}, dir + "/first.out");
        ASSERT_TRUE(sender.started());
        // Stopped by itself at that point (state T in /proc), then killed there.
        ASSERT_TRUE(eventually([&] {
            auto stat = read_text("/proc/" + std::to_string(sender.pid()) + "/stat");
            auto close = stat.rfind(')');
            return close != std::string::npos && close + 2 < stat.size() && stat[close + 2] == 'T';
        },
            30s))
            << read_text(dir + "/first.out") << read_text(dir + "/sender.log");
        sender.signal(SIGKILL);
        ASSERT_EQ(sender.wait(5s), 128 + SIGKILL);
        EXPECT_EQ(lab->smtp_log().size(), 1u) << "the SMTP server took it before the kill";
    }
    void restart_and_check()
    {
        auto again = run(command, {}, 90s);
        ASSERT_EQ(again.exit_code, 0) << again.output << read_text(dir + "/sender.log");
        auto log = lab->smtp_log();
        EXPECT_EQ(log.size(), 1u) << "sent by SMTP once, not again after the restart";
        EXPECT_EQ(count_with(lab->messages("Sent"), "reponse-dimanche@test.local"), 1u) << "in the Sent folder once";
        auto* answered = original(lab->messages("INBOX"), "dimanche@example.fr");
        ASSERT_NE(answered, nullptr);
        EXPECT_TRUE(answered->answered()) << "flags: " << answered->flags;
        // Each step is done once, across both runs.
        auto steps = read_text(dir + "/sender.log");
        auto count = [&](const std::string& needle) {
            size_t n = 0;
            for (size_t at = steps.find(needle); at != std::string::npos; at = steps.find(needle, at + 1))
                ++n;
            return n;
        };
        EXPECT_EQ(count(" appended"), 1u) << steps;
        EXPECT_EQ(count(" answered-flagged"), 1u) << steps;
    }

    std::string dir;
    std::vector<std::string> command;
};

}

TEST_F(KilledSender, KilledBetweenSmtpAndImapItIsSentOnceFiledOnceAndAnsweredOnce)
{
    ASSERT_NO_FATAL_FAILURE(kill_at("before-append"));
    EXPECT_TRUE(lab->messages("Sent").empty()) << "killed before the IMAP steps";
    ASSERT_NO_FATAL_FAILURE(restart_and_check());
}

TEST_F(KilledSender, KilledJustAfterTheAppendItIsNotFiledTwice)
{
    ASSERT_NO_FATAL_FAILURE(kill_at("after-append"));
    EXPECT_EQ(lab->messages("Sent").size(), 1u) << "the Sent folder took it before the kill, and that was not written down";
    ASSERT_NO_FATAL_FAILURE(restart_and_check());
}
