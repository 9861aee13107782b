// The setup's Test for a helpdesk address: asks GET /healthz as Foyer's help report will reach it (TLS
// verified, the helpline's own certificate authority if it has one) and says in plain words what answered.
// Blocking: run it on a worker, never on the main thread.
#pragma once

#include <functional>
#include <stop_token>
#include <string>

namespace Foyer {

enum class HelpdeskVerdict {
    // A Foyer helpdesk: /healthz answered {"status": "ok", …}.
    Answers,
    // Nothing answers at that name or port (while the internet works, or on this computer itself).
    NotFound,
    NoInternet,
    // Something answers, but it is not a Foyer helpdesk (a website, another program).
    NotAHelpdesk,
    // A Foyer helpdesk that says it is not working now (503 {"status": "unavailable"}).
    Unavailable,
    // The server could not prove it is that address: never ignored.
    Certificate,
    // The page went away before the answer.
    Stopped,
};

struct HelpdeskCheck {
    HelpdeskVerdict verdict { HelpdeskVerdict::NotFound };
    // The technical detail for the log.
    std::string detail;
};

// `address` as checked by the setup (https://…, or http:// on this computer). `internet`: whether names on
// the internet can be found at all, to tell "not found" from "no internet"; not asked for this computer.
HelpdeskCheck check_helpdesk_answers(const std::string& address, const std::string& ca_file, std::stop_token,
    const std::function<bool()>& internet);

// The sentence shown and spoken for a verdict.
std::string helpdesk_check_text(HelpdeskVerdict, const std::string& address);

}
