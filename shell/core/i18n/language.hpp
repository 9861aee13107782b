// The languages Foyer speaks, and how the default one is chosen from the environment.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace Foyer {

enum class Language {
    French,
    English,
};

inline constexpr std::array all_languages { Language::French, Language::English };

// "fr" or "en".
std::string_view language_code(Language);
// Accepts "fr", "en", and locale names such as "fr_FR.UTF-8" or "en_GB".
std::optional<Language> parse_language(std::string_view);
// From LANGUAGE, LC_ALL, LC_MESSAGES and LANG, in the order gettext reads them; French when none says.
Language language_from_environment();

}
