// Dates and times in words, through the catalogs: the patterns themselves are translated.
#include "words.hpp"

#include "../i18n/translate.hpp"

#include <array>

namespace Foyer {

std::string weekday_name(Weekday day)
{
    static constexpr std::array<const char*, 7> names {
        NC_("weekday", "Monday"),
        NC_("weekday", "Tuesday"),
        NC_("weekday", "Wednesday"),
        NC_("weekday", "Thursday"),
        NC_("weekday", "Friday"),
        NC_("weekday", "Saturday"),
        NC_("weekday", "Sunday"),
    };
    return trc("weekday", names[size_t(day)]);
}

std::string month_name(int month)
{
    static constexpr std::array<const char*, 12> names {
        NC_("month", "January"),
        NC_("month", "February"),
        NC_("month", "March"),
        NC_("month", "April"),
        NC_("month", "May"),
        NC_("month", "June"),
        NC_("month", "July"),
        NC_("month", "August"),
        NC_("month", "September"),
        NC_("month", "October"),
        NC_("month", "November"),
        NC_("month", "December"),
    };
    if (month < 1 || month > 12)
        return {};
    return trc("month", names[size_t(month - 1)]);
}

std::string date_in_words(Date date)
{
    // French writes the first of the month as an ordinal ("1er décembre"); translators give that form.
    std::string day = date.day == 1 ? tr("1st") : std::to_string(date.day);
    return format(tr("{weekday} {day} {month}"),
        { { "weekday", weekday_name(date.weekday()) }, { "day", day }, { "month", month_name(date.month) } });
}

namespace {

FormatArgs clock_args(TimeOfDay time)
{
    int h24 = time.hour() % 24;
    int h12 = h24 % 12 == 0 ? 12 : h24 % 12;
    std::string mm = (time.minute() < 10 ? "0" : "") + std::to_string(time.minute());
    return {
        { "h24", std::to_string(h24) },
        { "h12", std::to_string(h12) },
        { "mm", mm },
        { "ampm", h24 < 12 ? tr("am") : tr("pm") },
    };
}

}

std::string clock_text(TimeOfDay time)
{
    // Translators: {h24} is the hour 0-23, {h12} the hour 1-12, {mm} the minutes, {ampm} "am" or "pm".
    if (time.minute() == 0)
        return format(tr("{h12} {ampm}"), clock_args(time));
    return format(tr("{h12}:{mm} {ampm}"), clock_args(time));
}

std::string spoken_clock_text(TimeOfDay time)
{
    // Translators: the same time, written so that the speech synthesiser reads it well.
    if (time.minute() == 0)
        return format(trc("spoken", "{h12} {ampm}"), clock_args(time));
    return format(trc("spoken", "{h12}:{mm} {ampm}"), clock_args(time));
}

std::string greeting(std::string_view name, TimeOfDay time)
{
    FormatArgs args { { "name", std::string(name) } };
    bool has_name = !name.empty();
    if (time.hour() < 12)
        return has_name ? format(tr("Good morning {name}"), args) : tr("Good morning");
    if (time.hour() < 18)
        return has_name ? format(tr("Good afternoon {name}"), args) : tr("Good afternoon");
    return has_name ? format(tr("Good evening {name}"), args) : tr("Good evening");
}

}
