// Reading the password: never from foyer.toml, never from a file others can read.
#include "mail_account.hpp"

#include "../../shell/core/settings/mail_providers.hpp"
#include "../../shell/core/system/files.hpp"
#include "../../shell/core/system/paths.hpp"
#include "../../shell/core/system/subprocess.hpp"
#include "mail_errors.hpp"

#include <curl/curl.h>

#include <cstdlib>
#include <sys/stat.h>

namespace Foyer {

namespace {

std::string without_final_newlines(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    return text;
}

std::optional<std::string> password_from_keyring(const std::string& user, std::stop_token stop)
{
    const char* bus = std::getenv("DBUS_SESSION_BUS_ADDRESS");
    if (!bus || !*bus || !program_exists("secret-tool"))
        return std::nullopt;
    auto result = run_program({ "secret-tool", "lookup", "service", keyring_service, "user", user }, std::chrono::seconds(5), stop);
    if (result.is_error() || result.value().exit_code != 0)
        return std::nullopt;
    auto password = without_final_newlines(result.value().output);
    if (password.empty())
        return std::nullopt;
    return password;
}

}

std::string provider_name(const EmailSettings& email)
{
    if (auto* provider = mail_provider(email.provider))
        return std::string(provider->name);
    return email.imap.host;
}

ErrorOr<MailAccount> load_account(const Settings& settings, const std::string& config_dir, std::stop_token stop)
{
    auto& email = settings.email;
    auto provider = provider_name(email);
    if (!email.configured() || email.imap.host.empty() || email.smtp.host.empty())
        return mail_error(MailFailure::NotSetUp, "no [email] address or servers in foyer.toml");
    MailAccount account;
    account.self.address = email.address;
    account.self.name = email.display_name.empty() ? settings.senior_name : email.display_name;
    account.provider_name = provider;
    account.imap = email.imap;
    account.smtp = email.smtp;
    if (account.imap.port == 0)
        account.imap.port = account.imap.security == MailSecurity::Tls ? 993 : 143;
    if (account.smtp.port == 0)
        account.smtp.port = account.smtp.security == MailSecurity::Tls ? 465 : 587;
    for (auto* server : { &account.imap, &account.smtp }) {
        bool loopback = server->host == "127.0.0.1" || server->host == "localhost" || server->host == "::1";
        // Only a server on this very computer may be spoken to without encryption.
        if (server->security == MailSecurity::None && !loopback)
            return mail_error(MailFailure::Certificate, "security = none refused for " + server->host, provider);
    }
    account.user = email.user.empty() ? email.address : email.user;
    account.ca_file = expand_path(email.ca_file, config_dir);
    account.max_message_bytes = size_t(email.max_message_mb) * 1000 * 1000;

    if (email.keyring) {
        if (auto password = password_from_keyring(account.user, stop)) {
            account.password = *password;
            return account;
        }
    }
    auto path = email.password_file.empty() ? config_dir + "/email-password" : expand_path(email.password_file, config_dir);
    struct stat info { };
    if (::stat(path.c_str(), &info) != 0)
        return mail_error(MailFailure::NoPassword, "no keyring entry and no password file at " + path, provider);
    if ((info.st_mode & 077) != 0)
        return mail_error(MailFailure::PasswordFileOpen, path + " has mode " + std::to_string(info.st_mode & 0777), provider);
    auto text = read_file(path);
    if (!text || without_final_newlines(*text).empty())
        return mail_error(MailFailure::NoPassword, "the password file " + path + " is empty or unreadable", provider);
    account.password = without_final_newlines(*text);
    return account;
}

std::string server_url(const MailServer& server, bool imap)
{
    std::string scheme = imap ? "imap" : "smtp";
    if (server.security == MailSecurity::Tls)
        scheme += "s";
    std::string host = server.host.find(':') != std::string::npos ? "[" + server.host + "]" : server.host;
    return scheme + "://" + host + ":" + std::to_string(server.port) + "/";
}

void apply_security(CURL* curl, const MailServer& server, const std::string& ca_file)
{
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (server.security == MailSecurity::StartTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!ca_file.empty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca_file.c_str());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "imap,imaps,smtp,smtps");
}

}
