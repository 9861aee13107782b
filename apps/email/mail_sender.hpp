// Sends the outbox in the background, one e-mail at a time on one thread (so none leaves twice): at once
// when an e-mail is queued, when the network comes back, and when a retry is due. Once the SMTP server has
// taken an e-mail (written down before anything else), a copy goes to the Sent folder and the message it
// answers is flagged, each step written down as it is done; these retry quietly and never hold sending up.
// An e-mail's folder is removed once all its steps are done.
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
    // Called on the sender's thread after each attempt to send; post to the main thread from there. The
    // IMAP steps after it report nothing: they are the sender's own business.
    using Report = std::function<void(const SendReport&)>;
    // The steps after SMTP (imap_filing.hpp by default, each with its own IMAP connection).
    struct Filing {
        std::function<ErrorOr<void>(const MailAccount&, const QueuedMail&, std::string_view message, std::stop_token)> append_to_sent;
        std::function<ErrorOr<void>(const MailAccount&, const QueuedMail&, std::stop_token)> mark_answered;
        static Filing over_imap();
    };
    // After this many failed IMAP attempts (about a week, the delay growing to 15 minutes) the e-mail is
    // left unfiled; it was sent all the same.
    static constexpr int max_filing_attempts = 700;

    MailSender(MailOutbox&, DraftStore&, LoadAccount, Send, Report, std::chrono::seconds first_retry = std::chrono::seconds(10), Filing = Filing::over_imap());
    ~MailSender();
    MailSender(const MailSender&) = delete;
    MailSender& operator=(const MailSender&) = delete;

    // Something was queued or the settings changed: everything waiting is tried now.
    void poke();

private:
    std::optional<int64_t> send_due(std::stop_token, bool everything);
    // The IMAP steps of a sent e-mail; when to try again if one failed.
    std::optional<int64_t> file(QueuedMail&, const MailAccount&, std::stop_token);

    MailOutbox& m_outbox;
    DraftStore& m_drafts;
    LoadAccount m_load_account;
    Send m_send;
    Report m_report;
    std::chrono::seconds m_first_retry;
    Filing m_filing;
    // Last, so that its thread stops before the members its rounds use go.
    std::unique_ptr<RetryLoop> m_loop;
};

}
