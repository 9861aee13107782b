// Reading typed opening hours with a small scanner: days first, then times, as people write them.
#include "hours_text.hpp"

#include "../../shell/core/settings/write.hpp"
#include "../../shell/core/text/text.hpp"

#include <algorithm>
#include <cctype>

namespace Foyer {

namespace {

constexpr std::array<std::string_view, 7> french_days { "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche" };
constexpr std::array<std::string_view, 7> english_days { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday" };

std::string lowered(std::string_view text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        // Dashes people type or paste (–, —) mean the same as "-".
        if (text.substr(i, 3) == "\u2013" || text.substr(i, 3) == "\u2014") {
            out += '-';
            i += 2;
            continue;
        }
        out += char(std::tolower(static_cast<unsigned char>(text[i])));
    }
    return out;
}

// "du lundi au vendredi", "lundi, mercredi à vendredi", "monday to friday" -> what parse_weekdays reads.
std::optional<std::array<bool, 7>> parse_days(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        if (!word.empty())
            words.push_back(std::exchange(word, {}));
    };
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == ':') {
            flush();
        } else if (c == '-' || c == ',') {
            flush();
            words.push_back(std::string(1, c));
        } else {
            word += c;
        }
    }
    flush();
    std::string days;
    bool last_was_day = false;
    for (auto& w : words) {
        if (w == "du" || w == "from" || w == "le" || w == "les" || w == "on" || w == "de" || w == "every" || w == "tous")
            continue;
        if (w == "-" || w == "à" || w == "au" || w == "a" || w == "to" || w == "until" || w == "jusqu'au") {
            days += "-";
            last_was_day = false;
        } else if (w == "," || w == "et" || w == "and" || w == "&") {
            days += ",";
            last_was_day = false;
        } else {
            if (last_was_day)
                days += ",";
            days += w;
            last_was_day = true;
        }
    }
    // "monday to friday," before the hours: separators at either end join nothing.
    while (!days.empty() && (days.back() == ',' || days.back() == '-'))
        days.pop_back();
    while (!days.empty() && (days.front() == ',' || days.front() == '-'))
        days.erase(days.begin());
    return parse_weekdays(days);
}

