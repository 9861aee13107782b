// E-mails waiting to leave: one folder each under the outbox, holding the message exactly as it will be
// sent and the draft it was made from. A folder appears by one rename, so after a crash an e-mail is either
// still a draft or queued, never both and never lost. Once the SMTP server has taken it, it stays until a
// copy is in the provider's Sent folder and the message it answers is flagged \Answered; each step is
// written (write, fsync, rename) before the next begins, so that none is done twice after a crash.
#pragma once

#include "../../shell/core/error.hpp"
#include "drafts.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace Foyer {

// How far an e-mail has gone, in order; each is written before the next step starts.
enum class MailStep {
    Queued,
    // The SMTP server took it: it is never sent again.
    SmtpSent,
    // A copy is in the Sent folder.
    Appended,
    // The message it answers has the \Answered flag (replies only); the folder goes next.
    AnsweredFlagged,
};
std::string_view step_name(MailStep);

// What the IMAP side needs once the e-mail has left: its Message-ID (to find it in the Sent folder) and,
// for a reply, the message it answers (by UID when the inbox knew it, else by its Message-ID).
struct MailFiling {
    std::string message_id;
    std::string answering;
    uint32_t answering_uid { 0 };
    uint64_t answering_uidvalidity { 0 };

    bool operator==(const MailFiling&) const = default;
};

struct QueuedMail {
    std::string id;
    // Who the senior wrote to, for "Your e-mail to Mathilde has left".
    MailAddress to;
    std::vector<std::string> recipients;
    int64_t queued_at { 0 };
    int attempts { 0 };
    int64_t next_attempt_at { 0 };
    // The last failure's sentence (a msgid), empty before the first attempt.
    std::string last_failure;
    MailStep step { MailStep::Queued };
    MailFiling filing;
    // Attempts at the IMAP steps (after SMTP), which retry on their own, quietly.
    int filing_attempts { 0 };

    bool waiting_to_leave() const { return step == MailStep::Queued; }
    bool operator==(const QueuedMail&) const = default;
};

// When to try again after `attempts` failures: `first` (10 s), doubling, at most 15 minutes (a network
// change tries at once anyway).
std::chrono::seconds mail_retry_delay(int attempts, std::chrono::seconds first = std::chrono::seconds(10));

class MailOutbox {
public:
    explicit MailOutbox(std::string directory);

    // Queues `message` (RFC 5322 bytes) made from `draft`, whose folder moves into the outbox with it.
    ErrorOr<QueuedMail> queue(const Draft&, std::string_view message, const DraftStore&, MailFiling = {});
    // Everything in the outbox (waiting to leave, or sent and waiting to be filed), oldest first.
    // Finishes what a crash interrupted first.
    std::vector<QueuedMail> load(const DraftStore&) const;
    std::optional<std::string> message(const std::string& id) const;
    // Writes the attempts and the step (write, fsync, rename).
    ErrorOr<void> update(const QueuedMail&) const;
    // Done with it (sent and filed, or given up).
    void remove(const std::string& id) const;
    // Refused for good (too big, an address refused): the e-mail becomes a draft again, with its words and
    // files, for the senior to change and send again.
    std::optional<Draft> return_to_drafts(const std::string& id, const DraftStore&) const;

    const std::string& directory() const { return m_directory; }

private:
    std::string folder_of(const std::string& id) const { return m_directory + "/" + id; }

    std::string m_directory;
};

}
