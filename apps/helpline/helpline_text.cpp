// The help screen's sentences, all through the catalogs.
#include "helpline_text.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/time/words.hpp"
#include "phone_number.hpp"

namespace Foyer {

namespace {

std::string capitalised(std::string text)
{
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = char(text[0] - 'a' + 'A');
    return text;
}

std::string time_text(TimeOfDay time, bool spoken)
{
    return spoken ? spoken_clock_text(time) : clock_text(time);
}

std::string ranges_text(const std::vector<TimeRange>& ranges, bool spoken)
{
    std::string text;
    for (size_t i = 0; i < ranges.size(); ++i) {
        auto range = format(tr("{open} to {close}"),
            { { "open", time_text(ranges[i].open, spoken) }, { "close", time_text(ranges[i].close, spoken) } });
        text = i == 0 ? range : format(tr("{first} and {second}"), { { "first", text }, { "second", range } });
    }
    return text;
}

}

std::vector<std::string> opening_hours_lines(const OpeningHours& hours, bool spoken)
{
    std::vector<std::string> lines;
    if (hours.always_closed()) {
        lines.push_back(tr("No opening hours are set."));
        return lines;
    }
    size_t day = 0;
    while (day < 7) {
        if (hours.weekly[day].empty()) {
            ++day;
            continue;
        }
        size_t last = day;
        while (last + 1 < 7 && hours.weekly[last + 1] == hours.weekly[day])
            ++last;
        std::string days;
        if (last == day)
            days = format(trc("single day", "{day}"), { { "day", weekday_name(Weekday(day)) } });
        else
            days = format(tr("{first} to {last}"),
                { { "first", weekday_name(Weekday(day)) }, { "last", weekday_name(Weekday(last)) } });
        lines.push_back(capitalised(format(tr("{days}, {hours}"),
            { { "days", days }, { "hours", ranges_text(hours.weekly[day], spoken) } })));
        day = last + 1;
    }
    if (hours.holidays != HolidayCalendar::None)
        lines.push_back(tr("Closed on public holidays."));
    return lines;
}

std::string opening_status_text(const OpeningHours& hours, LocalDateTime now, bool spoken)
{
    auto status = opening_status(hours, now);
    if (status.open_now)
        return format(tr("Open now, until {time}."), { { "time", time_text(*status.open_until, spoken) } });

    std::string text;
    if (status.holiday_today)
        text = format(tr("Closed today: {holiday}."), { { "holiday", tr(status.holiday_today) } }) + " ";
    else if (status.closed_date_today)
        text = tr("Closed today.") + " ";
    else
        text = tr("Closed now.") + " ";

    if (!status.next_opening)
        return text + tr("No opening is planned in the coming weeks.");
    auto& next = *status.next_opening;
    auto time = time_text(next.time, spoken);
    long days_ahead = next.date.days_since_epoch() - now.date.days_since_epoch();
    if (days_ahead == 0)
        return text + format(tr("Opens today at {time}."), { { "time", time } });
    if (days_ahead == 1)
        return text + format(tr("Opens tomorrow at {time}."), { { "time", time } });
    if (days_ahead < 7)
        return text
            + format(tr("Opens on {weekday} at {time}."), { { "weekday", weekday_name(next.date.weekday()) }, { "time", time } });
    return text + format(tr("Opens on {date} at {time}."), { { "date", date_in_words(next.date) }, { "time", time } });
}

HelplineText helpline_text(const HelplineSettings& helpline, LocalDateTime now)
{
    HelplineText text;
    text.name = helpline.name;
    auto number = phone_number_text(helpline.number, i18n::current_language());
    text.number = number.grouped;
    text.number_spoken = number.spoken;
    text.hours = opening_hours_lines(helpline.hours);
    text.open_now = opening_status(helpline.hours, now).open_now;
    text.status = opening_status_text(helpline.hours, now);
    text.status_spoken = opening_status_text(helpline.hours, now, true);

    std::string spoken_hours;
    for (auto& line : opening_hours_lines(helpline.hours, true))
        spoken_hours += line + (line.back() == '.' ? " " : ". ");
    text.spoken = format(tr("Call for help. {name}, telephone {number}. {hours}{status}"),
        { { "name", text.name }, { "number", text.number_spoken }, { "hours", spoken_hours },
            { "status", text.status_spoken } });
    return text;
}

std::string live_help_text(const OpeningHours& hours, LocalDateTime now, bool watched, bool spoken)
{
    if (watched)
        return tr("Your helper can now see your screen.");
    auto status = opening_status(hours, now);
    if (status.open_now)
        return tr("Your helper will see your screen when they open your case.");
    return tr("Your helper will see your screen when the line opens.") + " " + opening_status_text(hours, now, spoken);
}

}
