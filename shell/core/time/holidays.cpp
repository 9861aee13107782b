// French public holidays (Code du travail, art. L3133-1), with the Easter-based ones computed each year.
#include "holidays.hpp"

#include "../i18n/mark.hpp"

#include <algorithm>

namespace Foyer {

std::optional<HolidayCalendar> parse_holiday_calendar(std::string_view name)
{
    if (name == "none")
        return HolidayCalendar::None;
    if (name == "france")
        return HolidayCalendar::France;
    if (name == "france-alsace-moselle")
        return HolidayCalendar::FranceAlsaceMoselle;
    return std::nullopt;
}

std::string_view holiday_calendar_name(HolidayCalendar calendar)
{
    switch (calendar) {
    case HolidayCalendar::None:
        return "none";
    case HolidayCalendar::France:
        return "france";
    case HolidayCalendar::FranceAlsaceMoselle:
        return "france-alsace-moselle";
    }
    return "none";
}

Date easter_sunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus, Jones, Butcher).
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return Date { year, month, day };
}

std::vector<Holiday> holidays_of_year(HolidayCalendar calendar, int year)
{
    std::vector<Holiday> days;
    if (calendar == HolidayCalendar::None)
        return days;
    Date easter = easter_sunday(year);
    days = {
        { { year, 1, 1 }, N_("New Year's Day") },
        { easter.plus_days(1), N_("Easter Monday") },
        { { year, 5, 1 }, N_("Labour Day") },
        { { year, 5, 8 }, N_("Victory in Europe Day") },
        { easter.plus_days(39), N_("Ascension Day") },
        { easter.plus_days(50), N_("Whit Monday") },
        { { year, 7, 14 }, N_("Bastille Day") },
        { { year, 8, 15 }, N_("Assumption Day") },
        { { year, 11, 1 }, N_("All Saints' Day") },
        { { year, 11, 11 }, N_("Armistice Day") },
        { { year, 12, 25 }, N_("Christmas Day") },
    };
    if (calendar == HolidayCalendar::FranceAlsaceMoselle) {
        days.push_back({ easter.plus_days(-2), N_("Good Friday") });
        days.push_back({ { year, 12, 26 }, N_("Saint Stephen's Day") });
    }
    std::sort(days.begin(), days.end(), [](auto& a, auto& b) { return a.date < b.date; });
    return days;
}

std::optional<Holiday> holiday_on(HolidayCalendar calendar, Date date)
{
    for (auto& holiday : holidays_of_year(calendar, date.year))
        if (holiday.date == date)
            return holiday;
    return std::nullopt;
}

}
