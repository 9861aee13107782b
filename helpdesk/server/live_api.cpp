// Live help, the device's side (helpdesk/API.md, "Live help"): start, long-poll for the mediator's
// requests, post fresh screenshots, stop.
#include "device_auth.hpp"
#include "http.hpp"
#include "uploads.hpp"

#include "helpdesk/protocol/case_code.hpp"

#include <charconv>

namespace Foyer::Helpdesk {

namespace {

using nlohmann::json;

// For requests that carry no body at all.
const httplib::ContentReader no_body([](httplib::ContentReceiver) { return true; },
    [](httplib::MultipartContentHeader, httplib::ContentReceiver) { return true; });

json session_json(const LiveSession& session, Timestamp at)
{
    json out = { { "id", session.id }, { "state", session.is_open(at) ? "open" : "ended" },
        { "started_at", iso8601_utc(session.started_at) }, { "ends_at", iso8601_utc(session.ends_at) },
        { "watched", session.watched } };
    if (session.ended_at) {
        out["ended_at"] = iso8601_utc(*session.ended_at);
        out["ended_by"] = session.ended_by;
    }
    return out;
}

json event_json(const LiveEvent& event)
{
    json out = { { "id", event.id }, { "type", event.kind }, { "at", iso8601_utc(event.created_at) } };
    if (event.kind == "message")
        out["text"] = event.text;
    else if (event.kind == "end")
        out["reason"] = event.text;
    return out;
}

// The case with this code, if it belongs to the requesting device; otherwise the same 404 whether the
// code exists or not, so a device cannot probe other devices' codes.
std::optional<CaseSummary> device_case(
    ServerContext& context, const Device& device, const std::string& code, httplib::Response& response)
{
    auto found = context.store.case_by_code(code);
    if (found.is_error()) {
        send_json_error(response, found.error());
        return std::nullopt;
    }
    if (!found.value() || found.value()->device_id != device.id) {
        send_json_error(response, 404, "not_found", "This device has no case with this code.");
        return std::nullopt;
    }
    return found.value();
}

int64_t query_number(const httplib::Request& request, const char* name, int64_t fallback)
{
    if (!request.has_param(name))
        return fallback;
    auto text = request.get_param_value(name);
    int64_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0)
        return -1;
    return value;
}

void start(ServerContext& context, const httplib::Request& request, httplib::Response& response,
    const httplib::ContentReader& reader)
{
    discard_body(request, response, reader);
    auto device = authenticate_device(context, request, response);
    if (!device)
        return;
    auto found = device_case(context, *device, request.matches[1], response);
    if (!found)
        return;
    auto started = context.store.start_live_session(found->id, now(), context.config.live_session_duration);
    if (started.is_error())
        return send_json_error(response, started.error());
    context.hub.notify(found->id);
    send_json(response, started.value().created ? 201 : 200,
        { { "session", session_json(started.value().session, now()) } });
}

void poll(ServerContext& context, const httplib::Request& request, httplib::Response& response)
{
    auto device = authenticate_device(context, request, response);
    if (!device)
        return;
    auto after = query_number(request, "after", 0);
    auto wait = query_number(request, "wait", context.config.long_poll_seconds);
    if (after < 0 || wait < 0)
        return send_json_error(
            response, 400, "malformed", "after and wait must be whole numbers, 0 or more.");
    wait = std::min<int64_t>(wait, context.config.long_poll_seconds);
    auto found = device_case(context, *device, request.matches[1], response);
    if (!found)
        return;

    // Asking for what follows `after` says the device has everything up to it, and it shows each message
    // the moment it arrives: the mediator's page then says the message was shown.
    if (after > 0) {
        auto session = context.store.latest_live_session(found->id, now());
        if (session.is_error())
            return send_json_error(response, session.error());
        if (session.value()) {
            if (auto marked = context.store.mark_live_events_shown(session.value()->id, after, now()); marked.is_error())
                return send_json_error(response, marked.error());
        }
    }

    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(wait);
    // Events written by another server sharing the database are noticed at this interval at the latest;
    // this server's own wake the poll through the hub at once.
    auto recheck_interval = std::chrono::seconds(context.config.live_recheck_seconds);
    std::optional<LiveHub::Waiter> waiting;
    while (true) {
        auto generation = context.hub.generation(found->id);
        auto session = context.store.latest_live_session(found->id, now());
        if (session.is_error())
            return send_json_error(response, session.error());
        if (!session.value())
            return send_json_error(
                response, 404, "no_live_session", "Live help has not been started for this case.");
        auto events = context.store.live_events_after(session.value()->id, after);
        if (events.is_error())
            return send_json_error(response, events.error());
        bool open = session.value()->is_open(now());
        auto now_steady = std::chrono::steady_clock::now();
        if (!events.value().empty() || !open || now_steady >= deadline || context.hub.stopping()) {
            json list = json::array();
            for (auto& event : events.value())
                list.push_back(event_json(event));
            return send_json(
                response, 200, { { "session", session_json(*session.value(), now()) }, { "events", list } });
        }
        if (!waiting)
            waiting.emplace(context.hub);
        context.hub.wait(found->id, generation, std::min(deadline, now_steady + recheck_interval));
    }
}

void post_screenshot(ServerContext& context, const httplib::Request& request, httplib::Response& response,
    const httplib::ContentReader& reader)
{
    auto device = authenticate_device(context, request, response);
    if (!device)
        return discard_body(request, response, reader);
    if (auto wait = context.report_limiter.take(device->id)) {
        discard_body(request, response, reader);
        return send_rate_limited(response, *wait);
    }
    auto upload = read_upload(request, response, reader);
    if (upload.failed_status)
        return;
    if (!upload.screenshot)
        return send_json_error(response, 400, "malformed", "The upload has no part named screenshot.");
    auto found = device_case(context, *device, request.matches[1], response);
    if (!found)
        return;
    auto session = context.store.latest_live_session(found->id, now());
    if (session.is_error())
        return send_json_error(response, session.error());
    if (!session.value() || !session.value()->is_open(now()))
        return send_json_error(
            response, 409, "live_help_not_on", "Screenshots can be sent only while live help is on.");
    auto id = context.store.add_screenshot(found->id, std::move(upload.screenshot->png),
        upload.screenshot->info.width, upload.screenshot->info.height, now());
    if (id.is_error())
        return send_json_error(response, id.error());
    context.hub.notify(found->id);
    send_json(response, 201, { { "screenshot_id", id.value() } });
}

// Ends the session the device names (`?session=ID`), or the latest without one. Naming it matters: a stop
// that arrives late, after the senior has started live help again, must not end the new session.
void stop(ServerContext& context, const httplib::Request& request, httplib::Response& response,
    const httplib::ContentReader& reader)
{
    discard_body(request, response, reader);
    auto device = authenticate_device(context, request, response);
    if (!device)
        return;
    auto named = query_number(request, "session", 0);
    if (named < 0)
        return send_json_error(response, 400, "malformed", "session must be a live session's id.");
    auto found = device_case(context, *device, request.matches[1], response);
    if (!found)
        return;
    auto session = named ? context.store.live_session(found->id, named) : context.store.latest_live_session(found->id, now());
    if (session.is_error())
        return send_json_error(response, session.error());
    if (!session.value())
        return send_json_error(response, 404, "no_live_session",
            named ? "This case has no live session with this id." : "Live help has not been started for this case.");
    auto id = session.value()->id;
    auto ended = context.store.end_live_session(id, "device", now());
    if (ended.is_error())
        return send_json_error(response, ended.error());
    context.hub.notify(found->id);
    auto after = context.store.live_session(found->id, id);
    if (after.is_error() || !after.value())
        return send_json_error(response, 503, "unavailable",
            "The helpdesk's database cannot be reached; please try again in a moment.");
    send_json(response, 200, { { "session", session_json(*after.value(), now()) } });
}

}

void register_live_api(httplib::Server& http, ServerContext& context)
{
    constexpr auto live = R"(/api/v1/cases/(\d{9})/live)";
    http.Post(live,
        [&](const httplib::Request& request, httplib::Response& response,
            const httplib::ContentReader& reader) { start(context, request, response, reader); });
    http.Delete(live,
        [&](const httplib::Request& request, httplib::Response& response,
            const httplib::ContentReader& reader) { stop(context, request, response, reader); });
    // httplib routes a DELETE without Content-Length to plain handlers only.
    http.Delete(live, [&](const httplib::Request& request, httplib::Response& response) {
        stop(context, request, response, no_body);
    });
    http.Get(
        std::string(live) + "/events", [&](const httplib::Request& request, httplib::Response& response) {
            poll(context, request, response);
        });
    http.Post(std::string(live) + "/screenshots",
        [&](const httplib::Request& request, httplib::Response& response,
            const httplib::ContentReader& reader) { post_screenshot(context, request, response, reader); });
}

}
