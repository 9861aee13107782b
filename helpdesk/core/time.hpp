// Time as the helpdesk stores it (whole seconds since 1970, UTC) and as it shows it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace Foyer::Helpdesk {

using Timestamp = int64_t;

constexpr Timestamp seconds_per_minute = 60;
constexpr Timestamp seconds_per_hour = 3600;
constexpr Timestamp seconds_per_day = 86400;

Timestamp now();
// "2025-03-14T09:30:12Z", the API's form.
std::string iso8601_utc(Timestamp);
// The moment an API timestamp names ("2025-03-14T09:30:12Z", "…T10:30:12.5+01:00"), or nothing when it
// is not one.
std::optional<Timestamp> parse_iso8601(std::string_view);
// "2025-03-14 10:30" in the server's time zone (TZ), the console's form.
std::string local_date_time(Timestamp);
// The first second of a month given as "YYYY-MM", in the server's time zone, and of the next month.
struct Period {
    Timestamp from { 0 };
    Timestamp until { 0 };
};
std::optional<Period> local_month(std::string_view year_month);
// "YYYY-MM" of the month containing that moment, in the server's time zone.
std::string local_year_month(Timestamp);

}
