// E-mails waiting to leave: one folder each under the outbox, holding the message exactly as it will be
// sent and the draft it was made from. A folder appears by one rename, so after a crash an e-mail is either
// still a draft or queued, never both and never lost; it is removed once the server has taken it.
#pragma once

#include "../../shell/core/error.hpp"
#include "drafts.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace Foyer {

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

    bool operator==(const QueuedMail&) const = default;
};

// When to try again after `attempts` failures: `first` (10 s), doubling, at most 15 minutes (a network
// change tries at once anyway).
std::chrono::seconds mail_retry_delay(int attempts, std::chrono::seconds first = std::chrono::seconds(10));

class MailOutbox {
public:
    explicit MailOutbox(std::string directory);

    // Queues `message` (RFC 5322 bytes) made from `draft`, whose folder moves into the outbox with it.
    ErrorOr<QueuedMail> queue(const Draft&, std::string_view message, const DraftStore&);
    // Everything waiting, oldest first. Finishes what a crash interrupted first.
    std::vector<QueuedMail> load(const DraftStore&) const;
    std::optional<std::string> message(const std::string& id) const;
    ErrorOr<void> update(const QueuedMail&) const;
    // The server took it.
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
