// A row of buttons at the bottom of a screen, each as wide as its label, stacked when they do not fit.
#pragma once

#include "../../shell/core/icons.hpp"
#include "../../shell/core/layout/geometry.hpp"
#include "../../shell/core/theme/theme.hpp"
#include "../../shell/ui/ui.hpp"

#include <string>
#include <vector>

namespace Foyer {

// Buttons side by side, each as wide as its label; stacked one per line when they do not fit across.
struct ButtonSpec {
    std::string id;
    Icon icon { Icon::None };
    std::string label;
    SwatchRole role { SwatchRole::Button };
    // Large for buttons; body type when a screen runs out of room in the largest text size.
    FontRole font { FontRole::Large };
    // The size to draw `font` at, stepped down to fit (Metrics::sizes_to_try); 0 for the font's own.
    float px { 0 };
};
struct ButtonRowLayout {
    std::vector<Rect> buttons;
    float height { 0 };
    bool fits { false };
};
// `align_right` puts a single line of buttons against the right edge, else they are centred.
ButtonRowLayout layout_button_row(const Ui&, const std::vector<ButtonSpec>&, const Rect& area, Align = Align::Center);
// Draws them; returns the id of the one activated, or an empty string.
std::string draw_button_row(Ui&, const ButtonRowLayout&, const std::vector<ButtonSpec>&);

}
