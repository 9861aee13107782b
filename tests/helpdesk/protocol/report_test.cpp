// The report format: the example is complete and valid, every malformed shape is refused with a sentence
// naming the field, unknown fields survive, and findings sort failures first.
#include "helpdesk/protocol/finding_catalog.hpp"
#include "helpdesk/protocol/report.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

using namespace Foyer::Protocol;
using nlohmann::json;

namespace {

std::string example_text()
{
    return Foyer::Testing::read_text(std::string(FOYER_SOURCE_DIR) + "/helpdesk/examples/report.json");
}

json example()
{
    return json::parse(example_text());
}

std::string error_of(const json& document)
{
    auto parsed = parse_report(document.dump());
    return parsed.is_error() ? parsed.error().message() : std::string("(accepted)");
}

}

TEST(Report, TheExampleIsValidAndHasEveryFindingKind)
{
    auto parsed = parse_report(example_text());
    ASSERT_FALSE(parsed.is_error()) << parsed.error().message();
    auto& report = parsed.value();
    EXPECT_EQ(report.schema_version, 1);
    EXPECT_EQ(report.report_id, "6f1c2a9e-8d47-4b7e-9f3a-2c1d5e8b7a90");
    EXPECT_EQ(report.language, "fr");
    for (auto& kind : finding_kinds()) {
        bool present = false;
        for (auto& finding : report.findings)
            present |= finding.id == kind.id;
        EXPECT_TRUE(present) << kind.id << " is missing from helpdesk/examples/report.json";
    }
    for (auto& finding : report.findings) {
        EXPECT_NE(find_finding_kind(finding.id), nullptr) << finding.id;
        EXPECT_FALSE(finding.text.fr.empty());
        EXPECT_FALSE(finding.text.en.empty());
    }
    EXPECT_FALSE(validate_report(report));
}

TEST(Report, RoundTripsThroughItsOwnSerialisation)
{
    auto first = parse_report(example_text());
    ASSERT_FALSE(first.is_error());
    auto second = parse_report(serialize_report(first.value()));
    ASSERT_FALSE(second.is_error()) << second.error().message();
    EXPECT_EQ(first.value(), second.value());
}

TEST(Report, KeepsFieldsItDoesNotKnow)
{
    auto document = example();
    document["battery_health"] = { { "cycles", 312 } };
    document["findings"][0]["confidence"] = 0.9;
    document["findings"][0]["text"]["de"] = "Der Computer ist mit dem Internet verbunden.";
    auto parsed = parse_report(document.dump());
    ASSERT_FALSE(parsed.is_error()) << parsed.error().message();
    EXPECT_EQ(parsed.value().extra["battery_health"]["cycles"], 312);
    EXPECT_EQ(parsed.value().findings[0].extra["confidence"], 0.9);
    auto again = report_to_json(parsed.value());
    EXPECT_EQ(again["battery_health"]["cycles"], 312);
    EXPECT_EQ(again["findings"][0]["confidence"], 0.9);
    EXPECT_EQ(again["findings"][0]["text"]["de"], "Der Computer ist mit dem Internet verbunden.");
    EXPECT_EQ(again["findings"][0]["text"]["fr"], "L’ordinateur est connecté à internet.");
}

TEST(Report, CarriesTheOfflineCodeShownWhenItCouldNotLeave)
{
    auto document = example();
    document["offline_code"] = "11241820";
    auto parsed = parse_report(document.dump());
    ASSERT_FALSE(parsed.is_error()) << parsed.error().message();
    EXPECT_EQ(parsed.value().offline_code, "11241820");
    EXPECT_EQ(report_to_json(parsed.value())["offline_code"], "11241820");
    EXPECT_FALSE(report_to_json(parse_report(example_text()).value()).contains("offline_code"));

    for (auto bad : { "1124 1820", "1124182", "abcdefgh", "112418200" }) {
        document["offline_code"] = bad;
        EXPECT_NE(error_of(document).find("offline_code"), std::string::npos) << bad;
    }
    document["offline_code"] = 11241820;
    EXPECT_NE(error_of(document).find("offline_code"), std::string::npos);
}

TEST(Report, AcceptsNewerSchemaVersionsAndNoFindings)
{
    auto document = example();
    document["schema_version"] = 3;
    document["findings"] = json::array();
    auto parsed = parse_report(document.dump());
    ASSERT_FALSE(parsed.is_error()) << parsed.error().message();
    EXPECT_EQ(parsed.value().schema_version, 3);
    EXPECT_EQ(worst_status(parsed.value()), Status::Ok);
}

