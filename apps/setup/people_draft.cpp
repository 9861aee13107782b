// The e-mail account's and the contacts' checks: the same rules as parse.cpp, said as what to type instead.
#include "people_draft.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/settings/mail_providers.hpp"
#include "../../shell/core/text/text.hpp"
#include "setup_draft.hpp"

#include <algorithm>
#include <charconv>

namespace Foyer {

namespace {

bool is_loopback(std::string_view host)
{
    return host == "127.0.0.1" || host == "localhost" || host == "::1";
}

// "mail.example.fr", "127.0.0.1": letters, digits, dots and dashes, with a dot (or this computer).
bool looks_like_server(std::string_view host)
{
    if (is_loopback(host))
        return true;
    bool allowed = !host.empty() && std::all_of(host.begin(), host.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    });
    return allowed && host.find('.') != std::string_view::npos && host.front() != '.' && host.back() != '.';
}

std::optional<int> port_number(std::string_view text)
{
    int port = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), port);
    if (error != std::errc {} || end != text.data() + text.size() || port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

// The usual ports say how the connection is secured; another port keeps what the settings had (TLS by
// default). No encryption stays possible only for a server on this computer.
MailSecurity security_for(int port, const std::string& host, MailSecurity kept)
{
    if (port == 993 || port == 465)
        return MailSecurity::Tls;
    if (port == 143 || port == 587 || port == 25)
        return MailSecurity::StartTls;
    if (kept == MailSecurity::None && !is_loopback(host))
        return MailSecurity::Tls;
    return kept;
}

std::optional<DraftProblem> check_server(std::string& host_field, std::string& port_field, const char* host_id, const char* port_id,
    bool imap, MailServer& out, const MailServer& kept)
{
    auto host = trimmed(host_field);
    if (host.empty()) {
        return DraftProblem { host_id,
            Error::plain(imap ? N_("Write the server for receiving e-mails (IMAP), as the provider gives it, such as imap.example.fr.")
                              : N_("Write the server for sending e-mails (SMTP), as the provider gives it, such as smtp.example.fr.")) };
    }
    if (!looks_like_server(host))
        return DraftProblem { host_id,
            Error::plain(N_("“{value}” is not a server name: copy it without spaces, such as mail.example.fr."),
                { { "value", host } }) };
    auto port_text = trimmed(port_field);
    auto port = port_number(port_text);
    if (!port)
        return DraftProblem { port_id,
            Error::plain(imap ? N_("The receiving port is a number, usually 993.") : N_("The sending port is a number, usually 465 or 587.")) };
    host_field = host;
    port_field = port_text;
    out = { host, *port, security_for(*port, host, kept.security) };
    return std::nullopt;
}

}

bool looks_like_mail_address(std::string_view text)
{
    auto at = text.find('@');
    return at != std::string_view::npos && at > 0 && at + 1 < text.size() && text.find('@', at + 1) == std::string_view::npos
        && text.find_first_of(" \t\r\n<>\",;") == std::string_view::npos && text.find('.', at) != std::string_view::npos
        && text.back() != '.';
}

std::optional<DraftProblem> check_mail_servers(EmailDraft& draft, EmailSettings& out)
{
    out.provider.clear();
    if (auto problem = check_server(draft.imap_server, draft.imap_port, "setup.email.imap_server", "setup.email.imap_port", true, out.imap,
            draft.kept.imap))
        return problem;
    return check_server(draft.smtp_server, draft.smtp_port, "setup.email.smtp_server", "setup.email.smtp_port", false, out.smtp,
        draft.kept.smtp);
}

EmailDraft email_draft_from(const EmailSettings& email)
{
    EmailDraft draft;
    draft.kept = email;
    draft.wanted = email.configured();
    draft.address = email.address;
    if (mail_provider(email.provider))
        draft.provider = email.provider;
    else if (email.configured())
        draft.provider = other_mail_provider;
    if (draft.provider == other_mail_provider) {
        draft.imap_server = email.imap.host;
        draft.smtp_server = email.smtp.host;
        if (email.imap.port)
            draft.imap_port = std::to_string(email.imap.port);
        if (email.smtp.port)
            draft.smtp_port = std::to_string(email.smtp.port);
    }
    return draft;
}

