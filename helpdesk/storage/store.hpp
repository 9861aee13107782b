// What the helpdesk keeps — devices, cases, screenshots, live sessions, mediators, console sessions and
// the audit log — and every question it asks of them, the same on SQLite and on PostgreSQL.
// Every method is one transaction; every time is passed in, so behaviour over days is testable.
#pragma once

#include "database.hpp"
#include "helpdesk/core/time.hpp"
#include "helpdesk/protocol/report.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Foyer::Helpdesk {

struct Device {
    std::string id;
    std::string nickname;
    Timestamp created_at { 0 };
};

enum class CaseState {
    // Sent by a device, not yet opened by a mediator.
    New,
    // A mediator entered its code.
    Claimed,
    Closed,
};
std::string_view case_state_name(CaseState);

struct CaseSummary {
    int64_t id { 0 };
    std::string code;
    std::string device_id;
    std::string device_nickname;
    Timestamp created_at { 0 };
    // A mediator can look the code up until then (72 hours after the report arrived).
    Timestamp code_expires_at { 0 };
    CaseState state { CaseState::New };
    Protocol::Status worst_status { Protocol::Status::Ok };
    int64_t problem_count { 0 };
    // When the senior asked for help (the report's created_at), if it said; a late report arrived well after.
    std::optional<Timestamp> asked_at;
    // The offline code the senior was shown before this report could leave (eight digits), or empty.
    std::string offline_code;
};

struct ScreenshotInfo {
    int64_t id { 0 };
    Timestamp created_at { 0 };
    int64_t width { 0 };
    int64_t height { 0 };
};

struct LiveSession {
    int64_t id { 0 };
    int64_t case_id { 0 };
    Timestamp started_at { 0 };
    Timestamp ends_at { 0 };
    std::optional<Timestamp> ended_at;
    // "device", "mediator", "timeout" or "case_closed" once ended.
    std::string ended_by;
    // A mediator has had the case page open while this session was on (the device then tells the senior
    // "your helper can now see your screen").
    bool watched { false };

    bool is_open(Timestamp now) const { return !ended_at && now < ends_at; }
};

struct LiveEvent {
    int64_t id { 0 };
    // "message", "screenshot_request" or "end".
    std::string kind;
    // The message, or for "end" why the session ended.
    std::string text;
    Timestamp created_at { 0 };
};

struct CaseDetail {
    CaseSummary summary;
    std::string report_json;
    std::optional<Timestamp> claimed_at;
    std::string claimed_by;
    std::optional<Timestamp> closed_at;
    std::string closed_by;
    std::string activity_note;
    std::vector<ScreenshotInfo> screenshots;
    std::optional<LiveSession> live;
};

struct ClosedCase {
    CaseSummary summary;
    Timestamp claimed_at { 0 };
    Timestamp closed_at { 0 };
    std::string mediator;
    std::string activity_note;
    // The report, from which the export lists the problems found.
    std::string report_json;
};

struct NewReport {
    std::string device_id;
    std::string report_id;
    std::string report_json;
    // Report::created_at, when it reads as a moment, and Report::offline_code, or empty.
    std::optional<Timestamp> asked_at;
    std::string offline_code;
    Protocol::Status worst_status { Protocol::Status::Ok };
    int64_t problem_count { 0 };
    std::optional<std::string> screenshot_png;
    int64_t screenshot_width { 0 };
    int64_t screenshot_height { 0 };
    Timestamp now { 0 };
    Timestamp code_lifetime { 72 * seconds_per_hour };
};

struct StoredReport {
    int64_t case_id { 0 };
    std::string code;
    Timestamp code_expires_at { 0 };
    // False when the device had already sent this report_id: the first case is returned unchanged.
    bool created { false };
};

struct Mediator {
    int64_t id { 0 };
    std::string name;
    std::string password_hash;
};

struct ConsoleSession {
    int64_t mediator_id { 0 };
    std::string mediator_name;
    std::string csrf_token;
    Timestamp expires_at { 0 };
};

struct AuditEntry {
    Timestamp at { 0 };
    // "login", "login_failed", "logout", "code_lookup", "code_not_found", "case_viewed", "message_sent",
    // "screenshot_requested", "live_ended", "case_closed", "export".
    std::string action;
    std::optional<int64_t> mediator_id;
    std::string mediator_name;
    std::optional<int64_t> case_id;
    std::string case_code;
    // The client's address.
    std::string client;
    std::string detail;
};

struct RetentionPolicy {
    // Closed cases (and cases claimed but never closed, counted from the claim) are deleted this long
    // after closing.
    Timestamp keep_closed { 30 * seconds_per_day };
    // Cases no mediator ever opened are deleted this long after they arrived.
    Timestamp keep_unclaimed { 7 * seconds_per_day };
};

struct PurgeResult {
    int64_t cases_deleted { 0 };
    int64_t console_sessions_deleted { 0 };
};

class Store {
public:
    // Opens the database and creates or upgrades its tables.
    static ErrorOr<std::unique_ptr<Store>> open(std::string_view database_url, size_t connections = 8);

