// A private mail lab for tests, as RECIPES.md describes: a real Dovecot IMAP server and a real SMTP server
// (aiosmtpd) on free loopback ports, for one user, in plain text or with TLS from a test certificate
// authority; and the foyer.toml and password file that point Foyer at them.
#pragma once

#include "shell/core/settings/settings.hpp"
#include "tests/support/process.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Foyer::Testing {

class MailLab {
public:
    enum class Security {
        Plain,    // no encryption (loopback only)
        StartTls, // IMAP 143-style and SMTP 587-style, upgraded with STARTTLS
        Tls,      // IMAPS and SMTPS, TLS from the first byte
    };
    struct Options {
        Security security { Security::Plain };
        // The SMTP server refuses larger messages (552).
        size_t smtp_size_limit { 30 * 1000 * 1000 };
        // The account's Sent folder (UTF-8, as Dovecot's configuration names it), made when the user logs
        // in; marked \Sent (RFC 6154 SPECIAL-USE) unless told otherwise, so that it is found by name only.
        std::string sent_folder { "Sent" };
        bool sent_special_use { true };
    };
    // A message in one of the user's folders, with its flags as the Maildir file name holds them
    // (":2,RS" is "RS": R replied (\Answered), S seen, F flagged, T deleted, D draft).
    struct StoredMessage {
        std::string raw;
        std::string flags;
        bool answered() const { return flags.find('R') != std::string::npos; }
    };

    MailLab();
    explicit MailLab(Options);
    ~MailLab();
    MailLab(const MailLab&) = delete;

    // Why it could not start; empty when it runs.
    const std::string& problem() const { return m_problem; }
    // What is missing to run a lab at all, if anything.
    static std::optional<std::string> missing_tools();

    static constexpr const char* user = "marie@test.local";
    static constexpr const char* password = "secret";
    int imap_port() const { return m_imap_port; }
    int smtp_port() const { return m_smtp_port; }
    // The PEM file of the test certificate authority (TLS labs).
    std::string ca_file() const { return m_dir + "/ca.pem"; }

    // The [email] section for foyer.toml (with the password file `password_file`).
    std::string email_settings(const std::string& password_file, const std::string& password = "") const;
    // Settings for the model, the password file written into `config_dir`.
    Settings settings(const std::string& config_dir, const std::string& password = "") const;

    // Puts a message in the user's INBOX, unread (IMAP APPEND).
    bool deliver(const std::string& raw);
    // Puts `count` messages in the INBOX at once, written straight into the Maildir (as a delivery agent
    // does): thousands in a second, for the benchmark. Dovecot indexes them on the next SELECT.
    bool fill_inbox(size_t count, const std::function<std::string(size_t)>& message);
    // Lines the SMTP server logged, one per message accepted: "<from> <to> <bytes> <message-id>".
    std::vector<std::string> smtp_log() const;
    // The messages in the user's Maildir, new and read, as raw text.
    std::vector<std::string> mailbox() const;
    // The messages in a folder: "INBOX", else its name on disk, in modified UTF-7 as IMAP names it
    // ("Sent", "&AMk-l&AOk-ments envoy&AOk-s" for "Éléments envoyés").
    std::vector<StoredMessage> messages(const std::string& folder = "INBOX") const;

    // The user's Maildir (folders are its ".Name" subfolders).
    std::string maildir_path() const { return maildir(); }

    // The SMTP server stops (connections refused) and starts again on the same port.
    void stop_smtp();
    bool start_smtp();

private:
    bool start_dovecot();
    bool make_certificates();
    std::string maildir() const { return m_dir + "/users/" + std::string(user) + "/Maildir"; }

    Options m_options;
    std::string m_dir;
    std::string m_problem;
    int m_imap_port { 0 };
    int m_smtp_port { 0 };
    std::unique_ptr<Process> m_dovecot;
    std::unique_ptr<Process> m_smtp;
};

// A free TCP port on 127.0.0.1.
int free_loopback_port();
bool can_connect(int port);

}
