// The setup's "Test" button: logs in to the IMAP server and to the SMTP server as the senior's e-mail
// program will, and says in plain words what happened (works, wrong password, server not found, no
// internet). Blocking: run it on a worker, never on the main thread.
#pragma once

#include "../../shell/core/error.hpp"
#include "mail_account.hpp"

#include <functional>
#include <stop_token>
#include <string>

namespace Foyer {

enum class AccountVerdict {
    Works,
    WrongPassword,
    // The server's name is unknown (while the internet works), or nothing answers on its port.
    ServerNotFound,
    NoInternet,
    // The server could not prove who it is, or does not offer encryption.
    Certificate,
    Other,
};

struct AccountTestResult {
    AccountVerdict verdict { AccountVerdict::Other };
    // Which server the verdict is about, for the sentence: receiving (IMAP) or sending (SMTP).
    bool about_sending { false };
    // "imap.example.fr:993": the server it is about.
    std::string host;
    // The technical detail for the log.
    std::string detail;
};

// Whether names on the internet can be found at all (a DNS lookup of a well-known name); tests replace it.
using InternetProbe = std::function<bool()>;
bool internet_answers();

// One server: receiving (IMAP) or sending (SMTP).
AccountTestResult test_mail_server(const MailAccount&, bool sending, std::stop_token = {}, const InternetProbe& = internet_answers);
// Receiving first, then sending: the first that does not work is the answer.
AccountTestResult test_mail_account(const MailAccount&, std::stop_token = {}, const InternetProbe& = internet_answers);

// The sentence shown and spoken for a result; `provider` is the provider's name ("Orange") or the server's.
std::string account_test_text(const AccountTestResult&, const std::string& provider);

}
