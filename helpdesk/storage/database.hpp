// The SQL seam between the helpdesk and its two databases: SQLite (one file) and PostgreSQL (shared by
// several servers). Queries are written once with `?` placeholders; each backend runs them its own way.
#pragma once

#include "helpdesk/core/error.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace Foyer::Helpdesk {

enum class Dialect {
    Sqlite,
    Postgres,
};

// Bytes stored as BLOB (SQLite) or BYTEA (PostgreSQL), as opposed to text.
struct Blob {
    std::string bytes;
};

using SqlValue = std::variant<std::monostate, int64_t, std::string, Blob>;
using SqlParameters = std::vector<SqlValue>;

// NULL when empty.
SqlValue nullable(const std::optional<int64_t>&);

class SqlRow {
public:
    explicit SqlRow(std::vector<SqlValue> values)
        : m_values(std::move(values))
    {
    }

    size_t size() const { return m_values.size(); }
    bool is_null(size_t column) const;
    int64_t integer(size_t column) const;
    std::optional<int64_t> optional_integer(size_t column) const;
    // Text or blob bytes; empty for NULL.
    std::string text(size_t column) const;

private:
    std::vector<SqlValue> m_values;
};

using SqlRows = std::vector<SqlRow>;

// One connection inside one transaction.
class SqlSession {
public:
    virtual ~SqlSession() = default;
    virtual Dialect dialect() const = 0;
    virtual ErrorOr<SqlRows> query(std::string_view sql, const SqlParameters& parameters = {}) = 0;
    // Returns the number of rows changed.
    virtual ErrorOr<int64_t> execute(std::string_view sql, const SqlParameters& parameters = {}) = 0;
};

enum class Access {
    Read,
    Write,
};

using TransactionBody = std::function<ErrorOr<void>(SqlSession&)>;

class Database {
public:
    virtual ~Database() = default;

    // "sqlite:PATH" or "postgresql://…" (also "postgres://…"). The SQLite file is created when missing.
    static ErrorOr<std::unique_ptr<Database>> open(std::string_view url, size_t connections = 8);

    virtual Dialect dialect() const = 0;
    // Where the data is, without any password, for logs and messages.
    virtual std::string description() const = 0;
    // Runs `body` in one transaction: committed when it succeeds, rolled back when it returns an error.
    virtual ErrorOr<void> transaction(Access, const TransactionBody& body) = 0;
};

// Parses "sqlite:PATH" / "postgresql://…" and says what is wrong with anything else.
struct DatabaseUrl {
    Dialect dialect { Dialect::Sqlite };
    // The file for SQLite, the whole URL for PostgreSQL.
    std::string location;
};
ErrorOr<DatabaseUrl> parse_database_url(std::string_view url);

std::unique_ptr<Database> make_sqlite_database(std::string path, size_t connections);
std::unique_ptr<Database> make_postgres_database(std::string url, size_t connections);

}
