// Cases: storing a report exactly once under a fresh code, finding cases, claiming, closing, screenshots.
#include "store.hpp"

#include "helpdesk/core/crypto.hpp"
#include "helpdesk/protocol/case_code.hpp"

namespace Foyer::Helpdesk {

namespace {

constexpr std::string_view summary_columns
    = "SELECT c.id, c.code, c.device_id, d.nickname, c.created_at, c.code_expires_at, "
      "c.claimed_at, c.closed_at, c.worst_status, c.problem_count, c.asked_at, c.offline_code";
constexpr size_t summary_column_count = 12;
constexpr std::string_view summary_tables = " FROM cases c JOIN devices d ON d.id = c.device_id ";

CaseSummary read_summary(const SqlRow& row)
{
    CaseSummary summary;
    summary.id = row.integer(0);
    summary.code = row.text(1);
    summary.device_id = row.text(2);
    summary.device_nickname = row.text(3);
    summary.created_at = row.integer(4);
    summary.code_expires_at = row.integer(5);
    summary.state = !row.is_null(7) ? CaseState::Closed
        : !row.is_null(6)           ? CaseState::Claimed
                                    : CaseState::New;
    summary.worst_status = Protocol::status_from_name(row.text(8)).value_or(Protocol::Status::Unknown);
    summary.problem_count = row.integer(9);
    summary.asked_at = row.optional_integer(10);
    summary.offline_code = row.text(11);
    return summary;
}

std::string summary_query(std::string_view rest)
{
    return std::string(summary_columns) + std::string(summary_tables) + std::string(rest);
}

}

ErrorOr<StoredReport> Store::store_report(const NewReport& report)
{
    StoredReport stored;
    TRY(m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        // ON CONFLICT DO NOTHING covers both unique keys: the same report sent again, and a new code that
        // happens to be taken (1 chance in 10^8 per live case). The SELECT below tells which one it was.
        for (int attempt = 0; attempt < 20; ++attempt) {
            auto code = Protocol::case_code_from_digits(random_digits(Protocol::case_code_length - 1));
            Timestamp expires_at = report.now + report.code_lifetime;
            auto inserted = TRY(sql.query(
                "INSERT INTO cases (code, device_id, report_id, report, worst_status, problem_count, "
                "created_at, code_expires_at, asked_at, offline_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING RETURNING id",
                { code, report.device_id, report.report_id, report.report_json,
                    std::string(Protocol::status_name(report.worst_status)), report.problem_count, report.now,
                    expires_at, nullable(report.asked_at),
                    report.offline_code.empty() ? SqlValue {} : SqlValue { report.offline_code } }));
            if (!inserted.empty()) {
                stored = { inserted[0].integer(0), code, expires_at, true };
                if (report.screenshot_png) {
                    TRY(sql.execute("INSERT INTO screenshots (case_id, created_at, width, height, png) "
                                    "VALUES (?, ?, ?, ?, ?)",
                        { stored.case_id, report.now, report.screenshot_width, report.screenshot_height,
                            Blob { *report.screenshot_png } }));
                }
                return {};
            }
            auto existing = TRY(
                sql.query("SELECT id, code, code_expires_at FROM cases WHERE device_id = ? AND report_id = ?",
                    { report.device_id, report.report_id }));
            if (!existing.empty()) {
                stored = { existing[0].integer(0), existing[0].text(1), existing[0].integer(2), false };
                return {};
            }
        }
        return Error(ErrorKind::Internal, "No free case code could be found.", "20 code collisions in a row");
    }));
    return stored;
}

ErrorOr<std::optional<CaseSummary>> Store::case_by_code(std::string_view code)
{
    std::optional<CaseSummary> found;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(sql.query(summary_query("WHERE c.code = ?"), { std::string(code) }));
        if (!rows.empty())
            found = read_summary(rows[0]);
        return {};
    }));
    return found;
}

ErrorOr<std::optional<CaseSummary>> Store::case_by_offline_code(std::string_view offline_code)
{
    std::optional<CaseSummary> found;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(sql.query(
            summary_query("WHERE c.offline_code = ? ORDER BY c.id DESC LIMIT 1"), { std::string(offline_code) }));
        if (!rows.empty())
            found = read_summary(rows[0]);
        return {};
    }));
    return found;
}

ErrorOr<std::optional<CaseDetail>> Store::case_detail(int64_t case_id)
{
    std::optional<CaseDetail> found;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(sql.query(std::string(summary_columns)
                + ", c.report, c.claimed_at, claimer.name, c.closed_at, closer.name, c.activity_note"
                + std::string(summary_tables)
                + "LEFT JOIN mediators claimer ON claimer.id = c.claimed_by "
                  "LEFT JOIN mediators closer ON closer.id = c.closed_by WHERE c.id = ?",
            { case_id }));
        if (rows.empty())
            return {};
        auto& row = rows[0];
        CaseDetail detail;
        detail.summary = read_summary(row);
        size_t column = summary_column_count;
        detail.report_json = row.text(column++);
        detail.claimed_at = row.optional_integer(column++);
        detail.claimed_by = row.text(column++);
        detail.closed_at = row.optional_integer(column++);
        detail.closed_by = row.text(column++);
        detail.activity_note = row.text(column++);

        auto shots = TRY(
            sql.query("SELECT id, created_at, width, height FROM screenshots WHERE case_id = ? ORDER BY id",
                { case_id }));
        for (auto& shot : shots)
            detail.screenshots.push_back(
                { shot.integer(0), shot.integer(1), shot.integer(2), shot.integer(3) });

        auto live = TRY(sql.query(
            "SELECT id, case_id, started_at, ends_at, ended_at, ended_by, (SELECT COUNT(*) FROM live_events w "
            "WHERE w.session_id = live_sessions.id AND w.kind = 'watching') FROM live_sessions "
            "WHERE case_id = ? ORDER BY id DESC LIMIT 1",
            { case_id }));
        if (!live.empty())
            detail.live = LiveSession { live[0].integer(0), live[0].integer(1), live[0].integer(2),
                live[0].integer(3), live[0].optional_integer(4), live[0].text(5), live[0].integer(6) > 0 };
        found = std::move(detail);
        return {};
    }));
    return found;
}

