// Live help sessions and their events (messages, screenshot requests, the end), kept in the database so
// that every helpdesk server behind a load balancer sees the same session.
#include "store.hpp"

namespace Foyer::Helpdesk {

namespace {

LiveSession read_session(const SqlRow& row)
{
    return LiveSession { row.integer(0), row.integer(1), row.integer(2), row.integer(3), row.optional_integer(4),
        row.text(5), row.integer(6) > 0 };
}

constexpr std::string_view session_columns
    = "SELECT id, case_id, started_at, ends_at, ended_at, ended_by, (SELECT COUNT(*) FROM live_events w WHERE "
      "w.session_id = live_sessions.id AND w.kind = 'watching') FROM live_sessions ";

ErrorOr<std::optional<LiveSession>> latest_session_in(SqlSession& sql, int64_t case_id)
{
    auto rows = TRY(
        sql.query(std::string(session_columns) + "WHERE case_id = ? ORDER BY id DESC LIMIT 1", { case_id }));
    if (rows.empty())
        return std::optional<LiveSession> {};
    return std::optional<LiveSession> { read_session(rows[0]) };
}

}

ErrorOr<bool> Store::end_session_in(
    SqlSession& sql, int64_t session_id, std::string_view ended_by, Timestamp now)
{
    auto changed = TRY(
        sql.execute("UPDATE live_sessions SET ended_at = ?, ended_by = ? WHERE id = ? AND ended_at IS NULL",
            { now, std::string(ended_by), session_id }));
    if (changed == 0)
        return false;
    TRY(sql.execute("INSERT INTO live_events (session_id, kind, text, mediator_id, created_at) VALUES (?, "
                    "'end', ?, NULL, ?)",
        { session_id, std::string(ended_by), now }));
    return true;
}

ErrorOr<Store::LiveStart> Store::start_live_session(int64_t case_id, Timestamp now, Timestamp duration)
{
    LiveStart start;
    TRY(m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        auto cases = TRY(sql.query("SELECT closed_at FROM cases WHERE id = ?", { case_id }));
        if (cases.empty())
            return Error::not_found("This case does not exist.");
        if (!cases[0].is_null(0))
            return Error(ErrorKind::Conflict, "This case is closed: live help cannot start.");
        auto latest = TRY(latest_session_in(sql, case_id));
        if (latest && latest->is_open(now)) {
            start = { *latest, false };
            return {};
        }
        if (latest && !latest->ended_at)
            TRY(end_session_in(sql, latest->id, "timeout", latest->ends_at));
        auto rows = TRY(sql.query(
            "INSERT INTO live_sessions (case_id, started_at, ends_at) VALUES (?, ?, ?) RETURNING id",
            { case_id, now, now + duration }));
        start = { LiveSession { rows.at(0).integer(0), case_id, now, now + duration, std::nullopt, {}, false }, true };
        return {};
    }));
    return start;
}

ErrorOr<std::optional<LiveSession>> Store::latest_live_session(int64_t case_id, Timestamp now)
{
    std::optional<LiveSession> latest;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        latest = TRY(latest_session_in(sql, case_id));
        return {};
    }));
    if (!latest || latest->ended_at || now < latest->ends_at)
        return latest;
    // Its 30 minutes are over: record the end, so that the device is told and the console shows it.
    TRY(m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        TRY(end_session_in(sql, latest->id, "timeout", latest->ends_at));
        latest = TRY(latest_session_in(sql, case_id));
        return {};
    }));
    return latest;
}

ErrorOr<std::optional<LiveSession>> Store::live_session(int64_t case_id, int64_t session_id)
{
    std::optional<LiveSession> session;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(sql.query(
            std::string(session_columns) + "WHERE case_id = ? AND id = ?", { case_id, session_id }));
        if (!rows.empty())
            session = read_session(rows[0]);
        return {};
    }));
    return session;
}

ErrorOr<LiveEvent> Store::add_live_event(
    int64_t session_id, std::string kind, std::string text, std::optional<int64_t> mediator_id, Timestamp now)
{
    LiveEvent event;
    TRY(m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        auto sessions = TRY(sql.query(std::string(session_columns) + "WHERE id = ?", { session_id }));
        if (sessions.empty() || !read_session(sessions[0]).is_open(now))
            return Error(ErrorKind::Conflict, "Live help has ended.");
        auto rows = TRY(sql.query("INSERT INTO live_events (session_id, kind, text, mediator_id, created_at) "
                                  "VALUES (?, ?, ?, ?, ?) RETURNING id",
            { session_id, kind, text, nullable(mediator_id), now }));
        event = LiveEvent { rows.at(0).integer(0), std::move(kind), std::move(text), now };
        return {};
    }));
    return event;
}

ErrorOr<std::vector<LiveEvent>> Store::live_events_after(int64_t session_id, int64_t after_event_id)
{
    std::vector<LiveEvent> events;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(sql.query("SELECT id, kind, text, created_at FROM live_events WHERE session_id = ? "
                                  "AND id > ? ORDER BY id LIMIT 100",
            { session_id, after_event_id }));
        for (auto& row : rows)
            events.push_back({ row.integer(0), row.text(1), row.text(2), row.integer(3) });
        return {};
    }));
    return events;
}

ErrorOr<std::optional<LiveEvent>> Store::mark_live_watched(int64_t session_id, int64_t mediator_id, Timestamp now)
{
    std::optional<LiveEvent> event;
    TRY(m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        auto sessions = TRY(sql.query(std::string(session_columns) + "WHERE id = ?", { session_id }));
        if (sessions.empty())
            return {};
        auto session = read_session(sessions[0]);
        if (session.watched || !session.is_open(now))
            return {};
        auto rows = TRY(sql.query("INSERT INTO live_events (session_id, kind, text, mediator_id, created_at) "
                                  "VALUES (?, 'watching', '', ?, ?) RETURNING id",
            { session_id, mediator_id, now }));
        event = LiveEvent { rows.at(0).integer(0), "watching", "", now };
        return {};
    }));
    return event;
}

ErrorOr<void> Store::mark_live_events_shown(int64_t session_id, int64_t up_to_event_id, Timestamp now)
{
    return m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        TRY(sql.execute("UPDATE live_events SET shown_at = ? WHERE session_id = ? AND id <= ? AND kind = "
                        "'message' AND shown_at IS NULL",
            { now, session_id, up_to_event_id }));
        return {};
    });
}

ErrorOr<std::vector<Store::SentMessage>> Store::live_messages(int64_t case_id)
{
    std::vector<SentMessage> messages;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(sql.query("SELECT e.id, e.text, m.name, e.created_at, e.shown_at FROM live_events e "
                                  "JOIN live_sessions s ON s.id = e.session_id LEFT JOIN mediators m ON m.id = "
                                  "e.mediator_id WHERE s.case_id = ? AND e.kind = 'message' ORDER BY e.id",
            { case_id }));
        for (auto& row : rows)
            messages.push_back(
                { row.integer(0), row.text(1), row.text(2), row.integer(3), row.optional_integer(4) });
        return {};
    }));
    return messages;
}

ErrorOr<bool> Store::end_live_session(int64_t session_id, std::string ended_by, Timestamp now)
{
    bool ended = false;
    TRY(m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        ended = TRY(end_session_in(sql, session_id, ended_by, now));
        return {};
    }));
    return ended;
}

}
