// Fresh databases per test: a file in a temporary directory, or a new database in the test cluster.
#include "helpdesk_fixture.hpp"

#include "helpdesk/core/crypto.hpp"
#include "tests/support/process.hpp"

#include <atomic>
#include <unistd.h>

namespace Foyer::Testing {

std::string backend_test_name(const ::testing::TestParamInfo<Backend>& info)
{
    return info.param == Backend::Sqlite ? "Sqlite" : "Postgres";
}

void BackendTest::SetUp()
{
    ASSERT_FALSE(Helpdesk::initialise_crypto().is_error());
    m_directory = temporary_directory("helpdesk");
    if (backend() == Backend::Sqlite) {
        m_url = "sqlite:" + m_directory + "/helpdesk.db";
        return;
    }
    std::string problem;
    auto* cluster = shared_postgres(problem);
    if (!cluster)
        GTEST_SKIP() << "PostgreSQL is not available: " << problem;
    static std::atomic<int> counter { 0 };
    m_postgres_database = "foyer_test_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
    auto url = create_database(*cluster, m_postgres_database, problem);
    ASSERT_TRUE(url) << problem;
    m_url = *url;
}

void BackendTest::TearDown()
{
    m_store.reset();
    if (!m_postgres_database.empty()) {
        std::string problem;
        if (auto* cluster = shared_postgres(problem))
            drop_database(*cluster, m_postgres_database);
    }
}

Helpdesk::Store& BackendTest::store()
{
    if (!m_store) {
        auto opened = Helpdesk::Store::open(m_url, 4);
        if (opened.is_error())
            ADD_FAILURE() << opened.error().message() << " " << opened.error().detail();
        else
            m_store = opened.release_value();
    }
    return *m_store;
}

std::unique_ptr<RunningHelpdesk> BackendTest::start_server(std::vector<std::string> extra_arguments)
{
    auto server = std::make_unique<RunningHelpdesk>(m_url, std::move(extra_arguments));
    EXPECT_TRUE(server->ready()) << server->problem();
    return server;
}

}
