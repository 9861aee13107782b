// The e-mail account as the workers use it: the settings' servers and address with the password, read from
// the desktop's keyring (libsecret, through secret-tool) or from a file only the senior can read.
#pragma once

#include "../../shell/core/error.hpp"
#include "../../shell/core/settings/settings.hpp"
#include "message.hpp"

#include <stop_token>
#include <string>

typedef void CURL;

namespace Foyer {

struct MailAccount {
    // The senior's address and the name recipients see.
    MailAddress self;
    // "Orange" for a preset, else the IMAP server's name: said in sentences about the provider.
    std::string provider_name;
    MailServer imap;
    MailServer smtp;
    std::string user;
    std::string password;
    std::string ca_file;
    size_t max_message_bytes { 20'000'000 };
};

// The secret-tool attributes the password is stored under (see assets/foyer.example.toml).
constexpr const char* keyring_service = "foyer-email";

// The account for `settings` (with `senior_name` as the sender's name when none is set). Reads the
// keyring first when allowed and available, then the password file (`config_dir`/email-password unless
// the settings name another). Blocking: call it on a worker.
ErrorOr<MailAccount> load_account(const Settings&, const std::string& config_dir, std::stop_token = {});

// The name of the provider for sentences, without a password (main thread).
std::string provider_name(const EmailSettings&);

// "imaps://imap.orange.fr:993/" and the like.
std::string server_url(const MailServer&, bool imap);
// Certificate checks always on, STARTTLS required when asked, the provider's own CA when given.
void apply_security(CURL*, const MailServer&, const std::string& ca_file);

}
