// What is kept on disk: the inbox cache (10,000 envelopes round trip, damaged lines skipped), drafts as
// the senior types, the outbox with its crash-safe moves, and the sender trying each e-mail once.
#include "apps/email/drafts.hpp"
#include "apps/email/mail_cache.hpp"
#include "apps/email/mail_errors.hpp"
#include "apps/email/mail_outbox.hpp"
#include "apps/email/mail_sender.hpp"
#include "shell/core/system/files.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <mutex>
#include <sys/stat.h>

using namespace Foyer;
using namespace Foyer::Testing;
namespace fs = std::filesystem;

namespace {

Envelope envelope(uint32_t uid)
{
    Envelope e;
    e.uid = uid;
    e.seen = uid % 2;
    e.answered = uid % 3 == 0;
    e.has_attachments = uid % 5 == 0;
    e.date = 1795539900 + uid;
    e.size = 1000 + uid;
    e.from = { "Mathilde\tBérard \\ \"x\"", "m" + std::to_string(uid) + "@example.fr" };
    e.subject = "Sujet\nsur deux lignes " + std::to_string(uid);
    e.message_id = "id" + std::to_string(uid) + "@x";
    e.references = "<a@b> <c@d>";
    return e;
}

Draft draft_to(const std::string& address, const std::string& text)
{
    Draft draft;
    draft.key = draft_key(address, "");
    draft.to = { "Mathilde", address };
    draft.text = text;
    return draft;
}

}

TEST(MailCache, TenThousandEnvelopesRoundTrip)
{
    MailboxCache cache;
    cache.uidvalidity = 42;
    for (uint32_t uid = 1; uid <= 10000; ++uid)
        cache.envelopes.push_back(envelope(uid));
    auto text = serialize_cache(cache);
    auto back = parse_cache(text);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, cache);
    EXPECT_EQ(back->find(5000)->subject, "Sujet\nsur deux lignes 5000");
    EXPECT_EQ(back->find(10001), nullptr);
}

TEST(MailCache, DamageCostsOnlyTheDamagedLines)
{
    MailboxCache cache { 7, { envelope(1), envelope(2), envelope(3) } };
    auto text = serialize_cache(cache);
    auto second_line = text.find('\n') + 1;
    auto third_line = text.find('\n', second_line) + 1;
    text.replace(third_line, 3, "xx\t");
    auto back = parse_cache(text.substr(0, text.size() - 5));
    ASSERT_TRUE(back);
    ASSERT_EQ(back->envelopes.size(), 1u) << "line 2 damaged, line 3 cut short";
    EXPECT_EQ(back->envelopes[0].uid, 1u);
    EXPECT_FALSE(parse_cache("not a cache\n"));
    EXPECT_FALSE(parse_cache(""));
}

