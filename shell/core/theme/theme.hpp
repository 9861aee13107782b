// The themes: every surface a senior sees is a Swatch (a background with the text drawn on it).
#pragma once

#include "../settings/settings.hpp"
#include "color.hpp"

#include <array>
#include <string_view>

namespace Foyer {

// A background and the colour of everything written or drawn on it. Text never appears on a background
// without going through a swatch, so checking every swatch checks every text/background pair.
struct Swatch {
    Color background;
    Color text;
};

enum class SwatchRole {
    Page,          // the screen behind everything
    Tile,          // a home tile at rest
    TilePressed,   // a tile or button while it is held down
    Button,        // an ordinary button (Home, Back, Say it again)
    ButtonPressed, // a button while it is held down
    TitleBar,      // the band with the screen's title
    Notice,        // a message for the family (settings problem)
    StatusGood,    // "Open now", "Ready"
    StatusBad,     // "Closed now", "No ink"
    Paper,         // a sheet in a print preview: white in every theme, as paper is
    HangUp,        // the red "Hang up" of a video call: red in every theme, as phones have it
    Count,
};

struct Theme {
    std::string_view name;
    std::array<Swatch, size_t(SwatchRole::Count)> swatches;
    // The focus ring is drawn as two bands so that it shows on any swatch: an outer and an inner colour.
    Color focus_outer;
    Color focus_inner;
    // Lines around tiles and buttons (non-text; WCAG asks 3:1, we keep them as strong as text).
    Color outline;

    const Swatch& swatch(SwatchRole role) const { return swatches[size_t(role)]; }
};

const Theme& theme_for(ThemeName);
constexpr std::array all_theme_names { ThemeName::Light, ThemeName::Dark };

}
