// A private PostgreSQL server on loopback for the helpdesk tests, started with initdb and pg_ctl in a
// temporary directory. PostgreSQL refuses to run as root, so as root it runs as the `postgres` system user
// (created by Debian's postgresql package) through runuser.
#pragma once

#include <optional>
#include <string>

namespace Foyer::Testing {

struct PostgresCluster {
    // postgresql://USER:PASSWORD@127.0.0.1:PORT/ without a database name.
    std::string base_url;
    std::string data_directory;
};

// Why PostgreSQL cannot be started here (no binaries, no unprivileged user), or nothing.
std::optional<std::string> postgres_unavailable_reason();

// Starts a new cluster under `directory` (created, must not exist). On failure, the reason.
struct StartedCluster {
    std::optional<PostgresCluster> cluster;
    std::string problem;
};
StartedCluster start_postgres(const std::string& directory);
void stop_postgres(const PostgresCluster&);

// The cluster this test process uses: the one started by the ctest fixture (its URL in the state file
// FOYER_HELPDESK_POSTGRES_STATE), or else one started now for this process and stopped at exit.
// Nothing, with `problem` set, when PostgreSQL cannot run here.
const PostgresCluster* shared_postgres(std::string& problem);

// Creates an empty database in the cluster and returns its URL; drop_database removes it.
std::optional<std::string> create_database(
    const PostgresCluster&, const std::string& name, std::string& problem);
void drop_database(const PostgresCluster&, const std::string& name);

}
