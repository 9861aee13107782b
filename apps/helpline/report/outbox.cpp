// The outbox on disk: <report_id>.report files, each a JSON envelope with the report and its picture.
#include "outbox.hpp"

#include "../../../helpdesk/protocol/report.hpp"
#include "../../../shell/core/system/files.hpp"
#include "../../../shell/core/system/log.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace Foyer {

namespace {

const std::string suffix = ".report";

std::string base64_encode(std::string_view data)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((data.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 2 < data.size(); i += 3) {
        uint32_t v = uint8_t(data[i]) << 16 | uint8_t(data[i + 1]) << 8 | uint8_t(data[i + 2]);
        out += alphabet[v >> 18], out += alphabet[(v >> 12) & 63], out += alphabet[(v >> 6) & 63], out += alphabet[v & 63];
    }
    if (i + 1 == data.size()) {
        uint32_t v = uint8_t(data[i]) << 16;
        out += alphabet[v >> 18], out += alphabet[(v >> 12) & 63], out += "==";
    } else if (i + 2 == data.size()) {
        uint32_t v = uint8_t(data[i]) << 16 | uint8_t(data[i + 1]) << 8;
        out += alphabet[v >> 18], out += alphabet[(v >> 12) & 63], out += alphabet[(v >> 6) & 63], out += '=';
    }
    return out;
}

std::optional<std::string> base64_decode(std::string_view text)
{
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z')
            return c - 'A';
        if (c >= 'a' && c <= 'z')
            return c - 'a' + 26;
        if (c >= '0' && c <= '9')
            return c - '0' + 52;
        return c == '+' ? 62 : c == '/' ? 63
                                        : -1;
    };
    if (text.size() % 4 != 0)
        return std::nullopt;
    std::string out;
    for (size_t i = 0; i < text.size(); i += 4) {
        int v[4];
        for (int k = 0; k < 4; ++k)
            v[k] = text[i + k] == '=' ? 0 : value(text[i + k]);
        if (v[0] < 0 || v[1] < 0 || v[2] < 0 || v[3] < 0)
            return std::nullopt;
        uint32_t bits = uint32_t(v[0]) << 18 | uint32_t(v[1]) << 12 | uint32_t(v[2]) << 6 | uint32_t(v[3]);
        out += char(bits >> 16);
        if (text[i + 2] != '=')
            out += char((bits >> 8) & 255);
        if (text[i + 3] != '=')
            out += char(bits & 255);
    }
    return out;
}

}

std::chrono::seconds retry_delay(int attempts, std::chrono::seconds retry_after)
{
    int64_t delay = 5;
    for (int i = 1; i < attempts && delay < 3600; ++i)
        delay *= 2;
    delay = std::min<int64_t>(delay, 3600);
    return std::chrono::seconds(std::max<int64_t>(delay, retry_after.count()));
}

Outbox::Outbox(std::string directory, OutboxLimits limits)
    : m_directory(std::move(directory))
    , m_limits(limits)
{
}

std::string Outbox::path_of(const std::string& report_id) const
{
    return m_directory + "/" + report_id + suffix;
}

ErrorOr<void> Outbox::update(const QueuedReport& report)
{
    if (!Protocol::is_uuid(report.report_id))
        return Error::plain(N_("The help report could not be kept."), {}, "not a report id: " + report.report_id);
    nlohmann::json envelope { { "report_id", report.report_id }, { "report", report.report_json },
        { "png", base64_encode(report.png) }, { "queued_at", report.queued_at }, { "attempts", report.attempts },
        { "next_attempt_at", report.next_attempt_at } };
    return write_file_atomically(path_of(report.report_id), envelope.dump(), 0600);
}

ErrorOr<void> Outbox::add(const QueuedReport& report)
{
    auto written = update(report);
    if (written.is_error())
        return written;
    enforce_limits(report.queued_at);
    return {};
}

std::vector<QueuedReport> Outbox::load() const
{
    std::vector<QueuedReport> reports;
    DIR* listing = opendir(m_directory.c_str());
    if (!listing)
        return reports;
    std::vector<std::string> names;
    while (auto* entry = readdir(listing))
        names.emplace_back(entry->d_name);
    closedir(listing);
    for (auto& name : names) {
        auto path = m_directory + "/" + name;
        // Temporary files of an interrupted write: the report they belong to is either whole or absent.
        if (name.find(".tmp-") != std::string::npos) {
            unlink(path.c_str());
            continue;
        }
        if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        auto text = read_file(path);
        auto json = text ? nlohmann::json::parse(*text, nullptr, false) : nlohmann::json();
        auto png = json.is_object() && json["png"].is_string() ? base64_decode(json["png"].get<std::string>()) : std::nullopt;
        if (!json.is_object() || !json["report"].is_string() || !json["report_id"].is_string() || !png) {
            log_warning("outbox: removing a damaged file " + name);
            unlink(path.c_str());
            continue;
        }
        reports.push_back({ json["report_id"], json["report"], *png, json.value("queued_at", int64_t(0)),
            json.value("attempts", 0), json.value("next_attempt_at", int64_t(0)) });
    }
    std::sort(reports.begin(), reports.end(), [](auto& a, auto& b) {
        return a.queued_at != b.queued_at ? a.queued_at < b.queued_at : a.report_id < b.report_id;
    });
    return reports;
}

void Outbox::remove(const std::string& report_id)
{
    unlink(path_of(report_id).c_str());
    // The directory entry's removal must reach the disk too, or a power cut could bring the file back.
    if (int fd = open(m_directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

std::vector<std::string> Outbox::enforce_limits(int64_t now) const
{
    auto reports = load();
    std::vector<std::string> dropped;
    size_t bytes = 0;
    for (auto& report : reports)
        bytes += report.report_json.size() + report.png.size();
    size_t count = reports.size();
    for (auto& report : reports) {
        bool too_old = now - report.queued_at > std::chrono::duration_cast<std::chrono::seconds>(m_limits.max_age).count();
        bool too_many = count > m_limits.max_reports;
        bool too_big = bytes > m_limits.max_bytes;
        if (!too_old && !too_many && !too_big)
            continue;
        log_warning("outbox: dropping the report " + report.report_id + " queued at " + std::to_string(report.queued_at) + " ("
            + (too_old ? "older than the limit" : too_many ? "too many reports waiting"
                                                           : "too much waiting")
            + ")");
        unlink(path_of(report.report_id).c_str());
        dropped.push_back(report.report_id);
        --count;
        bytes -= report.report_json.size() + report.png.size();
    }
    return dropped;
}

}