TEST(Report, RefusesEachMalformedShapeWithThePlaceNamed)
{
    auto with = [](auto change) {
        auto document = example();
        change(document);
        return error_of(document);
    };
    EXPECT_EQ(
        parse_report("{\"schema_version\": 1,").error().message().rfind("The report is not valid JSON", 0),
        0u);
    EXPECT_EQ(parse_report("[1, 2]").error().message(), "The report must be a JSON object.");
    EXPECT_EQ(with([](json& d) { d.erase("schema_version"); }), "schema_version is missing.");
    EXPECT_EQ(with([](json& d) { d["schema_version"] = "1"; }),
        "schema_version must be a whole number, 1 or more.");
    EXPECT_EQ(with([](json& d) { d["schema_version"] = 1.5; }),
        "schema_version must be a whole number, 1 or more.");
    EXPECT_EQ(
        with([](json& d) { d["schema_version"] = 0; }), "schema_version must be a whole number, 1 or more.");
    EXPECT_EQ(with([](json& d) { d["report_id"] = "42"; }).substr(0, 27), "report_id must be a UUID su");
    EXPECT_EQ(with([](json& d) { d["report_id"] = 42; }), "report_id must be a string.");
    EXPECT_EQ(
        with([](json& d) { d["created_at"] = "yesterday"; }).substr(0, 30), "created_at must be a date and ");
    EXPECT_EQ(
        with([](json& d) { d["language"] = std::string(100, 'x'); }), "language is longer than 64 bytes.");
    EXPECT_EQ(with([](json& d) { d.erase("findings"); }), "findings is missing (it may be an empty list).");
    EXPECT_EQ(with([](json& d) { d["findings"] = json::object(); }), "findings must be a list.");
    EXPECT_EQ(with([](json& d) { d["findings"][2] = "printer"; }),
        "findings[2] must be an object with id, status, text and details.");
    EXPECT_EQ(with([](json& d) { d["findings"][3]["status"] = "broken"; }),
        "findings[3].status must be one of ok, warn, fail, unknown.");
    EXPECT_EQ(with([](json& d) { d["findings"][3].erase("status"); }), "findings[3].status is missing.");
    EXPECT_EQ(with([](json& d) { d["findings"][1]["id"] = "Printer Ink"; }).substr(0, 35),
        "findings[1].id must be a dotted nam");
    EXPECT_EQ(with([](json& d) { d["findings"][1]["text"].erase("en"); }), "findings[1].text.en is missing.");
    EXPECT_EQ(with([](json& d) { d["findings"][1]["text"]["fr"] = "   "; }),
        "findings[1].text.fr must be a plain sentence; it is empty.");
    EXPECT_EQ(with([](json& d) { d["findings"][1]["text"]["fr"] = "a\x01b"; }),
        "findings[1].text.fr contains control characters.");
    EXPECT_EQ(with([](json& d) { d["findings"][1]["text"] = "ok"; }),
        "findings[1].text must be an object with fr and en sentences.");
    EXPECT_EQ(with([](json& d) { d["findings"][1]["details"] = json::array(); }),
        "findings[1].details must be an object.");
    EXPECT_EQ(with([](json& d) { d["findings"][1]["text"]["en"] = std::string(1001, 'a'); }),
        "findings[1].text.en is longer than 1000 bytes.");
    EXPECT_EQ(with([](json& d) {
        for (int i = 0; i < 101; ++i)
            d["findings"].push_back(d["findings"][0]);
    }),
        "A report has at most 100 findings.");
}

TEST(Report, RefusesOversizeDeepAndBrokenText)
{
    std::string big = example_text();
    big.insert(big.size() - 2, ", \"padding\": \"" + std::string(70 * 1024, 'x') + "\"");
    EXPECT_EQ(parse_report(big).error().message(), "The report is larger than 64 KB.");
    std::string deep = "{\"schema_version\":1,\"x\":" + std::string(30, '[') + std::string(30, ']') + "}";
    EXPECT_EQ(parse_report(deep).error().message(), "The report is nested more than 24 levels deep.");
    // Brackets inside strings do not count.
    auto document = example();
    document["note"] = std::string(40, '[');
    EXPECT_FALSE(parse_report(document.dump()).is_error());
    std::string latin1 = example_text();
    latin1.replace(latin1.find("connecté"), 9, "connect\xe9 ");
    EXPECT_EQ(parse_report(latin1).error().message().rfind("The report is not valid JSON in UTF-8", 0), 0u);
}

TEST(Report, UppercaseUuidsAreWrittenInLowerCase)
{
    auto document = example();
    document["report_id"] = "6F1C2A9E-8D47-4B7E-9F3A-2C1D5E8B7A90";
    auto parsed = parse_report(document.dump());
    ASSERT_FALSE(parsed.is_error());
    EXPECT_EQ(parsed.value().report_id, "6f1c2a9e-8d47-4b7e-9f3a-2c1d5e8b7a90");
}

TEST(Report, FindingsAreReadFailuresFirstThenWarningsThenUnknown)
{
    auto parsed = parse_report(example_text());
    ASSERT_FALSE(parsed.is_error());
    auto ordered = findings_by_severity(parsed.value());
    ASSERT_EQ(ordered.size(), parsed.value().findings.size());
    EXPECT_EQ(ordered[0]->id, "printer.ink");
    EXPECT_EQ(ordered[1]->id, "sound.input");
    EXPECT_EQ(ordered[2]->id, "system.activity");
    for (size_t i = 1; i < ordered.size(); ++i)
        EXPECT_GE(severity(ordered[i - 1]->status), severity(ordered[i]->status));
    EXPECT_EQ(worst_status(parsed.value()), Status::Fail);
}

TEST(Report, ValidateCatchesWhatParseWouldRefuse)
{
    Report report;
    report.report_id = "not a uuid";
    EXPECT_TRUE(validate_report(report));
    report.report_id = "6f1c2a9e-8d47-4b7e-9f3a-2c1d5e8b7a90";
    EXPECT_FALSE(validate_report(report));
    report.findings.push_back({ "printer.ink", Status::Fail, { "", "No ink." }, json::object(), json::object() });
    ASSERT_TRUE(validate_report(report));
    EXPECT_EQ(
        validate_report(report)->message(), "findings[0].text.fr must be a plain sentence; it is empty.");
}

TEST(Report, StatusNamesAreTheWireWords)
{
    for (auto status : { Status::Ok, Status::Warn, Status::Fail, Status::Unknown })
        EXPECT_EQ(status_from_name(status_name(status)), status);
    EXPECT_FALSE(status_from_name("OK"));
    EXPECT_TRUE(is_iso8601_timestamp("2025-03-14T09:30:12.123+01:00"));
    EXPECT_FALSE(is_iso8601_timestamp("2025-03-14 09:30:12"));
}
