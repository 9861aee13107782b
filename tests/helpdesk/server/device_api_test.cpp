// The device API over real HTTP on the real server: health, enrollment, reports — and every kind of bad
// input answered with a clear JSON error, with nothing stored.
#include "tests/helpdesk/support/device_client.hpp"
#include "tests/helpdesk/support/helpdesk_fixture.hpp"

#include "helpdesk/core/crypto.hpp"
#include "helpdesk/protocol/case_code.hpp"

#include <sys/stat.h>

using namespace Foyer::Testing;
using nlohmann::json;

namespace {

class DeviceApiTest : public BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        m_server = start_server();
        ASSERT_TRUE(m_server->ready());
        m_device = std::make_unique<DeviceClient>(m_server->port());
    }

    DeviceClient& device() { return *m_device; }
    RunningHelpdesk& server() { return *m_server; }

    size_t stored_cases() { return store().all_cases().value().size(); }

    void expect_error(const HttpReply& reply, int status, const std::string& message_start)
    {
        EXPECT_EQ(reply.status, status) << reply.body;
        ASSERT_TRUE(reply.json.is_object()) << reply.body;
        EXPECT_TRUE(reply.json.contains("error")) << reply.body;
        EXPECT_EQ(reply.json.value("message", "").substr(0, message_start.size()), message_start)
            << reply.body;
    }

private:
    std::unique_ptr<RunningHelpdesk> m_server;
    std::unique_ptr<DeviceClient> m_device;
};

FOYER_BACKENDS(DeviceApiTest);

TEST_P(DeviceApiTest, HealthSaysOk)
{
    auto reply = device().get("/healthz");
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.json["status"], "ok");
    EXPECT_FALSE(reply.header("Server-Timing").empty());
}

TEST_P(DeviceApiTest, EnrollmentGivesAnIdAndATokenStoredOnlyAsAHash)
{
    auto reply = device().enroll({ { "nickname", "  Mamie Jocelyne " } });
    ASSERT_EQ(reply.status, 201) << reply.body;
    auto id = reply.json["device_id"].get<std::string>();
    auto token = reply.json["token"].get<std::string>();
    EXPECT_TRUE(Foyer::Protocol::is_uuid(id));
    EXPECT_GE(token.size(), 43u);
    auto found = store().device_for_token(Foyer::Helpdesk::sha256_hex(token)).value();
    ASSERT_TRUE(found);
    EXPECT_EQ(found->nickname, "Mamie Jocelyne");
    // The token itself is nowhere in the database.
    auto raw = store().database().transaction(Foyer::Helpdesk::Access::Read,
        [&](Foyer::Helpdesk::SqlSession& sql) -> Foyer::Helpdesk::ErrorOr<void> {
            auto rows = TRY(
                sql.query("SELECT COUNT(*) FROM devices WHERE token_hash = ? OR id = ?", { token, token }));
            EXPECT_EQ(rows[0].integer(0), 0);
            return {};
        });
    EXPECT_FALSE(raw.is_error());
    // Both fields are optional: an empty body enrolls too.
    EXPECT_EQ(device().post("/api/v1/devices", "", "application/json").status, 201);
}

TEST_P(DeviceApiTest, EnrollmentRefusesWrongTypes)
{
    expect_error(device().enroll({ { "nickname", 42 } }), 400, "nickname must be a string.");
    expect_error(
        device().enroll({ { "nickname", std::string(81, 'a') } }), 400, "nickname must be at most 80 characters");
    expect_error(device().enroll({ { "nickname", "Mamie\tJo" } }), 400,
        "nickname must be at most 80 characters on one line");
    expect_error(device().post("/api/v1/devices", "{\"nickname\":", "application/json"), 400,
        "The enrollment request is not valid JSON.");
    expect_error(device().post("/api/v1/devices", "[]", "application/json"), 400,
        "The enrollment request must be a JSON object.");
    expect_error(device().enroll({ { "enrollment_code", 7 } }), 400, "enrollment_code must be a string.");
}

