// Cookies, forms, sessions and CSRF for the console.
#include "web.hpp"

#include "helpdesk/core/crypto.hpp"
#include "helpdesk/core/text.hpp"
#include "helpdesk/server/http.hpp"

namespace Foyer::Helpdesk {

namespace {

constexpr size_t max_form_bytes = 32 * 1024;

int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string url_decode(std::string_view text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out += ' ';
        } else if (text[i] == '%' && i + 2 < text.size() && hex_digit(text[i + 1]) >= 0
            && hex_digit(text[i + 2]) >= 0) {
            out += char(hex_digit(text[i + 1]) * 16 + hex_digit(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

Language preferred_language(const httplib::Request& request)
{
    auto chosen = cookie_value(request, language_cookie_name);
    if (chosen == "fr")
        return Language::French;
    if (chosen == "en")
        return Language::English;
    // The first language the browser names; French unless it is something else the console speaks.
    auto accepted = request.get_header_value("Accept-Language");
    if (accepted.empty() || accepted.starts_with("fr"))
        return Language::French;
    return Language::English;
}

}

Form parse_form(std::string_view body)
{
    Form form;
    size_t at = 0;
    while (at <= body.size()) {
        auto end = body.find('&', at);
        if (end == std::string_view::npos)
            end = body.size();
        auto pair = body.substr(at, end - at);
        if (!pair.empty()) {
            auto equals = pair.find('=');
            auto key = url_decode(pair.substr(0, equals));
            auto value
                = equals == std::string_view::npos ? std::string() : url_decode(pair.substr(equals + 1));
            form.emplace(std::move(key), std::move(value));
        }
        at = end + 1;
    }
    return form;
}

std::optional<std::string> cookie_value(const httplib::Request& request, std::string_view name)
{
    for (size_t i = 0; i < request.get_header_value_count("Cookie"); ++i) {
        auto value = request.get_header_value("Cookie", i);
        std::string_view header = value;
        while (!header.empty()) {
            auto end = header.find(';');
            auto pair = header.substr(0, end);
            while (!pair.empty() && pair.front() == ' ')
                pair.remove_prefix(1);
            auto equals = pair.find('=');
            if (equals != std::string_view::npos && pair.substr(0, equals) == name)
                return std::string(pair.substr(equals + 1));
            if (end == std::string_view::npos)
                break;
            header.remove_prefix(end + 1);
        }
    }
    return std::nullopt;
}

std::string make_cookie(
    std::string_view name, std::string_view value, std::string_view path, Timestamp max_age, bool secure)
{
    std::string cookie = std::string(name) + "=" + std::string(value) + "; Path=" + std::string(path)
        + "; Max-Age=" + std::to_string(max_age) + "; HttpOnly; SameSite=Strict";
    if (secure)
        cookie += "; Secure";
    return cookie;
}

PageFrame Visitor::frame() const
{
    PageFrame frame;
    frame.language = language;
    frame.path = path;
    if (session) {
        frame.mediator_name = session->mediator_name;
        frame.csrf_token = session->csrf_token;
    }
    return frame;
}

ErrorOr<Visitor> identify(ServerContext& context, const httplib::Request& request)
{
    Visitor visitor;
    visitor.language = preferred_language(request);
    visitor.client = client_address(request, context.config.trust_forwarded_for);
    visitor.path = request.path;
    auto token = cookie_value(request, session_cookie_name);
    if (token && !token->empty()) {
        visitor.session_token_hash = sha256_hex(*token);
        visitor.session = TRY(context.store.console_session(visitor.session_token_hash, now()));
    }
    return visitor;
}

void add_security_headers(httplib::Response& response)
{
    response.set_header("Content-Security-Policy",
        "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; connect-src 'self'; "
        "form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'");
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("X-Frame-Options", "DENY");
    response.set_header("Referrer-Policy", "no-referrer");
    response.set_header("Cache-Control", "no-store");
}

void send_html(httplib::Response& response, int status, std::string document)
{
    add_security_headers(response);
    response.status = status;
    response.set_content(std::move(document), "text/html; charset=utf-8");
}

void redirect(httplib::Response& response, std::string_view location)
{
    add_security_headers(response);
    response.status = 303;
    response.set_header("Location", std::string(location));
}

void send_error_page(const Visitor& visitor, httplib::Response& response, int status, Text message)
{
    Html main;
    main.raw("<h1>")
        .text(visitor.language, message)
        .raw("</h1>\n<p><a href=\"/console\">")
        .text(visitor.language, Text::NavEnterCode)
        .raw("</a></p>");
    if (status == 503)
        response.set_header("Retry-After", "5");
    send_html(response, status, render_page(visitor.frame(), tr(visitor.language, message), main.str()));
}

std::optional<Visitor> require_login(
    ServerContext& context, const httplib::Request& request, httplib::Response& response)
{
    auto visitor = identify(context, request);
    if (visitor.is_error()) {
        Visitor anonymous;
        send_error_page(anonymous, response, 503, Text::ServiceUnavailable);
        return std::nullopt;
    }
    if (!visitor.value().session) {
        redirect(response, "/console/login");
        return std::nullopt;
    }
    return visitor.release_value();
}

std::optional<FormPost> read_form_post(ServerContext& context, const httplib::Request& request,
    httplib::Response& response, const httplib::ContentReader& reader)
{
    auto body = read_body(request, response, reader, max_form_bytes);
    auto visitor = require_login(context, request, response);
    if (!visitor)
        return std::nullopt;
    if (body.status != 200) {
        send_error_page(
            *visitor, response, body.status, body.status == 413 ? Text::FormTooLarge : Text::FormExpired);
        return std::nullopt;
    }
    FormPost post { std::move(*visitor), parse_form(body.data) };
    auto csrf = post.form.find("csrf");
    if (csrf == post.form.end() || !constant_time_equal(csrf->second, post.visitor.session->csrf_token)) {
        send_error_page(post.visitor, response, 403, Text::FormExpired);
        return std::nullopt;
    }
    for (auto& [key, value] : post.form) {
        if (!is_valid_utf8(value)) {
            send_error_page(post.visitor, response, 400, Text::FormExpired);
            return std::nullopt;
        }
    }
    return post;
}

bool record(ServerContext& context, const Visitor& visitor, httplib::Response& response, std::string action,
    std::optional<int64_t> case_id, std::string case_code, std::string detail)
{
    AuditEntry entry;
    entry.at = now();
    entry.action = std::move(action);
    if (visitor.session) {
        entry.mediator_id = visitor.session->mediator_id;
        entry.mediator_name = visitor.session->mediator_name;
    }
    entry.case_id = case_id;
    entry.case_code = std::move(case_code);
    entry.client = visitor.client;
    entry.detail = std::move(detail);
    auto written = context.store.audit(entry);
    if (written.is_error()) {
        std::fprintf(stderr, "foyer-helpdesk: the audit log cannot be written: %s\n",
            written.error().detail().c_str());
        send_error_page(visitor, response, 503, Text::ServiceUnavailable);
        return false;
    }
    return true;
}

}
