// initdb, pg_ctl and libpq for the test cluster; fast and unsafe settings (no fsync): the data is thrown
// away.
#include "postgres.hpp"

#include "tests/support/process.hpp"

#include <libpq-fe.h>

#include <arpa/inet.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Foyer::Testing {

namespace {

constexpr const char* password = "foyer-test-password";

std::string postgres_bin_directory()
{
    if (const char* override_directory = std::getenv("FOYER_PG_BINDIR"))
        return override_directory;
    std::string best;
    std::error_code ignored;
    for (auto& entry : std::filesystem::directory_iterator("/usr/lib/postgresql", ignored)) {
        auto candidate = entry.path() / "bin";
        if (std::filesystem::exists(candidate / "initdb") && (best.empty() || candidate.string() > best))
            best = candidate.string();
    }
    return best;
}

bool running_as_root()
{
    return geteuid() == 0;
}

// Runs a PostgreSQL program as an unprivileged user when we are root.
std::vector<std::string> as_postgres(std::vector<std::string> argv)
{
    if (!running_as_root())
        return argv;
    std::vector<std::string> wrapped { "runuser", "-u", "postgres", "--" };
    wrapped.insert(wrapped.end(), argv.begin(), argv.end());
    return wrapped;
}

int free_port()
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    int port = ntohs(address.sin_port);
    close(fd);
    return port;
}

bool give_to_postgres(const std::string& path)
{
    if (!running_as_root())
        return true;
    auto* user = getpwnam("postgres");
    return user && chown(path.c_str(), user->pw_uid, user->pw_gid) == 0;
}

PGconn* connect_admin(const PostgresCluster& cluster, std::string& problem)
{
    auto url = cluster.base_url + "postgres";
    PGconn* connection = PQconnectdb(url.c_str());
    if (PQstatus(connection) != CONNECTION_OK) {
        problem = "cannot connect to the test PostgreSQL: " + std::string(PQerrorMessage(connection));
        PQfinish(connection);
        return nullptr;
    }
    return connection;
}

}

std::optional<std::string> postgres_unavailable_reason()
{
    auto bin = postgres_bin_directory();
    if (bin.empty())
        return "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; apt-get install "
               "postgresql)";
    if (running_as_root() && !getpwnam("postgres"))
        return "running as root and there is no unprivileged 'postgres' user to run PostgreSQL as";
    if (running_as_root() && !have_program("runuser"))
        return "running as root and runuser is missing (util-linux)";
    return std::nullopt;
}

StartedCluster start_postgres(const std::string& directory)
{
    StartedCluster started;
    if (auto reason = postgres_unavailable_reason()) {
        started.problem = *reason;
        return started;
    }
    auto bin = postgres_bin_directory();
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    std::filesystem::permissions(directory, std::filesystem::perms::owner_all, error);
    auto data = directory + "/data";
    auto socket_directory = directory + "/socket";
    std::filesystem::create_directories(socket_directory, error);
    write_text(directory + "/password", password);
    for (auto* path : { "", "/socket", "/password" }) {
        if (!give_to_postgres(directory + path)) {
            started.problem = "cannot hand " + directory + path + " to the postgres user";
            return started;
        }
    }
    auto initdb = run(as_postgres({ bin + "/initdb", "-D", data, "-U", "postgres", "--auth-local=trust",
                          "--auth-host=scram-sha-256", "--pwfile=" + directory + "/password", "--no-sync",
                          "-E", "UTF8", "--locale=C" }),
        {}, std::chrono::seconds(120));
    if (initdb.exit_code != 0) {
        started.problem = "initdb failed: " + initdb.output;
        return started;
    }
    int port = free_port();
    auto options = "-c listen_addresses=127.0.0.1 -p " + std::to_string(port)
        + " -c unix_socket_directories=" + socket_directory
        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c "
          "shared_buffers=64MB";
    auto pg_ctl = run(as_postgres({ bin + "/pg_ctl", "-D", data, "-l", directory + "/server.log", "-o",
                          options, "-w", "-t", "60", "start" }),
        {}, std::chrono::seconds(90));
    if (pg_ctl.exit_code != 0) {
        started.problem = "pg_ctl start failed: " + pg_ctl.output + read_text(directory + "/server.log");
        return started;
    }
    started.cluster = PostgresCluster {
        "postgresql://postgres:" + std::string(password) + "@127.0.0.1:" + std::to_string(port) + "/", data
    };
    return started;
}

void stop_postgres(const PostgresCluster& cluster)
{
    auto bin = postgres_bin_directory();
    (void)run(as_postgres({ bin + "/pg_ctl", "-D", cluster.data_directory, "-m", "immediate", "-w", "stop" }),
        {}, std::chrono::seconds(60));
}

const PostgresCluster* shared_postgres(std::string& problem)
{
    static std::mutex mutex;
    static std::optional<PostgresCluster> cluster;
    static std::string failure;
    static bool tried = false;
    std::lock_guard lock(mutex);
    if (!tried) {
        tried = true;
        const char* state = std::getenv("FOYER_HELPDESK_POSTGRES_STATE");
        std::string url = state ? read_text(state) : std::string();
        url = url.substr(0, url.find('\n'));
        if (!url.empty()) {
            cluster = PostgresCluster { url, {} };
        } else {
            // Not under ctest's fixture (a test binary run by hand): a cluster of our own, for this process.
            auto directory
                = std::filesystem::temp_directory_path().string() + "/foyer-pg-" + std::to_string(getpid());
            auto started = start_postgres(directory);
            if (started.cluster) {
                cluster = started.cluster;
                static PostgresCluster to_stop = *cluster;
                static std::string to_remove = directory;
                std::atexit([] {
                    stop_postgres(to_stop);
                    std::error_code ignored;
                    std::filesystem::remove_all(to_remove, ignored);
                });
            } else {
                failure = started.problem;
            }
        }
    }
    problem = failure;
    return cluster ? &*cluster : nullptr;
}

std::optional<std::string> create_database(
    const PostgresCluster& cluster, const std::string& name, std::string& problem)
{
    auto* connection = connect_admin(cluster, problem);
    if (!connection)
        return std::nullopt;
    auto statement = "CREATE DATABASE " + name;
    PGresult* result = PQexec(connection, statement.c_str());
    bool created = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!created)
        problem = "CREATE DATABASE failed: " + std::string(PQresultErrorMessage(result));
    PQclear(result);
    PQfinish(connection);
    if (!created)
        return std::nullopt;
    return cluster.base_url + name;
}

void drop_database(const PostgresCluster& cluster, const std::string& name)
{
    std::string problem;
    auto* connection = connect_admin(cluster, problem);
    if (!connection)
        return;
    auto statement = "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)";
    PQclear(PQexec(connection, statement.c_str()));
    PQfinish(connection);
}

}
