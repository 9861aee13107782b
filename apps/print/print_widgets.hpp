// Pieces several print screens draw: the printer's state panel and the ink gauges (rows of buttons are
// shared with other apps: apps/common/button_row.hpp).
#pragma once

#include "../../shell/core/icons.hpp"
#include "../../shell/core/layout/geometry.hpp"
#include "../../shell/core/theme/theme.hpp"
#include "../../shell/ui/ui.hpp"
#include "../common/button_row.hpp"
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

// One block per ink: its name and its level in words on a line (the level under the name when the line is
// too short), the gauge under them. Large type when it fits, else body type; up to three columns. When a
// printer has more inks than the screen has room for (eight inks in the largest type on a small screen),
// the most urgent are shown (empty, then low, then the lowest) and a line says how many are not.
// `fits` is false only when not even one ink and that line fit.
struct GaugeLayout {
    Rect label;
    Rect level;
    Rect gauge;
};
struct GaugesLayout {
    std::vector<GaugeLayout> rows;
    // Which gauge each row shows (all of them, in order, when they fit).
    std::vector<size_t> shown;
    Rect more;
    FontRole role { FontRole::Large };
    float height { 0 };
    bool fits { false };
};
GaugesLayout layout_gauges(const Ui&, const std::vector<InkGauge>&, const Rect& area);
// "2 more inks are not shown."
std::string more_inks_text(size_t count);
void draw_gauges(Ui&, const GaugesLayout&, const std::vector<InkGauge>&);

}
