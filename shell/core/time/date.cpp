// Civil calendar arithmetic (proleptic Gregorian), after Howard Hinnant's days_from_civil.
#include "date.hpp"

#include <cctype>
#include <chrono>
#include <cmath>
#include <ctime>
#include <string>

namespace Foyer {

long Date::days_since_epoch() const
{
    long y = year - (month <= 2 ? 1 : 0);
    long era = (y >= 0 ? y : y - 399) / 400;
    long year_of_era = y - era * 400;
    long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

Date Date::from_days_since_epoch(long days)
{
    days += 719468;
    long era = (days >= 0 ? days : days - 146096) / 146097;
    long day_of_era = days - era * 146097;
    long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    long mp = (5 * day_of_year + 2) / 153;
    int d = int(day_of_year - (153 * mp + 2) / 5 + 1);
    int m = int(mp < 10 ? mp + 3 : mp - 9);
    return Date { int(year_of_era + era * 400 + (m <= 2 ? 1 : 0)), m, d };
}

Weekday Date::weekday() const
{
    // 1970-01-01 was a Thursday.
    long index = (days_since_epoch() % 7 + 7 + 3) % 7;
    return Weekday(index);
}

bool Date::is_valid() const
{
    if (month < 1 || month > 12 || day < 1 || year < 1 || year > 9999)
        return false;
    return from_days_since_epoch(days_since_epoch()) == *this;
}

namespace {

std::optional<int> parse_digits(std::string_view text)
{
    if (text.empty() || text.size() > 4)
        return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

}

std::optional<Date> Date::parse_iso(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto y = parse_digits(text.substr(0, 4));
    auto m = parse_digits(text.substr(5, 2));
    auto d = parse_digits(text.substr(8, 2));
    if (!y || !m || !d)
        return std::nullopt;
    Date date { *y, *m, *d };
    if (!date.is_valid())
        return std::nullopt;
    return date;
}

std::optional<TimeOfDay> TimeOfDay::parse(std::string_view text)
{
    std::string compact;
    for (char c : text)
        if (c != ' ')
            compact += char(std::tolower(static_cast<unsigned char>(c)));
    auto separator = compact.find_first_of(":h");
    std::string_view hours = compact;
    std::string_view minutes = "0";
    if (separator != std::string::npos) {
        hours = std::string_view(compact).substr(0, separator);
        minutes = std::string_view(compact).substr(separator + 1);
        if (minutes.empty())
            minutes = "0";
        if (minutes.size() > 2)
            return std::nullopt;
    }
    if (hours.size() > 2)
        return std::nullopt;
    auto h = parse_digits(hours);
    auto m = parse_digits(minutes);
    if (!h || !m || *m > 59 || *h > 24 || (*h == 24 && *m != 0))
        return std::nullopt;
    return TimeOfDay { *h * 60 + *m };
}

LocalDateTime local_now()
{
    std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    return LocalDateTime {
        Date { local.tm_year + 1900, local.tm_mon + 1, local.tm_mday },
        TimeOfDay { local.tm_hour * 60 + local.tm_min },
        local.tm_sec,
    };
}

double seconds_to_next_minute()
{
    using namespace std::chrono;
    auto now = system_clock::now().time_since_epoch();
    auto into_minute = duration<double>(now).count();
    double remaining = 60.0 - std::fmod(into_minute, 60.0);
    return remaining < 0.001 ? 60.0 : remaining;
}

}
