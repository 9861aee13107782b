// The case page: the screenshot large beside the findings as a traffic-light list (failures first), live
// help, the raw details, the computer's earlier cases and closing; plus the screenshot and state URLs.
// This file lays the page out; its sections are drawn by the files case_page.hpp names.
#include "case_page.hpp"

#include "helpdesk/protocol/case_code.hpp"

namespace Foyer::Helpdesk {

namespace detail {

std::optional<int64_t> path_number(const httplib::Request& request, size_t index)
{
    try {
        return std::stoll(request.matches[index]);
    } catch (...) {
        return std::nullopt;
    }
}

void hidden_csrf(Html& html, const Visitor& visitor)
{
    html.raw("<input type=\"hidden\" name=\"csrf\" value=\"").text(visitor.session->csrf_token).raw("\">\n");
}

}

namespace {

using namespace detail;

std::optional<Text> notice_for(std::string_view done)
{
    if (done == "message_sent")
        return Text::MessageSent;
    if (done == "screenshot_requested")
        return Text::ScreenshotRequested;
    if (done == "live_ended")
        return Text::LiveEndedDone;
    if (done == "closed")
        return Text::CaseClosedDone;
    return std::nullopt;
}

std::optional<Text> problem_for(std::string_view problem)
{
    if (problem == "message_empty")
        return Text::MessageEmpty;
    if (problem == "note_empty")
        return Text::NoteEmpty;
    if (problem == "live_not_on")
        return Text::LiveNotOn;
    if (problem == "already_closed")
        return Text::AlreadyClosed;
    return std::nullopt;
}

void render_earlier_cases(Html& main, Language language, const std::vector<CaseSummary>& earlier)
{
    main.raw("<section class=\"earlier\" aria-labelledby=\"earlier-title\">\n<h2 id=\"earlier-title\">")
        .text(language, Text::EarlierCases)
        .raw("</h2>\n");
    if (earlier.empty()) {
        main.raw("<p>").text(language, Text::NoEarlierCases).raw("</p>\n</section>\n");
        return;
    }
    main.raw("<ul class=\"cases\">\n");
    for (auto& summary : earlier) {
        main.raw("<li><a href=\"/console/cases/")
            .raw(std::to_string(summary.id))
            .raw("\">")
            .text(Protocol::format_code(summary.code))
            .raw("</a> — ")
            .text(local_date_time(summary.created_at))
            .raw(" — ")
            .text(state_text(language, summary.state))
            .raw(" ");
        status_badge(main, language, summary.worst_status);
        main.raw("</li>\n");
    }
    main.raw("</ul>\n</section>\n");
}

void render_closing(Html& main, Language language, const CaseDetail& detail, const Visitor& visitor)
{
    main.raw("<section class=\"close\" aria-labelledby=\"close-title\">\n<h2 id=\"close-title\">")
        .text(language, Text::CloseTitle)
        .raw("</h2>\n");
    if (detail.closed_at) {
        main.raw("<p>")
            .text(fill(tr(language, Text::ClosedBy),
                { { "name", detail.closed_by }, { "date", local_date_time(*detail.closed_at) } }))
            .raw("</p>\n<blockquote class=\"note\">")
            .text(detail.activity_note)
            .raw("</blockquote>\n</section>\n");
        return;
    }
    main.raw("<form method=\"post\" action=\"/console/cases/")
        .raw(std::to_string(detail.summary.id))
        .raw("/close\" class=\"stack\">\n");
    hidden_csrf(main, visitor);
    main.raw("<label for=\"note\">")
        .text(language, Text::ActivityNote)
        .raw("</label>\n")
        .raw("<p id=\"note-hint\" class=\"hint\">")
        .text(language, Text::ActivityNoteHint)
        .raw("</p>\n")
        .raw("<textarea id=\"note\" name=\"note\" rows=\"4\" maxlength=\"2000\" required "
             "aria-describedby=\"note-hint\"></textarea>\n")
        .raw("<button type=\"submit\">")
        .text(language, Text::CloseButton)
        .raw("</button>\n</form>\n</section>\n");
}

// A late case, said before anything else: the mediator on the phone may be hearing about a problem from
// hours ago, and the senior may read out the offline code she was shown then.
void render_late(Html& main, Language language, const CaseSummary& summary)
{
    auto asked = asked_for_help(language, summary);
    if (!asked && summary.offline_code.empty())
        return;
    main.raw("<p id=\"late-case\" class=\"late\">");
    if (asked)
        main.raw("<span id=\"asked-at\">").text(*asked).raw("</span>");
    if (asked && !summary.offline_code.empty())
        main.raw("<br>");
    if (!summary.offline_code.empty())
        main.raw("<a id=\"answers-offline\" href=\"/console/offline?code=")
            .text(summary.offline_code)
            .raw("\">")
            .text(answers_offline_code(language, summary))
            .raw("</a>");
    main.raw("</p>\n");
}

void show_case(ServerContext& context, const httplib::Request& request, httplib::Response& response)
{
    auto visitor = require_login(context, request, response);
    if (!visitor)
        return;
    auto language = visitor->language;
    auto id = path_number(request, 1);
    auto detail = id ? context.store.case_detail(*id)
                     : ErrorOr<std::optional<CaseDetail>>(std::optional<CaseDetail> {});
    if (detail.is_error())
        return send_error_page(*visitor, response, 503, Text::ServiceUnavailable);
    if (!detail.value())
        return send_error_page(*visitor, response, 404, Text::CaseNotFound);
    auto& found = *detail.value();
    if (!record(context, *visitor, response, "case_viewed", found.summary.id, found.summary.code))
        return;
    // Also records the end of a session whose 30 minutes ran out since the last look.
    auto live = context.store.latest_live_session(found.summary.id, now());
    auto earlier = context.store.device_cases(found.summary.device_id, found.summary.id, 20);
    if (live.is_error() || earlier.is_error())
        return send_error_page(*visitor, response, 503, Text::ServiceUnavailable);
    if (!mark_watched(context, live.value(), visitor->session->mediator_id))
        return send_error_page(*visitor, response, 503, Text::ServiceUnavailable);
    auto messages = context.store.live_messages(found.summary.id);
    if (messages.is_error())
        return send_error_page(*visitor, response, 503, Text::ServiceUnavailable);
    std::optional<Protocol::Report> report;
    if (auto parsed = Protocol::parse_report(found.report_json); !parsed.is_error())
        report = parsed.release_value();

    auto code = Protocol::format_code(found.summary.code);
    auto title = fill(tr(language, Text::CaseTitle), { { "code", code } });
    bool live_open = live.value() && live.value()->is_open(now());
    Html main;
    main.raw("<div id=\"case\" data-state-url=\"/console/cases/")
        .raw(std::to_string(found.summary.id))
        .raw("/state\" data-screenshot=\"")
        .raw(found.screenshots.empty() ? "0" : std::to_string(found.screenshots.back().id))
        .raw("\" data-live=\"")
        .raw(live_open ? "open" : "off")
        .raw("\" data-new-screenshot-text=\"")
        .text(language, Text::NewScreenshotArrived)
        .raw("\" data-message-sent-text=\"")
        .text(language, Text::MessageSent)
        .raw("\">\n");
    main.raw("<h1>")
        .text(title)
        .raw(" <span class=\"state state-")
        .raw(case_state_name(found.summary.state))
        .raw("\">")
        .text(state_text(language, found.summary.state))
        .raw("</span></h1>\n<dl class=\"facts\">\n")
        .raw("<div><dt>")
        .text(language, Text::Computer)
        .raw("</dt><dd>")
        .text(found.summary.device_nickname.empty() ? tr(language, Text::NoNickname)
                                                    : found.summary.device_nickname)
        .raw("</dd></div>\n")
        .raw("<div><dt>")
        .text(language, Text::ReceivedAt)
        .raw("</dt><dd>")
        .text(local_date_time(found.summary.created_at))
        .raw("</dd></div>\n")
        .raw("<div><dt>")
        .text(language, Text::CodeValidUntil)
        .raw("</dt><dd>")
        .text(local_date_time(found.summary.code_expires_at))
        .raw("</dd></div>\n")
        .raw("</dl>\n");
    render_late(main, language, found.summary);
    if (auto notice = notice_for(request.get_param_value("done")))
        main.raw("<p class=\"notice\" role=\"status\">").text(language, *notice).raw("</p>\n");
    if (auto problem = problem_for(request.get_param_value("problem")))
        main.raw("<p class=\"problem\" role=\"alert\">").text(language, *problem).raw("</p>\n");
    // The picture, live help under it and what was done, together in the column that stays in view; the
    // findings beside it.
    main.raw("<div class=\"case-grid\">\n<div class=\"case-side\">\n");
    render_screen(main, language, found);
    render_live(main, language, found, live.value(), messages.value(), *visitor);
    render_earlier_screenshots(main, language, found);
    main.raw("</div>\n");
    render_findings(main, language, report);
    main.raw("</div>\n");
    render_raw_details(main, language, found, report);
    render_earlier_cases(main, language, earlier.value());
    render_closing(main, language, found, *visitor);
    main.raw("</div>");
    send_html(response, 200, render_page(visitor->frame(), title, main.str()));
}

// What console.js polls on the case page: enough to show a new screenshot and notice live help changing.
void send_state(ServerContext& context, const httplib::Request& request, httplib::Response& response)
{
    auto visitor = identify(context, request);
    add_security_headers(response);
    if (visitor.is_error())
        return send_json_error(response, visitor.error());
    if (!visitor.value().session)
        return send_json_error(response, 401, "unauthorized", "Log in again.");
    auto case_id = path_number(request, 1);
    auto detail = case_id ? context.store.case_detail(*case_id)
                          : ErrorOr<std::optional<CaseDetail>>(std::optional<CaseDetail> {});
    if (detail.is_error())
        return send_json_error(response, detail.error());
    if (!detail.value())
        return send_json_error(response, 404, "not_found", "This case does not exist.");
    auto& found = *detail.value();
    if (!mark_watched(context, found.live, visitor.value().session->mediator_id))
        return send_json_error(response, 503, "unavailable", "The helpdesk's database does not answer.");
    auto messages = context.store.live_messages(found.summary.id);
    if (messages.is_error())
        return send_json_error(response, messages.error());
    bool live_open = found.live && found.live->is_open(now());
    nlohmann::json state = { { "screenshot_id", found.screenshots.empty() ? 0 : found.screenshots.back().id },
        { "live", live_open ? "open" : "off" }, { "closed", found.summary.state == CaseState::Closed } };
    if (!found.screenshots.empty()) {
        state["screenshot_url"] = "/console/cases/" + std::to_string(found.summary.id) + "/screenshots/"
            + std::to_string(found.screenshots.back().id);
        state["screenshot_alt"] = fill(tr(visitor.value().language, Text::ScreenshotAlt),
            { { "date", local_date_time(found.screenshots.back().created_at) } });
        state["width"] = found.screenshots.back().width;
        state["height"] = found.screenshots.back().height;
    }
    state["messages"] = sent_messages_json(visitor.value().language, messages.value());
    send_json(response, 200, state);
}

}

std::optional<std::string> asked_for_help(Language language, const CaseSummary& summary)
{
    // A report that left at once arrives within seconds; two minutes is late even on a slow line. A report
    // that answers an offline code is late however quickly it then travelled.
    bool late = !summary.offline_code.empty()
        || (summary.asked_at && summary.created_at - *summary.asked_at > 2 * seconds_per_minute);
    if (!late || !summary.asked_at)
        return std::nullopt;
    auto asked = local_date_time(*summary.asked_at);
    auto arrived = local_date_time(summary.created_at);
    // "14:31" alone when both are the same day: the fewest words for someone on the phone.
    if (arrived.substr(0, 10) == asked.substr(0, 10))
        arrived = arrived.substr(11);
    return fill(tr(language, Text::AskedArrivedLate), { { "asked", asked }, { "arrived", arrived } });
}

std::string answers_offline_code(Language language, const CaseSummary& summary)
{
    return fill(tr(language, Text::AnswersOfflineCode), { { "code", Protocol::format_code(summary.offline_code) } });
}

void register_case_page(httplib::Server& http, ServerContext& context)
{
    http.Get(
        R"(/console/cases/(\d{1,18}))", [&](const httplib::Request& request, httplib::Response& response) {
            show_case(context, request, response);
        });
    http.Get(R"(/console/cases/(\d{1,18})/screenshots/(\d{1,18}))",
        [&](const httplib::Request& request, httplib::Response& response) {
        detail::send_screenshot(context, request, response);
    });
    http.Get(R"(/console/cases/(\d{1,18})/state)",
        [&](const httplib::Request& request, httplib::Response& response) {
        send_state(context, request, response);
    });
}

}
