// Opening status: open now until when, or the next opening, skipping holidays and closed dates.
#include "opening_hours.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace Foyer {

bool OpeningHours::always_closed() const
{
    return std::all_of(weekly.begin(), weekly.end(), [](auto& day) { return day.empty(); });
}

namespace {

std::optional<Weekday> parse_weekday(std::string_view word)
{
    static constexpr std::array<std::array<std::string_view, 3>, 7> names { {
        { "monday", "mon", "lundi" },
        { "tuesday", "tue", "mardi" },
        { "wednesday", "wed", "mercredi" },
        { "thursday", "thu", "jeudi" },
        { "friday", "fri", "vendredi" },
        { "saturday", "sat", "samedi" },
        { "sunday", "sun", "dimanche" },
    } };
    for (size_t day = 0; day < names.size(); ++day)
        for (auto name : names[day])
            if (word == name)
                return Weekday(day);
    return std::nullopt;
}

std::string trimmed_lower(std::string_view text)
{
    std::string out;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c)))
            out += char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool is_open_day(const OpeningHours& hours, Date date)
{
    if (holiday_on(hours.holidays, date))
        return false;
    return std::find(hours.closed_dates.begin(), hours.closed_dates.end(), date) == hours.closed_dates.end();
}

}

std::optional<std::array<bool, 7>> parse_weekdays(std::string_view text)
{
    std::array<bool, 7> days {};
    bool any = false;
    std::string_view rest = text;
    while (!rest.empty()) {
        auto comma = rest.find(',');
        auto item = trimmed_lower(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view {} : rest.substr(comma + 1);
        // An empty item ("monday,,friday" or a trailing comma) is a typo worth telling.
        if (item.empty() || (comma != std::string_view::npos && rest.find_first_not_of(" \t") == std::string_view::npos))
            return std::nullopt;
        auto dash = item.find('-');
        auto first = parse_weekday(std::string_view(item).substr(0, dash));
        auto last = dash == std::string::npos ? first : parse_weekday(std::string_view(item).substr(dash + 1));
        if (!first || !last)
            return std::nullopt;
        // A range may wrap around the week ("saturday-monday").
        for (int day = int(*first);; day = (day + 1) % 7) {
            days[day] = true;
            if (day == int(*last))
                break;
        }
        any = true;
    }
    if (!any)
        return std::nullopt;
    return days;
}

OpeningStatus opening_status(const OpeningHours& hours, LocalDateTime now)
{
    OpeningStatus status;
    if (auto holiday = holiday_on(hours.holidays, now.date))
        status.holiday_today = holiday->name;
    status.closed_date_today = std::find(hours.closed_dates.begin(), hours.closed_dates.end(), now.date)
        != hours.closed_dates.end();

    if (is_open_day(hours, now.date)) {
        for (auto& range : hours.weekly[size_t(now.date.weekday())]) {
            if (range.open <= now.time && now.time < range.close) {
                status.open_now = true;
                status.open_until = range.close;
                return status;
            }
        }
    }

    // Look for the next opening, today first (a later range), then the following days.
    for (int offset = 0; offset <= 60; ++offset) {
        Date date = now.date.plus_days(offset);
        if (!is_open_day(hours, date))
            continue;
        for (auto& range : hours.weekly[size_t(date.weekday())]) {
            if (offset == 0 && range.open <= now.time)
                continue;
            status.next_opening = LocalDateTime { date, range.open, 0 };
            return status;
        }
    }
    return status;
}

}
