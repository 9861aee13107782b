// The tables, in both dialects, and the one-way migrations that create them on first start.
#include "schema.hpp"

#include <array>

namespace Foyer::Helpdesk {

namespace {

// Version 1. Times are whole seconds since 1970 (UTC). Tokens are kept only as SHA-256 hashes.
constexpr std::array sqlite_version_1 {
    R"(CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        nickname TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL))",
    R"(CREATE TABLE mediators (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL))",
    R"(CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        device_id TEXT NOT NULL REFERENCES devices(id),
        report_id TEXT NOT NULL,
        report TEXT NOT NULL,
        worst_status TEXT NOT NULL,
        problem_count INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        code_expires_at INTEGER NOT NULL,
        claimed_at INTEGER,
        claimed_by INTEGER REFERENCES mediators(id),
        closed_at INTEGER,
        closed_by INTEGER REFERENCES mediators(id),
        activity_note TEXT,
        UNIQUE (device_id, report_id)))",
    "CREATE INDEX cases_by_device ON cases(device_id, created_at)",
    "CREATE INDEX cases_by_creation ON cases(created_at)",
    "CREATE INDEX cases_by_closing ON cases(closed_at)",
    R"(CREATE TABLE screenshots (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        png BLOB NOT NULL))",
    "CREATE INDEX screenshots_by_case ON screenshots(case_id, id)",
    R"(CREATE TABLE live_sessions (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        started_at INTEGER NOT NULL,
        ends_at INTEGER NOT NULL,
        ended_at INTEGER,
        ended_by TEXT))",
    "CREATE INDEX live_sessions_by_case ON live_sessions(case_id, id)",
    R"(CREATE TABLE live_events (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        mediator_id INTEGER REFERENCES mediators(id),
        created_at INTEGER NOT NULL))",
    "CREATE INDEX live_events_by_session ON live_events(session_id, id)",
    R"(CREATE TABLE console_sessions (
        token_hash TEXT PRIMARY KEY,
        mediator_id INTEGER NOT NULL REFERENCES mediators(id),
        csrf_token TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL))",
    // No foreign keys: an entry outlives the case it names, which retention deletes.
    R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        action TEXT NOT NULL,
        mediator_id INTEGER,
        mediator_name TEXT NOT NULL,
        case_id INTEGER,
        case_code TEXT NOT NULL,
        client TEXT NOT NULL,
        detail TEXT NOT NULL))",
    "CREATE INDEX audit_log_by_action ON audit_log(action, at)",
    "CREATE INDEX audit_log_by_case ON audit_log(case_id)",
    // Append-only, enforced by the database itself: no code path of the application can change history.
    R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)",
    R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)",
};

