// The device side of helpdesk/API.md over libcurl. Bodies are sent gzip-compressed.
#include "helpdesk_client.hpp"

#include "../../../shell/core/system/files.hpp"
#include "../../../shell/core/system/log.hpp"

#include <zlib.h>

#include <sys/random.h>

namespace Foyer {

namespace {

using namespace std::chrono_literals;

std::string gzip(std::string_view data)
{
    z_stream stream {};
    // 15 + 16: a gzip header rather than a zlib one.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    std::string out(deflateBound(&stream, uLong(data.size())) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    int result = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : std::string {};
}

struct Multipart {
    std::string content_type;
    std::string body;
};

Multipart multipart(const std::string& report_json, const std::string& png)
{
    uint8_t random[12];
    [[maybe_unused]] auto n = getrandom(random, sizeof random, 0);
    std::string boundary = "foyer-";
    for (auto byte : random)
        boundary += "0123456789abcdef"[byte & 15];
    std::string body;
    if (!report_json.empty()) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"\r\n"
                                  "Content-Type: application/json\r\n\r\n"
            + report_json + "\r\n";
    }
    if (!png.empty()) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"screenshot\"; filename=\"screen.png\"\r\n"
                                  "Content-Type: image/png\r\n\r\n";
        body += png;
        body += "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return { "multipart/form-data; boundary=" + boundary, body };
}

std::chrono::seconds retry_after_of(const HttpResponse& response)
{
    auto found = response.headers.find("retry-after");
    if (found != response.headers.end()) {
        try {
            return std::chrono::seconds(std::clamp(std::stol(found->second), 1L, 3600L));
        } catch (...) {
        }
    }
    return 30s;
}

SendResult failure_of(const HttpError& error)
{
    SendResult result;
    result.outcome = error.failure == HttpFailure::Certificate ? SendOutcome::Certificate : SendOutcome::Unreachable;
    result.detail = error.detail;
    return result;
}

nlohmann::json json_of(const HttpResponse& response)
{
    return nlohmann::json::parse(response.body, nullptr, false);
}

}

HelpdeskClient::HelpdeskClient(HelpdeskConfig config)
    : m_config(std::move(config))
{
    m_credentials = load_credentials();
}

std::optional<HelpdeskClient::Credentials> HelpdeskClient::load_credentials() const
{
    auto text = read_file(m_config.credentials_path);
    if (!text)
        return std::nullopt;
    auto json = nlohmann::json::parse(*text, nullptr, false);
    // Credentials belong to one helpdesk: after the family changes the helpline, enroll again.
    if (!json.is_object() || json.value("helpdesk", "") != m_config.url || !json.contains("token"))
        return std::nullopt;
    return Credentials { json.value("device_id", ""), json.value("token", "") };
}

SendResult HelpdeskClient::enroll(std::stop_token stop)
{
    nlohmann::json body = nlohmann::json::object();
    if (!m_config.nickname.empty())
        body["nickname"] = m_config.nickname;
    if (!m_config.enrollment_code.empty())
        body["enrollment_code"] = m_config.enrollment_code;
    HttpRequest request;
    request.method = "POST";
    request.url = m_config.url + "/api/v1/devices";
    request.ca_path = m_config.ca_path;
    request.timeout = m_config.timeout;
    request.connect_timeout = std::min<std::chrono::milliseconds>(m_config.timeout, 5s);
    request.headers = { "Content-Type: application/json" };
    request.body = body.dump();
    auto result = http_request(request, stop);
    if (auto* error = std::get_if<HttpError>(&result))
        return failure_of(*error);
    auto& response = std::get<HttpResponse>(result);
    SendResult outcome;
    if (response.status == 201) {
        auto json = json_of(response);
        if (json.is_object() && json.contains("token")) {
            m_credentials = Credentials { json.value("device_id", ""), json.value("token", "") };
            nlohmann::json saved { { "helpdesk", m_config.url }, { "device_id", m_credentials->device_id },
                { "token", m_credentials->token } };
            auto written = write_file_atomically(m_config.credentials_path, saved.dump(), 0600);
            if (written.is_error())
                log_warning("helpdesk: cannot keep the device's token: " + written.error().detail());
            outcome.outcome = SendOutcome::Sent;
            return outcome;
        }
    }
    if (response.status == 403)
        outcome.outcome = SendOutcome::EnrollmentRefused;
    else if (response.status == 429 || response.status == 503) {
        outcome.outcome = SendOutcome::RetryLater;
        outcome.retry_after = retry_after_of(response);
    } else {
        outcome.outcome = SendOutcome::Unreachable;
    }
    outcome.detail = "enrollment: HTTP " + std::to_string(response.status);
    return outcome;
}