TEST(MailCache, StoreKeepsTheInboxPrivateAndTheLastMessages)
{
    MailStore store(temporary_directory("mail-store") + "/cache");
    MailboxCache cache { 9, { envelope(1) } };
    ASSERT_FALSE(store.save(cache).is_error());
    EXPECT_EQ(store.load(), cache);
    struct stat info { };
    ASSERT_EQ(::stat((store.directory() + "/inbox.cache").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    for (uint32_t uid = 1; uid <= MailStore::max_messages + 5; ++uid)
        store.keep_message(9, uid, "message " + std::to_string(uid));
    EXPECT_FALSE(store.message(9, 1)) << "the oldest went";
    EXPECT_EQ(store.message(9, MailStore::max_messages + 5), "message " + std::to_string(MailStore::max_messages + 5));
}

TEST(Drafts, SavedLoadedListedAndTheirFilesKept)
{
    DraftStore drafts(temporary_directory("drafts"));
    auto draft = draft_to("mathilde@example.fr", "Bonjour");
    ASSERT_FALSE(drafts.save(draft).is_error());
    ASSERT_FALSE(drafts.add_file(draft, { "photo.jpg", "image/jpeg", "JPEGDATA" }).is_error());
    ASSERT_FALSE(drafts.add_file(draft, { "photo.jpg", "image/jpeg", "OTHER" }).is_error());
    auto loaded = drafts.load(draft.key);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->text, "Bonjour");
    ASSERT_EQ(loaded->files.size(), 2u);
    EXPECT_NE(loaded->files[0].stored_as, loaded->files[1].stored_as) << "two files of the same name both kept";
    auto files = drafts.read_files(*loaded);
    ASSERT_FALSE(files.is_error());
    EXPECT_EQ(files.value()[1].data, "OTHER");
    ASSERT_FALSE(drafts.remove_file(*loaded, 0).is_error());
    EXPECT_EQ(drafts.load(draft.key)->files.size(), 1u);
    EXPECT_EQ(drafts.load_all().size(), 1u);
    EXPECT_TRUE(drafts.load_all()[0].to.address == "mathilde@example.fr");
    EXPECT_NE(draft_key("a@b.fr", ""), draft_key("a@b.fr", "msg@x")) << "a reply is its own draft";
    EXPECT_FALSE(draft_from_json("{\"key\":\"k\",\"to_address\":\"a@b\",\"files\":[{\"stored_as\":\"../../etc/passwd\"}]}")->files.size());
}

TEST(Outbox, QueueingMovesTheDraftInAndSendingRemovesIt)
{
    auto root = temporary_directory("outbox");
    DraftStore drafts(root + "/drafts");
    MailOutbox outbox(root + "/outbox");
    auto draft = draft_to("mathilde@example.fr", "Coucou");
    ASSERT_FALSE(drafts.save(draft).is_error());
    auto queued = outbox.queue(draft, "MESSAGE", drafts);
    ASSERT_FALSE(queued.is_error());
    EXPECT_FALSE(drafts.load(draft.key)) << "a queued e-mail is no longer a draft";
    auto waiting = outbox.load(drafts);
    ASSERT_EQ(waiting.size(), 1u);
    EXPECT_EQ(waiting[0].to.name, "Mathilde");
    EXPECT_EQ(waiting[0].recipients, std::vector<std::string> { "mathilde@example.fr" });
    EXPECT_EQ(outbox.message(waiting[0].id), "MESSAGE");
    waiting[0].attempts = 2;
    ASSERT_FALSE(outbox.update(waiting[0]).is_error());
    EXPECT_EQ(outbox.load(drafts)[0].attempts, 2);
    outbox.remove(waiting[0].id);
    EXPECT_TRUE(outbox.load(drafts).empty());
}

TEST(Outbox, AnEmailRefusedForGoodIsADraftAgain)
{
    auto root = temporary_directory("outbox");
    DraftStore drafts(root + "/drafts");
    MailOutbox outbox(root + "/outbox");
    auto draft = draft_to("mathilde@example.fr", "Trop gros");
    ASSERT_FALSE(drafts.save(draft).is_error());
    auto queued = outbox.queue(draft, "M", drafts);
    ASSERT_FALSE(queued.is_error());
    // Meanwhile the senior started another e-mail to the same person: both are kept.
    ASSERT_FALSE(drafts.save(draft_to("mathilde@example.fr", "Nouveau")).is_error());
    auto back = outbox.return_to_drafts(queued.value().id, drafts);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->text, "Trop gros");
    EXPECT_EQ(drafts.load_all().size(), 2u);
    EXPECT_TRUE(outbox.load(drafts).empty());
}

TEST(Outbox, AQueueingInterruptedByACrashLeavesADraft)
{
    auto root = temporary_directory("outbox");
    DraftStore drafts(root + "/drafts");
    MailOutbox outbox(root + "/outbox");
    auto draft = draft_to("paul@example.fr", "Interrompu");
    ASSERT_FALSE(drafts.save(draft).is_error());
    // As if Foyer died between moving the draft in and the final rename.
    fs::create_directories(root + "/outbox/20261126-000000-dead.new");
    fs::rename(drafts.folder_of(draft.key), root + "/outbox/20261126-000000-dead.new/draft");
    fs::create_directories(root + "/outbox/old.gone");
    EXPECT_TRUE(outbox.load(drafts).empty());
    auto restored = drafts.load(draft.key);
    ASSERT_TRUE(restored);
    EXPECT_EQ(restored->text, "Interrompu");
    EXPECT_FALSE(fs::exists(root + "/outbox/old.gone"));
}

