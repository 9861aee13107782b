// Request and response helpers over cpp-httplib 0.11.
#include "http.hpp"

#include "helpdesk/core/gzip.hpp"

#include <algorithm>
#include <cctype>

namespace Foyer::Helpdesk {

namespace {

std::string lowercase(std::string text)
{
    std::transform(
        text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

}

namespace {

// Reads at most `keep` bytes into `raw` and discards the rest, up to `drain_limit` in all. Reading a
// refused body to its end lets the client read the answer; closing with unread data would reset the
// connection under it. False when the body could not be read or was longer than `drain_limit`.
bool read_raw(const httplib::Request& request, const httplib::ContentReader& reader, size_t keep,
    size_t drain_limit, std::string& raw, bool& overflowed)
{
    // The object httplib handed us as const is its own mutable request; the reader consults its headers.
    auto& headers = const_cast<httplib::Request&>(request).headers;
    auto content_type = request.get_header_value("Content-Type");
    auto encoding = request.get_header_value("Content-Encoding");
    headers.erase("Content-Type");
    headers.erase("Content-Encoding");
    size_t total = 0;
    bool read = reader([&](const char* data, size_t length) {
        total += length;
        if (total > drain_limit)
            return false;
        if (overflowed || raw.size() + length > keep) {
            overflowed = true;
            return true;
        }
        raw.append(data, length);
        return true;
    });
    if (!content_type.empty())
        headers.emplace("Content-Type", content_type);
    if (!encoding.empty())
        headers.emplace("Content-Encoding", encoding);
    return read && total <= drain_limit;
}

}

Body read_body(const httplib::Request& request, httplib::Response& response,
    const httplib::ContentReader& reader, size_t limit)
{
    Body body;
    body.content_type = request.get_header_value("Content-Type");
    auto encoding = lowercase(request.get_header_value("Content-Encoding"));
    bool compressed = encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate";
    if (!encoding.empty() && !compressed && encoding != "identity") {
        discard_body(request, response, reader);
        body.status = 400;
        body.message = "The body's Content-Encoding must be gzip, deflate or none.";
        return body;
    }
    // Compressed data is never much larger than what it inflates to; a little slack covers headers.
    std::string raw;
    bool overflowed = false;
    bool read = read_raw(request, reader, limit + 64 * 1024, max_request_bytes, raw, overflowed);
    if (overflowed || response.status == 413) {
        if (!read)
            response.set_header("Connection", "close");
        body.status = 413;
        body.message = "The request is too large.";
        return body;
    }
    if (!read) {
        response.set_header("Connection", "close");
        body.status = 400;
        body.message = "The request's body could not be read completely.";
        return body;
    }
    if (!compressed) {
        if (raw.size() > limit) {
            body.status = 413;
            body.message = "The request is too large.";
            return body;
        }
        body.data = std::move(raw);
        return body;
    }
    auto inflated = inflate_limited(raw, limit);
    if (inflated.status == InflateStatus::TooLarge) {
        body.status = 413;
        body.message = "The request is too large once uncompressed.";
    } else if (inflated.status == InflateStatus::Corrupt) {
        body.status = 400;
        body.message = "The request's compressed body is damaged.";
    } else {
        body.data = std::move(inflated.data);
    }
    return body;
}

void discard_body(
    const httplib::Request& request, httplib::Response& response, const httplib::ContentReader& reader)
{
    std::string nothing;
    bool overflowed = false;
    if (!read_raw(request, reader, 0, max_request_bytes, nothing, overflowed))
        response.set_header("Connection", "close");
}

void send_json(httplib::Response& response, int status, const nlohmann::json& value)
{
    response.status = status;
    response.set_content(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
        "application/json; charset=utf-8");
}

void send_json_error(httplib::Response& response, int status, std::string_view code, std::string_view message,
    nlohmann::json extra)
{
    extra["error"] = code;
    extra["message"] = message;
    send_json(response, status, extra);
}

int http_status(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
        return 400;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::Conflict:
        return 409;
    case ErrorKind::Unavailable:
        return 503;
    case ErrorKind::Internal:
        return 500;
    }
    return 500;
}

void send_json_error(httplib::Response& response, const Error& error)
{
    static constexpr std::string_view codes[]
        = { "invalid", "not_found", "conflict", "unavailable", "internal" };
    int status = http_status(error.kind());
    if (status == 503)
        response.set_header("Retry-After", "5");
    send_json_error(response, status, codes[size_t(error.kind())], error.message());
}

void send_rate_limited(httplib::Response& response, int retry_after_seconds)
{
    response.set_header("Retry-After", std::to_string(std::max(retry_after_seconds, 1)));
    send_json_error(response, 429, "rate_limited", "Too many requests; please wait before trying again.",
        { { "retry_after", std::max(retry_after_seconds, 1) } });
}

std::optional<std::string> bearer_token(const httplib::Request& request)
{
    auto header = request.get_header_value("Authorization");
    if (header.size() <= 7 || lowercase(header.substr(0, 7)) != "bearer ")
        return std::nullopt;
    auto token = header.substr(7);
    token.erase(0, token.find_first_not_of(' '));
    while (!token.empty() && token.back() == ' ')
        token.pop_back();
    if (token.empty())
        return std::nullopt;
    return token;
}

std::string client_address(const httplib::Request& request, bool trust_forwarded_for)
{
    if (trust_forwarded_for) {
        auto forwarded = request.get_header_value("X-Forwarded-For");
        if (!forwarded.empty()) {
            // The proxy appends the address it saw last; anything before it came from the client.
            auto last
                = forwarded.substr(forwarded.rfind(',') == std::string::npos ? 0 : forwarded.rfind(',') + 1);
            last.erase(0, last.find_first_not_of(' '));
            if (!last.empty())
                return last;
        }
    }
    return request.remote_addr;
}

std::string path_for_log(std::string_view path)
{
    // Runs of six digits or more may be case codes; shorter numbers (case ids, "v1") stay readable.
    std::string out;
    std::string digits;
    auto flush = [&] {
        out += digits.size() >= 6 ? "…" : digits;
        digits.clear();
    };
    for (char c : path.substr(0, path.find('?'))) {
        if (c >= '0' && c <= '9') {
            digits += c;
            continue;
        }
        flush();
        out += c;
    }
    flush();
    return out;
}

}
