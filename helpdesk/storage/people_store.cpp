// Mediators, their console sessions, and the append-only audit log of what they did.
#include "store.hpp"

namespace Foyer::Helpdesk {

ErrorOr<int64_t> Store::add_mediator(std::string name, std::string password_hash, Timestamp now)
{
    int64_t id = 0;
    TRY(m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(sql.query("INSERT INTO mediators (name, password_hash, created_at) VALUES (?, ?, ?) "
                                  "ON CONFLICT DO NOTHING RETURNING id",
            { name, std::move(password_hash), now }));
        if (rows.empty())
            return Error(ErrorKind::Conflict, "A mediator named \"" + name + "\" already exists.");
        id = rows[0].integer(0);
        return {};
    }));
    return id;
}

ErrorOr<std::optional<Mediator>> Store::mediator_by_name(std::string_view name)
{
    std::optional<Mediator> mediator;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(
            sql.query("SELECT id, name, password_hash FROM mediators WHERE name = ?", { std::string(name) }));
        if (!rows.empty())
            mediator = Mediator { rows[0].integer(0), rows[0].text(1), rows[0].text(2) };
        return {};
    }));
    return mediator;
}

ErrorOr<void> Store::create_console_session(
    std::string token_hash, int64_t mediator_id, std::string csrf_token, Timestamp now, Timestamp expires_at)
{
    return m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        TRY(sql.execute("INSERT INTO console_sessions (token_hash, mediator_id, csrf_token, created_at, "
                        "expires_at) VALUES (?, ?, ?, ?, ?)",
            { std::move(token_hash), mediator_id, std::move(csrf_token), now, expires_at }));
        return {};
    });
}

ErrorOr<std::optional<ConsoleSession>> Store::console_session(std::string_view token_hash, Timestamp now)
{
    std::optional<ConsoleSession> session;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(
            sql.query("SELECT s.mediator_id, m.name, s.csrf_token, s.expires_at FROM console_sessions s "
                      "JOIN mediators m ON m.id = s.mediator_id WHERE s.token_hash = ? AND s.expires_at > ?",
                { std::string(token_hash), now }));
        if (!rows.empty())
            session
                = ConsoleSession { rows[0].integer(0), rows[0].text(1), rows[0].text(2), rows[0].integer(3) };
        return {};
    }));
    return session;
}

ErrorOr<void> Store::delete_console_session(std::string_view token_hash)
{
    return m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        TRY(sql.execute("DELETE FROM console_sessions WHERE token_hash = ?", { std::string(token_hash) }));
        return {};
    });
}

ErrorOr<void> Store::audit(const AuditEntry& entry)
{
    return m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        TRY(sql.execute("INSERT INTO audit_log (at, action, mediator_id, mediator_name, case_id, case_code, "
                        "client, detail) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            { entry.at, entry.action, nullable(entry.mediator_id), entry.mediator_name,
                nullable(entry.case_id), entry.case_code, entry.client, entry.detail }));
        return {};
    });
}

ErrorOr<int64_t> Store::count_recent(
    std::string_view action, Timestamp since, std::string_view mediator_name, std::string_view client)
{
    int64_t count = 0;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(sql.query("SELECT COUNT(*) FROM audit_log WHERE action = ? AND at >= ? AND "
                                  "(mediator_name = ? OR client = ?)",
            { std::string(action), since, std::string(mediator_name), std::string(client) }));
        count = rows.empty() ? 0 : rows[0].integer(0);
        return {};
    }));
    return count;
}

ErrorOr<std::vector<AuditEntry>> Store::audit_entries()
{
    std::vector<AuditEntry> entries;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(sql.query("SELECT at, action, mediator_id, mediator_name, case_id, case_code, "
                                  "client, detail FROM audit_log ORDER BY id"));
        for (auto& row : rows)
            entries.push_back({ row.integer(0), row.text(1), row.optional_integer(2), row.text(3),
                row.optional_integer(4), row.text(5), row.text(6), row.text(7) });
        return {};
    }));
    return entries;
}

}
