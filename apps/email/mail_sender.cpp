// Each round sends the e-mails that are due; RetryLoop (shell/core/system) sleeps between rounds until a
// poke, a change of network or the next retry: no busy loop.
#include "mail_sender.hpp"

#include "../../shell/core/system/log.hpp"
#include "mail_errors.hpp"

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

MailSender::MailSender(MailOutbox& outbox, DraftStore& drafts, LoadAccount load_account, Send send, Report report, std::chrono::seconds first_retry)
    : m_outbox(outbox)
    , m_drafts(drafts)
    , m_load_account(std::move(load_account))
    , m_send(std::move(send))
    , m_report(std::move(report))
    , m_first_retry(first_retry)
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
            m_outbox.remove(mail.id);
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
    }
    return next;
}

}
