// The reader behind parse_settings(), shared by the files that read foyer.toml: parse.cpp (the file's
// sections and the values they all read), parse_display.cpp ([senior], [display], [voice], [home]),
// parse_helpline.cpp ([helpline] with its hours, [diagnosis]), parse_email.cpp ([email]) and
// parse_contacts.cpp ([[contacts]], [video]).
#pragma once

#include "parse.hpp"

#include <toml++/toml.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace Foyer::detail {

class SettingsReader {
public:
    explicit SettingsReader(ParsedSettings& out)
        : m_out(out)
    {
    }

    void read(const toml::table& root);

private:
    Settings& settings() { return m_out.settings; }

    // parse.cpp: every problem on its line, and the values every section reads.
    void problem(const toml::node& node, const char* msgid, FormatArgs args,
        ProblemSeverity severity = ProblemSeverity::Error);
    void unknown(const toml::node& node, const std::string& key);

    template<typename Body>
    void section(const toml::node& node, const std::string& key, Body body)
    {
        if (auto* table = node.as_table())
            body(*table);
        else
            problem(node, N_("\"{key}\" should be a section, written [{key}] on its own line."), { { "key", key } });
    }

    std::optional<std::string> string(const toml::node& node, const std::string& key);
    std::optional<int> integer(const toml::node& node, const std::string& key, int min, int max);
    std::optional<bool> boolean(const toml::node& node, const std::string& key);
    // A list between brackets; else a problem showing `example` (such as ["2026-12-24"]) and null.
    const toml::array* list(const toml::node& node, const std::string& key, std::string_view example);

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

    // "https://…", or "http://" on this computer itself (a local helpdesk, tests). Empty is allowed.
    std::optional<std::string> web_address(const toml::node& node, const std::string& key, bool allow_empty);
    static bool is_mail_address(std::string_view text);

    // parse_display.cpp: who the senior is, how the screen looks and speaks, the home screen's tiles.
    void read_senior(const toml::table& table);
    void read_display(const toml::table& table);
    void read_voice(const toml::table& table);
    void read_home(const toml::table& table);

    // parse_helpline.cpp: the helpline, its opening hours and helpdesk; the sites the diagnosis tries.
    std::optional<TimeOfDay> time_of_day(const toml::node& node, const std::string& key);
    void read_hours(const toml::node& node);
    void read_helpline(const toml::table& table);
    void read_diagnosis(const toml::table& table);

    // parse_email.cpp: the senior's e-mail account, from a provider's preset or server by server.
    void read_mail_server(const toml::node& node, const std::string& key, MailServer& server, std::string_view part);
    void read_email(const toml::table& table);

    // parse_contacts.cpp: the family's contacts, and the browser their video calls open in.
    void read_contacts(const toml::node& node);
    void read_video(const toml::table& table);

    ParsedSettings& m_out;
};

}
