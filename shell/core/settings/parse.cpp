// foyer.toml -> Settings. Starts from the defaults and overrides what the file sets.
#include "parse.hpp"

#include "../i18n/translate.hpp"
#include "../navigation/known_apps.hpp"
#include "mail_providers.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <array>

namespace Foyer {

std::string SettingsProblem::text() const
{
    if (line <= 0)
        return message.message();
    return format(tr("Line {line}: {problem}"), { { "line", std::to_string(line) }, { "problem", message.message() } });
}

bool ParsedSettings::has_errors() const
{
    for (auto& problem : problems)
        if (problem.severity == ProblemSeverity::Error)
            return true;
    return false;
}

bool is_known_app_id(std::string_view id)
{
    return known_app(id) != nullptr;
}

namespace {

// Plain http is for this computer itself only (a local helpdesk, tests).
bool is_local_http(std::string_view url)
{
    for (std::string_view prefix : { "http://127.0.0.1", "http://localhost", "http://[::1]" }) {
        if (url.rfind(prefix, 0) != 0)
            continue;
        if (url.size() == prefix.size() || url[prefix.size()] == ':' || url[prefix.size()] == '/')
            return true;
    }
    return false;
}

class Reader {
public:
    explicit Reader(ParsedSettings& out)
        : m_out(out)
    {
    }

    void read(const toml::table& root)
    {
        for (auto&& [key, node] : root) {
            auto name = std::string(key.str());
            if (name == "senior")
                section(node, name, [&](const toml::table& t) { read_senior(t); });
            else if (name == "display")
                section(node, name, [&](const toml::table& t) { read_display(t); });
            else if (name == "voice")
                section(node, name, [&](const toml::table& t) { read_voice(t); });
            else if (name == "home")
                section(node, name, [&](const toml::table& t) { read_home(t); });
            else if (name == "helpline")
                section(node, name, [&](const toml::table& t) { read_helpline(t); });
            else if (name == "diagnosis")
                section(node, name, [&](const toml::table& t) { read_diagnosis(t); });
            else if (name == "email")
                section(node, name, [&](const toml::table& t) { read_email(t); });
            else if (name == "contacts")
                read_contacts(node);
            else if (name == "video")
                section(node, name, [&](const toml::table& t) { read_video(t); });
            else
                unknown(node, name);
        }
    }

private:
    Settings& settings() { return m_out.settings; }

    void problem(const toml::node& node, const char* msgid, FormatArgs args,
        ProblemSeverity severity = ProblemSeverity::Error)
    {
        m_out.problems.push_back({ int(node.source().begin.line), Error::plain(msgid, std::move(args)), severity });
    }

    void unknown(const toml::node& node, const std::string& key)
    {
        problem(node, N_("\"{key}\" is not a setting Foyer knows; it is ignored."), { { "key", key } },
            ProblemSeverity::Warning);
    }

    template<typename Body>
    void section(const toml::node& node, const std::string& key, Body body)
    {
        if (auto* table = node.as_table())
            body(*table);
        else
            problem(node, N_("\"{key}\" should be a section, written [{key}] on its own line."), { { "key", key } });
    }

    std::optional<std::string> string(const toml::node& node, const std::string& key)
    {
        if (auto* value = node.as_string())
            return value->get();
        problem(node, N_("\"{key}\" should be a text between quotes."), { { "key", key } });
        return std::nullopt;
    }

    std::optional<int> integer(const toml::node& node, const std::string& key, int min, int max)
    {
        auto* value = node.as_integer();
        if (!value) {
            problem(node, N_("\"{key}\" should be a whole number."), { { "key", key } });
            return std::nullopt;
        }
        if (value->get() < min || value->get() > max) {
            problem(node, N_("\"{key}\" must be between {min} and {max}."),
                { { "key", key }, { "min", std::to_string(min) }, { "max", std::to_string(max) } });
            return std::nullopt;
        }
        return int(value->get());
    }

    std::optional<bool> boolean(const toml::node& node, const std::string& key)
    {
        if (auto* value = node.as_boolean())
            return value->get();
        problem(node, N_("\"{key}\" should be true or false."), { { "key", key } });
        return std::nullopt;
    }