constexpr std::array postgres_version_1 {
    R"(CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        nickname TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        created_at BIGINT NOT NULL))",
    R"(CREATE TABLE mediators (
        id BIGSERIAL PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        created_at BIGINT NOT NULL))",
    R"(CREATE TABLE cases (
        id BIGSERIAL PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        device_id TEXT NOT NULL REFERENCES devices(id),
        report_id TEXT NOT NULL,
        report TEXT NOT NULL,
        worst_status TEXT NOT NULL,
        problem_count BIGINT NOT NULL,
        created_at BIGINT NOT NULL,
        code_expires_at BIGINT NOT NULL,
        claimed_at BIGINT,
        claimed_by BIGINT REFERENCES mediators(id),
        closed_at BIGINT,
        closed_by BIGINT REFERENCES mediators(id),
        activity_note TEXT,
        UNIQUE (device_id, report_id)))",
    "CREATE INDEX cases_by_device ON cases(device_id, created_at)",
    "CREATE INDEX cases_by_creation ON cases(created_at)",
    "CREATE INDEX cases_by_closing ON cases(closed_at)",
    R"(CREATE TABLE screenshots (
        id BIGSERIAL PRIMARY KEY,
        case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        created_at BIGINT NOT NULL,
        width BIGINT NOT NULL,
        height BIGINT NOT NULL,
        png BYTEA NOT NULL))",
    "CREATE INDEX screenshots_by_case ON screenshots(case_id, id)",
    R"(CREATE TABLE live_sessions (
        id BIGSERIAL PRIMARY KEY,
        case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        started_at BIGINT NOT NULL,
        ends_at BIGINT NOT NULL,
        ended_at BIGINT,
        ended_by TEXT))",
    "CREATE INDEX live_sessions_by_case ON live_sessions(case_id, id)",
    R"(CREATE TABLE live_events (
        id BIGSERIAL PRIMARY KEY,
        session_id BIGINT NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        mediator_id BIGINT REFERENCES mediators(id),
        created_at BIGINT NOT NULL))",
    "CREATE INDEX live_events_by_session ON live_events(session_id, id)",
    R"(CREATE TABLE console_sessions (
        token_hash TEXT PRIMARY KEY,
        mediator_id BIGINT NOT NULL REFERENCES mediators(id),
        csrf_token TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL))",
    R"(CREATE TABLE audit_log (
        id BIGSERIAL PRIMARY KEY,
        at BIGINT NOT NULL,
        action TEXT NOT NULL,
        mediator_id BIGINT,
        mediator_name TEXT NOT NULL,
        case_id BIGINT,
        case_code TEXT NOT NULL,
        client TEXT NOT NULL,
        detail TEXT NOT NULL))",
    "CREATE INDEX audit_log_by_action ON audit_log(action, at)",
    "CREATE INDEX audit_log_by_case ON audit_log(case_id)",
    R"(CREATE FUNCTION foyer_audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$)",
    R"(CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION foyer_audit_log_is_append_only())",
    R"(CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION foyer_audit_log_is_append_only())",
    // For a role that is not the owner (README: "PostgreSQL with separate roles"), privileges say the same.
    "REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC",
};

// Version 2 (the same in both dialects): when the senior asked and the offline code a late report answers,
// so that the console tells a late case and links the code she read on the phone to the case that arrived
// later; and when the device was given each live-help event, so that the mediator sees whether a message
// was shown.
constexpr std::array version_2 {
    "ALTER TABLE cases ADD COLUMN asked_at BIGINT",
    "ALTER TABLE cases ADD COLUMN offline_code TEXT",
    "CREATE INDEX cases_by_offline_code ON cases(offline_code)",
    "ALTER TABLE live_events ADD COLUMN shown_at BIGINT",
};

}

ErrorOr<void> migrate(Database& database)
{
    return database.transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        bool postgres = sql.dialect() == Dialect::Postgres;
        // Several helpdesk servers may start together on one PostgreSQL database: one migrates, the
        // others wait here and then find the work done.
        if (postgres)
            TRY(sql.query("SELECT pg_advisory_xact_lock(7140001)"));
        // Looked up rather than created blindly: a PostgreSQL role that may use the tables but not create
        // any (README: separate roles) must still be able to start on an existing database.
        auto exists = TRY(sql.query(postgres
                ? "SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = "
                  "'schema_version'"
                : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
        if (exists.empty() || exists[0].integer(0) == 0)
            TRY(sql.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)"));
        auto rows = TRY(sql.query("SELECT MAX(version) FROM schema_version"));
        int64_t version = rows.empty() ? 0 : rows[0].integer(0);
        if (version > current_schema_version)
            return Error(ErrorKind::Internal,
                "This database was made by a newer version of the helpdesk (schema " + std::to_string(version)
                    + "); this one knows schema " + std::to_string(current_schema_version) + ".");
        if (version < 1) {
            if (postgres) {
                for (auto* statement : postgres_version_1)
                    TRY(sql.execute(statement));
            } else {
                for (auto* statement : sqlite_version_1)
                    TRY(sql.execute(statement));
            }
            TRY(sql.execute("INSERT INTO schema_version (version) VALUES (1)"));
        }
        if (version < 2) {
            for (auto* statement : version_2)
                TRY(sql.execute(statement));
            TRY(sql.execute("INSERT INTO schema_version (version) VALUES (2)"));
        }
        return {};
    });
}

}
