// Reading foyer.toml's [email]: the senior's account, from a provider's preset or server by server, and
// never with its password in the file.
#include "parse_reader.hpp"

#include "mail_providers.hpp"

namespace Foyer::detail {

namespace {

bool is_loopback_host(std::string_view host)
{
    return host == "127.0.0.1" || host == "localhost" || host == "::1";
}

}

void SettingsReader::read_mail_server(const toml::node& node, const std::string& key, MailServer& server, std::string_view part)
{
    static constexpr std::array<std::pair<std::string_view, MailSecurity>, 3> securities { { { "tls", MailSecurity::Tls }, { "starttls", MailSecurity::StartTls }, { "none", MailSecurity::None } } };
    if (part == "server") {
        if (auto value = string(node, key))
            server.host = *value;
    } else if (part == "port") {
        if (auto value = integer(node, key, 1, 65535))
            server.port = *value;
    } else if (part == "security") {
        if (auto value = choice(node, key, securities))
            server.security = *value;
    }
}

void SettingsReader::read_email(const toml::table& table)
{
    auto& email = settings().email;
    // The preset first, whatever its place in the section: what the file sets explicitly wins over it.
    if (auto* node = table.get("provider")) {
        if (auto value = string(*node, "provider"); value && !value->empty()) {
            if (auto* provider = mail_provider(*value)) {
                email.provider = *value;
                email.imap = provider->imap;
                email.smtp = provider->smtp;
                email.max_message_mb = provider->max_message_mb;
            } else {
                std::string list;
                for (auto& known : mail_providers())
                    list += (list.empty() ? "\"" : ", \"") + std::string(known.id) + "\"";
                problem(*node, N_("\"{key}\" must be one of {choices}, not \"{value}\"."),
                    { { "key", "provider" }, { "choices", list }, { "value", *value } });
            }
        }
    }
    for (auto&& [key, node] : table) {
        auto name = std::string(key.str());
        if (name == "provider")
            continue;
        if (name == "imap_server" || name == "imap_port" || name == "imap_security") {
            read_mail_server(node, name, email.imap, std::string_view(name).substr(5));
        } else if (name == "smtp_server" || name == "smtp_port" || name == "smtp_security") {
            read_mail_server(node, name, email.smtp, std::string_view(name).substr(5));
        } else if (name == "address") {
            if (auto value = string(node, name)) {
                if (value->empty() || is_mail_address(*value))
                    email.address = *value;
                else
                    problem(node, N_("\"{value}\" is not an e-mail address, such as \"marie@orange.fr\"."), { { "value", *value } });
            }
        } else if (name == "name" || name == "user" || name == "password_file" || name == "ca_file") {
            if (auto value = string(node, name))
                (name == "name" ? email.display_name : name == "user" ? email.user
                        : name == "password_file"                     ? email.password_file
                                                                      : email.ca_file)
                    = *value;
        } else if (name == "keyring") {
            if (auto value = boolean(node, name))
                email.keyring = *value;
        } else if (name == "max_message_mb") {
            if (auto value = integer(node, name, 1, max_message_mb_limit))
                email.max_message_mb = *value;
        } else if (name == "password") {
            // A password in this file would be readable by every program: it belongs in its own file.
            problem(node, N_("The e-mail password must not be written in this file. Put it alone in a file only the senior can read (chmod 600), and write that file's name as \"password_file\"."), {});
        } else {
            unknown(node, name);
        }
    }
    for (auto* server : { &email.imap, &email.smtp }) {
        if (server->security == MailSecurity::None && !server->host.empty() && !is_loopback_host(server->host))
            problem(table, N_("\"none\" (no encryption) is only allowed for a mail server on this computer; use \"tls\" or \"starttls\"."), {});
    }
    if (email.configured() && (email.imap.host.empty() || email.smtp.host.empty()))
        problem(table, N_("The e-mail account needs its servers: write provider = \"orange\" (or free, sfr, laposte, gmail), or imap_server and smtp_server."), {});
}

}
