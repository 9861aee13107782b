// Reading foyer.toml's [helpline] (its number, opening hours, closed days and helpdesk) and [diagnosis]
// (the sites the help's diagnosis tries).
#include "parse_reader.hpp"

#include <algorithm>

namespace Foyer::detail {

std::optional<TimeOfDay> SettingsReader::time_of_day(const toml::node& node, const std::string& key)
{
    auto text = string(node, key);
    if (!text)
        return std::nullopt;
    auto time = TimeOfDay::parse(*text);
    if (!time)
        problem(node, N_("\"{value}\" is not a time of day, such as \"09:00\"."), { { "value", *text } });
    return time;
}

void SettingsReader::read_hours(const toml::node& node)
{
    auto* array = node.as_array();
    // "hours = []": no opening hours are known (settings_text() writes that for a helpline without any).
    if (array && array->empty()) {
        settings().helpline.hours.weekly = {};
        return;
    }
    if (!array || !array->is_array_of_tables()) {
        problem(node, N_("The opening hours should be written as [[helpline.hours]] sections."), {});
        return;
    }
    std::array<std::vector<TimeRange>, 7> weekly;
    for (auto&& item : *array) {
        auto& entry = *item.as_table();
        std::optional<std::array<bool, 7>> days;
        std::optional<TimeOfDay> open, close;
        bool complete = true;
        for (auto&& [key, value] : entry) {
            auto name = std::string(key.str());
            if (name == "days") {
                if (auto text = string(value, name)) {
                    days = parse_weekdays(*text);
                    if (!days)
                        problem(value, N_("\"{value}\" is not a list of days, such as \"monday-friday\"."),
                            { { "value", *text } });
                }
            } else if (name == "open") {
                open = time_of_day(value, name);
            } else if (name == "close") {
                close = time_of_day(value, name);
            } else {
                unknown(value, name);
            }
        }
        for (auto [key, present] : { std::pair { "days", entry.contains("days") },
                 std::pair { "open", entry.contains("open") }, std::pair { "close", entry.contains("close") } }) {
            if (!present) {
                problem(entry, N_("These opening hours need \"{key}\"."), { { "key", key } });
                complete = false;
            }
        }
        if (!complete || !days || !open || !close)
            continue;
        if (*open >= *close) {
            problem(entry, N_("The opening time must come before the closing time."), {});
            continue;
        }
        for (size_t day = 0; day < 7; ++day) {
            if (!(*days)[day])
                continue;
            for (auto& range : weekly[day]) {
                if (*open < range.close && range.open < *close) {
                    problem(entry, N_("These opening hours overlap others on the same day."), {});
                    return;
                }
            }
            weekly[day].push_back({ *open, *close });
            std::sort(weekly[day].begin(), weekly[day].end(),
                [](auto& a, auto& b) { return a.open < b.open; });
        }
    }
    settings().helpline.hours.weekly = weekly;
}

void SettingsReader::read_helpline(const toml::table& table)
{
    static constexpr std::array<std::pair<std::string_view, HolidayCalendar>, 3> calendars { { { "france", HolidayCalendar::France },
        { "france-alsace-moselle", HolidayCalendar::FranceAlsaceMoselle },
        { "none", HolidayCalendar::None } } };
    auto& helpline = settings().helpline;
    for (auto&& [key, node] : table) {
        auto name = std::string(key.str());
        if (name == "name") {
            if (auto value = string(node, name))
                helpline.name = *value;
        } else if (name == "number") {
            if (auto value = string(node, name)) {
                bool has_digit = value->find_first_of("0123456789") != std::string::npos;
                if (has_digit && value->find_first_not_of("0123456789 +.-()") == std::string::npos)
                    helpline.number = *value;
                else
                    problem(node, N_("\"{value}\" is not a telephone number."), { { "value", *value } });
            }
        } else if (name == "holidays") {
            if (auto value = choice(node, name, calendars))
                helpline.hours.holidays = *value;
        } else if (name == "closed_dates") {
            auto* array = list(node, name, "[\"2026-12-24\", \"2026-12-31\"]");
            if (!array)
                continue;
            std::vector<Date> dates;
            for (auto&& item : *array) {
                // Dates may be written as TOML dates (2026-12-24) or as text ("2026-12-24").
                if (auto* date = item.as_date()) {
                    auto& d = date->get();
                    dates.push_back({ int(d.year), int(d.month), int(d.day) });
                } else if (auto text = string(item, name)) {
                    if (auto parsed = Date::parse_iso(*text))
                        dates.push_back(*parsed);
                    else
                        problem(item, N_("\"{value}\" is not a date, such as \"2026-12-24\"."),
                            { { "value", *text } });
                }
            }
            helpline.hours.closed_dates = std::move(dates);
        } else if (name == "hours") {
            read_hours(node);
        } else if (name == "helpdesk") {
            if (auto value = web_address(node, name, true))
                helpline.helpdesk = *value;
        } else if (name == "enrollment_code") {
            if (auto value = string(node, name))
                helpline.enrollment_code = *value;
        } else if (name == "ca_file") {
            if (auto value = string(node, name))
                helpline.ca_file = *value;
        } else {
            unknown(node, name);
        }
    }
}

void SettingsReader::read_diagnosis(const toml::table& table)
{
    for (auto&& [key, node] : table) {
        auto name = std::string(key.str());
        if (name != "sites") {
            unknown(node, name);
            continue;
        }
        auto* array = list(node, name, "[\"https://www.ameli.fr\"]");
        if (!array)
            continue;
        std::vector<std::string> sites;
        for (auto&& item : *array)
            if (auto site = web_address(item, name, false))
                sites.push_back(*site + "/");
        settings().diagnosis.sites = std::move(sites);
    }
}

}
