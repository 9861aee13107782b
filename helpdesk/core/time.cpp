// Clock reading and date formatting with the C library (thread-safe *_r variants only).
#include "time.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace Foyer::Helpdesk {

Timestamp now()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string iso8601_utc(Timestamp moment)
{
    time_t seconds = time_t(moment);
    struct tm parts { };
    gmtime_r(&seconds, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

std::string local_date_time(Timestamp moment)
{
    time_t seconds = time_t(moment);
    struct tm parts { };
    localtime_r(&seconds, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &parts);
    return text;
}

std::optional<Period> local_month(std::string_view year_month)
{
    int year = 0;
    int month = 0;
    char tail = 0;
    std::string text(year_month);
    if (text.size() != 7 || std::sscanf(text.c_str(), "%4d-%2d%c", &year, &month, &tail) != 2 || month < 1
        || month > 12 || year < 1970 || year > 9999)
        return std::nullopt;
    auto start_of = [](int y, int m) {
        struct tm parts { };
        parts.tm_year = y - 1900;
        parts.tm_mon = m - 1;
        parts.tm_mday = 1;
        parts.tm_isdst = -1;
        return Timestamp(mktime(&parts));
    };
    Period period;
    period.from = start_of(year, month);
    period.until = month == 12 ? start_of(year + 1, 1) : start_of(year, month + 1);
    return period;
}

std::string local_year_month(Timestamp moment)
{
    time_t seconds = time_t(moment);
    struct tm parts { };
    localtime_r(&seconds, &parts);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m", &parts);
    return text;
}

}
