// The monthly export: closed cases of a month as CSV for the activity report, safe to open in a spreadsheet.
#include "pages.hpp"

#include "helpdesk/protocol/case_code.hpp"

namespace Foyer::Helpdesk {

namespace {

// RFC 4180 quoting, and a leading apostrophe on anything a spreadsheet would run as a formula
// (OWASP "CSV injection"): notes and nicknames are typed by people.
std::string csv_field(std::string_view value)
{
    std::string text(value);
    if (!text.empty()
        && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t'
            || text[0] == '\r'))
        text.insert(0, "'");
    if (text.find_first_of(",\"\r\n;") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string problems_of(const std::string& report_json)
{
    auto report = Protocol::parse_report(report_json);
    if (report.is_error())
        return {};
    std::string out;
    for (auto* finding : Protocol::findings_by_severity(report.value())) {
        if (finding->status != Protocol::Status::Fail && finding->status != Protocol::Status::Warn)
            continue;
        if (!out.empty())
            out += ' ';
        out += finding->id;
    }
    return out;
}

void send_export_form(const Visitor& visitor, httplib::Response& response, int status, bool month_problem)
{
    auto language = visitor.language;
    Html main;
    main.raw("<h1>")
        .text(language, Text::ExportTitle)
        .raw("</h1>\n<p>")
        .text(language, Text::ExportHint)
        .raw("</p>\n");
    if (month_problem)
        main.raw("<p class=\"problem\" role=\"alert\">").text(language, Text::MonthInvalid).raw("</p>\n");
    main.raw("<form method=\"post\" action=\"/console/export\" class=\"stack\">\n")
        .raw("<input type=\"hidden\" name=\"csrf\" value=\"")
        .text(visitor.session->csrf_token)
        .raw("\">\n")
        .raw("<label for=\"month\">")
        .text(language, Text::Month)
        .raw("</label>\n")
        .raw("<input id=\"month\" name=\"month\" type=\"month\" required value=\"")
        .text(local_year_month(now()))
        .raw("\">\n")
        .raw("<button type=\"submit\">")
        .text(language, Text::ExportButton)
        .raw("</button>\n</form>");
    send_html(response, status, render_page(visitor.frame(), tr(language, Text::ExportTitle), main.str()));
}

void export_month(ServerContext& context, const httplib::Request& request, httplib::Response& response,
    const httplib::ContentReader& reader)
{
    auto post = read_form_post(context, request, response, reader);
    if (!post)
        return;
    auto month = post->form["month"];
    auto period = local_month(month);
    if (!period)
        return send_export_form(post->visitor, response, 422, true);
    auto cases = context.store.closed_cases(period->from, period->until);
    if (cases.is_error())
        return send_error_page(post->visitor, response, 503, Text::ServiceUnavailable);
    if (!record(context, post->visitor, response, "export", {}, {}, "month " + month))
        return;
    // A byte-order mark, so that spreadsheets opened by double-click read the accents right.
    std::string csv
        = "\xEF\xBB\xBF"
          "code,received_at,claimed_at,closed_at,minutes,computer,mediator,problems,activity_note\r\n";
    for (auto& closed : cases.value()) {
        auto minutes = (closed.closed_at - closed.claimed_at) / 60;
        csv += csv_field(Protocol::format_code(closed.summary.code)) + ","
            + csv_field(local_date_time(closed.summary.created_at)) + ","
            + csv_field(local_date_time(closed.claimed_at)) + ","
            + csv_field(local_date_time(closed.closed_at)) + "," + std::to_string(minutes) + ","
            + csv_field(closed.summary.device_nickname) + "," + csv_field(closed.mediator) + ","
            + csv_field(problems_of(closed.report_json)) + "," + csv_field(closed.activity_note) + "\r\n";
    }
    add_security_headers(response);
    response.set_header(
        "Content-Disposition", "attachment; filename=\"foyer-closed-cases-" + month + ".csv\"");
    response.set_content(std::move(csv), "text/csv; charset=utf-8");
}

}

void register_export(httplib::Server& http, ServerContext& context)
{
    http.Get("/console/export", [&](const httplib::Request& request, httplib::Response& response) {
        if (auto visitor = require_login(context, request, response))
            send_export_form(*visitor, response, 200, false);
    });
    http.Post("/console/export",
        [&](const httplib::Request& request, httplib::Response& response,
            const httplib::ContentReader& reader) { export_month(context, request, response, reader); });
}

}
