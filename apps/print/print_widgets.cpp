// Drawing the state panel, the ink gauges and rows of buttons with the shell's widgets.
#include "print_widgets.hpp"

#include "../../shell/ui/ui.hpp"

#include <algorithm>

namespace Foyer {

namespace {

struct PanelText {
    std::string first;  // the headline, in large type
    std::string second; // advice, lesser problems and the ink note, in body type
};

PanelText panel_text(const PrinterReport& report)
{
    PanelText text { report.headline, report.advice };
    for (auto& line : report.also)
        text.second += (text.second.empty() ? "" : "\n") + line;
    if (!report.ink_note.empty())
        text.second += (text.second.empty() ? "" : "\n") + report.ink_note;
    return text;
}

float text_width_in_panel(const Ui& ui, float width)
{
    auto& m = ui.metrics();
    return std::max(0.f, width - 3 * m.gap - m.font(FontRole::SmallIcon));
}

}

SwatchRole swatch_for(PrinterVerdict verdict)
{
    switch (verdict) {
    case PrinterVerdict::Ready:
    case PrinterVerdict::Printing:
        return SwatchRole::StatusGood;
    case PrinterVerdict::Warning:
        return SwatchRole::Notice;
    case PrinterVerdict::Blocked:
        return SwatchRole::StatusBad;
    case PrinterVerdict::Checking:
        break;
    }
    return SwatchRole::TitleBar;
}

Icon icon_for(PrinterVerdict verdict)
{
    switch (verdict) {
    case PrinterVerdict::Ready:
    case PrinterVerdict::Printing:
        return Icon::Open;
    case PrinterVerdict::Warning:
    case PrinterVerdict::Blocked:
        return Icon::Closed;
    case PrinterVerdict::Checking:
        break;
    }
    return Icon::Waiting;
}

float status_panel_height(const Ui& ui, const PrinterReport& report, float width)
{
    auto& m = ui.metrics();
    auto text = panel_text(report);
    float text_w = text_width_in_panel(ui, width);
    float h = ui.text_height(text.first, FontRole::Large, text_w);
    if (!text.second.empty())
        h += m.gap / 3 + ui.text_height(text.second, FontRole::Body, text_w);
    return std::max(h, m.font(FontRole::SmallIcon)) + 2 * (m.gap * 0.75f);
}

void draw_status_panel(Ui& ui, const Rect& rect, const PrinterReport& report)
{
    auto& m = ui.metrics();
    auto role = swatch_for(report.verdict);
    ui.fill(rect, role, true);
    auto text = panel_text(report);
    float pad = m.gap * 0.75f;
    float icon_px = m.font(FontRole::SmallIcon);
    ui.icon({ rect.x + m.gap + icon_px / 2, rect.y + pad + m.font(FontRole::Large) * 0.6f }, icon_for(report.verdict),
        FontRole::SmallIcon, role);
    float text_x = rect.x + 2 * m.gap + icon_px;
    float text_w = text_width_in_panel(ui, rect.width);
    float y = rect.y + pad;
    y += ui.text({ text_x, y, text_w, rect.bottom() - y }, text.first, FontRole::Large, role);
    if (!text.second.empty())
        ui.text({ text_x, y + m.gap / 3, text_w, rect.bottom() - y }, text.second, FontRole::Body, role);
}

GaugesLayout layout_gauges(const Ui& ui, const std::vector<InkGauge>& gauges, const Rect& area)
{
    auto& m = ui.metrics();
    GaugesLayout layout;
    if (gauges.empty()) {
        layout.fits = true;
        return layout;
    }
    float label_w = 0, level_w = 0;
    for (auto& gauge : gauges) {
        label_w = std::max(label_w, ui.text_width(gauge.label, FontRole::Large));
        level_w = std::max(level_w, ui.text_width(gauge.level_text, FontRole::Large));
    }
    // Many inks (photo printers have six or more) go in two columns when one column is too tall.
    float row_h = m.font(FontRole::Large) * 1.6f;
    size_t columns = 1;
    float one_column_h = float(gauges.size()) * row_h + float(gauges.size() - 1) * m.gap / 2;
    if (one_column_h > area.height && gauges.size() > 1)
        columns = 2;
    size_t rows = (gauges.size() + columns - 1) / columns;
    float column_w = (area.width - float(columns - 1) * 2 * m.gap) / float(columns);
    float gauge_w = column_w - label_w - level_w - 2 * m.gap;
    // The gauge gets at least a fifth of the row; the label and level wrap no further.
    layout.fits = gauge_w >= column_w / 5;
    gauge_w = std::max(gauge_w, column_w / 5);
    for (size_t i = 0; i < gauges.size(); ++i) {
        size_t column = i / rows;
        size_t row = i % rows;
        float x = area.x + float(column) * (column_w + 2 * m.gap);
        float y = area.y + float(row) * (row_h + m.gap / 2);
        GaugeLayout g;
        g.label = { x, y, label_w, row_h };
        g.gauge = { x + label_w + m.gap, y + row_h * 0.2f, gauge_w, row_h * 0.6f };
        g.level = { g.gauge.right() + m.gap, y, level_w + 1, row_h };
        layout.rows.push_back(g);
    }
    layout.height = float(rows) * row_h + float(rows - 1) * m.gap / 2;
    layout.fits = layout.fits && layout.height <= area.height + 0.5f;
    return layout;
}

void draw_gauges(Ui& ui, const GaugesLayout& layout, const std::vector<InkGauge>& gauges)
{
    float px = ui.metrics().font(FontRole::Large);
    for (size_t i = 0; i < gauges.size() && i < layout.rows.size(); ++i) {
        auto& row = layout.rows[i];
        auto& gauge = gauges[i];
        float text_top = row.label.y + (row.label.height - px * 1.2f) / 2;
        ui.text({ row.label.x, text_top, row.label.width + 1, px * 1.2f }, gauge.label, FontRole::Large, SwatchRole::Page);
        float fraction = gauge.level ? float(*gauge.level) / 100.f : -1.f;
        ui.gauge(row.gauge, fraction, gauge.color);
        ui.text({ row.level.x, text_top, row.level.width, px * 1.2f }, gauge.level_text, FontRole::Large, SwatchRole::Page);
    }
}

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
        widths.push_back(std::max(ui.button_width(spec.icon, spec.label), m.button_height * 2));
        total += widths.back();
    }
    total += float(specs.size() - 1) * m.gap;
    layout.fits = true;
    if (total <= area.width) {
        float x = align == Align::Right ? area.right() - total : align == Align::Left ? area.x : area.x + (area.width - total) / 2;
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
        if (ui.button(specs[i].id, layout.buttons[i], specs[i].icon, specs[i].label, specs[i].role))
            activated = specs[i].id;
    return activated;
}

}