    Dialect dialect() const { return m_database->dialect(); }
    std::string description() const { return m_database->description(); }
    // The raw database, for tests that check what the database itself allows.
    Database& database() { return *m_database; }
    ErrorOr<void> ping();

    // Devices (store.cpp).
    ErrorOr<Device> enroll_device(std::string nickname, std::string token_hash, Timestamp now);
    ErrorOr<std::optional<Device>> device_for_token(std::string_view token_hash);

    // Cases (case_store.cpp).
    ErrorOr<StoredReport> store_report(const NewReport&);
    ErrorOr<std::optional<CaseSummary>> case_by_code(std::string_view code);
    // The case whose report said it answers this offline code (the latest, when a device sent several).
    ErrorOr<std::optional<CaseSummary>> case_by_offline_code(std::string_view offline_code);
    ErrorOr<std::optional<CaseDetail>> case_detail(int64_t case_id);
    ErrorOr<std::vector<CaseSummary>> device_cases(
        std::string_view device_id, int64_t except_case_id, int64_t limit);
    ErrorOr<std::vector<CaseSummary>> all_cases();
    ErrorOr<std::vector<CaseSummary>> cases_in_progress(int64_t limit);
    ErrorOr<std::vector<ClosedCase>> closed_cases(Timestamp from, Timestamp until);
    // Marks the case as opened by this mediator, unless someone already did.
    ErrorOr<void> claim_case(int64_t case_id, int64_t mediator_id, Timestamp now);
    // False when the case was already closed. Closing also ends its live session.
    ErrorOr<bool> close_case(int64_t case_id, int64_t mediator_id, std::string note, Timestamp now);
    ErrorOr<int64_t> add_screenshot(
        int64_t case_id, std::string png, int64_t width, int64_t height, Timestamp now);
    ErrorOr<std::optional<std::string>> screenshot_png(int64_t case_id, int64_t screenshot_id);
    ErrorOr<std::optional<int64_t>> latest_screenshot_id(int64_t case_id);

    // Live help (live_store.cpp).
    struct LiveStart {
        LiveSession session;
        bool created { false };
    };
    ErrorOr<LiveStart> start_live_session(int64_t case_id, Timestamp now, Timestamp duration);
    // The case's latest session; one whose time ran out is ended ("timeout") on the way.
    ErrorOr<std::optional<LiveSession>> latest_live_session(int64_t case_id, Timestamp now);
    // One session of the case by its id, ended or not; nothing when the case has no such session.
    ErrorOr<std::optional<LiveSession>> live_session(int64_t case_id, int64_t session_id);
    ErrorOr<LiveEvent> add_live_event(int64_t session_id, std::string kind, std::string text,
        std::optional<int64_t> mediator_id, Timestamp now);
    ErrorOr<std::vector<LiveEvent>> live_events_after(int64_t session_id, int64_t after_event_id);
    // Records that a mediator has the case page open during this open session: the first time, adds a
    // "watching" event (returned, so the caller wakes the device's poll); nothing otherwise.
    ErrorOr<std::optional<LiveEvent>> mark_live_watched(int64_t session_id, int64_t mediator_id, Timestamp now);
    // The device has received every event up to `up_to_event_id` (it polls with after = that id): the
    // messages among them count as shown from `now`.
    ErrorOr<void> mark_live_events_shown(int64_t session_id, int64_t up_to_event_id, Timestamp now);
    // Every message mediators sent during the case's live help, oldest first.
    struct SentMessage {
        int64_t id { 0 };
        std::string text;
        std::string mediator;
        Timestamp sent_at { 0 };
        std::optional<Timestamp> shown_at;
    };
    ErrorOr<std::vector<SentMessage>> live_messages(int64_t case_id);
    // False when it had already ended.
    ErrorOr<bool> end_live_session(int64_t session_id, std::string ended_by, Timestamp now);

    // Mediators, console sessions and the audit log (people_store.cpp).
    ErrorOr<int64_t> add_mediator(std::string name, std::string password_hash, Timestamp now);
    ErrorOr<std::optional<Mediator>> mediator_by_name(std::string_view name);
    ErrorOr<void> create_console_session(std::string token_hash, int64_t mediator_id, std::string csrf_token,
        Timestamp now, Timestamp expires_at);
    ErrorOr<std::optional<ConsoleSession>> console_session(std::string_view token_hash, Timestamp now);
    ErrorOr<void> delete_console_session(std::string_view token_hash);
    ErrorOr<void> audit(const AuditEntry&);
    // How many entries with this action since that moment, for this mediator name or from this client.
    ErrorOr<int64_t> count_recent(
        std::string_view action, Timestamp since, std::string_view mediator_name, std::string_view client);
    ErrorOr<std::vector<AuditEntry>> audit_entries();

    // Retention (retention.cpp).
    ErrorOr<PurgeResult> purge(const RetentionPolicy&, Timestamp now);

private:
    // Ends a session inside a transaction already open (live_store.cpp); false when it had ended.
    static ErrorOr<bool> end_session_in(
        SqlSession&, int64_t session_id, std::string_view ended_by, Timestamp now);

    explicit Store(std::unique_ptr<Database> database)
        : m_database(std::move(database))
    {
    }

    std::unique_ptr<Database> m_database;
};

}