    template<typename T, size_t N>
    std::optional<T> choice(const toml::node& node, const std::string& key,
        const std::array<std::pair<std::string_view, T>, N>& choices)
    {
        auto text = string(node, key);
        if (!text)
            return std::nullopt;
        std::string list;
        for (auto& [name, value] : choices) {
            if (name == *text)
                return value;
            list += (list.empty() ? "\"" : ", \"") + std::string(name) + "\"";
        }
        problem(node, N_("\"{key}\" must be one of {choices}, not \"{value}\"."),
            { { "key", key }, { "choices", list }, { "value", *text } });
        return std::nullopt;
    }

    void read_senior(const toml::table& table)
    {
        for (auto&& [key, node] : table) {
            auto name = std::string(key.str());
            if (name == "name") {
                if (auto value = string(node, name))
                    settings().senior_name = *value;
            } else {
                unknown(node, name);
            }
        }
    }

    void read_display(const toml::table& table)
    {
        static constexpr std::array<std::pair<std::string_view, std::optional<Language>>, 3> languages { { { "auto", std::nullopt }, { "fr", Language::French }, { "en", Language::English } } };
        static constexpr std::array<std::pair<std::string_view, ThemeName>, 2> themes { { { "light", ThemeName::Light }, { "dark", ThemeName::Dark } } };
        static constexpr std::array<std::pair<std::string_view, TextSize>, 3> sizes { { { "normal", TextSize::Normal }, { "large", TextSize::Large }, { "largest", TextSize::Largest } } };
        for (auto&& [key, node] : table) {
            auto name = std::string(key.str());
            if (name == "language") {
                if (auto value = choice(node, name, languages))
                    settings().language = *value;
            } else if (name == "theme") {
                if (auto value = choice(node, name, themes))
                    settings().theme = *value;
            } else if (name == "text_size") {
                if (auto value = choice(node, name, sizes))
                    settings().text_size = *value;
            } else {
                unknown(node, name);
            }
        }
    }

    void read_voice(const toml::table& table)
    {
        for (auto&& [key, node] : table) {
            auto name = std::string(key.str());
            if (name == "enabled") {
                if (auto value = boolean(node, name))
                    settings().voice.enabled = *value;
            } else if (name == "rate") {
                if (auto value = integer(node, name, min_voice_rate, max_voice_rate))
                    settings().voice.rate = *value;
            } else if (name == "volume") {
                if (auto value = integer(node, name, 0, max_voice_volume))
                    settings().voice.volume = *value;
            } else if (name == "voice") {
                if (auto value = string(node, name))
                    settings().voice.voice = *value;
            } else {
                unknown(node, name);
            }
        }
    }

    void read_home(const toml::table& table)
    {
        for (auto&& [key, node] : table) {
            auto name = std::string(key.str());
            if (name != "tiles") {
                unknown(node, name);
                continue;
            }
            auto* array = node.as_array();
            if (!array) {
                problem(node, N_("\"{key}\" should be a list between brackets, such as [\"email\", \"help\"]."),
                    { { "key", name } });
                continue;
            }
            std::vector<std::string> tiles;
            for (auto&& item : *array) {
                auto id = string(item, name);
                if (!id)
                    continue;
                if (!is_known_app_id(*id)) {
                    problem(item, N_("\"{value}\" is not an app Foyer knows; this tile is ignored."),
                        { { "value", *id } }, ProblemSeverity::Warning);
                    continue;
                }
                if (tiles.size() == max_tiles) {
                    problem(item, N_("Only {count} tiles fit on the home screen; \"{value}\" is ignored."),
                        { { "count", std::to_string(max_tiles) }, { "value", *id } }, ProblemSeverity::Warning);
                    continue;
                }
                tiles.push_back(*id);
            }
            settings().tiles = std::move(tiles);
        }
    }

    std::optional<TimeOfDay> time_of_day(const toml::node& node, const std::string& key)
    {
        auto text = string(node, key);
        if (!text)
            return std::nullopt;
        auto time = TimeOfDay::parse(*text);
        if (!time)
            problem(node, N_("\"{value}\" is not a time of day, such as \"09:00\"."), { { "value", *text } });
        return time;
    }

    void read_hours(const toml::node& node)
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

    void read_helpline(const toml::table& table)
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
                auto* array = node.as_array();
                if (!array) {
                    problem(node, N_("\"{key}\" should be a list between brackets, such as [\"email\", \"help\"]."),
                        { { "key", name } });
                    continue;
                }
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

