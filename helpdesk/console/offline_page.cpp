// The offline-code page: eight digits read over the phone turned back into the device's plain findings.
#include "pages.hpp"

#include "helpdesk/protocol/case_code.hpp"
#include "helpdesk/protocol/offline_code.hpp"

namespace Foyer::Helpdesk {

namespace {

// The case a late report made, if the senior's computer has since sent the report this code stood for.
// Shown as a link: opening it is logged like every case view; the link itself is logged here.
bool render_arrived_case(
    ServerContext& context, const Visitor& visitor, httplib::Response& response, Html& result, const std::string& digits)
{
    auto language = visitor.language;
    auto arrived = context.store.case_by_offline_code(digits);
    if (arrived.is_error() || !arrived.value())
        return true;
    auto& summary = *arrived.value();
    if (!record(context, visitor, response, "offline_code_linked", summary.id, summary.code, digits))
        return false;
    result.raw("<p id=\"offline-arrived\" class=\"notice\">")
        .text(fill(tr(language, Text::OfflineCaseArrived), { { "code", Protocol::format_code(summary.code) } }))
        .raw(" <a id=\"arrived-case\" href=\"/console/cases/")
        .raw(std::to_string(summary.id))
        .raw("\">")
        .text(language, Text::OpenThisCase)
        .raw("</a></p>\n");
    return true;
}

void send_offline_page(ServerContext& context, const Visitor& visitor, httplib::Response& response, std::string_view typed)
{
    auto language = visitor.language;
    int status = 200;
    Html result;
    if (!typed.empty()) {
        auto decoded = Protocol::decode_offline_code(typed);
        if (decoded.problem) {
            status = 422;
            Text message = Text::CodeDoesNotExist;
            if (*decoded.problem == Protocol::OfflineCodeProblem::NotDigits
                || *decoded.problem == Protocol::OfflineCodeProblem::WrongLength)
                message = Text::OfflineWrongLength;
            else if (*decoded.problem == Protocol::OfflineCodeProblem::NewerVersion)
                message = Text::OfflineNewer;
            result.raw("<p id=\"offline-problem\" class=\"problem\" role=\"alert\">")
                .text(language, message)
                .raw("</p>\n");
        } else {
            auto digits = Protocol::code_digits(typed).value_or("");
            result.raw("<section aria-labelledby=\"offline-result\">\n<h2 id=\"offline-result\">")
                .text(fill(tr(language, Text::OfflineResult), { { "code", Protocol::format_code(digits) } }))
                .raw("</h2>\n");
            if (!render_arrived_case(context, visitor, response, result, digits))
                return;
            if (decoded.findings.empty()) {
                result.raw("<p>").text(language, Text::OfflineNothingWrong).raw("</p>\n");
            } else {
                result.raw("<ol class=\"traffic-light\">\n");
                for (auto& finding : decoded.findings) {
                    result.raw("<li class=\"finding status-")
                        .raw(Protocol::status_name(finding.status))
                        .raw("\">");
                    status_badge(result, language, finding.status);
                    result.raw(" <strong>")
                        .text(finding.kind->title.in(language))
                        .raw("</strong>\n<span class=\"sentence\">")
                        .text(finding.kind->sentence(finding.status).in(language))
                        .raw("</span></li>\n");
                }
                result.raw("</ol>\n");
            }
            result.raw("<p class=\"hint\">").text(language, Text::OfflineMore).raw("</p>\n</section>\n");
        }
    }
    Html main;
    main.raw("<h1>")
        .text(language, Text::OfflineTitle)
        .raw("</h1>\n<form method=\"post\" action=\"/console/offline\" class=\"code-form\">\n")
        .raw("<input type=\"hidden\" name=\"csrf\" value=\"")
        .text(visitor.session->csrf_token)
        .raw("\">\n")
        .raw("<label for=\"offline-code\">")
        .text(language, Text::OfflineCodeLabel)
        .raw("</label>\n")
        .raw("<p id=\"offline-hint\" class=\"hint\">")
        .text(language, Text::OfflineHint)
        .raw("</p>\n")
        .raw("<div class=\"row\">\n<input id=\"offline-code\" name=\"code\" class=\"code\" "
             "inputmode=\"numeric\" autocomplete=\"off\" spellcheck=\"false\" ")
        .raw("placeholder=\"1234 5678\" required autofocus aria-describedby=\"offline-hint\" value=\"")
        .text(typed)
        .raw("\">\n")
        .raw("<button type=\"submit\">")
        .text(language, Text::OfflineButton)
        .raw("</button>\n</div>\n</form>\n")
        .raw(result.str());
    send_html(response, status, render_page(visitor.frame(), tr(language, Text::OfflineTitle), main.str()));
}

}

void register_offline_page(httplib::Server& http, ServerContext& context)
{
    http.Get("/console/offline", [&](const httplib::Request& request, httplib::Response& response) {
        // ?code= carries the code from a link (the case-code box, a late case's page).
        if (auto visitor = require_login(context, request, response))
            send_offline_page(context, *visitor, response, request.get_param_value("code").substr(0, 64));
    });
    http.Post("/console/offline",
        [&](const httplib::Request& request, httplib::Response& response,
            const httplib::ContentReader& reader) {
        if (auto post = read_form_post(context, request, response, reader))
            send_offline_page(context, post->visitor, response, post->form["code"].substr(0, 64));
    });
}

}
