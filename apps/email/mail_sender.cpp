// Each round sends the e-mails that are due; RetryLoop (shell/core/system) sleeps between rounds until a
// poke, a change of network or the next retry: no busy loop.
#include "mail_sender.hpp"

#include "../../shell/core/system/log.hpp"
#include "imap_filing.hpp"
#include "mail_errors.hpp"
#include "mime_reader.hpp"

#include <algorithm>

namespace Foyer {

namespace {

// What only the family can fix is tried again now and then (and at once when the settings change).
constexpr int64_t family_fix_retry_seconds = 15 * 60;

bool needs_family(MailFailure failure)
{
    return failure == MailFailure::WrongPassword || failure == MailFailure::NoPassword || failure == MailFailure::PasswordFileOpen
        || failure == MailFailure::Certificate || failure == MailFailure::NotSetUp;
}

}

MailSender::Filing MailSender::Filing::over_imap()
{
    Filing filing;
    filing.append_to_sent = [](const MailAccount& account, const QueuedMail& mail, std::string_view message, std::stop_token stop) -> ErrorOr<void> {
        auto session = ImapSession::open(account, stop);
        if (session.is_error())
            return session.error();
        // An e-mail queued before its Message-ID was written down has it in its own header.
        auto message_id = mail.filing.message_id.empty() ? read_envelope(message).message_id : mail.filing.message_id;
        return Foyer::append_to_sent(*session.value(), message, message_id);
    };
    filing.mark_answered = [](const MailAccount& account, const QueuedMail& mail, std::stop_token stop) -> ErrorOr<void> {
        auto session = ImapSession::open(account, stop);
        if (session.is_error())
            return session.error();
        return Foyer::mark_answered(*session.value(), mail.filing);
    };
    return filing;
}

MailSender::MailSender(MailOutbox& outbox, DraftStore& drafts, LoadAccount load_account, Send send, Report report, std::chrono::seconds first_retry,
    Filing filing)
    : m_outbox(outbox)
    , m_drafts(drafts)
    , m_load_account(std::move(load_account))
    , m_send(std::move(send))
    , m_report(std::move(report))
    , m_first_retry(first_retry)
    , m_filing(std::move(filing))
{
    m_loop = std::make_unique<RetryLoop>(RetryLoop::Options { "mail", true, true },
        [this](std::stop_token stop, bool everything) { return send_due(stop, everything); });
}

MailSender::~MailSender() = default;

void MailSender::poke()
{
    m_loop->poke();
}

std::optional<int64_t> MailSender::send_due(std::stop_token stop, bool everything)
{
    std::optional<int64_t> next;
    auto later = [&](int64_t when) { next = next ? std::min(*next, when) : when; };
    std::optional<ErrorOr<MailAccount>> account;
    for (auto& mail : m_outbox.load(m_drafts)) {
        if (stop.stop_requested())
            return std::nullopt;
        if (!everything && mail.next_attempt_at > epoch_seconds()) {
            later(mail.next_attempt_at);
            continue;
        }
        // The password is read once per round, and only when something is due.
        if (!account)
            account = m_load_account(stop);
        if (!mail.waiting_to_leave()) {
            // It left already (before a crash, or an IMAP step failed): only the IMAP steps are left.
            if (account->is_error())
                later(epoch_seconds() + family_fix_retry_seconds);
            else if (auto when = file(mail, account->value(), stop))
                later(*when);
            continue;
        }
        std::optional<Error> failure;
        if (account->is_error()) {
            failure = account->error();
        } else if (auto message = m_outbox.message(mail.id); !message) {
            log_warning("email: the outbox e-mail " + mail.id + " has no message; skipped");
            continue;
        } else if (auto sent = m_send(account->value(), mail.recipients, *message, stop); sent.is_error()) {
            failure = sent.error();
        }
        if (stop.stop_requested() && failure && mail_failure(*failure) == MailFailure::Stopped)
            return std::nullopt;
        ++mail.attempts;
        SendReport report { mail, failure, std::nullopt };
        if (!failure) {
            log_info("email: sent " + mail.id + " after " + std::to_string(mail.attempts) + " attempt(s)");
            // Written down before anything else: whatever happens next, it is never sent again.
            mail.step = MailStep::SmtpSent;
            mail.next_attempt_at = 0;
            mail.last_failure.clear();
            if (auto updated = m_outbox.update(mail); updated.is_error())
                log_warning("email: " + mail.id + " left, and this could not be written down: " + updated.error().detail());
            report.mail = mail;
        } else {
            auto kind = mail_failure(*failure);
            log_warning("email: " + mail.id + " not sent: " + failure->detail());
            mail.last_failure = failure->msgid();
            if (is_temporary(kind) || needs_family(kind) || kind == MailFailure::Stopped) {
                mail.next_attempt_at = epoch_seconds() + (needs_family(kind) ? family_fix_retry_seconds : mail_retry_delay(mail.attempts, m_first_retry).count());
                if (auto updated = m_outbox.update(mail); updated.is_error())
                    log_warning("email: " + updated.error().detail());
                later(mail.next_attempt_at);
            } else {
                // Refused for good: trying again would give the same answer. It becomes a draft again.
                auto draft = m_outbox.return_to_drafts(mail.id, m_drafts);
                report.returned_draft = draft ? draft->key : std::string {};
            }
            report.mail = mail;
        }
        if (m_report)
            m_report(report);
        // The senior was told it left; the copy in Sent and the flag follow, quietly.
        if (!failure && !stop.stop_requested())
            if (auto when = file(mail, account->value(), stop))
                later(*when);
    }
    return next;
}

std::optional<int64_t> MailSender::file(QueuedMail& mail, const MailAccount& account, std::stop_token stop)
{
    auto done = [&](MailStep step) {
        mail.step = step;
        if (auto updated = m_outbox.update(mail); updated.is_error())
            log_warning("email: " + updated.error().detail());
        log_info("email: " + mail.id + " " + std::string(step_name(step)));
    };
    std::optional<Error> failure;
    if (mail.step == MailStep::SmtpSent) {
        auto message = m_outbox.message(mail.id);
        if (!message)
            failure = mail_error(MailFailure::Other, "the outbox e-mail " + mail.id + " has no message");
        else if (auto appended = m_filing.append_to_sent(account, mail, *message, stop); appended.is_error())
            failure = appended.error();
        else
            done(MailStep::Appended);
    }
    if (!failure && mail.step == MailStep::Appended) {
        if (mail.filing.answering.empty() && mail.filing.answering_uid == 0) {
            m_outbox.remove(mail.id);
            return std::nullopt;
        }
        if (auto flagged = m_filing.mark_answered(account, mail, stop); flagged.is_error())
            failure = flagged.error();
        else
            done(MailStep::AnsweredFlagged);
    }
    if (!failure) {
        m_outbox.remove(mail.id);
        return std::nullopt;
    }
    if (stop.stop_requested())
        return std::nullopt;
    ++mail.filing_attempts;
    log_warning("email: " + mail.id + " left; " + (mail.step == MailStep::SmtpSent ? "its copy in the Sent folder" : "the \\Answered flag")
        + " waits (attempt " + std::to_string(mail.filing_attempts) + "): " + failure->detail());
    if (mail.filing_attempts >= max_filing_attempts) {
        log_warning("email: " + mail.id + " is left unfiled after " + std::to_string(mail.filing_attempts) + " attempts");
        m_outbox.remove(mail.id);
        return std::nullopt;
    }
    mail.next_attempt_at = epoch_seconds() + mail_retry_delay(mail.filing_attempts, m_first_retry).count();
    if (auto updated = m_outbox.update(mail); updated.is_error())
        log_warning("email: " + updated.error().detail());
    return mail.next_attempt_at;
}

}