    // "https://…", or "http://" on this computer itself (a local helpdesk, tests). Empty is allowed.
    std::optional<std::string> web_address(const toml::node& node, const std::string& key, bool allow_empty)
    {
        auto text = string(node, key);
        if (!text)
            return std::nullopt;
        while (!text->empty() && text->back() == '/')
            text->pop_back();
        if (text->empty() && allow_empty)
            return text;
        if ((text->rfind("https://", 0) == 0 && text->size() > 8) || is_local_http(*text))
            return text;
        problem(node, N_("\"{value}\" is not a secure web address: it must start with https://."), { { "value", *text } });
        return std::nullopt;
    }

    void read_diagnosis(const toml::table& table)
    {
        for (auto&& [key, node] : table) {
            auto name = std::string(key.str());
            if (name != "sites") {
                unknown(node, name);
                continue;
            }
            auto* array = node.as_array();
            if (!array) {
                problem(node, N_("\"{key}\" should be a list between brackets, such as [\"email\", \"help\"]."),
                    { { "key", name } });
                continue;
            }
            std::vector<std::string> sites;
            for (auto&& item : *array)
                if (auto site = web_address(item, name, false))
                    sites.push_back(*site + "/");
            settings().diagnosis.sites = std::move(sites);
        }
    }

    void read_mail_server(const toml::node& node, const std::string& key, MailServer& server, std::string_view part)
    {
        static constexpr std::array<std::pair<std::string_view, MailSecurity>, 3> securities { { { "tls", MailSecurity::Tls }, { "starttls", MailSecurity::StartTls }, { "none", MailSecurity::None } } };
        if (part == "server") {
            if (auto value = string(node, key))
                server.host = *value;
        } else if (part == "port") {
            if (auto value = integer(node, key, 1, 65535))
                server.port = *value;
        } else if (part == "security") {
            if (auto value = choice(node, key, securities))
                server.security = *value;
        }
    }

    void read_email(const toml::table& table)
    {
        auto& email = settings().email;
        // The preset first, whatever its place in the section: what the file sets explicitly wins over it.
        if (auto* node = table.get("provider")) {
            if (auto value = string(*node, "provider"); value && !value->empty()) {
                if (auto* provider = mail_provider(*value)) {
                    email.provider = *value;
                    email.imap = provider->imap;
                    email.smtp = provider->smtp;
                    email.max_message_mb = provider->max_message_mb;
                } else {
                    std::string list;
                    for (auto& known : mail_providers())
                        list += (list.empty() ? "\"" : ", \"") + std::string(known.id) + "\"";
                    problem(*node, N_("\"{key}\" must be one of {choices}, not \"{value}\"."),
                        { { "key", "provider" }, { "choices", list }, { "value", *value } });
                }
            }
        }
        for (auto&& [key, node] : table) {
            auto name = std::string(key.str());
            if (name == "provider")
                continue;
            if (name == "imap_server" || name == "imap_port" || name == "imap_security") {
                read_mail_server(node, name, email.imap, std::string_view(name).substr(5));
            } else if (name == "smtp_server" || name == "smtp_port" || name == "smtp_security") {
                read_mail_server(node, name, email.smtp, std::string_view(name).substr(5));
            } else if (name == "address") {
                if (auto value = string(node, name)) {
                    if (value->empty() || is_mail_address(*value))
                        email.address = *value;
                    else
                        problem(node, N_("\"{value}\" is not an e-mail address, such as \"marie@orange.fr\"."), { { "value", *value } });
                }
            } else if (name == "name" || name == "user" || name == "password_file" || name == "ca_file") {
                if (auto value = string(node, name))
                    (name == "name" ? email.display_name : name == "user" ? email.user
                            : name == "password_file"                     ? email.password_file
                                                                          : email.ca_file)
                        = *value;
            } else if (name == "keyring") {
                if (auto value = boolean(node, name))
                    email.keyring = *value;
            } else if (name == "max_message_mb") {
                if (auto value = integer(node, name, 1, max_message_mb_limit))
                    email.max_message_mb = *value;
            } else if (name == "password") {
                // A password in this file would be readable by every program: it belongs in its own file.
                problem(node, N_("The e-mail password must not be written in this file. Put it alone in a file only the senior can read (chmod 600), and write that file's name as \"password_file\"."), {});
            } else {
                unknown(node, name);
            }
        }
        for (auto* server : { &email.imap, &email.smtp }) {
            if (server->security == MailSecurity::None && !server->host.empty() && !is_loopback_host(server->host))
                problem(table, N_("\"none\" (no encryption) is only allowed for a mail server on this computer; use \"tls\" or \"starttls\"."), {});
        }
        if (email.configured() && (email.imap.host.empty() || email.smtp.host.empty()))
            problem(table, N_("The e-mail account needs its servers: write provider = \"orange\" (or free, sfr, laposte, gmail), or imap_server and smtp_server."), {});
    }

