// The help report without a network: building it, the picture budget, the outbox on disk, the words.
#include "apps/helpline/help_service.hpp"
#include "apps/helpline/report/outbox.hpp"
#include "apps/helpline/report/report_builder.hpp"
#include "apps/helpline/report_screens.hpp"
#include "helpdesk/protocol/case_code.hpp"
#include "helpdesk/protocol/offline_code.hpp"
#include "shell/core/i18n/translate.hpp"
#include "shell/core/system/files.hpp"
#include "shell/core/system/png.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <set>
#include <sys/stat.h>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

Diagnosis sample_diagnosis()
{
    Diagnosis diagnosis;
    diagnosis.findings = {
        make_finding("printer.ink", Verdict::Fail, "The printer has no more black ink.", {}, { { "black", 0 } }),
        make_finding("network.connectivity", Verdict::Ok, "The internet works."),
        make_finding("sound.output", Verdict::Warn, "The sound volume is very low ({volume} %).", { { "volume", "5" } }),
    };
    return diagnosis;
}

}

TEST(ReportBuilder, MakesAValidProtocolReportWithBothLanguages)
{
    auto report = build_report(sample_diagnosis(), "0.1.0", Language::French);
    EXPECT_FALSE(Protocol::validate_report(report)) << Protocol::validate_report(report)->message();
    EXPECT_TRUE(Protocol::is_uuid(report.report_id));
    EXPECT_TRUE(Protocol::is_iso8601_timestamp(report.created_at));
    EXPECT_EQ(report.language, "fr");
    ASSERT_EQ(report.findings.size(), 3u);
    EXPECT_EQ(report.findings[0].status, Protocol::Status::Fail);
    auto parsed = Protocol::parse_report(Protocol::serialize_report(report));
    ASSERT_FALSE(parsed.is_error());
    EXPECT_EQ(parsed.value(), report);
    // Each report has its own id.
    std::set<std::string> ids;
    for (int i = 0; i < 1000; ++i)
        ids.insert(new_report_id());
    EXPECT_EQ(ids.size(), 1000u);
}

TEST(ReportBuilder, TheOfflineCodeDecodesToTheSameProblems)
{
    auto code = offline_code_for(sample_diagnosis());
    ASSERT_EQ(code.size(), Protocol::offline_code_length);
    EXPECT_EQ(Protocol::classify_code(code), Protocol::CodeShape::OfflineCode);
    auto decoded = Protocol::decode_offline_code(code);
    ASSERT_FALSE(decoded.problem);
    ASSERT_EQ(decoded.findings.size(), 2u);
    EXPECT_EQ(decoded.findings[0].kind->id, "printer.ink");
    EXPECT_EQ(decoded.findings[0].status, Protocol::Status::Fail);
    EXPECT_EQ(decoded.findings[1].kind->id, "sound.output");
}

TEST(PictureBudget, AFoyerScreenFitsAsItIsAPhotoLikeOneIsScaledDown)
{
    // A Foyer screen: large flat colours and some text-like strokes.
    RgbaImage screen { 1920, 1080, std::vector<uint8_t>(size_t(1920) * 1080 * 4, 0xF0) };
    for (int y = 300; y < 340; ++y)
        for (int x = 200; x < 1700; x += 3)
            screen.pixels[(size_t(y) * 1920 + size_t(x)) * 4] = 20;
    auto flat = picture_within_budget(screen);
    ASSERT_FALSE(flat.empty());
    EXPECT_LE(flat.size(), 150u * 1024);
    EXPECT_EQ(decode_image(flat).value().width, 1920);

    // A photograph (noise does not compress): scaled down until it fits.
    std::mt19937 random(7);
    RgbaImage photo { 1920, 1080, std::vector<uint8_t>(size_t(1920) * 1080 * 4) };
    for (auto& byte : photo.pixels)
        byte = uint8_t(random());
    auto scaled = picture_within_budget(photo);
    ASSERT_FALSE(scaled.empty());
    EXPECT_LE(scaled.size(), 150u * 1024);
    auto decoded = decode_image(scaled).value();
    EXPECT_LT(decoded.width, 1920);
    EXPECT_NEAR(double(decoded.width) / decoded.height, 1920.0 / 1080.0, 0.02);
}

