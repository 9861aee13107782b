// Writing Settings back to foyer.toml: a commented file a family can still read and edit by hand.
#pragma once

#include "../error.hpp"
#include "settings.hpp"

#include <string>
#include <string_view>

namespace Foyer {

// The whole file for `settings`, with the same explanations as assets/foyer.example.toml (for the built-in
// defaults it *is* that file). Sections this version does not write (an app's section added by a newer
// Foyer, or by hand) are taken from `previous`, the file being replaced, so saving never loses them.
// parse_settings(settings_text(s)) gives back `s` exactly (tests/shell/core/settings_write_test).
std::string settings_text(const Settings&, std::string_view previous = {});

// Writes `settings` to `path` atomically (mode 0600: it may hold a helpdesk's enrollment code), after
// keeping the file it replaces as `path`.previous, so a family's hand-written file is never lost.
ErrorOr<void> save_settings_file(const std::string& path, const Settings&);

// A TOML basic string, quotes included, with everything TOML requires escaped.
std::string toml_quoted(std::string_view);
// "monday-friday", "monday, wednesday-friday", "saturday": the days as parse_weekdays() reads them.
std::string weekdays_text(const std::array<bool, 7>& days);
// "09:00".
std::string time_of_day_text(TimeOfDay);

}