namespace {

// The IMAP steps after sending, done at once (the real ones are tests/apps/email/mail_filing_integration_test's).
MailSender::Filing filed_at_once()
{
    return { [](const MailAccount&, const QueuedMail&, std::string_view, std::stop_token) -> ErrorOr<void> { return {}; },
        [](const MailAccount&, const QueuedMail&, std::stop_token) -> ErrorOr<void> { return {}; } };
}

}

TEST(Outbox, EachStepAfterSendingIsWrittenDownWithWhatItNeeds)
{
    auto root = temporary_directory("outbox");
    DraftStore drafts(root + "/drafts");
    MailOutbox outbox(root + "/outbox");
    auto draft = draft_to("mathilde@example.fr", "Oui");
    draft.in_reply_to = "dimanche@example.fr";
    auto queued = outbox.queue(draft, "MESSAGE", drafts, { "reponse@test.local", "", 42, 7 });
    ASSERT_FALSE(queued.is_error());
    auto mail = outbox.load(drafts).at(0);
    EXPECT_EQ(mail.step, MailStep::Queued);
    EXPECT_TRUE(mail.waiting_to_leave());
    EXPECT_EQ(mail.filing, (MailFiling { "reponse@test.local", "dimanche@example.fr", 42, 7 })) << "the message answered comes from the draft";
    for (auto step : { MailStep::SmtpSent, MailStep::Appended, MailStep::AnsweredFlagged }) {
        mail.step = step;
        ASSERT_FALSE(outbox.update(mail).is_error());
        EXPECT_EQ(outbox.load(drafts).at(0).step, step) << step_name(step);
        EXPECT_FALSE(outbox.load(drafts).at(0).waiting_to_leave());
    }
    EXPECT_NE(read_file(root + "/outbox/" + mail.id + "/state.json")->find("\"answered-flagged\""), std::string::npos);
}

TEST(MailSender, AnImapFailureAfterSendingIsRetriedQuietlyAndNeverSendsAgain)
{
    auto root = temporary_directory("sender");
    DraftStore drafts(root + "/drafts");
    MailOutbox outbox(root + "/outbox");
    auto reply = draft_to("mathilde@example.fr", "x");
    reply.in_reply_to = "dimanche@example.fr";
    ASSERT_FALSE(outbox.queue(reply, "the reply", drafts).is_error());
    std::mutex mutex;
    int sent = 0, appends = 0, flags = 0;
    std::vector<SendReport> reports;
    std::vector<MailStep> seen_at_append;
    MailSender::Filing filing;
    filing.append_to_sent = [&](const MailAccount&, const QueuedMail& mail, std::string_view, std::stop_token) -> ErrorOr<void> {
        std::lock_guard lock(mutex);
        seen_at_append.push_back(mail.step);
        if (++appends < 3)
            return mail_error(MailFailure::NoNetwork, "IMAP down");
        return {};
    };
    filing.mark_answered = [&](const MailAccount&, const QueuedMail&, std::stop_token) -> ErrorOr<void> {
        std::lock_guard lock(mutex);
        ++flags;
        return {};
    };
    {
        MailSender sender(
            outbox, drafts, [](std::stop_token) -> ErrorOr<MailAccount> { return MailAccount {}; },
            [&](const MailAccount&, const std::vector<std::string>&, std::string_view, std::stop_token) -> ErrorOr<void> {
                std::lock_guard lock(mutex);
                ++sent;
                return {};
            },
            [&](const SendReport& report) {
            std::lock_guard lock(mutex);
            reports.push_back(report);
            },
            std::chrono::seconds(1), filing);
        ASSERT_TRUE(eventually([&] { std::lock_guard lock(mutex); return appends >= 1; }));
        // The Sent folder could not be reached: the e-mail left all the same, and waits only for IMAP.
        ASSERT_TRUE(eventually([&] { auto left = outbox.load(drafts); return left.size() == 1 && left[0].filing_attempts >= 1; }));
        EXPECT_FALSE(outbox.load(drafts)[0].waiting_to_leave());
        ASSERT_TRUE(eventually([&] { return outbox.load(drafts).empty(); }, std::chrono::seconds(15))) << "retried by itself";
    }
    std::lock_guard lock(mutex);
    EXPECT_EQ(sent, 1);
    EXPECT_EQ(appends, 3);
    EXPECT_EQ(flags, 1);
    for (auto step : seen_at_append)
        EXPECT_EQ(step, MailStep::SmtpSent);
    ASSERT_EQ(reports.size(), 1u) << "one report, that it left; the IMAP failures are not the senior's";
    EXPECT_FALSE(reports[0].failure);
}