ErrorOr<std::vector<CaseSummary>> Store::device_cases(
    std::string_view device_id, int64_t except_case_id, int64_t limit)
{
    std::vector<CaseSummary> cases;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(sql.query(
            summary_query(
                "WHERE c.device_id = ? AND c.id <> ? ORDER BY c.created_at DESC, c.id DESC LIMIT ?"),
            { std::string(device_id), except_case_id, limit }));
        for (auto& row : rows)
            cases.push_back(read_summary(row));
        return {};
    }));
    return cases;
}

ErrorOr<std::vector<CaseSummary>> Store::all_cases()
{
    std::vector<CaseSummary> cases;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(sql.query(summary_query("ORDER BY c.created_at DESC, c.id DESC")));
        for (auto& row : rows)
            cases.push_back(read_summary(row));
        return {};
    }));
    return cases;
}

ErrorOr<std::vector<CaseSummary>> Store::cases_in_progress(int64_t limit)
{
    std::vector<CaseSummary> cases;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(sql.query(
            summary_query(
                "WHERE c.claimed_at IS NOT NULL AND c.closed_at IS NULL ORDER BY c.claimed_at DESC LIMIT ?"),
            { limit }));
        for (auto& row : rows)
            cases.push_back(read_summary(row));
        return {};
    }));
    return cases;
}

ErrorOr<std::vector<ClosedCase>> Store::closed_cases(Timestamp from, Timestamp until)
{
    std::vector<ClosedCase> cases;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(sql.query(
            "SELECT c.id, c.code, c.device_id, d.nickname, c.created_at, c.code_expires_at, c.claimed_at, "
            "c.closed_at, c.worst_status, c.problem_count, m.name, c.activity_note, c.report "
            "FROM cases c JOIN devices d ON d.id = c.device_id LEFT JOIN mediators m ON m.id = c.closed_by "
            "WHERE c.closed_at >= ? AND c.closed_at < ? ORDER BY c.closed_at, c.id",
            { from, until }));
        for (auto& row : rows) {
            ClosedCase closed;
            closed.summary = read_summary(row);
            closed.claimed_at = row.integer(6);
            closed.closed_at = row.integer(7);
            closed.mediator = row.text(10);
            closed.activity_note = row.text(11);
            closed.report_json = row.text(12);
            cases.push_back(std::move(closed));
        }
        return {};
    }));
    return cases;
}

ErrorOr<void> Store::claim_case(int64_t case_id, int64_t mediator_id, Timestamp now)
{
    return m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        TRY(sql.execute("UPDATE cases SET claimed_at = ?, claimed_by = ? WHERE id = ? AND claimed_at IS NULL",
            { now, mediator_id, case_id }));
        return {};
    });
}

ErrorOr<bool> Store::close_case(int64_t case_id, int64_t mediator_id, std::string note, Timestamp now)
{
    bool closed = false;
    TRY(m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        auto changed
            = TRY(sql.execute("UPDATE cases SET closed_at = ?, closed_by = ?, activity_note = ?, "
                              "claimed_at = COALESCE(claimed_at, ?), claimed_by = COALESCE(claimed_by, ?) "
                              "WHERE id = ? AND closed_at IS NULL",
                { now, mediator_id, std::move(note), now, mediator_id, case_id }));
        closed = changed == 1;
        if (!closed)
            return {};
        auto open = TRY(
            sql.query("SELECT id FROM live_sessions WHERE case_id = ? AND ended_at IS NULL", { case_id }));
        for (auto& session : open)
            TRY(end_session_in(sql, session.integer(0), "case_closed", now));
        return {};
    }));
    return closed;
}

ErrorOr<int64_t> Store::add_screenshot(
    int64_t case_id, std::string png, int64_t width, int64_t height, Timestamp now)
{
    int64_t id = 0;
    TRY(m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(sql.query("INSERT INTO screenshots (case_id, created_at, width, height, png) VALUES "
                                  "(?, ?, ?, ?, ?) RETURNING id",
            { case_id, now, width, height, Blob { std::move(png) } }));
        id = rows.at(0).integer(0);
        return {};
    }));
    return id;
}

ErrorOr<std::optional<std::string>> Store::screenshot_png(int64_t case_id, int64_t screenshot_id)
{
    std::optional<std::string> png;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(
            sql.query("SELECT png FROM screenshots WHERE id = ? AND case_id = ?", { screenshot_id, case_id }));
        if (!rows.empty())
            png = rows[0].text(0);
        return {};
    }));
    return png;
}

ErrorOr<std::optional<int64_t>> Store::latest_screenshot_id(int64_t case_id)
{
    std::optional<int64_t> id;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(sql.query("SELECT MAX(id) FROM screenshots WHERE case_id = ?", { case_id }));
        if (!rows.empty())
            id = rows[0].optional_integer(0);
        return {};
    }));
    return id;
}

}
