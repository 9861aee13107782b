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

std::optional<Timestamp> parse_iso8601(std::string_view text)
{
    auto digits = [&](size_t at, size_t count) -> std::optional<int> {
        if (at + count > text.size())
            return std::nullopt;
        int value = 0;
        for (size_t i = at; i < at + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return std::nullopt;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    auto year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    auto hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
    if (!year || !month || !day || !hour || !minute || !second || text.size() < 20 || text[4] != '-'
        || text[7] != '-' || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') || text[13] != ':'
        || text[16] != ':' || *month < 1 || *month > 12 || *day < 1 || *day > 31 || *hour > 23 || *minute > 59
        || *second > 60)
        return std::nullopt;
    size_t at = 19;
    if (text[at] == '.') {
        ++at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9')
            ++at;
    }
    int offset = 0;
    if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) {
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        auto hours = digits(at + 1, 2), minutes = digits(at + 4, 2);
        if (!hours || !minutes || text[at + 3] != ':' || *hours > 23 || *minutes > 59)
            return std::nullopt;
        offset = (text[at] == '+' ? 1 : -1) * (*hours * 3600 + *minutes * 60);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != text.size())
        return std::nullopt;
    struct tm parts { };
    parts.tm_year = *year - 1900;
    parts.tm_mon = *month - 1;
    parts.tm_mday = *day;
    parts.tm_hour = *hour;
    parts.tm_min = *minute;
    parts.tm_sec = *second;
    return Timestamp(timegm(&parts)) - offset;
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