std::optional<DraftProblem> check_email_provider(SetupDraft& setup)
{
    auto& draft = setup.email;
    auto& email = setup.settings.email;
    if (!draft.wanted) {
        // Skipped: no account at all, so the e-mail screen says it is not set up (for the family).
        email = EmailSettings {};
        setup.secrets.erase(email_password_secret);
        return std::nullopt;
    }
    auto address = trimmed(draft.address);
    if (address.empty())
        return DraftProblem { "setup.email.address", Error::plain(N_("Write the e-mail address of the senior, such as marie@orange.fr.")) };
    if (!looks_like_mail_address(address) || has_control_character(address))
        return DraftProblem { "setup.email.address",
            Error::plain(N_("This is not an e-mail address. It is written such as marie@orange.fr.")) };
    draft.address = address;
    EmailSettings result = draft.kept;
    result.address = address;
    if (draft.provider.empty())
        return DraftProblem { "setup.email.provider",
            Error::plain(N_("Choose the e-mail provider. If it is not in the list, choose Other and type its servers.")) };
    if (auto* preset = mail_provider(draft.provider)) {
        result.provider = draft.provider;
        result.imap = preset->imap;
        result.smtp = preset->smtp;
        result.max_message_mb = preset->max_message_mb;
    } else if (auto problem = check_mail_servers(draft, result)) {
        return problem;
    }
    // The password's own fields are the next page's: what the settings had for them stays.
    result.password_file = email.password_file.empty() ? draft.kept.password_file : email.password_file;
    result.keyring = email.configured() ? email.keyring : draft.kept.keyring;
    email = std::move(result);
    return std::nullopt;
}

std::optional<DraftProblem> check_email_account(SetupDraft& setup)
{
    if (auto problem = check_email_provider(setup))
        return problem;
    auto& draft = setup.email;
    if (!draft.wanted)
        return std::nullopt;
    auto& result = setup.settings.email;
    if (draft.password.empty() && !draft.password_saved)
        return DraftProblem { "setup.email.password",
            Error::plain(draft.provider == "gmail" ? N_("Type the e-mail password. For Gmail, it is an “app password” made in the Google account.")
                                                   : N_("Type the password of the e-mail account.")) };
    if (draft.password.find_first_of("\r\n") != std::string::npos)
        return DraftProblem { "setup.email.password", Error::plain(N_("The password cannot be on two lines. Type it again.")) };
    if (!draft.password.empty()) {
        setup.secrets[email_password_secret] = draft.password;
        // The password typed here is the one used, even on a desktop whose keyring has an older one.
        result.keyring = false;
    }
    return std::nullopt;
}

ContactDraft contact_draft_from(const Contact& contact)
{
    ContactDraft draft { contact.name, contact.photo, contact.email, {}, contact.video };
    if (contact.video.kind == VideoKind::Jitsi || contact.video.kind == VideoKind::WebPage)
        draft.video = contact.video.url;
    return draft;
}

std::optional<DraftProblem> check_contact(ContactDraft& draft)
{
    auto name = trimmed(draft.name);
    if (name.empty())
        return DraftProblem { "setup.contact.name", Error::plain(N_("Write the name the senior calls this person, such as Sophie or Dr Martin.")) };
    if (utf8_length(name) > max_name_length || has_control_character(name))
        return DraftProblem { "setup.contact.name",
            Error::plain(N_("This name is too long for the screen: {count} letters at most."), { { "count", std::to_string(max_name_length) } }) };
    auto email = trimmed(draft.email);
    if (!email.empty() && !looks_like_mail_address(email))
        return DraftProblem { "setup.contact.email",
            Error::plain(N_("“{value}” is not an e-mail address. Write it such as sophie@example.org, or leave it empty."), { { "value", email } }) };
    auto video = trimmed(draft.video);
    if (!video.empty()) {
        bool secure = video.rfind("https://", 0) == 0 && video.size() > 8;
        if (!secure || video.find_first_of(" \t\"\\") != std::string::npos)
            return DraftProblem { "setup.contact.video",
                Error::plain(N_("A video link starts with https://: copy it whole, or leave it empty.")) };
    }
    draft.name = name;
    draft.email = email;
    draft.video = video;
    return std::nullopt;
}

Contact contact_from(const ContactDraft& draft)
{
    Contact contact { draft.name, draft.photo, draft.email, {} };
    if (!draft.video.empty()) {
        // A web page's room stays one when its address is kept; a new address is a Jitsi room.
        bool same_page = draft.kept.kind == VideoKind::WebPage && draft.kept.url == draft.video;
        contact.video = { same_page ? VideoKind::WebPage : VideoKind::Jitsi, draft.video, {} };
    } else if (draft.kept.kind == VideoKind::Command) {
        contact.video = draft.kept;
    }
    return contact;
}

std::optional<DraftProblem> check_contacts(SetupDraft& setup, size_t* which)
{
    std::vector<Contact> contacts;
    for (size_t i = 0; i < setup.contacts.size(); ++i) {
        if (auto problem = check_contact(setup.contacts[i])) {
            if (which)
                *which = i;
            return problem;
        }
        contacts.push_back(contact_from(setup.contacts[i]));
    }
    for (auto& more : setup.more_contacts)
        contacts.push_back(more);
    setup.settings.contacts = std::move(contacts);
    return std::nullopt;
}

}
