// Reading multipart uploads into a report and a checked PNG, with precise 400 and 413 answers.
#include "uploads.hpp"

#include "helpdesk/core/multipart.hpp"
#include "helpdesk/protocol/report.hpp"

namespace Foyer::Helpdesk {

namespace {

// Both parts at their largest, plus room for part headers and parts a newer device may add.
constexpr size_t max_upload_bytes = Protocol::max_report_bytes + Protocol::max_screenshot_bytes + 64 * 1024;

Upload failed(httplib::Response& response, int status, std::string_view code, std::string_view message,
    nlohmann::json extra = nlohmann::json::object())
{
    send_json_error(response, status, code, message, std::move(extra));
    return Upload { status, {}, {} };
}

}

Upload read_upload(
    const httplib::Request& request, httplib::Response& response, const httplib::ContentReader& reader)
{
    auto body = read_body(request, response, reader, max_upload_bytes);
    if (body.status == 413)
        return failed(response, 413, "too_large",
            "The upload is too large: the report may be up to 64 KB and the screenshot up to 1 MB.");
    if (body.status != 200)
        return failed(response, body.status, "malformed", body.message);
    auto boundary = multipart_boundary(body.content_type);
    if (!boundary)
        return failed(response, 400, "malformed", "The upload must be multipart/form-data with a boundary.");
    auto parts = parse_multipart(body.data, *boundary);
    if (parts.is_error())
        return failed(response, 400, "malformed", parts.error().message());

    Upload upload;
    for (auto& part : parts.value()) {
        if (part.name == "report") {
            if (upload.report_json)
                return failed(response, 400, "malformed", "The upload has two parts named report.");
            if (part.content.size() > Protocol::max_report_bytes)
                return failed(
                    response, 413, "too_large", "The report is larger than 64 KB.", { { "part", "report" } });
            upload.report_json = std::string(part.content);
        } else if (part.name == "screenshot") {
            if (upload.screenshot)
                return failed(response, 400, "malformed", "The upload has two parts named screenshot.");
            if (part.content.size() > Protocol::max_screenshot_bytes)
                return failed(response, 413, "too_large", "The screenshot is larger than 1 MB.",
                    { { "part", "screenshot" } });
            if (!part.content_type.empty() && part.content_type != "image/png"
                && part.content_type != "application/octet-stream")
                return failed(response, 400, "malformed",
                    "The screenshot must be a PNG image (Content-Type: image/png).",
                    { { "part", "screenshot" } });
            auto info = inspect_png(part.content);
            if (info.is_error())
                return failed(response, 400, "malformed", info.error().message(), { { "part", "screenshot" } });
            upload.screenshot = Screenshot { std::string(part.content), info.value() };
        }
    }
    return upload;
}

}
