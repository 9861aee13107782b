// The e-mail providers a family is most likely to have, with their servers and size limits, so that
// "provider = \"orange\"" is all foyer.toml needs besides the address.
#pragma once

#include "settings.hpp"

#include <span>
#include <string_view>

namespace Foyer {

struct MailProvider {
    std::string_view id;
    // As the family knows it: "Orange", "Gmail".
    std::string_view name;
    MailServer imap;
    MailServer smtp;
    // The largest message accepted, encoded, in megabytes. Kept on the safe side: a message refused for
    // its size is explained anyway (the server's 552 answer), but it is better not to get there.
    int max_message_mb;
};

std::span<const MailProvider> mail_providers();
const MailProvider* mail_provider(std::string_view id);

}
