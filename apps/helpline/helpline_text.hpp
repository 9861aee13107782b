// What the help screen says: the helpline, its number, its hours, and whether it is open now.
#pragma once

#include "../../shell/core/settings/settings.hpp"
#include "../../shell/core/time/opening_hours.hpp"

#include <string>
#include <vector>

namespace Foyer {

struct HelplineText {
    std::string name;
    std::string number;
    std::string number_spoken;
    // One line per group of days: "Monday to Friday, 9 am to 6 pm"; then "Closed on public holidays."
    std::vector<std::string> hours;
    bool open_now { false };
    // "Open now, until 6 pm." / "Closed now. Opens on Monday at 9 am."
    std::string status;
    std::string status_spoken;
    // Everything above, for the voice on arrival.
    std::string spoken;
};

// The opening hours in words, grouping consecutive days with the same hours.
std::vector<std::string> opening_hours_lines(const OpeningHours&, bool spoken = false);
// Open now until when, or when it opens next (today, tomorrow, on a weekday, on a date).
std::string opening_status_text(const OpeningHours&, LocalDateTime now, bool spoken = false);

HelplineText helpline_text(const HelplineSettings&, LocalDateTime now);

// Live help before a mediator looks: the truth ("Your helper will see your screen when they open your
// case"), and when the line is closed now, when it opens. Once one looks: "Your helper can now see your
// screen."
std::string live_help_text(const OpeningHours&, LocalDateTime now, bool watched, bool spoken = false);

}
