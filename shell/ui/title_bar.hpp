// The band at the top of every screen but home: the screen's title, then Help and Home at the right.
#pragma once

#include "ui.hpp"

#include <string_view>

namespace Foyer {

enum class TitleBarPress {
    None,
    Help,
    Home,
};

// Draws the band in `bar`; Help only when `with_help` (not on the help screens themselves). The title is
// in headline type, stepped down where it is too long for the room beside the buttons, never smaller than
// at the next smaller text size unless nothing else fits (Metrics::sizes_to_try).
TitleBarPress draw_title_bar(Ui&, const Rect& bar, std::string_view title, bool with_help);

}
