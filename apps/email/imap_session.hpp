// One conversation with the IMAP server: libcurl connects (TLS or STARTTLS, certificate checked) and logs in,
// then Foyer speaks IMAP itself over that connection, so that literals and large answers are read exactly.
#pragma once

#include "../../shell/core/error.hpp"
#include "imap_parser.hpp"
#include "mail_account.hpp"

#include <chrono>
#include <functional>
#include <memory>
#include <stop_token>
#include <string_view>

namespace Foyer {

struct MailboxStatus {
    uint64_t uidvalidity { 0 };
    uint32_t exists { 0 };
    uint32_t uidnext { 0 };
};

class ImapSession {
public:
    // Connects and logs in. A wrong password, no network or a bad certificate come back as mail errors.
    static ErrorOr<std::unique_ptr<ImapSession>> open(const MailAccount&, std::stop_token,
        std::chrono::milliseconds timeout = std::chrono::seconds(30));
    ~ImapSession();
    ImapSession(const ImapSession&) = delete;
    ImapSession& operator=(const ImapSession&) = delete;

    ErrorOr<MailboxStatus> select(std::string_view mailbox = "INBOX");
    // Sends `command` with a fresh tag; `on_untagged` sees each untagged answer until the command ends.
    // Not OK at the end is an error with the server's words in its detail.
    ErrorOr<void> run(std::string_view command, const std::function<void(const ImapResponse&)>& on_untagged = {});
    // APPEND with a literal (the tests fill mailboxes with it; flags such as "\\Seen" or empty).
    ErrorOr<void> append(std::string_view mailbox, std::string_view message, std::string_view flags = {});
    // Bytes received so far (for the benchmark's figures).
    size_t received_bytes() const { return m_received; }

private:
    ImapSession() = default;
    ErrorOr<void> send_all(std::string_view);
    ErrorOr<ImapResponse> receive();
    Error lost(std::string detail) const;

    void* m_curl { nullptr };
    int m_socket { -1 };
    ImapStream m_stream;
    int m_next_tag { 1 };
    std::stop_token m_stop;
    std::chrono::milliseconds m_timeout { 30000 };
    std::string m_provider;
    size_t m_received { 0 };
};

}
