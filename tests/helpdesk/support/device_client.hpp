// A test device speaking the device API over real HTTP: enrollment, reports (multipart, optionally gzip),
// and live help. Plus helpers to make reports, PNG screenshots and request bodies.
#pragma once

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace Foyer::Testing {

struct HttpReply {
    // 0 when no answer came (connection refused, reset, timed out).
    int status { 0 };
    std::string body;
    // The body parsed, when it is JSON.
    nlohmann::json json;
    httplib::Headers headers;

    std::string header(const std::string& name) const;
};
HttpReply reply_from(const httplib::Result&);

struct Part {
    std::string name;
    std::string content;
    std::string content_type;
    std::string filename;
};
std::string multipart_body(
    const std::vector<Part>&, const std::string& boundary = "foyer-test-boundary-7MA4YWxkTrZu0gW");
std::string gzip_compress(std::string_view);

// A valid PNG with noisy pixels stored without compression, so its size is about width × height × 3.
std::string make_png(int width, int height, unsigned seed = 1);
// helpdesk/examples/report.json, and the same with another report_id.
std::string example_report();
std::string example_report_with_id(const std::string& report_id);
std::string fresh_report_id();

class DeviceClient {
public:
    explicit DeviceClient(int port);

    const std::string& token() const { return m_token; }
    void set_token(std::string token) { m_token = std::move(token); }

    // POST /api/v1/devices; keeps the token when enrolled.
    HttpReply enroll(const nlohmann::json& body = nlohmann::json::object());
    HttpReply send_report(
        const std::string& report_json, const std::optional<std::string>& png = {}, bool gzip = false);
    HttpReply post(const std::string& path, const std::string& body, const std::string& content_type,
        httplib::Headers headers = {});
    HttpReply get(const std::string& path);
    HttpReply delete_path(const std::string& path);

    HttpReply start_live(const std::string& code);
    HttpReply poll(const std::string& code, int64_t after, int wait_seconds);
    HttpReply send_live_screenshot(const std::string& code, const std::string& png);
    // Ends the session with this id, or the latest when 0.
    HttpReply stop_live(const std::string& code, int64_t session_id = 0);

private:
    httplib::Headers authorization() const;

    httplib::Client m_client;
    std::string m_token;
};

}