bool is_letter(char c)
{
    // Bytes of accented letters (UTF-8) count as letters: "mercredi" is not inside "émercredi".
    return std::isalpha(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
}

// The words that lead into days, left at the end of a group when the next one is split off.
bool is_day_connector(std::string_view word)
{
    for (std::string_view connector : { ",", "et", "and", "du", "le", "les", "from", "on", "every", "tous", "puis", "then" })
        if (word == connector)
            return true;
    return false;
}

// A flyer writes "du mardi au jeudi de 14h à 17h, samedi 9h30-12h" in one line: a day named after some
// hours starts a group of its own, as if a ";" were there.
std::vector<std::string> split_at_days(const std::string& text)
{
    std::vector<std::string> groups;
    size_t start = 0;
    for (size_t at = 0; at < text.size(); ++at) {
        if (at > 0 && is_letter(text[at - 1]))
            continue;
        for (auto* names : { &french_days, &english_days }) {
            for (auto name : *names) {
                if (text.compare(at, name.size(), name) != 0 || (at + name.size() < text.size() && is_letter(text[at + name.size()])))
                    continue;
                auto before = std::string_view(text).substr(start, at - start);
                if (before.find_first_of("0123456789") == std::string_view::npos)
                    continue;
                // Leave "…17h, du" as "…17h": the connector belongs to the days that follow.
                std::string group(before);
                for (bool trimmed_one = true; trimmed_one;) {
                    trimmed_one = false;
                    while (!group.empty() && (group.back() == ' ' || group.back() == '\t'))
                        group.pop_back();
                    if (!group.empty() && group.back() == ',') {
                        group.pop_back();
                        trimmed_one = true;
                        continue;
                    }
                    auto space = group.find_last_of(" \t,");
                    auto last = space == std::string::npos ? group : group.substr(space + 1);
                    if (!last.empty() && is_day_connector(last) && space != std::string::npos) {
                        group.erase(space);
                        trimmed_one = true;
                    }
                }
                groups.push_back(group);
                start = at;
            }
        }
    }
    groups.push_back(text.substr(start));
    return groups;
}

class TimeScanner {
public:
    explicit TimeScanner(std::string_view text)
        : m_text(text)
    {
    }

    bool at_end()
    {
        skip_separators();
        return m_at >= m_text.size();
    }

    // "9", "9h", "9h30", "9 h 30", "09:30".
    std::optional<TimeOfDay> time()
    {
        skip_spaces();
        int hour = 0, digits = 0;
        while (m_at < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_at])) && digits < 2) {
            hour = hour * 10 + (m_text[m_at++] - '0');
            ++digits;
        }
        if (digits == 0)
            return std::nullopt;
        skip_spaces();
        int minute = 0;
        if (m_at < m_text.size() && (m_text[m_at] == 'h' || m_text[m_at] == ':' || m_text[m_at] == '.')) {
            ++m_at;
            size_t mark = m_at;
            skip_spaces();
            bool spaced = m_at > mark;
            int minute_digits = 0;
            while (m_at < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_at])) && minute_digits < 2) {
                minute = minute * 10 + (m_text[m_at++] - '0');
                ++minute_digits;
            }
            // "12h 14h-17h": after a space, digits followed by "h" are the next time, not minutes ("9 h 30" are).
            size_t after = m_at;
            skip_spaces();
            bool next_is_hour = m_at < m_text.size() && (m_text[m_at] == 'h' || m_text[m_at] == ':' || m_text[m_at] == '.');
            m_at = after;
            if (minute_digits == 0 || (spaced && next_is_hour)) {
                m_at = mark;
                minute = 0;
            } else if (minute_digits == 1) {
                return std::nullopt;
            }
        }
        // "2pm", "9:30am", "12 p.m.": the English clock (12pm is noon, 12am midnight).
        size_t before_suffix = m_at;
        skip_spaces();
        for (auto [suffix, pm] : { std::pair { std::string_view("p.m."), true }, { "pm", true }, { "a.m.", false }, { "am", false } }) {
            if (m_text.substr(m_at, suffix.size()) != suffix || (m_at + suffix.size() < m_text.size() && is_letter(m_text[m_at + suffix.size()])))
                continue;
            if (hour < 1 || hour > 12)
                return std::nullopt;
            m_at += suffix.size();
            hour = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
            before_suffix = m_at;
            break;
        }
        m_at = before_suffix;
        if (hour > 24 || minute > 59 || (hour == 24 && minute != 0))
            return std::nullopt;
        return TimeOfDay { hour * 60 + minute };
    }

    // "-", "à", "a", "to", "until".
    bool range_separator()
    {
        skip_spaces();
        for (std::string_view word : { "-", "à", "au", "a", "to", "until", "jusqu'à" }) {
            if (m_text.substr(m_at, word.size()) == word) {
                m_at += word.size();
                return true;
            }
        }
        return false;
    }

private:
    void skip_spaces()
    {
        while (m_at < m_text.size() && (m_text[m_at] == ' ' || m_text[m_at] == '\t'))
            ++m_at;
    }

    // Between two ranges: spaces, commas, "et", "and", "+", and the "de" / "from" that starts a range.
    void skip_separators()
    {
        for (bool moved = true; moved;) {
            moved = false;
            skip_spaces();
            for (std::string_view word : { ",", "+", "/", "et", "and", "de", "from", "puis", "then" }) {
                if (m_text.substr(m_at, word.size()) == word) {
                    m_at += word.size();
                    moved = true;
                    break;
                }
            }
        }
    }

    std::string_view m_text;
    size_t m_at { 0 };
};

std::optional<std::vector<TimeRange>> parse_ranges(std::string_view text)
{
    TimeScanner scanner(text);
    std::vector<TimeRange> ranges;
    while (!scanner.at_end()) {
        auto open = scanner.time();
        if (!open || !scanner.range_separator())
            return std::nullopt;
        auto close = scanner.time();
        if (!close)
            return std::nullopt;
        ranges.push_back({ *open, *close });
    }
    if (ranges.empty())
        return std::nullopt;
    return ranges;
}

