// Opening the store, and the devices: enrollment and finding a device by its token's hash.
#include "store.hpp"

#include "helpdesk/core/crypto.hpp"
#include "schema.hpp"

namespace Foyer::Helpdesk {

std::string_view case_state_name(CaseState state)
{
    switch (state) {
    case CaseState::New:
        return "new";
    case CaseState::Claimed:
        return "claimed";
    case CaseState::Closed:
        return "closed";
    }
    return "new";
}

ErrorOr<std::unique_ptr<Store>> Store::open(std::string_view database_url, size_t connections)
{
    auto database = TRY(Database::open(database_url, connections));
    TRY(migrate(*database));
    return std::unique_ptr<Store>(new Store(std::move(database)));
}

ErrorOr<void> Store::ping()
{
    return m_database->transaction(Access::Read, [](SqlSession& sql) -> ErrorOr<void> {
        TRY(sql.query("SELECT 1"));
        return {};
    });
}

ErrorOr<Device> Store::enroll_device(std::string nickname, std::string token_hash, Timestamp now)
{
    Device device { random_uuid(), std::move(nickname), now };
    TRY(m_database->transaction(Access::Write, [&](SqlSession& sql) -> ErrorOr<void> {
        TRY(sql.execute("INSERT INTO devices (id, nickname, token_hash, created_at) VALUES (?, ?, ?, ?)",
            { device.id, device.nickname, std::move(token_hash), now }));
        return {};
    }));
    return device;
}

ErrorOr<std::optional<Device>> Store::device_for_token(std::string_view token_hash)
{
    std::optional<Device> device;
    TRY(m_database->transaction(Access::Read, [&](SqlSession& sql) -> ErrorOr<void> {
        auto rows = TRY(sql.query(
            "SELECT id, nickname, created_at FROM devices WHERE token_hash = ?", { std::string(token_hash) }));
        if (!rows.empty())
            device = Device { rows[0].text(0), rows[0].text(1), rows[0].integer(2) };
        return {};
    }));
    return device;
}

}
