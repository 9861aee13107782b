// The console's first page, "Enter the code", and looking a code up without ever revealing another case.
#include "pages.hpp"

#include "helpdesk/protocol/case_code.hpp"
#include "helpdesk/server/http.hpp"

namespace Foyer::Helpdesk {

namespace {

struct LookupProblem {
    Text message;
};

void send_home(ServerContext& context, const Visitor& visitor, httplib::Response& response, int status,
    std::optional<LookupProblem> problem, std::string_view typed)
{
    auto language = visitor.language;
    Html main;
    main.raw("<h1>")
        .text(language, Text::EnterCodeTitle)
        .raw("</h1>\n")
        .raw("<form method=\"post\" action=\"/console/lookup\" class=\"code-form\">\n")
        .raw("<input type=\"hidden\" name=\"csrf\" value=\"")
        .text(visitor.session->csrf_token)
        .raw("\">\n")
        .raw("<label for=\"code\">")
        .text(language, Text::CaseCodeLabel)
        .raw("</label>\n")
        .raw("<p id=\"code-hint\" class=\"hint\">")
        .text(language, Text::EnterCodeHint)
        .raw("</p>\n");
    if (problem) {
        main.raw("<p id=\"code-problem\" class=\"problem\" role=\"alert\">").text(language, problem->message).raw("</p>\n");
    }
    main.raw("<div class=\"row\">\n<input id=\"code\" name=\"code\" class=\"code\" inputmode=\"numeric\" "
             "autocomplete=\"off\" spellcheck=\"false\" ")
        .raw("placeholder=\"123 456 789\" required autofocus aria-describedby=\"code-hint")
        .raw(problem ? " code-problem\" aria-invalid=\"true" : "")
        .raw("\" value=\"")
        .text(typed)
        .raw("\">\n")
        .raw("<button type=\"submit\">")
        .text(language, Text::OpenCase)
        .raw("</button>\n</div>\n</form>\n");

    main.raw("<section aria-labelledby=\"in-progress\">\n<h2 id=\"in-progress\">")
        .text(language, Text::CasesInProgress)
        .raw("</h2>\n");
    auto cases = context.store.cases_in_progress(50);
    if (cases.is_error() || cases.value().empty()) {
        main.raw("<p>")
            .text(language, cases.is_error() ? Text::ServiceUnavailable : Text::NoCasesInProgress)
            .raw("</p>\n");
    } else {
        main.raw("<ul class=\"cases\">\n");
        for (auto& summary : cases.value()) {
            main.raw("<li><a href=\"/console/cases/")
                .raw(std::to_string(summary.id))
                .raw("\">")
                .text(Protocol::format_code(summary.code))
                .raw("</a> — ")
                .text(summary.device_nickname.empty() ? tr(language, Text::NoNickname)
                                                      : summary.device_nickname)
                .raw(" — ");
            // A late case says when she asked, not only when the report came.
            if (auto asked = asked_for_help(language, summary))
                main.raw("<strong>").text(*asked).raw("</strong>");
            else
                main.text(local_date_time(summary.created_at));
            if (!summary.offline_code.empty())
                main.raw(" — <strong>").text(answers_offline_code(language, summary)).raw("</strong>");
            main.raw("</li>\n");
        }
        main.raw("</ul>\n");
    }
    main.raw("</section>");
    send_html(response, status, render_page(visitor.frame(), tr(language, Text::EnterCodeTitle), main.str()));
}

void show_home(ServerContext& context, const httplib::Request& request, httplib::Response& response)
{
    auto visitor = require_login(context, request, response);
    if (!visitor)
        return;
    send_home(context, *visitor, response, 200, std::nullopt, {});
}

void look_up(ServerContext& context, const httplib::Request& request, httplib::Response& response,
    const httplib::ContentReader& reader)
{
    auto post = read_form_post(context, request, response, reader);
    if (!post)
        return;
    auto& visitor = post->visitor;
    auto typed = post->form["code"].substr(0, 64);

    auto since = now() - context.config.lookup_failure_window;
    auto failures = context.store.count_recent("code_not_found", since, visitor.session->mediator_name, "");
    if (failures.is_error())
        return send_error_page(visitor, response, 503, Text::ServiceUnavailable);
    if (failures.value() >= context.config.lookup_failures_allowed) {
        response.set_header("Retry-After", std::to_string(context.config.lookup_failure_window));
        return send_home(context, visitor, response, 429, LookupProblem { Text::TooManyLookups }, typed);
    }

    auto not_found = [&] {
        if (!record(
                context, visitor, response, "code_not_found", {}, Protocol::code_digits(typed).value_or("")))
            return;
        send_home(context, visitor, response, 404, LookupProblem { Text::CodeDoesNotExist }, typed);
    };
    switch (Protocol::classify_code(typed)) {
    case Protocol::CodeShape::NotDigits:
    case Protocol::CodeShape::WrongLength:
        return send_home(context, visitor, response, 422, LookupProblem { Text::CodeWrongLength }, typed);
    case Protocol::CodeShape::OfflineCode:
        // Eight digits with a valid check: the senior read her offline code. Not a mistake: read it back
        // on its own page (a link that carries the code, so that it can be reloaded or shared).
        return redirect(response, "/console/offline?code=" + *Protocol::code_digits(typed));
    case Protocol::CodeShape::WrongCheckDigit:
        // The same answer as an unknown code: whether the digits are "nearly" valid is nobody's business.
        return not_found();
    case Protocol::CodeShape::CaseCode:
        break;
    }
    auto code = *Protocol::code_digits(typed);
    auto found = context.store.case_by_code(code);
    if (found.is_error())
        return send_error_page(visitor, response, 503, Text::ServiceUnavailable);
    if (!found.value())
        return not_found();
    auto& summary = *found.value();
    if (now() >= summary.code_expires_at) {
        if (!record(context, visitor, response, "code_expired", summary.id, summary.code))
            return;
        return send_home(context, visitor, response, 410, LookupProblem { Text::CodeExpired }, typed);
    }
    if (context.store.claim_case(summary.id, visitor.session->mediator_id, now()).is_error())
        return send_error_page(visitor, response, 503, Text::ServiceUnavailable);
    if (!record(context, visitor, response, "code_lookup", summary.id, summary.code))
        return;
    redirect(response, "/console/cases/" + std::to_string(summary.id));
}

}

void register_home_pages(httplib::Server& http, ServerContext& context)
{
    http.Get(
        "/", [](const httplib::Request&, httplib::Response& response) { redirect(response, "/console"); });
    http.Get("/console", [&](const httplib::Request& request, httplib::Response& response) {
        show_home(context, request, response);
    });
    http.Get("/console/",
        [](const httplib::Request&, httplib::Response& response) { redirect(response, "/console"); });
    http.Post("/console/lookup",
        [&](const httplib::Request& request, httplib::Response& response,
            const httplib::ContentReader& reader) { look_up(context, request, response, reader); });
}

}
