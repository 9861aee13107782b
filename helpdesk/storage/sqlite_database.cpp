// The SQLite backend: a pool of connections to one WAL-mode file. SQLite allows one writer at a time, so
// writes are queued in the process and committed in groups: whoever finds no write in progress commits
// everything queued so far in one transaction (one fsync), each write in its own savepoint so that one
// failing write does not undo the others. WAL checkpoints are done by a background thread rather than by
// whichever request commits at the wrong time.
#include "database.hpp"

#include <sqlite3.h>

#include <condition_variable>
#include <fcntl.h>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <unordered_map>

namespace Foyer::Helpdesk {

namespace {

Error sqlite_error(sqlite3* handle, int code, std::string_view doing)
{
    std::string detail = std::string(doing) + ": " + (handle ? sqlite3_errmsg(handle) : sqlite3_errstr(code));
    int primary = code & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return Error(
            ErrorKind::Unavailable, "The helpdesk's database is busy; please try again in a moment.", detail);
    if (primary == SQLITE_CONSTRAINT)
        return Error(ErrorKind::Conflict, "The database refused this change.", detail);
    if (primary == SQLITE_CANTOPEN || primary == SQLITE_PERM || primary == SQLITE_READONLY
        || primary == SQLITE_FULL)
        return Error(ErrorKind::Unavailable, "The helpdesk's database file cannot be written.", detail);
    return Error(ErrorKind::Internal, "The helpdesk's database failed.", detail);
}

class SqliteConnection {
public:
    ~SqliteConnection()
    {
        for (auto& [sql, statement] : m_statements)
            sqlite3_finalize(statement);
        sqlite3_close_v2(m_handle);
    }

