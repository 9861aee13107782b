// Calendar dates and local times as plain values, so every decision about time is testable.
#pragma once

#include <compare>
#include <optional>
#include <string_view>

namespace Foyer {

enum class Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
};

struct Date {
    int year { 1970 };
    int month { 1 }; // 1..12
    int day { 1 };   // 1..31

    auto operator<=>(const Date&) const = default;

    // Days since 1970-01-01 (negative before).
    long days_since_epoch() const;
    static Date from_days_since_epoch(long days);
    Date plus_days(long days) const { return from_days_since_epoch(days_since_epoch() + days); }
    Weekday weekday() const;
    bool is_valid() const;
    // "2026-11-26".
    static std::optional<Date> parse_iso(std::string_view);
};

// Minutes since midnight, 0..1439 (and 1440 for "until midnight" at the end of a range).
struct TimeOfDay {
    int minutes { 0 };

    auto operator<=>(const TimeOfDay&) const = default;
    int hour() const { return minutes / 60; }
    int minute() const { return minutes % 60; }
    // "09:00", "9:00", "9h", "9 h 30"; up to "24:00".
    static std::optional<TimeOfDay> parse(std::string_view);
};

struct LocalDateTime {
    Date date;
    TimeOfDay time;
    int second { 0 };

    auto operator<=>(const LocalDateTime&) const = default;
};

// The local wall-clock time now.
LocalDateTime local_now();
// Seconds until the next minute starts on the wall clock (1..60), for the clock's tick.
double seconds_to_next_minute();

}