TEST_P(DeviceApiTest, AReportGetsANineDigitCodeValidSeventyTwoHoursAndRetriesGetTheSameCode)
{
    ASSERT_EQ(device().enroll({ { "nickname", "Mamie" } }).status, 201);
    auto report = example_report();
    auto first = device().send_report(report, make_png(1920 / 8, 1080 / 8));
    ASSERT_EQ(first.status, 201) << first.body;
    auto code = first.json["code"].get<std::string>();
    EXPECT_EQ(Foyer::Protocol::classify_code(code), Foyer::Protocol::CodeShape::CaseCode);
    auto expires = first.json["expires_at"].get<std::string>();
    EXPECT_TRUE(Foyer::Protocol::is_iso8601_timestamp(expires)) << expires;
    auto summary = store().case_by_code(code).value();
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->code_expires_at - summary->created_at, 72 * 3600);
    EXPECT_EQ(expires, Foyer::Helpdesk::iso8601_utc(summary->code_expires_at));

    for (int i = 0; i < 3; ++i) {
        auto again = device().send_report(report, make_png(10, 10));
        EXPECT_EQ(again.status, 200) << again.body;
        EXPECT_EQ(again.json["code"], code);
        EXPECT_EQ(again.json["expires_at"], expires);
    }
    EXPECT_EQ(stored_cases(), 1u);
    auto detail = store().case_detail(summary->id).value();
    EXPECT_EQ(detail->screenshots.size(), 1u);
    EXPECT_EQ(detail->screenshots[0].width, 240);
    EXPECT_EQ(detail->summary.worst_status, Foyer::Protocol::Status::Fail);
    // Stored exactly as sent.
    EXPECT_EQ(detail->report_json, report);
}

TEST_P(DeviceApiTest, ReportsWithoutScreenshotAndGzipBodiesAreAccepted)
{
    ASSERT_EQ(device().enroll().status, 201);
    auto plain = device().send_report(example_report_with_id(fresh_report_id()));
    EXPECT_EQ(plain.status, 201) << plain.body;
    auto zipped = device().send_report(example_report_with_id(fresh_report_id()), make_png(100, 100), true);
    EXPECT_EQ(zipped.status, 201) << zipped.body;
    auto detail = store()
                      .case_detail(store().case_by_code(zipped.json["code"].get<std::string>()).value()->id)
                      .value();
    EXPECT_EQ(detail->screenshots.size(), 1u);
    EXPECT_EQ(stored_cases(), 2u);
}

TEST_P(DeviceApiTest, UnknownFieldsAreKept)
{
    ASSERT_EQ(device().enroll().status, 201);
    auto document = json::parse(example_report());
    document["report_id"] = fresh_report_id();
    document["from_the_future"] = { { "x", 1 } };
    document["findings"][0]["extra_measure"] = 12.5;
    auto reply = device().send_report(document.dump());
    ASSERT_EQ(reply.status, 201) << reply.body;
    auto detail = store()
                      .case_detail(store().case_by_code(reply.json["code"].get<std::string>()).value()->id)
                      .value();
    auto stored = json::parse(detail->report_json);
    EXPECT_EQ(stored["from_the_future"]["x"], 1);
    EXPECT_EQ(stored["findings"][0]["extra_measure"], 12.5);
}

TEST_P(DeviceApiTest, MissingOrWrongTokensGet401)
{
    auto report = example_report();
    auto missing = device().send_report(report);
    expect_error(missing, 401, "This request needs the device's token");
    EXPECT_EQ(missing.header("WWW-Authenticate"), "Bearer");
    device().set_token("made-up-token");
    expect_error(device().send_report(report, make_png(50, 50)), 401, "This device token is not known here");
    EXPECT_EQ(stored_cases(), 0u);
}

TEST_P(DeviceApiTest, MalformedUploadsGet400AndNothingIsStored)
{
    ASSERT_EQ(device().enroll().status, 201);
    auto boundary_type = "multipart/form-data; boundary=foyer-test-boundary-7MA4YWxkTrZu0gW";
    expect_error(device().post("/api/v1/reports", example_report(), "application/json"), 400,
        "The upload must be multipart/form-data with a boundary.");
    expect_error(
        device().post("/api/v1/reports", "--foyer-test-boundary-7MA4YWxkTrZu0gWgarbage\r\n", boundary_type),
        400, "The upload is malformed after a boundary line.");
    expect_error(
        device().post("/api/v1/reports", "--foyer-test-boundary-7MA4YWxkTrZu0gW\r\ngarbage", boundary_type),
        400, "A part of the upload has no end to its headers.");
    expect_error(device().post("/api/v1/reports", multipart_body({ { "note", "hello", "", "" } }), boundary_type),
        400, "The upload has no part named report.");
    expect_error(device().send_report("{not json"), 400, "The report is not valid JSON");
    auto wrong_type = json::parse(example_report());
    wrong_type["findings"][4]["status"] = true;
    expect_error(device().send_report(wrong_type.dump()), 400, "findings[4].status must be a string.");
    expect_error(device().send_report(example_report(), std::string("\x89PNG\r\n\x1a\nnot really")), 400,
        "The screenshot is cut short");
    expect_error(device().send_report(example_report(), std::string("GIF89a....")), 400,
        "The screenshot is not a PNG image.");
    auto two_reports
        = multipart_body({ { "report", example_report(), "", "" }, { "report", example_report(), "", "" } });
    expect_error(device().post("/api/v1/reports", two_reports, boundary_type), 400,
        "The upload has two parts named report.");
    expect_error(
        device().post("/api/v1/reports", "\x1f\x8b garbage", boundary_type, { { "Content-Encoding", "gzip" } }),
        400, "The request's compressed body is damaged.");
    expect_error(device().post("/api/v1/reports", "x", boundary_type, { { "Content-Encoding", "br" } }), 400,
        "The body's Content-Encoding must be gzip, deflate or none.");
    EXPECT_EQ(stored_cases(), 0u);
}

