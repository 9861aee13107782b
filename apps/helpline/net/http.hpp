// HTTP(S) requests for the help report: libcurl, certificate verification always on, hard timeouts.
#pragma once

#include "../../../shell/core/error.hpp"

#include <chrono>
#include <map>
#include <optional>
#include <stop_token>
#include <string>
#include <variant>
#include <vector>

namespace Foyer {

struct HttpRequest {
    std::string method { "GET" };
    std::string url;
    std::vector<std::string> headers;
    std::string body;
    // Sent as multipart/form-data instead of `body` when not empty: (name, content type, content).
    struct Part {
        std::string name;
        std::string content_type;
        std::string content;
        std::string filename;
    };
    std::vector<Part> parts;
    std::chrono::milliseconds timeout { 10000 };
    std::chrono::milliseconds connect_timeout { 5000 };
    // A CA bundle or directory instead of the system's (a helpline with its own certificate authority).
    std::string ca_path;
    bool follow_redirects { false };
};

struct HttpResponse {
    long status { 0 };
    std::string body;
    std::map<std::string, std::string> headers; // lower-case names
    std::chrono::milliseconds elapsed { 0 };
};

enum class HttpFailure {
    // The name could not be resolved (DNS).
    Resolve,
    // No connection: refused, unreachable, or no answer in time to connect.
    Connect,
    // Connected, but the answer did not come in time.
    Timeout,
    // The certificate was not valid for this address: never ignored.
    Certificate,
    // Anything else (the connection dropped, a protocol error).
    Other,
    // The caller asked to stop.
    Stopped,
};

struct HttpError {
    HttpFailure failure;
    std::string detail;
    std::chrono::milliseconds elapsed { 0 };
};

// Blocking: call it from a worker. The stop token interrupts it within ~50 ms.
// Plain http:// is refused except on this computer itself (127.0.0.1, ::1, localhost), where tests and a
// local helpdesk live; everything that leaves the computer is HTTPS with the certificate checked.
std::variant<HttpResponse, HttpError> http_request(const HttpRequest&, std::stop_token = {});

bool is_loopback_url(const std::string& url);

}
