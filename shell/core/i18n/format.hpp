// Named placeholders ("Good morning {name}") filled in after translation, so translators can reorder them.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Foyer {

using FormatArgs = std::vector<std::pair<std::string, std::string>>;

// Replaces every "{key}" of `pattern` by its value. Unknown placeholders are left as they are, so a
// mistake shows up on screen and in tests instead of silently dropping words.
std::string format(std::string_view pattern, const FormatArgs& args);

// The placeholder names used by a pattern, in order ("{name} at {time}" -> name, time).
std::vector<std::string> placeholders(std::string_view pattern);

}
