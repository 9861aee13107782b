// curl_easy_send and curl_easy_recv on the connection CURLOPT_CONNECT_ONLY leaves open after login; poll()
// on its socket between reads, a short timeout so that Foyer stopping is noticed.
#include "imap_session.hpp"

#include "mail_errors.hpp"

#include <curl/curl.h>
#include <poll.h>

#include <mutex>

namespace Foyer {

namespace {

void global_init()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<std::stop_token*>(user)->stop_requested() ? 1 : 0;
}

using Clock = std::chrono::steady_clock;

}

ErrorOr<std::unique_ptr<ImapSession>> ImapSession::open(const MailAccount& account, std::stop_token stop, std::chrono::milliseconds timeout)
{
    global_init();
    std::unique_ptr<ImapSession> session(new ImapSession);
    session->m_stop = stop;
    session->m_timeout = timeout;
    session->m_provider = account.provider_name;
    CURL* curl = curl_easy_init();
    if (!curl)
        return mail_error(MailFailure::Other, "curl_easy_init failed", account.provider_name);
    session->m_curl = curl;
    auto url = server_url(account.imap, true);
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_USERNAME, account.user.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, account.password.c_str());
    curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(std::min<long>(timeout.count(), 20000)));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(timeout.count()));
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &session->m_stop);
    apply_security(curl, account.imap, account.ca_file);
    char detail[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, detail);
    CURLcode code = curl_easy_perform(curl);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    if (code != CURLE_OK)
        return mail_error(failure_for_curl_code(code), url + ": " + curl_easy_strerror(code) + (detail[0] ? std::string(" (") + detail + ")" : ""), account.provider_name);
    curl_socket_t socket = CURL_SOCKET_BAD;
    if (curl_easy_getinfo(curl, CURLINFO_ACTIVESOCKET, &socket) != CURLE_OK || socket == CURL_SOCKET_BAD)
        return mail_error(MailFailure::NoNetwork, "no socket after connecting to " + url, account.provider_name);
    session->m_socket = int(socket);
    return session;
}

ImapSession::~ImapSession()
{
    if (!m_curl)
        return;
    if (m_socket >= 0) {
        // A polite goodbye when it can be said at once; the connection closes either way.
        size_t sent = 0;
        std::string logout = "z LOGOUT\r\n";
        curl_easy_send(static_cast<CURL*>(m_curl), logout.data(), logout.size(), &sent);
    }
    curl_easy_cleanup(static_cast<CURL*>(m_curl));
}

Error ImapSession::lost(std::string detail) const
{
    if (m_stop.stop_requested())
        return mail_error(MailFailure::Stopped, std::move(detail), m_provider);
    return mail_error(MailFailure::NoNetwork, std::move(detail), m_provider);
}

ErrorOr<void> ImapSession::send_all(std::string_view bytes)
{
    auto deadline = Clock::now() + m_timeout;
    while (!bytes.empty()) {
        if (m_stop.stop_requested() || Clock::now() > deadline)
            return lost("sending stopped or timed out");
        size_t sent = 0;
        CURLcode code = curl_easy_send(static_cast<CURL*>(m_curl), bytes.data(), bytes.size(), &sent);
        if (code == CURLE_AGAIN) {
            pollfd wait { m_socket, POLLOUT, 0 };
            poll(&wait, 1, 100);
            continue;
        }
        if (code != CURLE_OK)
            return lost(std::string("send: ") + curl_easy_strerror(code));
        bytes.remove_prefix(sent);
    }
    return {};
}

ErrorOr<ImapResponse> ImapSession::receive()
{
    // The timeout counts from the last byte received: a large mailbox may take long, a silent server not.
    auto deadline = Clock::now() + m_timeout;
    char buffer[64 * 1024];
    while (true) {
        if (auto response = m_stream.next()) {
            // A malformed answer ends the command: what it meant cannot be known.
            if (response->is_error())
                return mail_error(MailFailure::Other, response->error().detail(), m_provider);
            return response->release_value();
        }
        if (m_stream.overflowed())
            return mail_error(MailFailure::Other, "an IMAP answer larger than the limit", m_provider);
        if (m_stop.stop_requested() || Clock::now() > deadline)
            return lost("no answer from the IMAP server in time");
        size_t received = 0;
        CURLcode code = curl_easy_recv(static_cast<CURL*>(m_curl), buffer, sizeof buffer, &received);
        if (code == CURLE_AGAIN) {
            pollfd wait { m_socket, POLLIN, 0 };
            poll(&wait, 1, 100);
            continue;
        }
        if (code != CURLE_OK)
            return lost(std::string("receive: ") + curl_easy_strerror(code));
        if (received == 0)
            return lost("the IMAP server closed the connection");
        m_received += received;
        m_stream.feed({ buffer, received });
        deadline = Clock::now() + m_timeout;
    }
}

ErrorOr<void> ImapSession::run(std::string_view command, const std::function<void(const ImapResponse&)>& on_untagged)
{
    auto tag = "f" + std::to_string(m_next_tag++);
    if (auto sent = send_all(tag + " " + std::string(command) + "\r\n"); sent.is_error())
        return sent.error();
    while (true) {
        auto response = receive();
        if (response.is_error())
            return response.error();
        auto& r = response.value();
        if (r.tag == tag) {
            if (r.status() == "OK")
                return {};
            return mail_error(MailFailure::Other, "IMAP " + std::string(command.substr(0, 40)) + ": " + r.line, m_provider);
        }
        if (r.tag == "*" && r.status() == "BYE")
            return lost("the server said goodbye: " + r.line);
        if (r.tag == "*" && on_untagged)
            on_untagged(r);
    }
}

ErrorOr<MailboxStatus> ImapSession::select(std::string_view mailbox)
{
    MailboxStatus status;
    auto selected = run("SELECT " + imap_quote(mailbox), [&](const ImapResponse& r) {
        if (auto validity = r.code_number("UIDVALIDITY"))
            status.uidvalidity = *validity;
        if (auto next = r.code_number("UIDNEXT"))
            status.uidnext = uint32_t(*next);
        if (r.values.size() >= 2 && r.values[1].is_atom("EXISTS"))
            status.exists = uint32_t(std::strtoul(r.values[0].text.c_str(), nullptr, 10));
    });
    if (selected.is_error())
        return selected.error();
    return status;
}

ErrorOr<void> ImapSession::append(std::string_view mailbox, std::string_view message, std::string_view flags)
{
    auto tag = "f" + std::to_string(m_next_tag++);
    auto head = tag + " APPEND " + imap_quote(mailbox) + (flags.empty() ? "" : " (" + std::string(flags) + ")") + " {"
        + std::to_string(message.size()) + "}\r\n";
    if (auto sent = send_all(head); sent.is_error())
        return sent.error();
    // The server says "+ go ahead" before the message itself.
    while (true) {
        auto response = receive();
        if (response.is_error())
            return response.error();
        if (response.value().tag == "+")
            break;
        if (response.value().tag == tag)
            return mail_error(MailFailure::Other, "APPEND refused: " + response.value().line, m_provider);
    }
    if (auto sent = send_all(std::string(message) + "\r\n"); sent.is_error())
        return sent.error();
    while (true) {
        auto response = receive();
        if (response.is_error())
            return response.error();
        if (response.value().tag == tag)
            return response.value().status() == "OK" ? ErrorOr<void> {} : mail_error(MailFailure::Other, "APPEND: " + response.value().line, m_provider);
    }
}

}
