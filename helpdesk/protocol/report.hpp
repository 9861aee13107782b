// The report a device sends to the helpdesk: findings with a verdict, a plain sentence and raw details.
// This file and report.cpp are the one definition of the format, shared by the device and the helpdesk.
#pragma once

#include "error.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Foyer::Protocol {

// The version this library writes. Readers accept any version from 1 up: later versions only add fields,
// and fields a reader does not know are kept as they were sent.
constexpr int report_schema_version = 1;

// Limits of the device API (helpdesk/API.md). They are checked on both sides, so a device knows before
// sending that the helpdesk will accept its report.
constexpr size_t max_report_bytes = 64 * 1024;
constexpr size_t max_screenshot_bytes = 1024 * 1024;
constexpr size_t max_findings = 100;
constexpr size_t max_finding_id_length = 64;
constexpr size_t max_sentence_bytes = 1000;
constexpr size_t max_short_field_bytes = 64;
constexpr size_t max_json_depth = 24;

enum class Status {
    Ok,
    Warn,
    Fail,
    Unknown,
};

// "ok", "warn", "fail", "unknown": the words used on the wire.
std::string_view status_name(Status);
std::optional<Status> status_from_name(std::string_view);
// Higher is more serious: fail, then warn, then unknown, then ok. The order a helper reads findings in.
int severity(Status);

enum class Language {
    French,
    English,
};

// One plain sentence in both languages: the device writes both, so any mediator can read any report.
struct Sentence {
    std::string fr;
    std::string en;

    const std::string& in(Language language) const { return language == Language::French ? fr : en; }
    bool operator==(const Sentence&) const = default;
};

struct Finding {
    // What was checked, as a dotted name ("printer.ink"); see finding_catalog.hpp for the known ones.
    std::string id;
    Status status { Status::Unknown };
    Sentence text;
    // The measurements behind the verdict, for the helper who wants them (any JSON object).
    nlohmann::json details = nlohmann::json::object();
    // Fields of a later format version, kept so that nothing sent is lost.
    nlohmann::json extra = nlohmann::json::object();

    bool operator==(const Finding&) const = default;
};

struct Report {
    int schema_version { report_schema_version };
    // A UUID the device chooses once per report, so that sending again never makes a second case.
    std::string report_id;
    // When the device made the report (ISO 8601, UTC), or empty.
    std::string created_at;
    std::string foyer_version;
    // The senior's language ("fr", "en"), or empty.
    std::string language;
    // The offline code the senior was shown because this report could not leave at once (eight digits),
    // or empty: a report sent late names the code she may already have read to a helper.
    std::string offline_code;
    std::vector<Finding> findings;
    nlohmann::json extra = nlohmann::json::object();

    bool operator==(const Report&) const = default;
};

// Reads and checks a report. Never throws; the error names the field and says what was expected.
ErrorOr<Report> parse_report(std::string_view json_text);

// The report as JSON in the wire format (the inverse of parse_report).
nlohmann::json report_to_json(const Report&);
std::string serialize_report(const Report&);

// Checks a report built in memory against the same rules parse_report applies, so a device learns of a
// mistake before it sends.
std::optional<Error> validate_report(const Report&);

// The findings in the order a helper should read them: most serious first, the report's order otherwise.
std::vector<const Finding*> findings_by_severity(const Report&);
// The most serious status among the findings (Ok when there are none).
Status worst_status(const Report&);

// Whether `text` is a UUID written 8-4-4-4-12 in hexadecimal, and the same in lower case.
bool is_uuid(std::string_view text);
std::string lowercase_uuid(std::string_view uuid);

// Whether `text` is "YYYY-MM-DDTHH:MM:SS" with optional fraction and a "Z" or "+HH:MM" offset.
bool is_iso8601_timestamp(std::string_view text);

}