HelpdeskClient::Answer HelpdeskClient::authorized(HttpRequest request, std::stop_token stop)
{
    request.ca_path = m_config.ca_path;
    request.connect_timeout = std::min<std::chrono::milliseconds>(request.timeout, 5s);
    auto base_headers = request.headers;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_credentials) {
            auto enrolled = enroll(stop);
            if (enrolled.outcome != SendOutcome::Sent)
                return { std::nullopt, enrolled };
        }
        request.headers = base_headers;
        request.headers.push_back("Authorization: Bearer " + m_credentials->token);
        auto result = http_request(request, stop);
        if (auto* error = std::get_if<HttpError>(&result))
            return { std::nullopt, failure_of(*error) };
        auto& response = std::get<HttpResponse>(result);
        // An unknown token (the helpdesk lost its database, or was replaced): enroll again, once.
        if (response.status == 401 && attempt == 0) {
            m_credentials.reset();
            continue;
        }
        return { std::move(response), std::nullopt };
    }
    return { std::nullopt, SendResult { SendOutcome::Unreachable, {}, {}, {}, false, "unauthorized after enrolling again" } };
}

SendResult HelpdeskClient::send_report(const std::string& report_json, const std::string& png, std::stop_token stop)
{
    bool with_picture = !png.empty();
    for (;;) {
        auto parts = multipart(report_json, with_picture ? png : std::string {});
        HttpRequest request;
        request.method = "POST";
        request.url = m_config.url + "/api/v1/reports";
        request.headers = { "Content-Type: " + parts.content_type, "Content-Encoding: gzip" };
        request.body = gzip(parts.body);
        request.timeout = m_config.timeout;
        auto answer = authorized(request, stop);
        if (answer.failure)
            return *answer.failure;
        auto& response = *answer.response;
        SendResult outcome;
        outcome.picture_dropped = with_picture != !png.empty();
        outcome.detail = "HTTP " + std::to_string(response.status);
        if (response.status == 201 || response.status == 200) {
            auto json = json_of(response);
            if (json.is_object() && json.contains("code") && json["code"].is_string()) {
                outcome.outcome = SendOutcome::Sent;
                outcome.code = json["code"];
                outcome.expires_at = json.value("expires_at", "");
                return outcome;
            }
            outcome.outcome = SendOutcome::Unreachable;
            return outcome;
        }
        if (response.status == 413 && with_picture) {
            // Too large: the findings matter more than the picture.
            with_picture = false;
            continue;
        }
        if (response.status == 403)
            outcome.outcome = SendOutcome::EnrollmentRefused;
        else if (response.status == 429 || response.status == 503) {
            outcome.outcome = SendOutcome::RetryLater;
            outcome.retry_after = retry_after_of(response);
        } else if (response.status == 400 || response.status == 413)
            outcome.outcome = SendOutcome::Rejected;
        else
            outcome.outcome = SendOutcome::Unreachable;
        outcome.detail += ": " + response.body.substr(0, 300);
        return outcome;
    }
}

SendResult HelpdeskClient::start_live(const std::string& code, std::stop_token stop)
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_config.url + "/api/v1/cases/" + code + "/live";
    request.timeout = m_config.timeout;
    auto answer = authorized(request, stop);
    if (answer.failure)
        return *answer.failure;
    auto& response = *answer.response;
    SendResult outcome;
    outcome.detail = "HTTP " + std::to_string(response.status);
    outcome.outcome = response.status == 200 || response.status == 201 ? SendOutcome::Sent
        : response.status == 429                                       ? SendOutcome::RetryLater
                                                                       : SendOutcome::Rejected;
    auto json = json_of(response);
    outcome.watched = watched_in(json);
    if (json.is_object() && json.contains("session") && json["session"].is_object())
        outcome.session_id = json["session"].value("id", 0L);
    return outcome;
}

