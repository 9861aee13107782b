// The case page: the screenshot large beside the findings as a traffic-light list (failures first), live
// help, the raw details, the computer's earlier cases and closing; plus the screenshot and state URLs.
#include "pages.hpp"

#include "helpdesk/protocol/case_code.hpp"
#include "helpdesk/protocol/finding_catalog.hpp"
#include "helpdesk/server/http.hpp"

#include <algorithm>

namespace Foyer::Helpdesk {

namespace {

using Protocol::Finding;
using Protocol::Status;

std::optional<int64_t> path_number(const httplib::Request& request, size_t index)
{
    try {
        return std::stoll(request.matches[index]);
    } catch (...) {
        return std::nullopt;
    }
}

std::string finding_title(const Finding& finding, Language language)
{
    if (auto* kind = Protocol::find_finding_kind(finding.id))
        return std::string(kind->title.in(language));
    return finding.id;
}

std::string_view sentence(const Finding& finding, Language language)
{
    auto& chosen = finding.text.in(language);
    return chosen.empty()
        ? finding.text.in(language == Language::French ? Language::English : Language::French)
        : chosen;
}

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

Text ended_reason(std::string_view ended_by)
{
    if (ended_by == "device")
        return Text::EndedByDevice;
    if (ended_by == "mediator")
        return Text::EndedByMediator;
    if (ended_by == "case_closed")
        return Text::EndedByClose;
    return Text::EndedByTimeout;
}

void hidden_csrf(Html& html, const Visitor& visitor)
{
    html.raw("<input type=\"hidden\" name=\"csrf\" value=\"").text(visitor.session->csrf_token).raw("\">\n");
}

void render_screen(Html& main, Language language, const CaseDetail& detail)
{
    auto base = "/console/cases/" + std::to_string(detail.summary.id) + "/screenshots/";
    main.raw("<section class=\"screen\" aria-labelledby=\"screen-title\">\n<div class=\"heading-row\"><h2 id=\"screen-title\">")
        .text(language, Text::Screen)
        .raw("</h2>");
    if (!detail.screenshots.empty())
        main.raw(" <a id=\"full-size\" href=\"")
            .text(base + std::to_string(detail.screenshots.back().id))
            .raw("\">")
            .text(language, Text::OpenFullSize)
            .raw("</a>");
    main.raw("</div>\n");
    if (detail.screenshots.empty()) {
        main.raw("<p id=\"no-screenshot\">").text(language, Text::NoScreenshot).raw("</p>\n");
        main.raw("<img id=\"screenshot\" hidden alt=\"\">\n");
    } else {
        auto& latest = detail.screenshots.back();
        auto url = base + std::to_string(latest.id);
        auto alt = fill(tr(language, Text::ScreenshotAlt), { { "date", local_date_time(latest.created_at) } });
        main.raw("<a id=\"screenshot-link\" href=\"")
            .text(url)
            .raw("\"><img id=\"screenshot\" src=\"")
            .text(url)
            .raw("\" alt=\"")
            .text(alt)
            .raw("\" width=\"")
            .raw(std::to_string(latest.width))
            .raw("\" height=\"")
            .raw(std::to_string(latest.height))
            .raw("\"></a>\n");
    }
    main.raw(
        "<p id=\"screenshot-news\" class=\"notice\" role=\"status\" aria-live=\"polite\"></p>\n</section>\n");
}

// Earlier pictures of the screen, below live help: the latest is the one that matters on the phone.
void render_earlier_screenshots(Html& main, Language language, const CaseDetail& detail)
{
    if (detail.screenshots.size() < 2)
        return;
    auto base = "/console/cases/" + std::to_string(detail.summary.id) + "/screenshots/";
    main.raw("<details class=\"earlier-screenshots\">\n<summary>")
        .text(language, Text::EarlierScreenshots)
        .raw("</summary>\n<ul>\n");
    for (size_t i = detail.screenshots.size() - 1; i-- > 0;) {
        auto& shot = detail.screenshots[i];
        main.raw("<li><a href=\"")
            .text(base + std::to_string(shot.id))
            .raw("\">")
            .text(local_date_time(shot.created_at))
            .raw("</a></li>\n");
    }
    main.raw("</ul>\n</details>\n");
}

void render_finding(Html& main, Language language, const Finding& finding)
{
    main.raw("<li class=\"finding status-")
        .raw(Protocol::status_name(finding.status))
        .raw("\" data-finding=\"")
        .text(finding.id)
        .raw("\">");
    status_badge(main, language, finding.status);
    main.raw(" <strong>")
        .text(finding_title(finding, language))
        .raw("</strong>\n<span class=\"sentence\">")
        .text(sentence(finding, language))
        .raw("</span></li>\n");
}

// What the person was doing first (it tells the mediator where to start), then the problems, most serious
// first; the checks that found nothing wrong folded into one line, opened on demand.
void render_findings(Html& main, Language language, const std::optional<Protocol::Report>& report)
{
    main.raw("<section class=\"findings\" aria-labelledby=\"findings-title\">\n<h2 id=\"findings-title\">")
        .text(language, Text::Findings)
        .raw("</h2>\n");
    if (!report || report->findings.empty()) {
        main.raw("<p>").text(language, Text::NoFindings).raw("</p>\n</section>\n");
        return;
    }
    auto ordered = Protocol::findings_by_severity(*report);
    std::stable_partition(ordered.begin(), ordered.end(),
        [](const Finding* finding) { return finding->id == Protocol::FindingId::system_activity; });
    std::vector<const Finding*> fine;
    main.raw("<ol class=\"traffic-light\">\n");
    for (auto* finding : ordered) {
        if (finding->status == Status::Ok && finding->id != Protocol::FindingId::system_activity) {
            fine.push_back(finding);
            continue;
        }
        render_finding(main, language, *finding);
    }
    main.raw("</ol>\n");
    if (!fine.empty()) {
        auto summary = fine.size() == 1
            ? std::string(tr(language, Text::ChecksFineOne))
            : fill(tr(language, Text::ChecksFineMany), { { "count", std::to_string(fine.size()) } });
        main.raw("<details id=\"checks-fine\" class=\"fine\">\n<summary>");
        status_badge(main, language, Status::Ok);
        main.raw(" ").text(summary).raw("</summary>\n<ol class=\"traffic-light\">\n");
        for (auto* finding : fine)
            render_finding(main, language, *finding);
        main.raw("</ol>\n</details>\n");
    }
    main.raw("</section>\n");
}

// "14:31": a message list is read during one call.
std::string short_time(Timestamp moment)
{
    return local_date_time(moment).substr(11);
}

std::string message_time(const Store::SentMessage& message)
{
    return short_time(message.sent_at);
}

std::string message_state(Language language, const Store::SentMessage& message)
{
    return message.shown_at ? fill(tr(language, Text::MessageShownAt), { { "time", short_time(*message.shown_at) } })
                            : std::string(tr(language, Text::MessageNotShownYet));
}

void render_live(Html& main, Language language, const CaseDetail& detail,
    const std::optional<LiveSession>& live, const std::vector<Store::SentMessage>& messages, const Visitor& visitor)
{
    auto id = std::to_string(detail.summary.id);
    bool open = live && live->is_open(now());
    main.raw("<section id=\"live\" class=\"live\" aria-labelledby=\"live-title\">\n<h2 id=\"live-title\">")
        .text(language, Text::LiveHelp)
        .raw("</h2>\n");
    if (open)
        main.raw("<p class=\"live-on\">")
            .text(fill(tr(language, Text::LiveOnUntil), { { "time", local_date_time(live->ends_at) } }))
            .raw("</p>\n");
    else if (live && live->ended_at)
        main.raw("<p>")
            .text(
                fill(tr(language, Text::LiveEnded), { { "reason", tr(language, ended_reason(live->ended_by)) } }))
            .raw("</p>\n");
    if (!open)
        main.raw("<p>").text(language, Text::LiveOff).raw("</p>\n");
    if (detail.summary.state != CaseState::Closed) {
        // Shown even when live help is off, disabled, so the mediator knows where they will be.
        auto disabled = open ? "" : " disabled";
        main.raw("<form method=\"post\" action=\"/console/cases/").raw(id).raw("/message\" id=\"message-form\">\n");
        hidden_csrf(main, visitor);
        main.raw("<label for=\"message\" class=\"visually-hidden\">")
            .text(language, Text::MessageLabel)
            .raw("</label>\n")
            .raw("<textarea id=\"message\" name=\"message\" rows=\"2\" maxlength=\"500\" placeholder=\"")
            .text(language, Text::MessageHint)
            .raw("\" title=\"")
            .text(language, Text::MessageLabel)
            .raw("\"")
            .raw(disabled)
            .raw("></textarea>\n</form>\n");
        main.raw("<div class=\"actions\">\n<button type=\"submit\" form=\"message-form\" id=\"send-message\"")
            .raw(disabled)
            .raw(">")
            .text(language, Text::SendMessage)
            .raw("</button>\n<form method=\"post\" action=\"/console/cases/")
            .raw(id)
            .raw("/screenshot-request\">\n");
        hidden_csrf(main, visitor);
        main.raw("<button type=\"submit\" id=\"ask-screenshot\" class=\"secondary\"")
            .raw(disabled)
            .raw(">")
            .text(language, Text::AskScreenshot)
            .raw("</button>\n</form>\n");
        if (open) {
            main.raw("<form method=\"post\" action=\"/console/cases/").raw(id).raw("/end-live\">\n");
            hidden_csrf(main, visitor);
            main.raw("<button type=\"submit\" id=\"end-live\" class=\"secondary\">")
                .text(language, Text::EndLive)
                .raw("</button>\n</form>\n");
        }
        main.raw("</div>\n");
    }
    // Always there (hidden while empty) so that the script can add a message sent without a reload.
    main.raw("<p id=\"message-news\" class=\"notice\" role=\"status\" aria-live=\"polite\"></p>\n")
        .raw("<div id=\"messages-box\"")
        .raw(messages.empty() ? " hidden" : "")
        .raw(">\n<h3>")
        .text(language, Text::MessagesSent)
        .raw("</h3>\n<ol id=\"messages-sent\" class=\"messages\">\n");
    for (auto& message : messages) {
        main.raw("<li id=\"message-")
            .raw(std::to_string(message.id))
            .raw("\"><span class=\"when\">")
            .text(message_time(message))
            .raw("</span> ")
            .text(message.text)
            .raw(" <span class=\"shown")
            .raw(message.shown_at ? " yes" : "")
            .raw("\" id=\"message-state-")
            .raw(std::to_string(message.id))
            .raw("\">")
            .text(message_state(language, message))
            .raw("</span></li>\n");
    }
    main.raw("</ol>\n</div>\n");
    main.raw("</section>\n");
}

void render_raw_details(
    Html& main, Language language, const CaseDetail& detail, const std::optional<Protocol::Report>& report)
{
    main.raw("<section class=\"raw\" aria-labelledby=\"raw-title\">\n<h2 id=\"raw-title\">")
        .text(language, Text::RawDetails)
        .raw("</h2>\n");
    if (report) {
        // Folded, one per finding, so that the page stays short; each opens with the keyboard too.
        for (auto* finding : Protocol::findings_by_severity(*report)) {
            main.raw("<details class=\"raw-finding\">\n<summary>");
            status_badge(main, language, finding->status);
            main.raw(" ")
                .text(finding_title(*finding, language))
                .raw(" <code>")
                .text(finding->id)
                .raw("</code></summary>\n");
            if (finding->details.empty())
                main.raw("<p>").text(language, Text::NoDetails).raw("</p>\n");
            else
                main.raw("<pre>")
                    .text(finding->details.dump(2, ' ', false, nlohmann::json::error_handler_t::replace))
                    .raw("</pre>\n");
            main.raw("</details>\n");
        }
    }
    std::string whole = detail.report_json;
    try {
        whole = nlohmann::json::parse(detail.report_json)
                    .dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    } catch (...) {
    }
    main.raw("<details>\n<summary>")
        .text(language, Text::WholeReport)
        .raw("</summary>\n<pre>")
        .text(whole)
        .raw("</pre>\n</details>\n</section>\n");
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

// A mediator with the case page open during live help "sees the screen": the device is told once (a
// "watching" event wakes its poll) and stops saying "your helper will see your screen when…".
bool mark_watched(ServerContext& context, const std::optional<LiveSession>& live, int64_t mediator_id)
{
    if (!live || live->watched || !live->is_open(now()))
        return true;
    auto event = context.store.mark_live_watched(live->id, mediator_id, now());
    if (event.is_error())
        return false;
    if (event.value())
        context.hub.notify(live->case_id);
    return true;
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

void send_screenshot(ServerContext& context, const httplib::Request& request, httplib::Response& response)
{
    auto visitor = require_login(context, request, response);
    if (!visitor)
        return;
    auto case_id = path_number(request, 1);
    auto screenshot_id = path_number(request, 2);
    if (!case_id || !screenshot_id)
        return send_error_page(*visitor, response, 404, Text::NothingHere);
    auto png = context.store.screenshot_png(*case_id, *screenshot_id);
    if (png.is_error())
        return send_error_page(*visitor, response, 503, Text::ServiceUnavailable);
    if (!png.value())
        return send_error_page(*visitor, response, 404, Text::NothingHere);
    add_security_headers(response);
    response.set_header(
        "Content-Disposition", "inline; filename=\"screenshot-" + std::to_string(*screenshot_id) + ".png\"");
    response.set_content(std::move(*png.value()), "image/png");
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
    nlohmann::json shown = nlohmann::json::array();
    for (auto& message : messages.value())
        shown.push_back({ { "id", message.id }, { "time", message_time(message) }, { "text", message.text },
            { "shown", bool(message.shown_at) }, { "state", message_state(visitor.value().language, message) } });
    state["messages"] = std::move(shown);
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
        send_screenshot(context, request, response);
    });
    http.Get(R"(/console/cases/(\d{1,18})/state)",
        [&](const httplib::Request& request, httplib::Response& response) {
        send_state(context, request, response);
    });
}

}
