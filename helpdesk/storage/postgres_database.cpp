// The PostgreSQL backend over libpq: a pool of connections, `?` placeholders rewritten to `$n`, binary
// parameters for bytes, and connections re-opened after the server restarts.
#include "database.hpp"

#include <libpq-fe.h>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <mutex>

namespace Foyer::Helpdesk {

namespace {

// Type OIDs from PostgreSQL's pg_type.dat; they are fixed for built-in types.
constexpr Oid bool_oid = 16;
constexpr Oid bytea_oid = 17;
constexpr Oid int8_oid = 20;
constexpr Oid int2_oid = 21;
constexpr Oid int4_oid = 23;

std::string numbered_placeholders(std::string_view sql)
{
    std::string out;
    int number = 0;
    bool in_literal = false;
    for (char c : sql) {
        if (c == '\'')
            in_literal = !in_literal;
        if (c == '?' && !in_literal)
            out += "$" + std::to_string(++number);
        else
            out += c;
    }
    return out;
}

int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 0;
}

// BYTEA in text results is "\x" followed by hexadecimal (the default bytea_output since PostgreSQL 9.0).
std::string decode_bytea(const char* text, size_t length)
{
    std::string out;
    if (length < 2 || text[0] != '\\' || text[1] != 'x')
        return std::string(text, length);
    out.reserve((length - 2) / 2);
    for (size_t i = 2; i + 1 < length; i += 2)
        out += char(hex_value(text[i]) * 16 + hex_value(text[i + 1]));
    return out;
}

Error postgres_error(PGconn* connection, PGresult* result, std::string_view doing)
{
    std::string detail
        = std::string(doing) + ": " + (result ? PQresultErrorMessage(result) : PQerrorMessage(connection));
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    std::string sqlstate = state ? state : "";
    if (!connection || PQstatus(connection) != CONNECTION_OK || sqlstate.starts_with("08")
        || sqlstate.starts_with("57P"))
        return Error(ErrorKind::Unavailable,
            "The helpdesk's database cannot be reached; please try again in a moment.", detail);
    if (sqlstate == "40001" || sqlstate == "40P01")
        return Error(
            ErrorKind::Unavailable, "The helpdesk's database is busy; please try again in a moment.", detail);
    // Constraint violations, refused privileges and errors raised by triggers.
    if (sqlstate.starts_with("23") || sqlstate == "42501" || sqlstate == "P0001")
        return Error(ErrorKind::Conflict, "The database refused this change.", detail);
    return Error(ErrorKind::Internal, "The helpdesk's database failed.", detail);
}

class PostgresSession final : public SqlSession {
public:
    explicit PostgresSession(PGconn* connection)
        : m_connection(connection)
    {
    }

    Dialect dialect() const override { return Dialect::Postgres; }

    ErrorOr<SqlRows> query(std::string_view sql, const SqlParameters& parameters) override
    {
        auto* result = TRY(run(sql, parameters));
        SqlRows rows;
        int columns = PQnfields(result);
        for (int row = 0; row < PQntuples(result); ++row) {
            std::vector<SqlValue> values;
            for (int column = 0; column < columns; ++column) {
                if (PQgetisnull(result, row, column)) {
                    values.emplace_back(std::monostate {});
                    continue;
                }
                const char* text = PQgetvalue(result, row, column);
                size_t length = size_t(PQgetlength(result, row, column));
                Oid type = PQftype(result, column);
                if (type == int8_oid || type == int4_oid || type == int2_oid)
                    values.emplace_back(int64_t(std::strtoll(text, nullptr, 10)));
                else if (type == bool_oid)
                    values.emplace_back(int64_t(text[0] == 't' ? 1 : 0));
                else if (type == bytea_oid)
                    values.emplace_back(Blob { decode_bytea(text, length) });
                else
                    values.emplace_back(std::string(text, length));
            }
            rows.emplace_back(std::move(values));
        }
        PQclear(result);
        return rows;
    }

    ErrorOr<int64_t> execute(std::string_view sql, const SqlParameters& parameters) override
    {
        auto* result = TRY(run(sql, parameters));
        int64_t changed = std::strtoll(PQcmdTuples(result), nullptr, 10);
        PQclear(result);
        return changed;
    }

private:
    ErrorOr<PGresult*> run(std::string_view sql, const SqlParameters& parameters)
    {
        std::vector<std::string> texts(parameters.size());
        std::vector<const char*> values(parameters.size(), nullptr);
        std::vector<int> lengths(parameters.size(), 0);
        std::vector<int> formats(parameters.size(), 0);
        for (size_t i = 0; i < parameters.size(); ++i) {
            auto& value = parameters[i];
            if (auto* number = std::get_if<int64_t>(&value)) {
                texts[i] = std::to_string(*number);
                values[i] = texts[i].c_str();
            } else if (auto* text = std::get_if<std::string>(&value)) {
                values[i] = text->c_str();
            } else if (auto* blob = std::get_if<Blob>(&value)) {
                values[i] = blob->bytes.data();
                lengths[i] = int(blob->bytes.size());
                formats[i] = 1;
            }
        }
        auto statement = numbered_placeholders(sql);
        PGresult* result = PQexecParams(m_connection, statement.c_str(), int(parameters.size()), nullptr,
            values.data(), lengths.data(), formats.data(), 0);
        auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            auto error = postgres_error(m_connection, result, statement);
            PQclear(result);
            return error;
        }
        return result;
    }

