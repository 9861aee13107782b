// When a service is open: weekly hours, public holidays and extra closed days; open now, or opens when.
#pragma once

#include "date.hpp"
#include "holidays.hpp"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace Foyer {

struct TimeRange {
    TimeOfDay open;
    TimeOfDay close;

    bool operator==(const TimeRange&) const = default;
};

struct OpeningHours {
    // Indexed by Weekday (Monday first); ranges in order, not overlapping.
    std::array<std::vector<TimeRange>, 7> weekly;
    HolidayCalendar holidays { HolidayCalendar::France };
    std::vector<Date> closed_dates;

    bool operator==(const OpeningHours&) const = default;
    bool always_closed() const;
};

// "monday-friday", "saturday", "monday, wednesday-friday", French names too ("lundi-vendredi").
// Returns the set of weekdays, or nothing when a word is not a day.
std::optional<std::array<bool, 7>> parse_weekdays(std::string_view);

struct OpeningStatus {
    bool open_now { false };
    // While open: when this opening ends.
    std::optional<TimeOfDay> open_until;
    // While closed: when it opens next (within the next 60 days), if ever.
    std::optional<LocalDateTime> next_opening;
    // Closed today because of this holiday (name for translation), when that is the reason.
    const char* holiday_today { nullptr };
    bool closed_date_today { false };
};

OpeningStatus opening_status(const OpeningHours&, LocalDateTime now);

}
