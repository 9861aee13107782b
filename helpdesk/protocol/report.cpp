// Reading, checking and writing reports; every rejection says which field is wrong and why.
#include "report.hpp"

#include "case_code.hpp"

#include <algorithm>
#include <cctype>

namespace Foyer::Protocol {

using nlohmann::json;

std::string_view status_name(Status status)
{
    switch (status) {
    case Status::Ok:
        return "ok";
    case Status::Warn:
        return "warn";
    case Status::Fail:
        return "fail";
    case Status::Unknown:
        return "unknown";
    }
    return "unknown";
}

std::optional<Status> status_from_name(std::string_view name)
{
    for (auto status : { Status::Ok, Status::Warn, Status::Fail, Status::Unknown })
        if (status_name(status) == name)
            return status;
    return std::nullopt;
}

int severity(Status status)
{
    switch (status) {
    case Status::Fail:
        return 3;
    case Status::Warn:
        return 2;
    case Status::Unknown:
        return 1;
    case Status::Ok:
        return 0;
    }
    return 0;
}

bool is_uuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (size_t i = 0; i < text.size(); ++i) {
        bool dash_here = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash_here != (text[i] == '-'))
            return false;
        if (!dash_here && !std::isxdigit(static_cast<unsigned char>(text[i])))
            return false;
    }
    return true;
}