    PGconn* m_connection;
};

class PostgresDatabase final : public Database {
public:
    PostgresDatabase(std::string url, size_t connections)
        : m_url(std::move(url))
        , m_max_connections(std::max<size_t>(connections, 1))
    {
    }

    ~PostgresDatabase() override
    {
        for (auto* connection : m_idle)
            PQfinish(connection);
    }

    Dialect dialect() const override { return Dialect::Postgres; }

    std::string description() const override
    {
        // postgresql://user:secret@host/db → postgresql://user@host/db
        auto shown = m_url;
        auto scheme_end = shown.find("://");
        auto at = shown.find('@');
        if (scheme_end != std::string::npos && at != std::string::npos) {
            auto colon = shown.find(':', scheme_end + 3);
            if (colon != std::string::npos && colon < at)
                shown.erase(colon, at - colon);
        }
        return "PostgreSQL " + shown;
    }

    ErrorOr<void> transaction(Access, const TransactionBody& body) override
    {
        // A transaction that failed before COMMIT because the server went away or two writers collided
        // is run again once on a fresh connection: nothing of it was committed. A failed COMMIT is not
        // retried, since whether it took effect is unknown.
        for (int attempt = 0;; ++attempt) {
            auto* connection = TRY(acquire());
            bool reached_commit = false;
            auto result = run_transaction(connection, body, reached_commit);
            bool retry = result.is_error() && result.error().kind() == ErrorKind::Unavailable
                && !reached_commit && attempt < 1;
            release(connection);
            if (!retry)
                return result;
        }
    }

private:
    static ErrorOr<void> run_transaction(
        PGconn* connection, const TransactionBody& body, bool& reached_commit)
    {
        PostgresSession session(connection);
        TRY(session.execute("BEGIN", {}));
        auto result = body(session);
        if (result.is_error()) {
            (void)session.execute("ROLLBACK", {});
            return result;
        }
        reached_commit = true;
        auto committed = session.execute("COMMIT", {});
        if (committed.is_error())
            return committed.error();
        return {};
    }

    ErrorOr<PGconn*> acquire()
    {
        std::unique_lock lock(m_pool_mutex);
        m_pool_changed.wait(lock, [&] { return !m_idle.empty() || m_open < m_max_connections; });
        if (!m_idle.empty()) {
            auto* connection = m_idle.back();
            m_idle.pop_back();
            lock.unlock();
            if (PQstatus(connection) == CONNECTION_OK)
                return connection;
            PQreset(connection);
            if (PQstatus(connection) == CONNECTION_OK)
                return connection;
            auto error = postgres_error(connection, nullptr, "reconnect");
            discard(connection);
            return error;
        }
        ++m_open;
        lock.unlock();
        const char* keywords[] = { "dbname", "connect_timeout", "application_name", nullptr };
        const char* values[] = { m_url.c_str(), "5", "foyer-helpdesk", nullptr };
        PGconn* connection = PQconnectdbParams(keywords, values, 1);
        if (PQstatus(connection) != CONNECTION_OK) {
            auto error = postgres_error(connection, nullptr, "connect to " + description());
            discard(connection);
            return error;
        }
        PGresult* quiet = PQexec(connection, "SET client_min_messages = warning");
        PQclear(quiet);
        return connection;
    }

    void release(PGconn* connection)
    {
        std::lock_guard lock(m_pool_mutex);
        m_idle.push_back(connection);
        m_pool_changed.notify_one();
    }

    void discard(PGconn* connection)
    {
        PQfinish(connection);
        std::lock_guard lock(m_pool_mutex);
        --m_open;
        m_pool_changed.notify_one();
    }

    std::string m_url;
    size_t m_max_connections;
    std::mutex m_pool_mutex;
    std::condition_variable m_pool_changed;
    std::vector<PGconn*> m_idle;
    size_t m_open { 0 };
};

}

std::unique_ptr<Database> make_postgres_database(std::string url, size_t connections)
{
    return std::make_unique<PostgresDatabase>(std::move(url), connections);
}

}
