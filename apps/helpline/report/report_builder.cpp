// Report ids, timestamps, the protocol report, the offline code and the picture budget.
#include "report_builder.hpp"

#include "../../../helpdesk/protocol/offline_code.hpp"
#include "../../../shell/core/system/png.hpp"

#include <cstdio>
#include <ctime>
#include <sys/random.h>

namespace Foyer {

std::string new_report_id()
{
    uint8_t bytes[16] = {};
    size_t got = 0;
    while (got < sizeof bytes) {
        auto n = getrandom(bytes + got, sizeof bytes - got, 0);
        if (n > 0)
            got += size_t(n);
    }
    bytes[6] = uint8_t((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = uint8_t((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    char text[37];
    std::snprintf(text, sizeof text, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", bytes[0],
        bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9], bytes[10], bytes[11],
        bytes[12], bytes[13], bytes[14], bytes[15]);
    return text;
}

std::string utc_timestamp_now()
{
    std::time_t now = std::time(nullptr);
    std::tm utc {};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

namespace {

Protocol::Status status_of(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return Protocol::Status::Ok;
    case Verdict::Warn:
        return Protocol::Status::Warn;
    case Verdict::Fail:
        return Protocol::Status::Fail;
    case Verdict::Unknown:
        return Protocol::Status::Unknown;
    }
    return Protocol::Status::Unknown;
}

std::vector<Protocol::Finding> protocol_findings(const Diagnosis& diagnosis)
{
    std::vector<Protocol::Finding> findings;
    for (auto& finding : diagnosis.findings) {
        Protocol::Finding out;
        out.id = finding.id;
        out.status = status_of(finding.status);
        out.text = { finding.text_fr, finding.text_en };
        out.details = finding.details;
        findings.push_back(std::move(out));
    }
    return findings;
}

}

Protocol::Report build_report(const Diagnosis& diagnosis, const std::string& foyer_version, Language language)
{
    Protocol::Report report;
    report.report_id = new_report_id();
    report.created_at = utc_timestamp_now();
    report.foyer_version = foyer_version;
    report.language = std::string(language_code(language));
    report.findings = protocol_findings(diagnosis);
    return report;
}

std::string offline_code_for(const Diagnosis& diagnosis)
{
    auto findings = protocol_findings(diagnosis);
    return Protocol::encode_offline_code(findings);
}

std::string picture_within_budget(const RgbaImage& picture, size_t max_bytes)
{
    if (picture.empty())
        return {};
    RgbaImage current = picture;
    // Each step removes about a third of the pixels. A Foyer screen fits at full size; a screen full of
    // photographs (a video call) may go down to a few hundred pixels wide, still enough to see what is on it.
    for (int step = 0; step < 12; ++step) {
        auto png = encode_png(current, PngAlpha::Drop);
        if (png.is_error())
            return {};
        if (png.value().size() <= max_bytes)
            return png.release_value();
        if (current.width < 256)
            break;
        current = scale_to_fit(picture, int(current.width * 0.8), int(current.height * 0.8));
    }
    return {};
}

}
