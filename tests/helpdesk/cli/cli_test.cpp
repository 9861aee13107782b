// The foyer-helpdesk command: add-mediator reads the password from standard input, cases lists one case
// per line, purge applies retention at once, serve creates its SQLite file and purges by itself.
#include "tests/helpdesk/support/device_client.hpp"
#include "tests/helpdesk/support/helpdesk_fixture.hpp"

#include <regex>
#include <sys/stat.h>

using namespace Foyer::Testing;

namespace {

class CliTest : public BackendTest { };

FOYER_BACKENDS(CliTest);

TEST_P(CliTest, AddMediatorTakesThePasswordFromStandardInput)
{
    auto added
        = run_helpdesk({ "add-mediator", "--db", database_url(), "Anne Martin" }, "a long enough password\n");
    EXPECT_EQ(added.exit_code, 0) << added.output;
    EXPECT_NE(added.output.find("Mediator \"Anne Martin\" added."), std::string::npos);
    auto mediator = store().mediator_by_name("Anne Martin").value();
    ASSERT_TRUE(mediator);
    EXPECT_TRUE(mediator->password_hash.starts_with("$argon2id$"));
    EXPECT_EQ(mediator->password_hash.find("a long enough password"), std::string::npos);

    auto again
        = run_helpdesk({ "add-mediator", "--db", database_url(), "Anne Martin" }, "another long password\n");
    EXPECT_EQ(again.exit_code, 1);
    EXPECT_NE(again.output.find("A mediator named \"Anne Martin\" already exists."), std::string::npos)
        << again.output;
    auto short_password = run_helpdesk({ "add-mediator", "--db", database_url(), "Bruno" }, "short\n");
    EXPECT_EQ(short_password.exit_code, 2);
    EXPECT_NE(short_password.output.find("at least 10 characters"), std::string::npos);
    auto no_password = run_helpdesk({ "add-mediator", "--db", database_url(), "Bruno" }, "");
    EXPECT_EQ(no_password.exit_code, 2);
    auto no_name = run_helpdesk({ "add-mediator", "--db", database_url() }, "a long enough password\n");
    EXPECT_EQ(no_name.exit_code, 2);
    EXPECT_NE(no_name.output.find("Give exactly one name"), std::string::npos);
    EXPECT_FALSE(store().mediator_by_name("Bruno").value());
}

TEST_P(CliTest, CasesListsOneCasePerLine)
{
    {
        auto server = start_server();
        ASSERT_TRUE(server->ready());
        DeviceClient device(server->port());
        ASSERT_EQ(device.enroll({ { "nickname", "Mamie Jocelyne" } }).status, 201);
        ASSERT_EQ(device.send_report(example_report_with_id(fresh_report_id())).status, 201);
        ASSERT_EQ(device.send_report(example_report_with_id(fresh_report_id())).status, 201);
    }
    auto listed = run_helpdesk({ "cases", "--db", database_url() });
    ASSERT_EQ(listed.exit_code, 0) << listed.output;
    static const std::regex line(
        R"(\d{3} \d{3} \d{3}\t\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\tnew\tMamie Jocelyne)");
    std::istringstream lines(listed.output);
    std::string text;
    int count = 0;
    while (std::getline(lines, text)) {
        EXPECT_TRUE(std::regex_match(text, line)) << text;
        ++count;
    }
    EXPECT_EQ(count, 2);
}

TEST_P(CliTest, PurgeAppliesRetentionNow)
{
    {
        auto server = start_server();
        ASSERT_TRUE(server->ready());
        DeviceClient device(server->port());
        ASSERT_EQ(device.enroll().status, 201);
        ASSERT_EQ(device.send_report(example_report(), make_png(30, 30)).status, 201);
    }
    auto kept = run_helpdesk({ "purge", "--db", database_url() });
    EXPECT_EQ(kept.exit_code, 0);
    EXPECT_NE(kept.output.find("Deleted 0 case(s)"), std::string::npos) << kept.output;
    auto purged = run_helpdesk({ "purge", "--db", database_url(), "--keep-unclaimed-days", "0" });
    EXPECT_EQ(purged.exit_code, 0);
    EXPECT_NE(purged.output.find("Deleted 1 case(s)"), std::string::npos) << purged.output;
    EXPECT_TRUE(run_helpdesk({ "cases", "--db", database_url() }).output.empty());
    EXPECT_EQ(run_helpdesk({ "purge", "--db", database_url(), "--keep-closed-days", "x" }).exit_code, 2);
}

TEST_P(CliTest, TheServerAppliesRetentionByItself)
{
    auto device = store().enroll_device("Mamie", "hash", Foyer::Helpdesk::now());
    Foyer::Helpdesk::NewReport old;
    old.device_id = device.value().id;
    old.report_id = fresh_report_id();
    old.report_json = example_report_with_id(old.report_id);
    old.now = Foyer::Helpdesk::now() - 8 * 24 * 3600;
    auto stored = store().store_report(old).value();
    auto server = start_server();
    ASSERT_TRUE(server->ready());
    EXPECT_TRUE(eventually([&] { return !store().case_by_code(stored.code).value(); }));
    EXPECT_TRUE(
        eventually([&] { return server->log().find("retention deleted 1 case(s)") != std::string::npos; }));
}

TEST_P(CliTest, HelpAndMistakesAreExplained)
{
    auto help = run_helpdesk({ "--help" });
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.output.find("foyer-helpdesk serve --listen HOST:PORT --db DB"), std::string::npos);
    auto unknown = run_helpdesk({ "frobnicate" });
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.output.find("unknown command \"frobnicate\""), std::string::npos);
    EXPECT_EQ(run_helpdesk({ "cases" }).exit_code, 2);
    EXPECT_EQ(run_helpdesk({ "--version" }).exit_code, 0);
}

TEST(CliSqlite, TheDatabaseFileIsCreatedOnFirstStartReadableByItsOwnerOnly)
{
    auto directory = temporary_directory("helpdesk-file");
    auto path = directory + "/helpdesk.db";
    {
        RunningHelpdesk server("sqlite:" + path);
        ASSERT_TRUE(server.ready()) << server.problem();
        EXPECT_NE(server.log().find("data in SQLite " + path), std::string::npos);
    }
    struct stat info { };
    ASSERT_EQ(stat(path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    auto journal = read_text(path.substr(0, 0) + path);
    EXPECT_FALSE(journal.empty());
    // WAL mode is recorded in the file header (bytes 18 and 19 are 2 for WAL).
    EXPECT_EQ(journal[18], 2);
    EXPECT_EQ(journal[19], 2);
}

}
