// The test device's HTTP calls and the bodies it sends.
#include "device_client.hpp"

#include "helpdesk/core/crypto.hpp"
#include "tests/support/process.hpp"

#include <random>
#include <zlib.h>

namespace Foyer::Testing {

std::string HttpReply::header(const std::string& name) const
{
    auto found = headers.find(name);
    return found == headers.end() ? std::string() : found->second;
}

HttpReply reply_from(const httplib::Result& result)
{
    HttpReply reply;
    if (!result)
        return reply;
    reply.status = result->status;
    reply.body = result->body;
    reply.headers = result->headers;
    if (result->get_header_value("Content-Type").starts_with("application/json"))
        reply.json = nlohmann::json::parse(result->body, nullptr, false);
    return reply;
}

std::string multipart_body(const std::vector<Part>& parts, const std::string& boundary)
{
    std::string body;
    for (auto& part : parts) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name + "\"";
        if (!part.filename.empty())
            body += "; filename=\"" + part.filename + "\"";
        body += "\r\n";
        if (!part.content_type.empty())
            body += "Content-Type: " + part.content_type + "\r\n";
        body += "\r\n" + part.content + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return body;
}

std::string gzip_compress(std::string_view data)
{
    z_stream stream {};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&stream, uLong(data.size())) + 64, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
}

std::string make_png(int width, int height, unsigned seed)
{
    std::mt19937 random(seed);
    std::string raw;
    raw.reserve(size_t(height) * (size_t(width) * 3 + 1));
    for (int y = 0; y < height; ++y) {
        raw += '\0';
        for (int x = 0; x < width * 3; ++x)
            raw += char(random() & 0xff);
    }
    uLongf compressed_size = compressBound(uLong(raw.size()));
    std::string compressed(compressed_size, '\0');
    compress2(reinterpret_cast<Bytef*>(compressed.data()), &compressed_size,
        reinterpret_cast<const Bytef*>(raw.data()), uLong(raw.size()), 0);
    compressed.resize(compressed_size);
    auto be32 = [](uint32_t value) {
        std::string out(4, '\0');
        for (int i = 0; i < 4; ++i)
            out[size_t(i)] = char((value >> (24 - 8 * i)) & 0xff);
        return out;
    };
    auto chunk = [&](const std::string& type, const std::string& data) {
        auto crc = crc32(0, reinterpret_cast<const Bytef*>(type.data()), 4);
        crc = crc32(crc, reinterpret_cast<const Bytef*>(data.data()), uInt(data.size()));
        return be32(uint32_t(data.size())) + type + data + be32(uint32_t(crc));
    };
    std::string header
        = be32(uint32_t(width)) + be32(uint32_t(height)) + std::string("\x08\x02\x00\x00\x00", 5);
    return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", compressed)
        + chunk("IEND", "");
}

std::string example_report()
{
    return read_text(std::string(FOYER_SOURCE_DIR) + "/helpdesk/examples/report.json");
}

std::string example_report_with_id(const std::string& report_id)
{
    auto report = nlohmann::json::parse(example_report());
    report["report_id"] = report_id;
    return report.dump();
}

std::string fresh_report_id()
{
    return Helpdesk::random_uuid();
}

DeviceClient::DeviceClient(int port)
    : m_client("127.0.0.1", port)
{
    m_client.set_read_timeout(60, 0);
    m_client.set_write_timeout(60, 0);
    m_client.set_keep_alive(true);
}

httplib::Headers DeviceClient::authorization() const
{
    if (m_token.empty())
        return {};
    return { { "Authorization", "Bearer " + m_token } };
}

HttpReply DeviceClient::enroll(const nlohmann::json& body)
{
    auto reply = reply_from(m_client.Post("/api/v1/devices", body.dump(), "application/json"));
    if (reply.status == 201)
        m_token = reply.json.value("token", "");
    return reply;
}

HttpReply DeviceClient::send_report(
    const std::string& report_json, const std::optional<std::string>& png, bool gzip)
{
    std::vector<Part> parts { { "report", report_json, "application/json", "report.json" } };
    if (png)
        parts.push_back({ "screenshot", *png, "image/png", "screen.png" });
    auto body = multipart_body(parts);
    auto headers = authorization();
    if (gzip) {
        body = gzip_compress(body);
        headers.emplace("Content-Encoding", "gzip");
    }
    return reply_from(m_client.Post("/api/v1/reports", headers, body,
        "multipart/form-data; boundary=foyer-test-boundary-7MA4YWxkTrZu0gW"));
}

HttpReply DeviceClient::post(const std::string& path, const std::string& body,
    const std::string& content_type, httplib::Headers headers)
{
    for (auto& [name, value] : authorization())
        headers.emplace(name, value);
    return reply_from(m_client.Post(path, headers, body, content_type));
}

HttpReply DeviceClient::get(const std::string& path)
{
    return reply_from(m_client.Get(path, authorization()));
}

HttpReply DeviceClient::delete_path(const std::string& path)
{
    return reply_from(m_client.Delete(path, authorization()));
}

HttpReply DeviceClient::start_live(const std::string& code)
{
    return reply_from(
        m_client.Post("/api/v1/cases/" + code + "/live", authorization(), "", "application/json"));
}

HttpReply DeviceClient::poll(const std::string& code, int64_t after, int wait_seconds)
{
    return get("/api/v1/cases/" + code + "/live/events?after=" + std::to_string(after)
        + "&wait=" + std::to_string(wait_seconds));
}

HttpReply DeviceClient::send_live_screenshot(const std::string& code, const std::string& png)
{
    auto body = multipart_body({ { "screenshot", png, "image/png", "screen.png" } });
    return reply_from(m_client.Post("/api/v1/cases/" + code + "/live/screenshots", authorization(), body,
        "multipart/form-data; boundary=foyer-test-boundary-7MA4YWxkTrZu0gW"));
}

HttpReply DeviceClient::stop_live(const std::string& code, int64_t session_id)
{
    auto path = "/api/v1/cases/" + code + "/live";
    if (session_id)
        path += "?session=" + std::to_string(session_id);
    return reply_from(m_client.Delete(path, authorization()));
}

}