    // The family's contacts: [[contacts]] sections with a name, a photo, an e-mail address and a video
    // call (a room address, or a program to start).
    void read_contacts(const toml::node& node)
    {
        auto* array = node.as_array();
        if (!array || !array->is_array_of_tables()) {
            problem(node, N_("Contacts should be written as [[contacts]] sections, one per person."), {});
            return;
        }
        static constexpr std::array<std::pair<std::string_view, VideoKind>, 2> providers { { { "jitsi", VideoKind::Jitsi }, { "web", VideoKind::WebPage } } };
        std::vector<Contact> contacts;
        for (auto&& item : *array) {
            auto& entry = *item.as_table();
            Contact contact;
            std::optional<VideoKind> provider;
            bool usable = true;
            for (auto&& [key, value] : entry) {
                auto name = std::string(key.str());
                if (name == "name" || name == "photo" || name == "email") {
                    auto text = string(value, name);
                    if (!text)
                        continue;
                    if (name == "email" && !text->empty() && !is_mail_address(*text)) {
                        problem(value, N_("\"{value}\" is not an e-mail address, such as \"marie@orange.fr\"."), { { "value", *text } });
                        continue;
                    }
                    (name == "name" ? contact.name : name == "photo" ? contact.photo
                                                                     : contact.email)
                        = *text;
                } else if (name == "video") {
                    if (auto address = web_address(value, name, false)) {
                        contact.video.url = *address;
                    } else {
                        usable = false;
                    }
                } else if (name == "video_provider") {
                    provider = choice(value, name, providers);
                    usable = usable && provider.has_value();
                } else if (name == "video_command") {
                    auto* words = value.as_array();
                    std::vector<std::string> command;
                    if (words)
                        for (auto&& word : *words)
                            if (auto text = string(word, name))
                                command.push_back(*text);
                    if (!words || command.empty() || command.size() != words->size() || command.front().empty()) {
                        problem(value, N_("\"{key}\" should be a list of words between brackets, the program first, "
                                          "such as [\"linphone\", \"--call\", \"sip:sophie@example.org\"]."),
                            { { "key", name } });
                        usable = false;
                    } else {
                        contact.video.command = std::move(command);
                    }
                } else {
                    unknown(value, name);
                }
            }
            if (contact.name.empty()) {
                problem(entry, N_("Each contact needs a \"name\"."), {});
                continue;
            }
            if (!contact.video.url.empty() && !contact.video.command.empty()) {
                problem(entry, N_("A contact has either \"video\" (an address) or \"video_command\" (a program), not both."), {});
                usable = false;
            }
            if (!contact.video.command.empty())
                contact.video.kind = VideoKind::Command;
            else if (!contact.video.url.empty())
                contact.video.kind = provider.value_or(VideoKind::Jitsi);
            if (!usable)
                continue;
            contacts.push_back(std::move(contact));
        }
        settings().contacts = std::move(contacts);
    }

    static bool is_mail_address(std::string_view text)
    {
        auto at = text.find('@');
        return at != std::string_view::npos && at > 0 && at + 1 < text.size() && text.find('@', at + 1) == std::string_view::npos
            && text.find_first_of(" \t\r\n<>\",;") == std::string_view::npos && text.find('.', at) != std::string_view::npos;
    }

    static bool is_loopback_host(std::string_view host)
    {
        return host == "127.0.0.1" || host == "localhost" || host == "::1";
    }

    void read_video(const toml::table& table)
    {
        for (auto&& [key, node] : table) {
            auto name = std::string(key.str());
            if (name == "browser") {
                if (auto value = string(node, name); value && !value->empty())
                    settings().video.browser = *value;
            } else {
                unknown(node, name);
            }
        }
    }

    ParsedSettings& m_out;
};

}

ParsedSettings parse_settings(std::string_view text)
{
    return parse_settings(text, default_settings());
}

ParsedSettings parse_settings(std::string_view text, const Settings& base)
{
    ParsedSettings out { base, {} };
    try {
        auto root = toml::parse(text);
        Reader(out).read(root);
    } catch (const toml::parse_error& error) {
        out.settings = base;
        out.problems.push_back({ int(error.source().begin.line),
            Error::plain(N_("This line is not written correctly: {reason}."),
                { { "reason", std::string(error.description()) } }),
            ProblemSeverity::Error });
    }
    return out;
}

}
