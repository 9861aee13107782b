// foyer.toml -> Settings. Starts from the defaults and overrides what the file sets. This file reads the
// file's sections and the values every section uses; parse_reader.hpp names the files that read each section.
#include "parse_reader.hpp"

#include "../i18n/translate.hpp"
#include "../navigation/known_apps.hpp"

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

}

namespace detail {

void SettingsReader::read(const toml::table& root)
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

void SettingsReader::problem(const toml::node& node, const char* msgid, FormatArgs args, ProblemSeverity severity)
{
    m_out.problems.push_back({ int(node.source().begin.line), Error::plain(msgid, std::move(args)), severity });
}

void SettingsReader::unknown(const toml::node& node, const std::string& key)
{
    problem(node, N_("\"{key}\" is not a setting Foyer knows; it is ignored."), { { "key", key } },
        ProblemSeverity::Warning);
}

std::optional<std::string> SettingsReader::string(const toml::node& node, const std::string& key)
{
    if (auto* value = node.as_string())
        return value->get();
    problem(node, N_("\"{key}\" should be a text between quotes."), { { "key", key } });
    return std::nullopt;
}

std::optional<int> SettingsReader::integer(const toml::node& node, const std::string& key, int min, int max)
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

std::optional<bool> SettingsReader::boolean(const toml::node& node, const std::string& key)
{
    if (auto* value = node.as_boolean())
        return value->get();
    problem(node, N_("\"{key}\" should be true or false."), { { "key", key } });
    return std::nullopt;
}

const toml::array* SettingsReader::list(const toml::node& node, const std::string& key, std::string_view example)
{
    if (auto* array = node.as_array())
        return array;
    problem(node, N_("\"{key}\" should be a list between brackets, such as {example}."), { { "key", key }, { "example", std::string(example) } });
    return nullptr;
}

std::optional<std::string> SettingsReader::web_address(const toml::node& node, const std::string& key, bool allow_empty)
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

bool SettingsReader::is_mail_address(std::string_view text)
{
    auto at = text.find('@');
    return at != std::string_view::npos && at > 0 && at + 1 < text.size() && text.find('@', at + 1) == std::string_view::npos
        && text.find_first_of(" \t\r\n<>\",;") == std::string_view::npos && text.find('.', at) != std::string_view::npos;
}

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
        detail::SettingsReader(out).read(root);
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
