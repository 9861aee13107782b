// PostgreSQL with separate roles (helpdesk/README.md): the owner creates the tables, the server runs as a
// role that may add to the audit log but, by the database's own privileges, never change or delete it.
#include "tests/helpdesk/support/device_client.hpp"
#include "tests/helpdesk/support/postgres.hpp"

#include "helpdesk/core/crypto.hpp"
#include "helpdesk/storage/store.hpp"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <unistd.h>

using namespace Foyer::Helpdesk;
using namespace Foyer::Testing;

namespace {

bool run_sql(const std::string& url, const std::string& statement, std::string& problem)
{
    PGconn* connection = PQconnectdb(url.c_str());
    PGresult* result = PQexec(connection, statement.c_str());
    bool done = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!done)
        problem = PQresultErrorMessage(result) + std::string(PQerrorMessage(connection));
    PQclear(result);
    PQfinish(connection);
    return done;
}

TEST(PostgresRoles, TheServersRoleMayAddToTheAuditLogButNeverChangeIt)
{
    ASSERT_FALSE(initialise_crypto().is_error());
    std::string problem;
    auto* cluster = shared_postgres(problem);
    if (!cluster)
        GTEST_SKIP() << "PostgreSQL is not available: " << problem;
    auto suffix = std::to_string(getpid());
    auto database = "foyer_roles_" + suffix;
    auto role = "foyer_app_" + suffix;
    auto owner_url = create_database(*cluster, database, problem);
    ASSERT_TRUE(owner_url) << problem;
    {
        auto owner = Store::open(*owner_url, 1);
        ASSERT_FALSE(owner.is_error()) << owner.error().detail();
    }
    // The grants the README gives.
    for (auto statement : { "CREATE ROLE " + role + " LOGIN PASSWORD 'app-password'",
             "GRANT CONNECT ON DATABASE " + database + " TO " + role,
             "GRANT USAGE ON SCHEMA public TO " + role,
             "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role,
             "REVOKE UPDATE, DELETE ON audit_log FROM " + role,
             "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + role })
        ASSERT_TRUE(run_sql(*owner_url, statement, problem)) << statement << ": " << problem;

    auto app_url = "postgresql://" + role + ":app-password@"
        + cluster->base_url.substr(cluster->base_url.find('@') + 1) + database;
    auto app = Store::open(app_url, 2);
    ASSERT_FALSE(app.is_error()) << app.error().message() << " " << app.error().detail();
    auto device = app.value()->enroll_device("Mamie", sha256_hex("token"), now());
    ASSERT_FALSE(device.is_error()) << device.error().detail();
    NewReport report;
    report.device_id = device.value().id;
    report.report_id = fresh_report_id();
    report.report_json = example_report_with_id(report.report_id);
    report.now = now();
    ASSERT_FALSE(app.value()->store_report(report).is_error());
    ASSERT_FALSE(app.value()
                     ->audit({ now(), "case_viewed", std::nullopt, "Anne", 1, "123456789", "127.0.0.1", "" })
                     .is_error());

    for (auto* statement : { "UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log" }) {
        auto refused
            = app.value()->database().transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
                  TRY(sql.execute(statement));
                  return {};
              });
        ASSERT_TRUE(refused.is_error()) << statement;
        EXPECT_NE(refused.error().detail().find("permission denied"), std::string::npos)
            << refused.error().detail();
    }
    EXPECT_EQ(app.value()->audit_entries().value().size(), 1u);
    app.value().reset();
    drop_database(*cluster, database);
    run_sql(cluster->base_url + "postgres", "DROP ROLE IF EXISTS " + role, problem);
}

}