Error write_like_the_example()
{
    return Error::plain(N_("Write the days, then the hours, such as: monday-friday 9:00-18:00."));
}

}

ErrorOr<WeeklyHours> parse_hours_text(std::string_view text)
{
    WeeklyHours weekly;
    auto lower = lowered(text);
    std::vector<std::string> groups;
    std::string group;
    for (char c : lower) {
        if (c == ';' || c == '\n') {
            for (auto& part : split_at_days(std::exchange(group, {})))
                groups.push_back(part);
            continue;
        }
        group += c;
    }
    for (auto& part : split_at_days(group))
        groups.push_back(part);
    bool any = false;
    for (auto& raw : groups) {
        auto entry = trimmed(raw);
        if (entry.empty())
            continue;
        auto first_digit = std::find_if(entry.begin(), entry.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
        if (first_digit == entry.begin() || first_digit == entry.end())
            return write_like_the_example();
        auto days_part = trimmed(std::string_view(entry).substr(0, size_t(first_digit - entry.begin())));
        auto times_part = std::string_view(entry).substr(size_t(first_digit - entry.begin()));
        auto days = parse_days(days_part);
        if (!days)
            return Error::plain(N_("Foyer does not know the days “{days}”. Write them such as: monday-friday, or saturday."),
                { { "days", days_part } });
        auto ranges = parse_ranges(times_part);
        if (!ranges)
            return Error::plain(N_("Foyer did not understand the hours “{hours}”. Write them such as: 9:00-12:00 14:00-18:00."),
                { { "hours", trimmed(times_part) } });
        for (auto& range : *ranges) {
            if (range.open >= range.close)
                return Error::plain(N_("In “{hours}”, the opening time must come before the closing time."),
                    { { "hours", time_of_day_text(range.open) + "-" + time_of_day_text(range.close) } });
            for (size_t day = 0; day < 7; ++day) {
                if (!(*days)[day])
                    continue;
                for (auto& other : weekly[day])
                    if (range.open < other.close && other.open < range.close)
                        return Error::plain(N_("Some of these hours overlap on the same day. Write each day’s hours once."));
                weekly[day].push_back(range);
                std::sort(weekly[day].begin(), weekly[day].end(), [](auto& a, auto& b) { return a.open < b.open; });
            }
        }
        any = true;
    }
    if (!any)
        return write_like_the_example();
    return weekly;
}

std::string hours_text(const WeeklyHours& weekly, Language language)
{
    auto& names = language == Language::French ? french_days : english_days;
    std::vector<std::pair<std::vector<TimeRange>, std::array<bool, 7>>> groups;
    for (size_t day = 0; day < 7; ++day) {
        if (weekly[day].empty())
            continue;
        auto group = std::find_if(groups.begin(), groups.end(), [&](auto& g) { return g.first == weekly[day]; });
        if (group == groups.end()) {
            groups.push_back({ weekly[day], {} });
            group = groups.end() - 1;
        }
        group->second[day] = true;
    }
    std::string out;
    for (auto& [ranges, days] : groups) {
        if (!out.empty())
            out += "; ";
        // weekdays_text() writes English names; the family reads its own language.
        auto english = weekdays_text(days);
        std::string localized;
        std::string word;
        auto flush = [&] {
            if (word.empty())
                return;
            auto at = std::find(english_days.begin(), english_days.end(), word);
            localized += at == english_days.end() ? word : std::string(names[size_t(at - english_days.begin())]);
            word.clear();
        };
        for (char c : english) {
            if (std::isalpha(static_cast<unsigned char>(c))) {
                word += c;
            } else {
                flush();
                localized += c;
            }
        }
        flush();
        out += localized;
        for (auto& range : ranges)
            out += " " + time_of_day_text(range.open) + "-" + time_of_day_text(range.close);
    }
    return out;
}

}
