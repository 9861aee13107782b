// Sending a ready e-mail with libcurl's SMTP: implicit TLS (465) or STARTTLS (587), certificate checked,
// logged in; the server's refusals told apart (too big, an address refused, busy, wrong password).
#pragma once

#include "../../shell/core/error.hpp"
#include "mail_account.hpp"

#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace Foyer {

// Blocking: call it from a worker. `message` is the RFC 5322 bytes with CRLF line ends.
ErrorOr<void> send_mail(const MailAccount&, const std::vector<std::string>& recipients, std::string_view message, std::stop_token = {});

}
