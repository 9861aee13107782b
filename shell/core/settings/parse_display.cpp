// Reading foyer.toml's [senior], [display], [voice] and [home]: who the senior is, how the screen looks
// and speaks, and which tiles the home screen shows.
#include "parse_reader.hpp"

namespace Foyer::detail {

void SettingsReader::read_senior(const toml::table& table)
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

void SettingsReader::read_display(const toml::table& table)
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

void SettingsReader::read_voice(const toml::table& table)
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

void SettingsReader::read_home(const toml::table& table)
{
    for (auto&& [key, node] : table) {
        auto name = std::string(key.str());
        if (name != "tiles") {
            unknown(node, name);
            continue;
        }
        auto* array = list(node, name, "[\"email\", \"help\"]");
        if (!array)
            continue;
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

}
