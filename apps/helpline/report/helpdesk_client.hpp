// Talking to the helpline's helpdesk (helpdesk/API.md): enrolling the device, sending a report, live help.
// Blocking calls for workers; the device's token is kept in a 0600 file.
#pragma once

#include "../net/http.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace Foyer {

struct HelpdeskConfig {
    std::string url;
    std::string enrollment_code;
    std::string ca_path;
    // Where the device's id and token are kept (0600).
    std::string credentials_path;
    // How mediators see this computer ("Mamie Jocelyne").
    std::string nickname;
    // Each request's limit: short while the senior waits, longer from the background.
    std::chrono::milliseconds timeout { std::chrono::seconds(30) };
};

// What happened to a request, in the terms a device acts on.
enum class SendOutcome {
    Sent,
    // No network, helpdesk down or not answering, a dropped or stalled connection: try again later.
    Unreachable,
    // The helpdesk asked to wait (429, 503): try again after `retry_after`.
    RetryLater,
    // The enrollment code is missing or wrong (403): the family must fix the settings.
    EnrollmentRefused,
    // The helpdesk will never accept this report (400): keeping it would retry forever.
    Rejected,
    // The certificate is not valid: never sent, the family must check the address.
    Certificate,
};

struct SendResult {
    SendOutcome outcome { SendOutcome::Unreachable };
    // The case code, nine digits, when sent.
    std::string code;
    std::string expires_at;
    std::chrono::seconds retry_after { 0 };
    // Whether the picture had to be dropped (413).
    bool picture_dropped { false };
    std::string detail;
    // Live help's start: whether a mediator already looks, when the helpdesk says, and the session's id.
    std::optional<bool> watched;
    long session_id { 0 };
};

struct LiveEvent {
    long id { 0 };
    enum class Type {
        Message,
        ScreenshotRequest,
        End,
        // A mediator has the case open during the session: she is really seen now.
        Watching,
    };
    Type type { Type::Message };
    std::string text;
    std::string reason;
};

struct LivePoll {
    SendOutcome outcome { SendOutcome::Unreachable };
    bool session_open { false };
    // What the session says of a mediator looking ("watched"), when it says it.
    std::optional<bool> watched;
    std::vector<LiveEvent> events;
    std::string detail;
};

// The live events answer (GET /api/v1/cases/{code}/live/events) read from its JSON; outcome Sent when it
// is one. Apart so that recorded answers can be read without a server.
LivePoll parse_live_poll(const nlohmann::json&);
// Whether a live session JSON (the start answer, or its "session") says a mediator is looking.
std::optional<bool> watched_in(const nlohmann::json&);

class HelpdeskClient {
public:
    explicit HelpdeskClient(HelpdeskConfig);

    // Sends a report (and a PNG, possibly empty). Enrolls first when needed, enrolls again once on 401,
    // and sends again without the picture on 413.
    SendResult send_report(const std::string& report_json, const std::string& png, std::stop_token = {});

    SendResult start_live(const std::string& code, std::stop_token = {});
    // Long-polls (up to `wait`) for the mediator's requests after event `after`.
    LivePoll poll_live(const std::string& code, long after, std::chrono::seconds wait, std::stop_token = {});
    SendResult send_live_screenshot(const std::string& code, const std::string& png, std::stop_token = {});
    // Ends the session with this id (the one start_live gave), so that a stop arriving late never ends
    // the session started after it; 0 ends the latest.
    SendResult stop_live(const std::string& code, long session_id, std::stop_token = {});

private:
    struct Credentials {
        std::string device_id;
        std::string token;
    };
    std::optional<Credentials> load_credentials() const;
    SendResult enroll(std::stop_token);
    // A request with the device's token, enrolling first when needed. Either an HTTP answer, or why there
    // is none (no network, enrollment refused...).
    struct Answer {
        std::optional<HttpResponse> response;
        std::optional<SendResult> failure;
    };
    Answer authorized(HttpRequest, std::stop_token);

    HelpdeskConfig m_config;
    std::optional<Credentials> m_credentials;
};

}
