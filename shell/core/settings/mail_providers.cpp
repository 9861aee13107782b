// The presets. Servers as the providers publish them for mail programs (IMAP over TLS on 993, SMTP over TLS
// on 465); Gmail needs an app password (two-step verification on, then "App passwords" in the account).
#include "mail_providers.hpp"

#include <array>

namespace Foyer {

namespace {

MailServer tls(std::string_view host, int port)
{
    return { std::string(host), port, MailSecurity::Tls };
}

const std::array<MailProvider, 5>& providers()
{
    static const std::array<MailProvider, 5> list { {
        { "orange", "Orange", tls("imap.orange.fr", 993), tls("smtp.orange.fr", 465), 20 },
        { "free", "Free", tls("imap.free.fr", 993), tls("smtp.free.fr", 465), 20 },
        { "sfr", "SFR", tls("imap.sfr.fr", 993), tls("smtp.sfr.fr", 465), 20 },
        { "laposte", "La Poste", tls("imap.laposte.net", 993), tls("smtp.laposte.net", 465), 20 },
        { "gmail", "Gmail", tls("imap.gmail.com", 993), tls("smtp.gmail.com", 465), 25 },
    } };
    return list;
}

}

std::span<const MailProvider> mail_providers()
{
    return providers();
}

const MailProvider* mail_provider(std::string_view id)
{
    for (auto& provider : providers())
        if (provider.id == id)
            return &provider;
    return nullptr;
}

}