TEST(Outbox, KeepsReportsPrivatelyAndReadsThemBack)
{
    auto dir = temporary_directory("outbox");
    Outbox outbox(dir);
    QueuedReport report { new_report_id(), "{\"report\": 1}", std::string("\x89PNG\0\x01\xff", 7), 1000, 0, 1000 };
    ASSERT_FALSE(outbox.add(report).is_error());
    auto loaded = outbox.load();
    ASSERT_EQ(loaded.size(), 1u);
    EXPECT_EQ(loaded[0].report_json, report.report_json);
    EXPECT_EQ(loaded[0].png, report.png);
    struct stat info { };
    stat((dir + "/" + report.report_id + ".report").c_str(), &info);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    outbox.remove(report.report_id);
    EXPECT_TRUE(outbox.load().empty());
}

TEST(Outbox, DamagedAndHalfWrittenFilesAreCleanedAway)
{
    auto dir = temporary_directory("outbox");
    Outbox outbox(dir);
    QueuedReport good { new_report_id(), "{}", "", 5, 0, 5 };
    ASSERT_FALSE(outbox.add(good).is_error());
    write_text(dir + "/" + new_report_id() + ".report", "{\"report_id\": \"trunc");
    write_text(dir + "/" + good.report_id + ".report.tmp-4242", "half");
    auto loaded = outbox.load();
    ASSERT_EQ(loaded.size(), 1u);
    EXPECT_EQ(loaded[0].report_id, good.report_id);
    int files = 0;
    for (auto& entry : std::filesystem::directory_iterator(dir))
        files += entry.is_regular_file();
    EXPECT_EQ(files, 1);
}

TEST(Outbox, BoundedByCountAgeAndSizeOldestFirst)
{
    auto dir = temporary_directory("outbox");
    OutboxLimits limits { 3, std::chrono::hours(24), 1000 };
    Outbox outbox(dir, limits);
    std::vector<std::string> ids;
    for (int i = 0; i < 5; ++i) {
        ids.push_back(new_report_id());
        ASSERT_FALSE(outbox.add({ ids.back(), "{}", "", 100000 + i, 0, 0 }).is_error());
    }
    auto loaded = outbox.load();
    ASSERT_EQ(loaded.size(), 3u);
    EXPECT_EQ(loaded[0].report_id, ids[2]);
    // Thirty days later everything is too old.
    EXPECT_EQ(outbox.enforce_limits(100000 + 2 * 24 * 3600).size(), 3u);
    // Too many bytes: the oldest go until it fits.
    ASSERT_FALSE(outbox.add({ new_report_id(), std::string(600, 'a'), "", 200000, 0, 0 }).is_error());
    auto last = new_report_id();
    ASSERT_FALSE(outbox.add({ last, std::string(600, 'b'), "", 200001, 0, 0 }).is_error());
    loaded = outbox.load();
    ASSERT_EQ(loaded.size(), 1u);
    EXPECT_EQ(loaded[0].report_id, last);
}

TEST(Outbox, RetriesBackOffFromFiveSecondsToAnHourAndHonourRetryAfter)
{
    using std::chrono::seconds;
    EXPECT_EQ(retry_delay(1), seconds(5));
    EXPECT_EQ(retry_delay(2), seconds(10));
    EXPECT_EQ(retry_delay(3), seconds(20));
    EXPECT_EQ(retry_delay(11), seconds(3600));
    EXPECT_EQ(retry_delay(40), seconds(3600));
    EXPECT_EQ(retry_delay(1, seconds(120)), seconds(120));
    EXPECT_EQ(retry_delay(20, seconds(60)), seconds(3600));
}

TEST(HelpWords, TheLastActionsInBothLanguagesWithoutWhatWasSaid)
{
    ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
    std::vector<std::string> entries { "screen home", "say Bonjour Marie-Martine", "activate tile.help", "screen help",
        "activate help.show", "error The picture could not be made." };
    auto en = HelpService::activity_words(entries, Language::English);
    EXPECT_EQ(en, "Last actions: opened the home screen → pressed Call for help → opened Call for help → pressed Show my "
                  "screen to the helper → error: The picture could not be made..");
    auto fr = HelpService::activity_words(entries, Language::French);
    EXPECT_NE(fr.find("a ouvert Appeler à l’aide"), std::string::npos) << fr;
    EXPECT_EQ(en.find("Marie"), std::string::npos);
    // The case code is said in the groups it is shown, in words, whatever the voice.
    EXPECT_EQ(CodeScreen::spoken_code("123456789", Language::English), "one, two, three. four, five, six. seven, eight, nine.");
    EXPECT_EQ(CodeScreen::spoken_code("123456789", Language::French), "un, deux, trois. quatre, cinq, six. sept, huit, neuf.");
}
