// Pieces several print screens draw: the printer's state panel, the ink gauges, and a row of buttons.
#pragma once

#include "../../shell/core/icons.hpp"
#include "../../shell/core/layout/geometry.hpp"
#include "../../shell/core/theme/theme.hpp"
#include "../../shell/ui/ui.hpp"
#include "printer_words.hpp"

#include <string>
#include <vector>

namespace Foyer {

// The swatch a report is drawn on: green when printing works, yellow for a warning, red when blocked.
SwatchRole swatch_for(PrinterVerdict);
Icon icon_for(PrinterVerdict);

// The state panel: an icon, the headline in large type, then the advice and the ink note.
float status_panel_height(const Ui&, const PrinterReport&, float width);
void draw_status_panel(Ui&, const Rect&, const PrinterReport&);

// One row per ink: its name, a gauge, the level in words. `fits` is false when the rows need more room.
struct GaugeLayout {
    Rect label;
    Rect gauge;
    Rect level;
};
struct GaugesLayout {
    std::vector<GaugeLayout> rows;
    float height { 0 };
    bool fits { false };
};
GaugesLayout layout_gauges(const Ui&, const std::vector<InkGauge>&, const Rect& area);
void draw_gauges(Ui&, const GaugesLayout&, const std::vector<InkGauge>&);

// Buttons side by side, each as wide as its label; stacked one per line when they do not fit across.
struct ButtonSpec {
    std::string id;
    Icon icon { Icon::None };
    std::string label;
    SwatchRole role { SwatchRole::Button };
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
