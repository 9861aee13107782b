// The built-in defaults.
#include "settings.hpp"

namespace Foyer {

Settings default_settings()
{
    Settings settings;
    settings.senior_name = "Marie-Martine";
    settings.tiles = { "videocall", "email", "print", "help" };
    settings.helpline.name = "Solidarité numérique";
    settings.helpline.number = "01 70 77 23 72";
    for (int day = 0; day < 5; ++day)
        settings.helpline.hours.weekly[size_t(day)] = { TimeRange { TimeOfDay { 9 * 60 }, TimeOfDay { 18 * 60 } } };
    settings.helpline.hours.holidays = HolidayCalendar::France;
    return settings;
}

}
