// Public holidays, including the ones that move with Easter, for the helpline's opening hours.
#pragma once

#include "date.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace Foyer {

enum class HolidayCalendar {
    None,
    France,
    // Alsace and Moselle keep Good Friday and Saint Stephen's Day as well.
    FranceAlsaceMoselle,
};

std::optional<HolidayCalendar> parse_holiday_calendar(std::string_view);
std::string_view holiday_calendar_name(HolidayCalendar);

struct Holiday {
    Date date;
    // English name, marked for translation (N_); translate when showing it.
    const char* name;
};

Date easter_sunday(int year);
std::vector<Holiday> holidays_of_year(HolidayCalendar, int year);
// The holiday on that date, if any.
std::optional<Holiday> holiday_on(HolidayCalendar, Date);

}