std::string lowercase_uuid(std::string_view uuid)
{
    std::string out(uuid);
    for (auto& c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool is_iso8601_timestamp(std::string_view text)
{
    // The shape is checked, not the calendar: the helpdesk stores the text and never computes with it.
    auto digits = [&](size_t from, size_t count) {
        if (from + count > text.size())
            return false;
        for (size_t i = from; i < from + count; ++i)
            if (!std::isdigit(static_cast<unsigned char>(text[i])))
                return false;
        return true;
    };
    auto at = [&](size_t i, char c) { return i < text.size() && text[i] == c; };
    if (!(digits(0, 4) && at(4, '-') && digits(5, 2) && at(7, '-') && digits(8, 2)
            && (at(10, 'T') || at(10, 't')) && digits(11, 2) && at(13, ':') && digits(14, 2) && at(16, ':')
            && digits(17, 2)))
        return false;
    size_t i = 19;
    if (at(i, '.')) {
        size_t start = ++i;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
            ++i;
        if (i == start || i - start > 9)
            return false;
    }
    if ((at(i, 'Z') || at(i, 'z')) && i + 1 == text.size())
        return true;
    return (at(i, '+') || at(i, '-')) && digits(i + 1, 2) && at(i + 3, ':') && digits(i + 4, 2)
        && i + 6 == text.size();
}

namespace {

// nlohmann's parser is iterative but some operations on the result are recursive, so depth is bounded
// before parsing. Brackets inside strings do not count.
bool nesting_is_within(std::string_view text, size_t limit)
{
    size_t depth = 0;
    bool in_string = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return false;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return true;
}

bool has_forbidden_control_characters(std::string_view text)
{
    // Tabs and line breaks are harmless in a sentence; other control characters only hide things.
    return std::any_of(text.begin(), text.end(), [](char c) {
        auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && c != '\n' && c != '\t') || byte == 0x7f;
    });
}

bool is_finding_id(std::string_view id)
{
    if (id.empty() || id.size() > max_finding_id_length || !std::islower(static_cast<unsigned char>(id[0])))
        return false;
    char previous = 0;
    for (char c : id) {
        bool allowed = std::islower(static_cast<unsigned char>(c))
            || std::isdigit(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
        if (!allowed || (c == '.' && previous == '.'))
            return false;
        previous = c;
    }
    return id.back() != '.';
}

std::optional<Error> check_short_field(const Report& report)
{
    auto check = [](std::string_view name, const std::string& value) -> std::optional<Error> {
        if (value.size() > max_short_field_bytes)
            return Error(
                std::string(name) + " is longer than " + std::to_string(max_short_field_bytes) + " bytes.");
        if (has_forbidden_control_characters(value))
            return Error(std::string(name) + " contains control characters.");
        return std::nullopt;
    };
    if (auto error = check("foyer_version", report.foyer_version))
        return error;
    if (auto error = check("language", report.language))
        return error;
    if (!report.created_at.empty() && !is_iso8601_timestamp(report.created_at))
        return Error("created_at must be a date and time such as \"2025-03-14T09:30:00Z\".");
    if (!report.offline_code.empty()
        && (report.offline_code.size() != offline_code_length
            || !std::all_of(report.offline_code.begin(), report.offline_code.end(), [](char c) { return c >= '0' && c <= '9'; })))
        return Error("offline_code must be " + std::to_string(offline_code_length) + " digits, written without spaces.");
    return std::nullopt;
}

std::optional<Error> check_finding(const Finding& finding, const std::string& where)
{
    if (!is_finding_id(finding.id))
        return Error(where + ".id must be a dotted name in lower case, such as \"printer.ink\" (at most "
            + std::to_string(max_finding_id_length) + " characters).");
    for (auto [language, sentence] :
        { std::pair { "fr", &finding.text.fr }, std::pair { "en", &finding.text.en } }) {
        std::string field = where + ".text." + language;
        if (sentence->find_first_not_of(" \t\n") == std::string::npos)
            return Error(field + " must be a plain sentence; it is empty.");
        if (sentence->size() > max_sentence_bytes)
            return Error(field + " is longer than " + std::to_string(max_sentence_bytes) + " bytes.");
        if (has_forbidden_control_characters(*sentence))
            return Error(field + " contains control characters.");
    }
    if (!finding.details.is_object())
        return Error(where + ".details must be an object.");
    return std::nullopt;
}

// Fetches an optional string member; a present member of another type is an error.
std::optional<Error> take_string(
    json& object, const char* key, const std::string& where, std::string& out, bool required)
{
    auto it = object.find(key);
    if (it == object.end()) {
        if (required)
            return Error(where + key + " is missing.");
        return std::nullopt;
    }
    if (!it->is_string())
        return Error(where + key + " must be a string.");
    out = it->get<std::string>();
    object.erase(it);
    return std::nullopt;
}

ErrorOr<Finding> read_finding(json& value, const std::string& where)
{
    if (!value.is_object())
        return Error(where + " must be an object with id, status, text and details.");
    Finding finding;
    if (auto error = take_string(value, "id", where + ".", finding.id, true))
        return *error;
    std::string status;
    if (auto error = take_string(value, "status", where + ".", status, true))
        return *error;
    auto parsed_status = status_from_name(status);
    if (!parsed_status)
        return Error(where + ".status must be one of ok, warn, fail, unknown.");
    finding.status = *parsed_status;

    auto text = value.find("text");
    if (text == value.end())
        return Error(where + ".text is missing: a plain sentence in French (fr) and English (en).");
    if (!text->is_object())
        return Error(where + ".text must be an object with fr and en sentences.");
    if (auto error = take_string(*text, "fr", where + ".text.", finding.text.fr, true))
        return *error;
    if (auto error = take_string(*text, "en", where + ".text.", finding.text.en, true))
        return *error;
    // Sentences in other languages stay with the unknown fields.
    if (!text->empty())
        finding.extra["text"] = *text;
    value.erase(text);

    if (auto details = value.find("details"); details != value.end()) {
        finding.details = std::move(*details);
        value.erase(details);
    }
    for (auto& [key, item] : value.items())
        finding.extra[key] = std::move(item);
    if (auto error = check_finding(finding, where))
        return *error;
    return finding;
}

}

std::optional<Error> validate_report(const Report& report)
{
    if (report.schema_version < 1)
        return Error("schema_version must be 1 or more.");
    if (!is_uuid(report.report_id))
        return Error("report_id must be a UUID such as \"6f1c2a9e-8d47-4b7e-9f3a-2c1d5e8b7a90\".");
    if (auto error = check_short_field(report))
        return error;
    if (report.findings.size() > max_findings)
        return Error("A report has at most " + std::to_string(max_findings) + " findings.");
    for (size_t i = 0; i < report.findings.size(); ++i)
        if (auto error = check_finding(report.findings[i], "findings[" + std::to_string(i) + "]"))
            return error;
    if (!report.extra.is_object())
        return Error("The unknown fields of a report must form an object.");
    if (serialize_report(report).size() > max_report_bytes)
        return Error("The report is larger than 64 KB.");
    return std::nullopt;
}

ErrorOr<Report> parse_report(std::string_view json_text)
{
    if (json_text.size() > max_report_bytes)
        return Error("The report is larger than 64 KB.");
    if (!nesting_is_within(json_text, max_json_depth))
        return Error("The report is nested more than " + std::to_string(max_json_depth) + " levels deep.");
    json document;
    try {
        document = json::parse(json_text.begin(), json_text.end());
    } catch (const json::parse_error& error) {
        return Error("The report is not valid JSON in UTF-8 (the problem is near byte "
            + std::to_string(error.byte) + ").");
    }
    if (!document.is_object())
        return Error("The report must be a JSON object.");

    Report report;
    auto version = document.find("schema_version");
    if (version == document.end())
        return Error("schema_version is missing.");
    if (!version->is_number_integer() || version->get<long long>() < 1
        || version->get<long long>() > 1'000'000)
        return Error("schema_version must be a whole number, 1 or more.");
    report.schema_version = int(version->get<long long>());
    document.erase(version);

    if (auto error = take_string(document, "report_id", "", report.report_id, true))
        return *error;
    if (!is_uuid(report.report_id))
        return Error("report_id must be a UUID such as \"6f1c2a9e-8d47-4b7e-9f3a-2c1d5e8b7a90\".");
    report.report_id = lowercase_uuid(report.report_id);
    for (auto [key, field] : { std::pair { "created_at", &report.created_at },
             std::pair { "foyer_version", &report.foyer_version }, std::pair { "language", &report.language },
             std::pair { "offline_code", &report.offline_code } }) {
        if (auto error = take_string(document, key, "", *field, false))
            return *error;
    }
    if (auto error = check_short_field(report))
        return *error;

    auto findings = document.find("findings");
    if (findings == document.end())
        return Error("findings is missing (it may be an empty list).");
    if (!findings->is_array())
        return Error("findings must be a list.");
    if (findings->size() > max_findings)
        return Error("A report has at most " + std::to_string(max_findings) + " findings.");
    for (size_t i = 0; i < findings->size(); ++i) {
        auto finding = read_finding((*findings)[i], "findings[" + std::to_string(i) + "]");
        if (finding.is_error())
            return finding.error();
        report.findings.push_back(finding.release_value());
    }
    document.erase(findings);
    report.extra = std::move(document);
    return report;
}

json report_to_json(const Report& report)
{
    json out = report.extra.is_object() ? report.extra : json::object();
    out["schema_version"] = report.schema_version;
    out["report_id"] = report.report_id;
    if (!report.created_at.empty())
        out["created_at"] = report.created_at;
    if (!report.foyer_version.empty())
        out["foyer_version"] = report.foyer_version;
    if (!report.language.empty())
        out["language"] = report.language;
    if (!report.offline_code.empty())
        out["offline_code"] = report.offline_code;
    json findings = json::array();
    for (auto& finding : report.findings) {
        json item = finding.extra.is_object() ? finding.extra : json::object();
        json text = item.contains("text") && item["text"].is_object() ? item["text"] : json::object();
        text["fr"] = finding.text.fr;
        text["en"] = finding.text.en;
        item["id"] = finding.id;
        item["status"] = status_name(finding.status);
        item["text"] = std::move(text);
        item["details"] = finding.details;
        findings.push_back(std::move(item));
    }
    out["findings"] = std::move(findings);
    return out;
}

std::string serialize_report(const Report& report)
{
    // Invalid UTF-8 in a string built in memory is replaced rather than thrown on: the check that
    // matters happens in parse_report on the receiving side.
    return report_to_json(report).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::vector<const Finding*> findings_by_severity(const Report& report)
{
    std::vector<const Finding*> out;
    for (auto& finding : report.findings)
        out.push_back(&finding);
    std::stable_sort(out.begin(), out.end(),
        [](const Finding* a, const Finding* b) { return severity(a->status) > severity(b->status); });
    return out;
}

Status worst_status(const Report& report)
{
    Status worst = Status::Ok;
    for (auto& finding : report.findings)
        if (severity(finding.status) > severity(worst))
            worst = finding.status;
    return worst;
}

}
