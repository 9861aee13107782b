// Choosing a language from a code or from the environment.
#include "language.hpp"

#include <cstdlib>
#include <string>

namespace Foyer {

std::string_view language_code(Language language)
{
    switch (language) {
    case Language::French:
        return "fr";
    case Language::English:
        return "en";
    }
    return "fr";
}

std::optional<Language> parse_language(std::string_view text)
{
    auto prefix = text.substr(0, text.find_first_of("_.@-:"));
    if (prefix == "fr")
        return Language::French;
    if (prefix == "en")
        return Language::English;
    return std::nullopt;
}

Language language_from_environment()
{
    // LANGUAGE may hold a list ("fr:en"); the first language we know wins.
    if (const char* list = std::getenv("LANGUAGE"); list && *list) {
        std::string_view rest = list;
        while (!rest.empty()) {
            auto colon = rest.find(':');
            if (auto language = parse_language(rest.substr(0, colon)))
                return *language;
            if (colon == std::string_view::npos)
                break;
            rest.remove_prefix(colon + 1);
        }
    }
    for (const char* name : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        const char* value = std::getenv(name);
        if (!value || !*value)
            continue;
        if (auto language = parse_language(value))
            return *language;
        // The first variable that is set decides, as in gettext; "C" or "POSIX" fall to the default.
        break;
    }
    return Language::French;
}

}