TEST(MailSender, SendsEachOnceKeepsWhatFailsAndReturnsWhatIsRefused)
{
    auto root = temporary_directory("sender");
    DraftStore drafts(root + "/drafts");
    MailOutbox outbox(root + "/outbox");
    for (auto address : { "ok@example.fr", "down@example.fr", "big@example.fr" })
        ASSERT_FALSE(outbox.queue(draft_to(address, "x"), std::string("to ") + address, drafts).is_error());
    std::mutex mutex;
    std::map<std::string, int> sent;
    std::vector<SendReport> reports;
    std::atomic<bool> network_up { false };
    {
        MailSender sender(
            outbox, drafts, [](std::stop_token) -> ErrorOr<MailAccount> { return MailAccount {}; },
            [&](const MailAccount&, const std::vector<std::string>& to, std::string_view message, std::stop_token) -> ErrorOr<void> {
                if (to[0] == "big@example.fr")
                    return mail_error(MailFailure::TooBig, "552");
                if (to[0] == "down@example.fr" && !network_up)
                    return mail_error(MailFailure::NoNetwork, "refused");
                std::lock_guard lock(mutex);
                ++sent[std::string(message)];
                return {};
            },
            [&](const SendReport& report) {
            std::lock_guard lock(mutex);
            reports.push_back(report);
            },
            std::chrono::seconds(10), filed_at_once());
        ASSERT_TRUE(eventually([&] { std::lock_guard lock(mutex); return reports.size() >= 3; }));
        network_up = true;
        sender.poke();
        ASSERT_TRUE(eventually([&] { std::lock_guard lock(mutex); return sent.size() == 2; }));
        sender.poke();
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    EXPECT_EQ(sent["to ok@example.fr"], 1);
    EXPECT_EQ(sent["to down@example.fr"], 1) << "sent once when the network came back";
    EXPECT_TRUE(outbox.load(drafts).empty());
    auto returned = drafts.load_all();
    ASSERT_EQ(returned.size(), 1u);
    EXPECT_EQ(returned[0].to.address, "big@example.fr");
    bool told_too_big = false;
    for (auto& report : reports)
        told_too_big = told_too_big || (report.failure && mail_failure(*report.failure) == MailFailure::TooBig && report.returned_draft);
    EXPECT_TRUE(told_too_big);
}

TEST(MailErrors, EachFailureIsRecognisedByItsSentence)
{
    for (auto failure : { MailFailure::NoNetwork, MailFailure::WrongPassword, MailFailure::NoPassword, MailFailure::PasswordFileOpen,
             MailFailure::Certificate, MailFailure::TooBig, MailFailure::AddressRefused, MailFailure::ServerBusy, MailFailure::NotSetUp,
             MailFailure::Stopped, MailFailure::Other })
        EXPECT_EQ(mail_failure(mail_error(failure, "detail", "Orange")), failure);
    EXPECT_EQ(mail_error(MailFailure::WrongPassword, "", "Orange").message().find("Orange refused"), 0u);
    EXPECT_EQ(mail_failure(Error::plain("Something else")), MailFailure::Other);
}
