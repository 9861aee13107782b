// HTTP plumbing shared by the device API and the console: bounded body reading (gzip included), JSON
// answers and errors, bearer tokens, client addresses.
#pragma once

#include "helpdesk/core/error.hpp"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace Foyer::Helpdesk {

// No request body is read beyond this, compressed or not; httplib refuses a larger Content-Length itself.
constexpr size_t max_request_bytes = 4 * 1024 * 1024;

struct Body {
    // 200 when read; 400 when malformed or badly encoded; 413 when larger than allowed.
    int status { 200 };
    std::string message;
    std::string content_type;
    std::string data;
};

// Reads the whole body through httplib's content reader, inflating gzip or deflate here with `limit` on
// the inflated size. httplib would otherwise inflate without any bound and parse multipart itself, so the
// Content-Type and Content-Encoding headers are hidden from it while it reads (they are kept in Body).
Body read_body(const httplib::Request&, httplib::Response&, const httplib::ContentReader&, size_t limit);
// Reads and throws away the body of a request that is refused before its body matters.
void discard_body(const httplib::Request&, httplib::Response&, const httplib::ContentReader&);

void send_json(httplib::Response&, int status, const nlohmann::json&);
// {"error": code, "message": message, ...extra} with that status. The message is a plain sentence.
void send_json_error(httplib::Response&, int status, std::string_view code, std::string_view message,
    nlohmann::json extra = nlohmann::json::object());
void send_json_error(httplib::Response&, const Error&);
int http_status(ErrorKind);
// 429 with Retry-After.
void send_rate_limited(httplib::Response&, int retry_after_seconds);

// The token of "Authorization: Bearer TOKEN", if any.
std::optional<std::string> bearer_token(const httplib::Request&);
std::string client_address(const httplib::Request&, bool trust_forwarded_for);

// Replaces long runs of digits in a path by "…", so that logs hold no case codes.
std::string path_for_log(std::string_view path);

}
