// Sends the outbox in the background, one e-mail at a time on one thread (so none leaves twice): at once
// when an e-mail is queued, when the network comes back, and when a retry is due; each e-mail's folder is
// removed only once the server has taken it.
#pragma once

#include "../../shell/core/error.hpp"
#include "mail_account.hpp"
#include "mail_outbox.hpp"

#include "../../shell/core/system/retry_loop.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <thread>

namespace Foyer {

// What became of one attempt.
struct SendReport {
    QueuedMail mail;
    // Nothing: the server took it.
    std::optional<Error> failure;
    // Refused for good: the e-mail is a draft again (its key), for the senior to change.
    std::optional<std::string> returned_draft;
};

class MailSender {
public:
    using LoadAccount = std::function<ErrorOr<MailAccount>(std::stop_token)>;
    using Send = std::function<ErrorOr<void>(const MailAccount&, const std::vector<std::string>&, std::string_view, std::stop_token)>;
    // Called on the sender's thread after each attempt; post to the main thread from there.
    using Report = std::function<void(const SendReport&)>;

    MailSender(MailOutbox&, DraftStore&, LoadAccount, Send, Report, std::chrono::seconds first_retry = std::chrono::seconds(10));
    ~MailSender();
    MailSender(const MailSender&) = delete;
    MailSender& operator=(const MailSender&) = delete;

    // Something was queued or the settings changed: everything waiting is tried now.
    void poke();

private:
    std::optional<int64_t> send_due(std::stop_token, bool everything);

    MailOutbox& m_outbox;
    DraftStore& m_drafts;
    LoadAccount m_load_account;
    Send m_send;
    Report m_report;
    std::chrono::seconds m_first_retry;
    // Last, so that its thread stops before the members its rounds use go.
    std::unique_ptr<RetryLoop> m_loop;
};

}
