// Retention: deleting old cases with their screenshots and live sessions, and expired console sessions.
// The audit log is kept: it holds no report content, and the database forbids deleting from it.
#include "store.hpp"

namespace Foyer::Helpdesk {

ErrorOr<PurgeResult> Store::purge(const RetentionPolicy& policy, Timestamp now)
{
    PurgeResult result;
    Timestamp closed_before = now - policy.keep_closed;
    Timestamp unclaimed_before = now - policy.keep_unclaimed;
    // In batches, so that a first purge of a large backlog never holds the write lock for long.
    constexpr int64_t batch = 500;
    while (true) {
        int64_t deleted = 0;
        TRY(m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
            auto rows = TRY(sql.query(
                "SELECT id FROM cases WHERE (closed_at IS NOT NULL AND closed_at <= ?) "
                "OR (closed_at IS NULL AND claimed_at IS NOT NULL AND claimed_at <= ?) "
                "OR (closed_at IS NULL AND claimed_at IS NULL AND created_at <= ?) ORDER BY id LIMIT ?",
                { closed_before, closed_before, unclaimed_before, batch }));
            for (auto& row : rows) {
                // Cascades to screenshots, live sessions and their events.
                deleted += TRY(sql.execute("DELETE FROM cases WHERE id = ?", { row.integer(0) }));
            }
            return {};
        }));
        result.cases_deleted += deleted;
        if (deleted < batch)
            break;
    }
    TRY(m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        result.console_sessions_deleted
            = TRY(sql.execute("DELETE FROM console_sessions WHERE expires_at <= ?", { now }));
        return {};
    }));
    if (dialect() == Dialect::Sqlite && result.cases_deleted > 0) {
        // Gives the freed pages back to the file system (the file was created with auto_vacuum on).
        TRY(m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
            TRY(sql.query("PRAGMA incremental_vacuum"));
            return {};
        }));
    }
    return result;
}

}
