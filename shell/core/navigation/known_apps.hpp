// Every app a home tile may name, with its label and icon, including apps that arrive in later versions:
// the settings accept their identifiers now, and their labels are translated and checked to fit now.
#pragma once

#include "../icons.hpp"

#include <span>
#include <string_view>

namespace Foyer {

struct KnownApp {
    std::string_view id;
    // English label, marked with N_(); translate with tr() when showing it.
    const char* label;
    Icon icon;
};

std::span<const KnownApp> known_apps();
const KnownApp* known_app(std::string_view id);

}
