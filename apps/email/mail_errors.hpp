// The ways talking to a mail server fails, each with one plain sentence that says what to do, and how a
// failure is told from another (to keep a message in the outbox, or to tell the family).
#pragma once

#include "../../shell/core/error.hpp"

#include <string>

namespace Foyer {

enum class MailFailure {
    // No network, the server did not answer, or the connection dropped: try again later by itself.
    NoNetwork,
    // The server refused the login: the family must fix the password.
    WrongPassword,
    // No password file and no keyring entry: the family has not finished setting up e-mail.
    NoPassword,
    // The password file can be read by others: refused until it is made private.
    PasswordFileOpen,
    // The server's certificate could not be checked, or it does not offer encryption: never ignored.
    Certificate,
    // The server refused the message for its size.
    TooBig,
    // The server refused a recipient's address.
    AddressRefused,
    // The server is busy or had a temporary problem (4xx): try again later by itself.
    ServerBusy,
    // E-mail is not set up in foyer.toml.
    NotSetUp,
    // Foyer is stopping.
    Stopped,
    // Anything else the server said no to.
    Other,
};

// The error for a failure, with its technical detail for the log. `provider` names the provider in the
// sentence when it is known ("Orange"), else "your e-mail provider" is said.
Error mail_error(MailFailure, std::string detail, const std::string& provider = {});
// Which failure an error from mail_error() is (Other for any other error).
MailFailure mail_failure(const Error&);
// Failures worth trying again by themselves, without anyone doing anything.
bool is_temporary(MailFailure);

// libcurl's result code as a failure.
MailFailure failure_for_curl_code(int curl_code);

}
