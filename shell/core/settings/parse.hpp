// Reading foyer.toml into Settings, with every problem located on its line and said in plain words.
#pragma once

#include "../error.hpp"
#include "settings.hpp"

#include <string_view>
#include <vector>

namespace Foyer {

enum class ProblemSeverity {
    // The setting is ignored and the rest of the file is used.
    Warning,
    // The file is not used at all: Foyer keeps the last good settings.
    Error,
};

struct SettingsProblem {
    int line { 0 };
    Error message;
    ProblemSeverity severity { ProblemSeverity::Error };

    // "Line 7: the theme must be ..." in the current language.
    std::string text() const;
};

struct ParsedSettings {
    Settings settings;
    std::vector<SettingsProblem> problems;

    bool has_errors() const;
};

// Never throws and never gives up silently: what cannot be used is listed in `problems`.
ParsedSettings parse_settings(std::string_view toml_text);
// What the file does not set comes from `base` (the demo household for --screenshot) instead of the defaults.
ParsedSettings parse_settings(std::string_view toml_text, const Settings& base);

// App identifiers a tile may name (some apps arrive in later versions; their tiles are then hidden).
bool is_known_app_id(std::string_view);

}