LivePoll HelpdeskClient::poll_live(const std::string& code, long after, std::chrono::seconds wait, std::stop_token stop)
{
    HttpRequest request;
    request.url = m_config.url + "/api/v1/cases/" + code + "/live/events?after=" + std::to_string(after)
        + "&wait=" + std::to_string(wait.count());
    request.timeout = wait + 10s;
    auto answer = authorized(request, stop);
    LivePoll poll;
    if (answer.failure) {
        poll.outcome = answer.failure->outcome;
        poll.detail = answer.failure->detail;
        return poll;
    }
    auto& response = *answer.response;
    auto json = json_of(response);
    if (response.status != 200 || !json.is_object()) {
        poll.outcome = response.status == 404 || response.status == 409 ? SendOutcome::Rejected : SendOutcome::Unreachable;
        poll.detail = "HTTP " + std::to_string(response.status);
        return poll;
    }
    return parse_live_poll(json);
}

std::optional<bool> watched_in(const nlohmann::json& json)
{
    if (!json.is_object())
        return std::nullopt;
    if (json.contains("watched") && json["watched"].is_boolean())
        return json["watched"].get<bool>();
    if (json.contains("session"))
        return watched_in(json["session"]);
    return std::nullopt;
}

LivePoll parse_live_poll(const nlohmann::json& json)
{
    LivePoll poll;
    if (!json.is_object())
        return poll;
    poll.outcome = SendOutcome::Sent;
    poll.session_open = json.contains("session") && json["session"].is_object() && json["session"].value("state", "") == "open";
    poll.watched = watched_in(json);
    if (json.contains("events") && json["events"].is_array()) {
        for (auto& event : json["events"]) {
            LiveEvent live;
            live.id = event.value("id", 0L);
            auto type = event.value("type", "");
            if (type == "message") {
                live.type = LiveEvent::Type::Message;
                live.text = event.value("text", "");
            } else if (type == "screenshot_request") {
                live.type = LiveEvent::Type::ScreenshotRequest;
            } else if (type == "end") {
                live.type = LiveEvent::Type::End;
                live.reason = event.value("reason", "");
            } else if (type == "watching") {
                live.type = LiveEvent::Type::Watching;
            } else {
                continue;
            }
            poll.events.push_back(live);
        }
    }
    return poll;
}

SendResult HelpdeskClient::send_live_screenshot(const std::string& code, const std::string& png, std::stop_token stop)
{
    auto parts = multipart({}, png);
    HttpRequest request;
    request.method = "POST";
    request.url = m_config.url + "/api/v1/cases/" + code + "/live/screenshots";
    request.headers = { "Content-Type: " + parts.content_type };
    request.body = parts.body;
    request.timeout = m_config.timeout;
    auto answer = authorized(request, stop);
    if (answer.failure)
        return *answer.failure;
    SendResult outcome;
    outcome.detail = "HTTP " + std::to_string(answer.response->status);
    outcome.outcome = answer.response->status == 201 ? SendOutcome::Sent : SendOutcome::Rejected;
    return outcome;
}

SendResult HelpdeskClient::stop_live(const std::string& code, long session_id, std::stop_token stop)
{
    HttpRequest request;
    request.method = "DELETE";
    request.url = m_config.url + "/api/v1/cases/" + code + "/live";
    if (session_id > 0)
        request.url += "?session=" + std::to_string(session_id);
    request.timeout = m_config.timeout;
    auto answer = authorized(request, stop);
    if (answer.failure)
        return *answer.failure;
    SendResult outcome;
    outcome.outcome = answer.response->status == 200 ? SendOutcome::Sent : SendOutcome::Rejected;
    return outcome;
}

}
