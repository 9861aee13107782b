// The device API: health, enrollment and report upload (helpdesk/API.md, "Devices").
#include "device_auth.hpp"
#include "http.hpp"
#include "uploads.hpp"

#include "helpdesk/core/crypto.hpp"
#include "helpdesk/core/text.hpp"
#include "helpdesk/protocol/report.hpp"

namespace Foyer::Helpdesk {

namespace {

constexpr size_t max_nickname_characters = 80;
constexpr size_t max_enrollment_body_bytes = 4 * 1024;

void health(ServerContext& context, httplib::Response& response)
{
    auto ping = context.store.ping();
    if (ping.is_error()) {
        response.set_header("Retry-After", "5");
        send_json(response, 503, { { "status", "unavailable" }, { "message", ping.error().message() } });
        return;
    }
    send_json(response, 200, { { "status", "ok" }, { "waiting_polls", context.hub.waiting_pollers() } });
}

void enroll(ServerContext& context, const httplib::Request& request, httplib::Response& response,
    const httplib::ContentReader& reader)
{
    auto client = client_address(request, context.config.trust_forwarded_for);
    if (auto wait = context.enrollment_limiter.take(client)) {
        discard_body(request, response, reader);
        return send_rate_limited(response, *wait);
    }
    auto body = read_body(request, response, reader, max_enrollment_body_bytes);
    if (body.status == 413)
        return send_json_error(response, 413, "too_large", "The enrollment request is larger than 4 KB.");
    if (body.status != 200)
        return send_json_error(response, body.status, "malformed", body.message);

    nlohmann::json fields = nlohmann::json::object();
    if (!trimmed(body.data).empty()) {
        try {
            fields = nlohmann::json::parse(body.data);
        } catch (const nlohmann::json::parse_error&) {
            return send_json_error(response, 400, "malformed", "The enrollment request is not valid JSON.");
        }
        if (!fields.is_object())
            return send_json_error(
                response, 400, "malformed", "The enrollment request must be a JSON object.");
    }
    std::string nickname;
    if (auto found = fields.find("nickname"); found != fields.end() && !found->is_null()) {
        if (!found->is_string())
            return send_json_error(response, 400, "malformed", "nickname must be a string.");
        nickname = trimmed(found->get<std::string>());
        if (utf8_length(nickname) > max_nickname_characters || !is_single_line(nickname))
            return send_json_error(response, 400, "malformed",
                "nickname must be at most 80 characters on one line, without control characters.");
    }
    std::string code;
    if (auto found = fields.find("enrollment_code"); found != fields.end() && !found->is_null()) {
        if (!found->is_string())
            return send_json_error(response, 400, "malformed", "enrollment_code must be a string.");
        code = trimmed(found->get<std::string>());
    }
    if (!context.config.enrollment_code_hashes.empty()) {
        auto hash = sha256_hex(code);
        bool accepted = false;
        for (auto& known : context.config.enrollment_code_hashes)
            accepted |= constant_time_equal(hash, known);
        if (code.empty() || !accepted)
            return send_json_error(response, 403, "enrollment_code_required",
                "This helpdesk needs the enrollment code your association gave you.");
    }

    auto token = random_token();
    auto device = context.store.enroll_device(nickname, sha256_hex(token), now());
    if (device.is_error())
        return send_json_error(response, device.error());
    send_json(response, 201, { { "device_id", device.value().id }, { "token", token } });
}

void receive_report(ServerContext& context, const httplib::Request& request, httplib::Response& response,
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
    if (!upload.report_json)
        return send_json_error(response, 400, "malformed", "The upload has no part named report.");
    auto report = Protocol::parse_report(*upload.report_json);
    if (report.is_error())
        return send_json_error(response, 400, "invalid_report", report.error().message());

    NewReport stored_report;
    stored_report.device_id = device->id;
    stored_report.report_id = report.value().report_id;
    stored_report.asked_at = parse_iso8601(report.value().created_at);
    stored_report.offline_code = report.value().offline_code;
    // Kept exactly as sent: fields this version does not know are not lost.
    stored_report.report_json = std::move(*upload.report_json);
    stored_report.worst_status = Protocol::worst_status(report.value());
    for (auto& finding : report.value().findings)
        stored_report.problem_count
            += finding.status == Protocol::Status::Warn || finding.status == Protocol::Status::Fail;
    if (upload.screenshot) {
        stored_report.screenshot_width = upload.screenshot->info.width;
        stored_report.screenshot_height = upload.screenshot->info.height;
        stored_report.screenshot_png = std::move(upload.screenshot->png);
    }
    stored_report.now = now();
    stored_report.code_lifetime = context.config.code_lifetime;
    auto stored = context.store.store_report(stored_report);
    if (stored.is_error()) {
        std::fprintf(
            stderr, "foyer-helpdesk: a report could not be stored: %s\n", stored.error().detail().c_str());
        return send_json_error(response, stored.error());
    }
    send_json(response, stored.value().created ? 201 : 200,
        { { "code", stored.value().code }, { "expires_at", iso8601_utc(stored.value().code_expires_at) } });
}

}

std::optional<Device> authenticate_device(
    ServerContext& context, const httplib::Request& request, httplib::Response& response)
{
    auto token = bearer_token(request);
    std::optional<Device> device;
    if (token) {
        auto found = context.store.device_for_token(sha256_hex(*token));
        if (found.is_error()) {
            send_json_error(response, found.error());
            return std::nullopt;
        }
        device = found.value();
    }
    if (!device) {
        response.set_header("WWW-Authenticate", "Bearer");
        send_json_error(response, 401, "unauthorized",
            token ? "This device token is not known here; enroll again with POST /api/v1/devices."
                  : "This request needs the device's token: Authorization: Bearer TOKEN.");
    }
    return device;
}

void register_device_api(httplib::Server& http, ServerContext& context)
{
    http.Get(
        "/healthz", [&](const httplib::Request&, httplib::Response& response) { health(context, response); });
    http.Post("/api/v1/devices",
        [&](const httplib::Request& request, httplib::Response& response,
            const httplib::ContentReader& reader) { enroll(context, request, response, reader); });
    http.Post("/api/v1/reports",
        [&](const httplib::Request& request, httplib::Response& response,
            const httplib::ContentReader& reader) { receive_report(context, request, response, reader); });
}

}
