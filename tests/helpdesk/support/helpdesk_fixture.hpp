// The fixture every backend-dependent helpdesk test uses: the same test runs on SQLite and on PostgreSQL,
// each time on a fresh, empty database, and can start the real server on it.
#pragma once

#include "postgres.hpp"
#include "running_helpdesk.hpp"

#include "helpdesk/storage/store.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace Foyer::Testing {

enum class Backend {
    Sqlite,
    Postgres,
};

std::string backend_test_name(const ::testing::TestParamInfo<Backend>&);

class BackendTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override;
    void TearDown() override;

    Backend backend() const { return GetParam(); }
    const std::string& database_url() const { return m_url; }
    // The store on the test's database, opened by the test itself (as a second server would).
    Helpdesk::Store& store();
    // The real foyer-helpdesk serve on this database; fails the test when it does not start.
    std::unique_ptr<RunningHelpdesk> start_server(std::vector<std::string> extra_arguments = {});
    std::string temporary() const { return m_directory; }

private:
    std::string m_url;
    std::string m_directory;
    std::string m_postgres_database;
    std::unique_ptr<Helpdesk::Store> m_store;
};

#define FOYER_BACKENDS(suite)                                                                      \
    INSTANTIATE_TEST_SUITE_P(Backends, suite,                                                      \
        ::testing::Values(::Foyer::Testing::Backend::Sqlite, ::Foyer::Testing::Backend::Postgres), \
        ::Foyer::Testing::backend_test_name)

}
