// Laying out and drawing a row of buttons.
#include "button_row.hpp"

#include <algorithm>

namespace Foyer {

ButtonRowLayout layout_button_row(const Ui& ui, const std::vector<ButtonSpec>& specs, const Rect& area, Align align)
{
    auto& m = ui.metrics();
    ButtonRowLayout layout;
    if (specs.empty()) {
        layout.fits = true;
        return layout;
    }
    std::vector<float> widths;
    float total = 0;
    for (auto& spec : specs) {
        widths.push_back(std::max(ui.button_width(spec.icon, spec.label, spec.font, spec.px), m.button_height * 2));
        total += widths.back();
    }
    total += float(specs.size() - 1) * m.gap;
    layout.fits = true;
    if (total <= area.width) {
        float x = align == Align::Right ? area.right() - total : align == Align::Left ? area.x
                                                                                      : area.x + (area.width - total) / 2;
        for (float w : widths) {
            layout.buttons.push_back({ x, area.y, w, m.button_height });
            x += w + m.gap;
        }
        layout.height = m.button_height;
    } else {
        // One per line, all as wide as the widest, so they read as a list.
        float w = std::min(area.width, *std::max_element(widths.begin(), widths.end()));
        float x = area.x + (area.width - w) / 2;
        for (size_t i = 0; i < specs.size(); ++i) {
            layout.buttons.push_back({ x, area.y + float(i) * (m.button_height + m.gap / 2), w, m.button_height });
            layout.fits = layout.fits && widths[i] <= area.width + 0.5f;
        }
        layout.height = float(specs.size()) * m.button_height + float(specs.size() - 1) * m.gap / 2;
    }
    layout.fits = layout.fits && layout.height <= area.height + 0.5f;
    return layout;
}

std::string draw_button_row(Ui& ui, const ButtonRowLayout& layout, const std::vector<ButtonSpec>& specs)
{
    std::string activated;
    for (size_t i = 0; i < specs.size() && i < layout.buttons.size(); ++i)
        if (ui.button(specs[i].id, layout.buttons[i], specs[i].icon, specs[i].label, specs[i].role, specs[i].font, specs[i].px))
            activated = specs[i].id;
    return activated;
}

}
