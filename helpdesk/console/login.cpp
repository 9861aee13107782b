// Logging in and out, and choosing the console's language.
#include "pages.hpp"

#include "helpdesk/core/crypto.hpp"
#include "helpdesk/core/text.hpp"
#include "helpdesk/server/http.hpp"

namespace Foyer::Helpdesk {

namespace {

constexpr size_t max_login_form_bytes = 4 * 1024;

// The login form carries a token that must match a cookie set with it, so another site cannot post it.
void send_login_page(ServerContext& context, const Visitor& visitor, httplib::Response& response, int status,
    std::optional<Text> problem, std::string_view typed_name)
{
    auto token = random_token(16);
    response.set_header("Set-Cookie",
        make_cookie(login_cookie_name, token, "/console/login", 3600, context.config.secure_cookies));
    auto language = visitor.language;
    Html main;
    main.raw("<h1>").text(language, Text::LoginTitle).raw("</h1>\n");
    if (problem)
        main.raw("<p class=\"problem\" role=\"alert\">").text(language, *problem).raw("</p>\n");
    main.raw("<form method=\"post\" action=\"/console/login\" class=\"stack\">\n")
        .raw("<input type=\"hidden\" name=\"csrf\" value=\"")
        .text(token)
        .raw("\">\n")
        .raw("<label for=\"name\">")
        .text(language, Text::Name)
        .raw("</label>\n")
        .raw("<input id=\"name\" name=\"name\" autocomplete=\"username\" required autofocus value=\"")
        .text(typed_name)
        .raw("\">\n")
        .raw("<label for=\"password\">")
        .text(language, Text::Password)
        .raw("</label>\n")
        .raw("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" "
             "required>\n")
        .raw("<button type=\"submit\">")
        .text(language, Text::LogInButton)
        .raw("</button>\n</form>");
    if (status == 429)
        response.set_header("Retry-After", std::to_string(context.config.login_failure_window));
    send_html(response, status, render_page(visitor.frame(), tr(language, Text::LoginTitle), main.str()));
}

void show_login(ServerContext& context, const httplib::Request& request, httplib::Response& response)
{
    auto visitor = identify(context, request);
    if (visitor.is_error())
        return send_error_page(Visitor {}, response, 503, Text::ServiceUnavailable);
    if (visitor.value().session)
        return redirect(response, "/console");
    send_login_page(context, visitor.value(), response, 200, std::nullopt, {});
}

void log_in(ServerContext& context, const httplib::Request& request, httplib::Response& response,
    const httplib::ContentReader& reader)
{
    auto body = read_body(request, response, reader, max_login_form_bytes);
    auto identified = identify(context, request);
    if (identified.is_error())
        return send_error_page(Visitor {}, response, 503, Text::ServiceUnavailable);
    auto visitor = identified.release_value();
    visitor.session.reset();
    if (body.status != 200)
        return send_login_page(context, visitor, response, body.status, Text::FormExpired, {});
    auto form = parse_form(body.data);
    auto expected = cookie_value(request, login_cookie_name);
    if (!expected || expected->empty() || !constant_time_equal(form["csrf"], *expected))
        return send_login_page(context, visitor, response, 403, Text::FormExpired, {});

    auto name = trimmed(form["name"]);
    if (!is_valid_utf8(name) || !is_single_line(name) || utf8_length(name) > 80)
        name = "(unreadable name)";
    const auto& password = form["password"];
    auto since = now() - context.config.login_failure_window;
    auto failures = context.store.count_recent("login_failed", since, name, visitor.client);
    if (failures.is_error())
        return send_error_page(visitor, response, 503, Text::ServiceUnavailable);
    if (failures.value() >= context.config.login_failures_allowed) {
        if (!record(context, visitor, response, "login_blocked", {}, {}, "name: " + name))
            return;
        return send_login_page(context, visitor, response, 429, Text::LoginTooMany, name);
    }

    auto mediator = context.store.mediator_by_name(name);
    if (mediator.is_error())
        return send_error_page(visitor, response, 503, Text::ServiceUnavailable);
    bool accepted = false;
    if (mediator.value())
        accepted = verify_password(mediator.value()->password_hash, password);
    else
        waste_password_check(password);
    if (!accepted) {
        AuditEntry failed { now(), "login_failed", std::nullopt, name, std::nullopt, {}, visitor.client, {} };
        if (context.store.audit(failed).is_error())
            return send_error_page(visitor, response, 503, Text::ServiceUnavailable);
        return send_login_page(context, visitor, response, 401, Text::LoginFailed, name);
    }

    auto token = random_token();
    auto csrf = random_token();
    auto started = now();
    auto created = context.store.create_console_session(sha256_hex(token), mediator.value()->id, csrf,
        started, started + context.config.console_session_lifetime);
    if (created.is_error())
        return send_error_page(visitor, response, 503, Text::ServiceUnavailable);
    visitor.session = ConsoleSession { mediator.value()->id, mediator.value()->name, csrf,
        started + context.config.console_session_lifetime };
    if (!record(context, visitor, response, "login"))
        return;
    response.set_header("Set-Cookie",
        make_cookie(session_cookie_name, token, "/console", context.config.console_session_lifetime,
            context.config.secure_cookies));
    response.set_header(
        "Set-Cookie", make_cookie(login_cookie_name, "", "/console/login", 0, context.config.secure_cookies));
    redirect(response, "/console");
}

void log_out(ServerContext& context, const httplib::Request& request, httplib::Response& response,
    const httplib::ContentReader& reader)
{
    auto post = read_form_post(context, request, response, reader);
    if (!post)
        return;
    if (!record(context, post->visitor, response, "logout"))
        return;
    if (context.store.delete_console_session(post->visitor.session_token_hash).is_error())
        return send_error_page(post->visitor, response, 503, Text::ServiceUnavailable);
    response.set_header(
        "Set-Cookie", make_cookie(session_cookie_name, "", "/console", 0, context.config.secure_cookies));
    redirect(response, "/console/login");
}

void choose_language(ServerContext& context, const httplib::Request& request, httplib::Response& response)
{
    auto to = request.get_param_value("to");
    auto back = request.get_param_value("back");
    // Only back to a page of the console: never to another site.
    if (!back.starts_with("/console") || back.find("//") != std::string::npos
        || back.find('\\') != std::string::npos)
        back = "/console";
    if (to == "fr" || to == "en")
        response.set_header("Set-Cookie",
            make_cookie(
                language_cookie_name, to, "/console", 365 * seconds_per_day, context.config.secure_cookies));
    redirect(response, back);
}

}

void register_login_pages(httplib::Server& http, ServerContext& context)
{
    http.Get("/console/login", [&](const httplib::Request& request, httplib::Response& response) {
        show_login(context, request, response);
    });
    http.Post("/console/login",
        [&](const httplib::Request& request, httplib::Response& response,
            const httplib::ContentReader& reader) { log_in(context, request, response, reader); });
    http.Post("/console/logout",
        [&](const httplib::Request& request, httplib::Response& response,
            const httplib::ContentReader& reader) { log_out(context, request, response, reader); });
    http.Get("/console/language", [&](const httplib::Request& request, httplib::Response& response) {
        choose_language(context, request, response);
    });
}

}
