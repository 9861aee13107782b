// What a mediator does on a case page: send a message, ask for a screenshot, end live help, close the
// case. Each is a form post that is audited and then redirects back to the page (post/redirect/get); live
// help's message to the live-help box, not the top of the page (the console's script sends it in place).
#include "pages.hpp"

#include "helpdesk/core/text.hpp"

namespace Foyer::Helpdesk {

namespace {

constexpr size_t max_message_characters = 500;
constexpr size_t max_note_characters = 2000;

struct CaseAction {
    FormPost post;
    CaseDetail detail;
};

std::optional<CaseAction> begin(ServerContext& context, const httplib::Request& request,
    httplib::Response& response, const httplib::ContentReader& reader)
{
    auto post = read_form_post(context, request, response, reader);
    if (!post)
        return std::nullopt;
    std::optional<int64_t> id;
    try {
        id = std::stoll(request.matches[1]);
    } catch (...) {
    }
    auto detail = id ? context.store.case_detail(*id)
                     : ErrorOr<std::optional<CaseDetail>>(std::optional<CaseDetail> {});
    if (detail.is_error()) {
        send_error_page(post->visitor, response, 503, Text::ServiceUnavailable);
        return std::nullopt;
    }
    if (!detail.value()) {
        send_error_page(post->visitor, response, 404, Text::CaseNotFound);
        return std::nullopt;
    }
    return CaseAction { std::move(*post), std::move(*detail.value()) };
}

void back_to_case(httplib::Response& response, const CaseDetail& detail, std::string_view query)
{
    redirect(response, "/console/cases/" + std::to_string(detail.summary.id) + "?" + std::string(query));
}

bool acceptable_text(const std::string& text, size_t max_characters)
{
    return !text.empty() && utf8_length(text) <= max_characters && !has_control_characters(text);
}

// Sends a live event if a session is open; false (and the answer written) otherwise.
bool send_live_event(ServerContext& context, CaseAction& action, httplib::Response& response,
    std::string kind, std::string text)
{
    auto live = context.store.latest_live_session(action.detail.summary.id, now());
    if (live.is_error()) {
        send_error_page(action.post.visitor, response, 503, Text::ServiceUnavailable);
        return false;
    }
    if (!live.value() || !live.value()->is_open(now())) {
        back_to_case(response, action.detail, "problem=live_not_on");
        return false;
    }
    auto added = context.store.add_live_event(
        live.value()->id, std::move(kind), std::move(text), action.post.visitor.session->mediator_id, now());
    if (added.is_error()) {
        if (added.error().kind() == ErrorKind::Conflict)
            back_to_case(response, action.detail, "problem=live_not_on");
        else
            send_error_page(action.post.visitor, response, 503, Text::ServiceUnavailable);
        return false;
    }
    context.hub.notify(action.detail.summary.id);
    return true;
}

void send_message(ServerContext& context, const httplib::Request& request, httplib::Response& response,
    const httplib::ContentReader& reader)
{
    auto action = begin(context, request, response, reader);
    if (!action)
        return;
    auto message = trimmed(action->post.form["message"]);
    if (!acceptable_text(message, max_message_characters))
        return back_to_case(response, action->detail, "problem=message_empty");
    if (!send_live_event(context, *action, response, "message", message))
        return;
    if (!record(context, action->post.visitor, response, "message_sent", action->detail.summary.id,
            action->detail.summary.code, message))
        return;
    back_to_case(response, action->detail, "done=message_sent#live");
}

void request_screenshot(ServerContext& context, const httplib::Request& request, httplib::Response& response,
    const httplib::ContentReader& reader)
{
    auto action = begin(context, request, response, reader);
    if (!action)
        return;
    if (!send_live_event(context, *action, response, "screenshot_request", {}))
        return;
    if (!record(context, action->post.visitor, response, "screenshot_requested", action->detail.summary.id,
            action->detail.summary.code))
        return;
    back_to_case(response, action->detail, "done=screenshot_requested");
}

void end_live(ServerContext& context, const httplib::Request& request, httplib::Response& response,
    const httplib::ContentReader& reader)
{
    auto action = begin(context, request, response, reader);
    if (!action)
        return;
    auto live = context.store.latest_live_session(action->detail.summary.id, now());
    if (live.is_error())
        return send_error_page(action->post.visitor, response, 503, Text::ServiceUnavailable);
    if (!live.value() || !live.value()->is_open(now()))
        return back_to_case(response, action->detail, "problem=live_not_on");
    if (context.store.end_live_session(live.value()->id, "mediator", now()).is_error())
        return send_error_page(action->post.visitor, response, 503, Text::ServiceUnavailable);
    context.hub.notify(action->detail.summary.id);
    if (!record(context, action->post.visitor, response, "live_ended", action->detail.summary.id,
            action->detail.summary.code))
        return;
    back_to_case(response, action->detail, "done=live_ended");
}

void close_case(ServerContext& context, const httplib::Request& request, httplib::Response& response,
    const httplib::ContentReader& reader)
{
    auto action = begin(context, request, response, reader);
    if (!action)
        return;
    auto note = trimmed(action->post.form["note"]);
    if (!acceptable_text(note, max_note_characters))
        return back_to_case(response, action->detail, "problem=note_empty");
    auto closed = context.store.close_case(
        action->detail.summary.id, action->post.visitor.session->mediator_id, note, now());
    if (closed.is_error())
        return send_error_page(action->post.visitor, response, 503, Text::ServiceUnavailable);
    if (!closed.value())
        return back_to_case(response, action->detail, "problem=already_closed");
    context.hub.notify(action->detail.summary.id);
    if (!record(context, action->post.visitor, response, "case_closed", action->detail.summary.id,
            action->detail.summary.code))
        return;
    back_to_case(response, action->detail, "done=closed");
}

}

void register_case_actions(httplib::Server& http, ServerContext& context)
{
    auto route = [&](const char* action,
                     void (*handler)(ServerContext&, const httplib::Request&, httplib::Response&,
                         const httplib::ContentReader&)) {
        http.Post(std::string(R"(/console/cases/(\d{1,18})/)") + action,
            [&context, handler](const httplib::Request& request, httplib::Response& response,
                const httplib::ContentReader& reader) { handler(context, request, response, reader); });
    };
    route("message", send_message);
    route("screenshot-request", request_screenshot);
    route("end-live", end_live);
    route("close", close_case);
}

}