    static ErrorOr<std::unique_ptr<SqliteConnection>> open(const std::string& path)
    {
        // Screenshots and reports are personal data: the file is readable by the helpdesk's user only.
        // SQLite gives its -wal and -shm files the same mode as the database file.
        if (access(path.c_str(), F_OK) != 0) {
            int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd >= 0)
                close(fd);
        }
        auto connection = std::make_unique<SqliteConnection>();
        int code = sqlite3_open_v2(path.c_str(), &connection->m_handle,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
        if (code != SQLITE_OK)
            return Error(ErrorKind::Unavailable, "The SQLite database " + path + " cannot be opened.",
                sqlite3_errstr(code));
        sqlite3_extended_result_codes(connection->m_handle, 1);
        sqlite3_busy_timeout(connection->m_handle, 10'000);
        // auto_vacuum only takes effect on a new, empty file; it lets purges give space back.
        // synchronous=FULL: an acknowledged report survives a power cut, not only a crash.
        // The background checkpoint keeps the WAL short; a commit only checkpoints itself, as a safety net,
        // when the WAL passes 64 MB.
        for (auto* pragma :
            { "PRAGMA auto_vacuum = INCREMENTAL", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                "PRAGMA foreign_keys = ON", "PRAGMA wal_autocheckpoint = 16384" }) {
            code = sqlite3_exec(connection->m_handle, pragma, nullptr, nullptr, nullptr);
            if (code != SQLITE_OK)
                return sqlite_error(connection->m_handle, code, pragma);
        }
        return connection;
    }

    sqlite3* handle() { return m_handle; }

    ErrorOr<sqlite3_stmt*> prepare(std::string_view sql)
    {
        std::string key(sql);
        if (auto found = m_statements.find(key); found != m_statements.end())
            return found->second;
        sqlite3_stmt* statement = nullptr;
        int code = sqlite3_prepare_v3(
            m_handle, key.c_str(), int(key.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        if (code != SQLITE_OK)
            return sqlite_error(m_handle, code, "prepare " + key);
        m_statements.emplace(std::move(key), statement);
        return statement;
    }

    ErrorOr<void> run(const char* sql)
    {
        int code = sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr);
        if (code != SQLITE_OK)
            return sqlite_error(m_handle, code, sql);
        return {};
    }

private:
    sqlite3* m_handle { nullptr };
    std::unordered_map<std::string, sqlite3_stmt*> m_statements;
};

class SqliteSession final : public SqlSession {
public:
    explicit SqliteSession(SqliteConnection& connection)
        : m_connection(connection)
    {
    }

    Dialect dialect() const override { return Dialect::Sqlite; }

    ErrorOr<SqlRows> query(std::string_view sql, const SqlParameters& parameters) override
    {
        SqlRows rows;
        TRY(step_all(sql, parameters, &rows));
        return rows;
    }

    ErrorOr<int64_t> execute(std::string_view sql, const SqlParameters& parameters) override
    {
        TRY(step_all(sql, parameters, nullptr));
        return int64_t(sqlite3_changes64(m_connection.handle()));
    }

private:
    ErrorOr<void> step_all(std::string_view sql, const SqlParameters& parameters, SqlRows* rows)
    {
        auto* statement = TRY(m_connection.prepare(sql));
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        for (size_t i = 0; i < parameters.size(); ++i) {
            int index = int(i + 1);
            auto& value = parameters[i];
            int code = SQLITE_OK;
            if (auto* number = std::get_if<int64_t>(&value))
                code = sqlite3_bind_int64(statement, index, *number);
            else if (auto* text = std::get_if<std::string>(&value))
                code = sqlite3_bind_text64(
                    statement, index, text->data(), text->size(), SQLITE_STATIC, SQLITE_UTF8);
            else if (auto* blob = std::get_if<Blob>(&value))
                code = sqlite3_bind_blob64(
                    statement, index, blob->bytes.data(), blob->bytes.size(), SQLITE_STATIC);
            else
                code = sqlite3_bind_null(statement, index);
            if (code != SQLITE_OK)
                return sqlite_error(m_connection.handle(), code, "bind");
        }
        while (true) {
            int code = sqlite3_step(statement);
            if (code == SQLITE_DONE)
                break;
            if (code != SQLITE_ROW) {
                auto error = sqlite_error(m_connection.handle(), code, sql);
                sqlite3_reset(statement);
                return error;
            }
            if (!rows)
                continue;
            std::vector<SqlValue> values;
            int columns = sqlite3_column_count(statement);
            for (int column = 0; column < columns; ++column) {
                switch (sqlite3_column_type(statement, column)) {
                case SQLITE_INTEGER:
                    values.emplace_back(int64_t(sqlite3_column_int64(statement, column)));
                    break;
                case SQLITE_NULL:
                    values.emplace_back(std::monostate {});
                    break;
                case SQLITE_BLOB: {
                    auto* data = static_cast<const char*>(sqlite3_column_blob(statement, column));
                    values.emplace_back(Blob {
                        std::string(data ? data : "", size_t(sqlite3_column_bytes(statement, column))) });
                    break;
                }
                default: {
                    auto* data = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
                    values.emplace_back(
                        std::string(data ? data : "", size_t(sqlite3_column_bytes(statement, column))));
                    break;
                }
                }
            }
            rows->emplace_back(std::move(values));
        }
        // Let go of the statement's read snapshot and bound buffers now rather than at the next use.
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        return {};
    }

    SqliteConnection& m_connection;
};

class SqliteDatabase final : public Database {
public:
    SqliteDatabase(std::string path, size_t connections)
        : m_path(std::move(path))
        , m_max_connections(std::max<size_t>(connections, 1))
    {
        m_checkpointer = std::thread([this] { checkpoint_loop(); });
    }

    ~SqliteDatabase() override
    {
        {
            std::lock_guard lock(m_checkpoint_mutex);
            m_stopping = true;
        }
        m_checkpoint_wanted.notify_all();
        m_checkpointer.join();
    }

    Dialect dialect() const override { return Dialect::Sqlite; }
    std::string description() const override { return "SQLite " + m_path; }

    ErrorOr<void> transaction(Access access, const TransactionBody& body) override
    {
        if (access == Access::Write)
            return write(body);
        auto connection = TRY(acquire());
        auto result = run_read(*connection, body);
        release(std::move(connection));
        return result;
    }

private:
    // A PASSIVE checkpoint never waits for readers or writers: it copies what it can and leaves the rest
    // for the next round. Once a second is enough to keep the WAL to a few megabytes under heavy load.
    void checkpoint_loop()
    {
        std::unique_ptr<SqliteConnection> connection;
        std::unique_lock lock(m_checkpoint_mutex);
        while (!m_stopping) {
            m_checkpoint_wanted.wait_for(lock, std::chrono::seconds(1), [&] { return m_stopping; });
            if (m_stopping || m_commits_since_checkpoint == 0)
                continue;
            m_commits_since_checkpoint = 0;
            lock.unlock();
            if (!connection) {
                auto opened = SqliteConnection::open(m_path);
                if (!opened.is_error())
                    connection = opened.release_value();
            }
            if (connection)
                sqlite3_wal_checkpoint_v2(
                    connection->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            lock.lock();
        }
    }

    static ErrorOr<void> run_read(SqliteConnection& connection, const TransactionBody& body)
    {
        TRY(connection.run("BEGIN"));
        SqliteSession session(connection);
        auto result = body(session);
        (void)connection.run(result.is_error() ? "ROLLBACK" : "COMMIT");
        return result;
    }

    struct PendingWrite {
        const TransactionBody* body { nullptr };
        ErrorOr<void> result;
        bool done { false };
    };

    // Group commit (the leader/follower pattern): the caller that finds no write in progress writes the
    // whole queue, its own write included, while later callers wait for their turn or their result.
    ErrorOr<void> write(const TransactionBody& body)
    {
        PendingWrite mine { &body, {}, false };
        std::unique_lock lock(m_queue_mutex);
        m_queue.push_back(&mine);
        while (!mine.done) {
            if (m_writing) {
                m_queue_changed.wait(lock);
                continue;
            }
            m_writing = true;
            std::vector<PendingWrite*> batch;
            size_t taken = std::min(m_queue.size(), max_group_size);
            batch.assign(m_queue.begin(), m_queue.begin() + long(taken));
            m_queue.erase(m_queue.begin(), m_queue.begin() + long(taken));
            lock.unlock();
            write_group(batch);
            lock.lock();
            for (auto* write : batch)
                write->done = true;
            m_writing = false;
            m_queue_changed.notify_all();
        }
        return mine.result;
    }

    void write_group(const std::vector<PendingWrite*>& batch)
    {
        auto fail_all = [&](const Error& error) {
            for (auto* write : batch)
                write->result = error;
        };
        auto connection = acquire();
        if (connection.is_error())
            return fail_all(connection.error());
        // BEGIN IMMEDIATE takes the write lock at once, so a write never fails half-way on a lock held by
        // another process (the `purge` command, say); the busy timeout covers the wait.
        if (auto begun = connection.value()->run("BEGIN IMMEDIATE"); begun.is_error()) {
            release(connection.release_value());
            return fail_all(begun.error());
        }
        SqliteSession session(*connection.value());
        for (auto* write : batch) {
            auto savepoint = connection.value()->run("SAVEPOINT one_write");
            write->result = savepoint.is_error() ? savepoint : (*write->body)(session);
            if (write->result.is_error())
                (void)connection.value()->run("ROLLBACK TO one_write");
            (void)connection.value()->run("RELEASE one_write");
        }
        auto committed = connection.value()->run("COMMIT");
        if (committed.is_error()) {
            (void)connection.value()->run("ROLLBACK");
            for (auto* write : batch)
                if (!write->result.is_error())
                    write->result = committed.error();
        } else {
            std::lock_guard lock(m_checkpoint_mutex);
            m_commits_since_checkpoint += int64_t(batch.size());
        }
        release(connection.release_value());
    }

    ErrorOr<std::unique_ptr<SqliteConnection>> acquire()
    {
        std::unique_lock lock(m_pool_mutex);
        m_pool_changed.wait(lock, [&] { return !m_idle.empty() || m_open < m_max_connections; });
        if (!m_idle.empty()) {
            auto connection = std::move(m_idle.back());
            m_idle.pop_back();
            return connection;
        }
        ++m_open;
        lock.unlock();
        auto opened = SqliteConnection::open(m_path);
        if (opened.is_error()) {
            std::lock_guard relock(m_pool_mutex);
            --m_open;
            m_pool_changed.notify_one();
        }
        return opened;
    }

    void release(std::unique_ptr<SqliteConnection> connection)
    {
        std::lock_guard lock(m_pool_mutex);
        m_idle.push_back(std::move(connection));
        m_pool_changed.notify_one();
    }

    // Bounds the size of one transaction (64 reports with screenshots are about 10 MB).
    static constexpr size_t max_group_size = 64;

    std::string m_path;
    size_t m_max_connections;
    std::mutex m_queue_mutex;
    std::condition_variable m_queue_changed;
    std::vector<PendingWrite*> m_queue;
    bool m_writing { false };
    std::mutex m_pool_mutex;
    std::condition_variable m_pool_changed;
    std::vector<std::unique_ptr<SqliteConnection>> m_idle;
    size_t m_open { 0 };

    std::thread m_checkpointer;
    std::mutex m_checkpoint_mutex;
    std::condition_variable m_checkpoint_wanted;
    int64_t m_commits_since_checkpoint { 0 };
    bool m_stopping { false };
};

}

std::unique_ptr<Database> make_sqlite_database(std::string path, size_t connections)
{
    return std::make_unique<SqliteDatabase>(std::move(path), connections);
}

}
