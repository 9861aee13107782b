// The e-mail account and the family's contacts as the family types them in the setup, and the checks that
// turn them into Settings with a plain sentence naming the field to fix.
#pragma once

#include "../../shell/core/settings/settings.hpp"

#include <optional>
#include <string>
#include <vector>

namespace Foyer {

struct SetupDraft;
struct DraftProblem;

// The provider choice for servers typed by hand.
constexpr const char* other_mail_provider = "other";
// The SecretStore name of the e-mail password.
constexpr const char* email_password_secret = "email-password";

struct EmailDraft {
    // False: the family skips e-mail (or removes it); the [email] section is left empty.
    bool wanted { false };
    std::string address;
    // A preset's id ("orange"…), other_mail_provider, or empty while none is chosen.
    std::string provider;
    // Only for other_mail_provider.
    std::string imap_server;
    std::string imap_port;
    std::string smtp_server;
    std::string smtp_port;
    // As typed; empty keeps the saved one when there is one.
    std::string password;
    bool password_saved { false };
    // What the setup does not ask (the login, the sender's name, a provider's own certificate authority,
    // the security of an unusual port): kept as the settings had them.
    EmailSettings kept;
};

struct ContactDraft {
    std::string name;
    // The picture file chosen with the picker (empty: the initial is drawn).
    std::string photo;
    std::string email;
    // The video room's address (https://…); empty: no video call.
    std::string video;
    // What the setup does not edit: a web page's kind of room, or a program to start. Kept unless the
    // family types another address.
    VideoLink kept;
};

// The setup shows and edits this many contacts: one screen of photos on "Call the family". More written
// in foyer.toml by hand are kept as they are, after these.
constexpr size_t max_setup_contacts = 6;

EmailDraft email_draft_from(const EmailSettings&);
ContactDraft contact_draft_from(const Contact&);

// The e-mail step's first page: whether e-mail is wanted, the address, the provider or the servers.
std::optional<DraftProblem> check_email_provider(SetupDraft&);
// The whole account: the above, then a password (typed now, or saved before). Puts the account into draft.settings.email and the password into draft.secrets.
std::optional<DraftProblem> check_email_account(SetupDraft&);
// The servers typed for another provider (names and ports), into `out`'s imap and smtp.
std::optional<DraftProblem> check_mail_servers(EmailDraft&, EmailSettings& out);
// One contact: a name; an e-mail that looks like one; a video link that is https. Trims the fields.
std::optional<DraftProblem> check_contact(ContactDraft&);
// Every contact checked (the first mistake, with the contact's index in `which`), then draft.settings.contacts
// set from them, followed by those beyond what the setup shows.
std::optional<DraftProblem> check_contacts(SetupDraft&, size_t* which = nullptr);
Contact contact_from(const ContactDraft&);

// "marie@orange.fr": one @, something before, a dot after, no spaces (the settings' own rule).
bool looks_like_mail_address(std::string_view);

}
