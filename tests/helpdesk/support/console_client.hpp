// A test browser for the console at the HTTP level: keeps cookies, finds CSRF tokens in pages, posts
// forms. The real browser (Chromium) is driven by tests/helpdesk/console/*.cjs.
#pragma once

#include "device_client.hpp"

#include <map>
#include <optional>
#include <string>

namespace Foyer::Testing {

std::string form_encode(const std::map<std::string, std::string>& fields);
// The value of the first hidden csrf field in a page.
std::optional<std::string> csrf_in(const std::string& html);

class ConsoleClient {
public:
    explicit ConsoleClient(int port, std::string accept_language = "en-GB,en;q=0.8");

    HttpReply get(const std::string& path);
    // Adds the CSRF token of the last page seen, unless `fields` has one.
    HttpReply post_form(const std::string& path, std::map<std::string, std::string> fields);
    // Logs in through the login page; true on the 303 to the console.
    bool log_in(const std::string& name, const std::string& password);
    // Follows a 303 answer's Location.
    HttpReply follow(const HttpReply&);

    std::map<std::string, std::string>& cookies() { return m_cookies; }
    const std::string& csrf() const { return m_csrf; }

private:
    httplib::Headers request_headers() const;
    void remember(const HttpReply&);

    httplib::Client m_client;
    std::string m_accept_language;
    std::map<std::string, std::string> m_cookies;
    std::string m_csrf;
};

}
