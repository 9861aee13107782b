// helpdesk-test-postgres start|stop STATE_DIR: one PostgreSQL cluster shared by every helpdesk test of a
// ctest run (a fixture), so that each test only creates its own database. The URL goes to STATE_DIR/url.
#include "postgres.hpp"

#include "tests/support/process.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

using namespace Foyer::Testing;

namespace {

// Line 1: the cluster's data directory; line 2: the directory to remove afterwards.
void stop_from(const std::string& state)
{
    auto cluster_file = state + "/cluster";
    if (!std::filesystem::exists(cluster_file))
        return;
    auto text = read_text(cluster_file);
    auto newline = text.find('\n');
    auto data = text.substr(0, newline);
    auto directory = newline == std::string::npos ? std::string() : text.substr(newline + 1);
    while (!directory.empty() && directory.back() == '\n')
        directory.pop_back();
    stop_postgres(PostgresCluster { {}, data });
    std::error_code ignored;
    if (!directory.empty() && directory.find("foyer-pg-") != std::string::npos)
        std::filesystem::remove_all(directory, ignored);
    std::filesystem::remove(cluster_file, ignored);
    std::filesystem::remove(state + "/url", ignored);
}

}

int main(int argc, char** argv)
{
    if (argc != 3 || (std::string(argv[1]) != "start" && std::string(argv[1]) != "stop")) {
        std::fprintf(stderr, "usage: helpdesk-test-postgres start|stop STATE_DIR\n");
        return 2;
    }
    std::string state = argv[2];
    stop_from(state);
    if (std::string(argv[1]) == "stop")
        return 0;
    std::filesystem::create_directories(state);
    if (auto reason = postgres_unavailable_reason()) {
        // Not a failure: every PostgreSQL test then skips and says why.
        std::printf("PostgreSQL tests will be skipped: %s\n", reason->c_str());
        return 0;
    }
    std::string pattern = (std::filesystem::temp_directory_path() / "foyer-pg-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    // mkdtemp makes it 0700: the postgres user must be able to go through it to its own directory.
    std::filesystem::permissions(pattern,
        std::filesystem::perms::owner_all | std::filesystem::perms::group_exec
            | std::filesystem::perms::others_exec);
    auto started = start_postgres(pattern + "/cluster");
    if (!started.cluster) {
        std::fprintf(stderr, "PostgreSQL could not start: %s\n", started.problem.c_str());
        std::error_code ignored;
        std::filesystem::remove_all(pattern, ignored);
        return 1;
    }
    write_text(state + "/cluster", started.cluster->data_directory + "\n" + pattern + "\n");
    write_text(state + "/url", started.cluster->base_url + "\n");
    std::printf("PostgreSQL for the helpdesk tests: %s\n", started.cluster->base_url.c_str());
    return 0;
}
