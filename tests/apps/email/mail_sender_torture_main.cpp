// foyer-mail-torture: the e-mail outbox and sender, run for real against the mail lab, to be killed with
// kill -9 between its steps by tests/apps/email/mail_filing_integration_test.
//   foyer-mail-torture --outbox DIR --drafts DIR --imap PORT --smtp PORT --log FILE
//                      [--queue MESSAGE.eml --to ADDRESS [--answering MESSAGE-ID]] [--pause before-append|after-append]
// Queues the message when asked, then sends the outbox until it is empty and exits 0 (3 if it is not
// empty after a minute). With --pause, it stops itself (SIGSTOP) once, at that point of the first e-mail's
// IMAP steps, for the test to kill it there: before-append is just after SMTP took it (and that was
// written down), after-append is after the Sent folder took it and before that was written down.
#include "apps/email/mail_sender.hpp"
#include "apps/email/mime_reader.hpp"
#include "apps/email/smtp_client.hpp"
#include "shell/core/system/files.hpp"
#include "shell/core/system/log.hpp"

#include <chrono>
#include <csignal>
#include <map>
#include <string>

using namespace Foyer;

int main(int argc, char** argv)
{
    std::map<std::string, std::string> options;
    for (int i = 1; i + 1 < argc; i += 2)
        options[argv[i]] = argv[i + 1];
    for (auto* required : { "--outbox", "--drafts", "--imap", "--smtp", "--log" })
        if (!options.count(required))
            return 2;
    set_log_file(options["--log"]);

    MailAccount account;
    account.self = { "Marie-Martine", "marie@test.local" };
    account.provider_name = "the lab";
    account.imap = { "127.0.0.1", std::atoi(options["--imap"].c_str()), MailSecurity::None };
    account.smtp = { "127.0.0.1", std::atoi(options["--smtp"].c_str()), MailSecurity::None };
    account.user = "marie@test.local";
    account.password = "secret";

    DraftStore drafts(options["--drafts"]);
    MailOutbox outbox(options["--outbox"]);
    if (options.count("--queue")) {
        auto message = read_file(options["--queue"]);
        if (!message)
            return 2;
        Draft draft;
        draft.to = { "Mathilde", options["--to"] };
        draft.in_reply_to = options["--answering"];
        draft.key = draft_key(draft.to.address, draft.in_reply_to);
        draft.text = "torture";
        MailFiling filing { read_envelope(*message).message_id, draft.in_reply_to, 0, 0 };
        if (outbox.queue(draft, *message, drafts, filing).is_error())
            return 1;
    }

    auto pause = options["--pause"];
    auto filing = MailSender::Filing::over_imap();
    auto append = filing.append_to_sent;
    filing.append_to_sent = [&](const MailAccount& a, const QueuedMail& mail, std::string_view message, std::stop_token stop) {
        if (pause == "before-append") {
            pause.clear();
            std::raise(SIGSTOP);
        }
        auto appended = append(a, mail, message, stop);
        if (pause == "after-append" && !appended.is_error()) {
            pause.clear();
            std::raise(SIGSTOP);
        }
        return appended;
    };
    MailSender sender(
        outbox, drafts, [&](std::stop_token) -> ErrorOr<MailAccount> { return account; },
        [](const MailAccount& a, const std::vector<std::string>& to, std::string_view message, std::stop_token stop) { return send_mail(a, to, message, stop); },
        {}, std::chrono::seconds(1), filing);
    sender.poke();
    // The sender reports nothing for its IMAP steps: the outbox emptying is the sign it is done.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!outbox.load(drafts).empty() && std::chrono::steady_clock::now() < deadline) {
        struct timespec tick {
            0, 20'000'000
        };
        nanosleep(&tick, nullptr);
    }
    return outbox.load(drafts).empty() ? 0 : 3;
}
