// Opening hours as a family types them ("lundi-vendredi 9h-12h 14h-18h; samedi 9h-12h") and back.
#pragma once

#include "../../shell/core/error.hpp"
#include "../../shell/core/i18n/language.hpp"
#include "../../shell/core/time/opening_hours.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace Foyer {

using WeeklyHours = std::array<std::vector<TimeRange>, 7>;

// Groups are separated by ";" or a new line; each is days (English or French, alone, listed or as ranges:
// "monday-friday", "lundi, mercredi à vendredi") followed by one or more time ranges ("9:00-18:00",
// "9h-12h et 14h-18h", "de 9 h 30 à 12 h"). The error says, in plain words, what to write instead.
ErrorOr<WeeklyHours> parse_hours_text(std::string_view);

// The hours as the family would type them, in `language` ("lundi-vendredi 09:00-18:00"), for a field
// that shows the current hours.
std::string hours_text(const WeeklyHours&, Language);

}