TEST_P(DeviceApiTest, OversizeReportsAndScreenshotsGet413NamingThePart)
{
    ASSERT_EQ(device().enroll().status, 201);
    auto big_report = json::parse(example_report());
    big_report["padding"] = std::string(65 * 1024, 'x');
    auto too_big_report = device().send_report(big_report.dump());
    expect_error(too_big_report, 413, "The report is larger than 64 KB.");
    EXPECT_EQ(too_big_report.json["part"], "report");

    auto big_png = make_png(640, 560);
    ASSERT_GT(big_png.size(), 1024u * 1024u);
    auto too_big_png = device().send_report(example_report(), big_png);
    expect_error(too_big_png, 413, "The screenshot is larger than 1 MB.");
    EXPECT_EQ(too_big_png.json["part"], "screenshot");
    // What a device does then: drop the picture and send the rest.
    EXPECT_EQ(device().send_report(example_report()).status, 201);

    auto huge = device().send_report(example_report(), make_png(1000, 1000));
    expect_error(huge, 413, "The upload is too large");
    EXPECT_EQ(stored_cases(), 1u);
}

TEST_P(DeviceApiTest, AGzipBombIsRefusedWithoutInflatingItAll)
{
    ASSERT_EQ(device().enroll().status, 201);
    // 64 MB of zeros packs into about 64 KB; inflating stops at the upload limit.
    auto head = multipart_body({ { "report", example_report(), "", "" } });
    std::string bomb = head.substr(0, head.size() - 4) + std::string(64 * 1024 * 1024, '\0');
    auto packed = gzip_compress(bomb);
    ASSERT_LT(packed.size(), 200'000u);
    auto reply = device().post("/api/v1/reports", packed,
        "multipart/form-data; boundary=foyer-test-boundary-7MA4YWxkTrZu0gW", { { "Content-Encoding", "gzip" } });
    expect_error(reply, 413, "The upload is too large");
    EXPECT_EQ(stored_cases(), 0u);
    EXPECT_EQ(device().get("/healthz").status, 200);
}

TEST_P(DeviceApiTest, InjectionAttemptsAreStoredAsPlainTextAndChangeNothing)
{
    ASSERT_EQ(device().enroll({ { "nickname", "Robert'); DROP TABLE cases;--" } }).status, 201);
    auto document = json::parse(example_report());
    document["findings"][0]["text"]["en"] = "'; DELETE FROM devices; --";
    document["findings"][0]["details"] = { { "sql", "1' OR '1'='1" } };
    auto reply = device().send_report(document.dump());
    ASSERT_EQ(reply.status, 201) << reply.body;
    auto summary = store().case_by_code(reply.json["code"].get<std::string>()).value();
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->device_nickname, "Robert'); DROP TABLE cases;--");
    auto stored = json::parse(store().case_detail(summary->id).value()->report_json);
    EXPECT_EQ(stored["findings"][0]["text"]["en"], "'; DELETE FROM devices; --");
    EXPECT_EQ(stored_cases(), 1u);
    EXPECT_EQ(device().get("/api/v1/cases/123456789' OR '1'='1/live/events").status, 404);
}

TEST_P(DeviceApiTest, UnknownAddressesAre404AndBodiesOnGetAre400)
{
    EXPECT_EQ(device().get("/api/v2/reports").status, 404);
    EXPECT_EQ(device().post("/api/v1/nothing", "{}", "application/json").status, 404);
    EXPECT_EQ(device()
                  .post("/api/v1/nothing", gzip_compress(std::string(100000, 'a')), "application/json",
                      { { "Content-Encoding", "gzip" } })
                  .status,
        404);
    EXPECT_EQ(device().get("/healthz").status, 200);
}

}
