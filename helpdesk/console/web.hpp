// The console's request plumbing: who is asking (session cookie, language), form bodies with their CSRF
// check, cookies, security headers, redirects and error pages.
#pragma once

#include "helpdesk/server/server.hpp"
#include "html.hpp"

#include <httplib.h>

#include <map>
#include <optional>
#include <string>

namespace Foyer::Helpdesk {

using Form = std::map<std::string, std::string>;

constexpr std::string_view session_cookie_name = "foyer_session";
constexpr std::string_view login_cookie_name = "foyer_login";
constexpr std::string_view language_cookie_name = "foyer_lang";

// application/x-www-form-urlencoded.
Form parse_form(std::string_view body);
std::optional<std::string> cookie_value(const httplib::Request&, std::string_view name);
// HttpOnly and SameSite=Strict always; Secure with TLS. An empty value with max_age 0 deletes it.
std::string make_cookie(
    std::string_view name, std::string_view value, std::string_view path, Timestamp max_age, bool secure);

struct Visitor {
    Language language { Language::English };
    std::optional<ConsoleSession> session;
    std::string session_token_hash;
    std::string client;
    std::string path;

    PageFrame frame() const;
};

// Who is asking. A database failure leaves the session empty and is returned as an error.
ErrorOr<Visitor> identify(ServerContext&, const httplib::Request&);

// Console responses never go to caches, never run foreign scripts and never sit in frames.
void add_security_headers(httplib::Response&);
void send_html(httplib::Response&, int status, std::string document);
void redirect(httplib::Response&, std::string_view location);
void send_error_page(const Visitor&, httplib::Response&, int status, Text message);

struct FormPost {
    Visitor visitor;
    Form form;
};

// For a logged-in form post: identifies the visitor, reads the form and checks its CSRF token. Anything
// wrong gets its answer written (login redirect, 403, 413, 503) and nothing is returned.
std::optional<FormPost> read_form_post(
    ServerContext&, const httplib::Request&, httplib::Response&, const httplib::ContentReader&);

// For a logged-in page view: the visitor, or a redirect to the login page.
std::optional<Visitor> require_login(ServerContext&, const httplib::Request&, httplib::Response&);

// Records an audit entry for this visitor; false (and a 503 page written) when the log cannot be written,
// since an action that cannot be audited is not done.
bool record(ServerContext&, const Visitor&, httplib::Response&, std::string action,
    std::optional<int64_t> case_id = {}, std::string case_code = {}, std::string detail = {});

}
