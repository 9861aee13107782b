// Drawing the state panel, the ink gauges and rows of buttons with the shell's widgets.
#include "print_widgets.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/ui/ui.hpp"

#include <algorithm>
#include <optional>

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

namespace {

// Lays out `gauges[shown]` in `area` with one type size and column count; nothing when a name or a level
// does not fit a column.
std::optional<GaugesLayout> try_gauges(const Ui& ui, const std::vector<InkGauge>& gauges, const std::vector<size_t>& shown,
    const Rect& area, FontRole role, size_t columns)
{
    auto& m = ui.metrics();
    float px = m.font(role);
    float line = px * 1.2f;
    float column_w = (area.width - float(columns - 1) * 2 * m.gap) / float(columns);
    // Every block of a layout has the same height, so gauges line up across columns.
    bool two_lines = false;
    for (auto index : shown) {
        float label_w = ui.text_width(gauges[index].label, role);
        float level_w = ui.text_width(gauges[index].level_text, role);
        if (label_w > column_w || level_w > column_w)
            return std::nullopt;
        two_lines = two_lines || label_w + m.gap + level_w > column_w;
    }
    float bar_h = px * 0.6f;
    float block_h = line * (two_lines ? 2 : 1) + m.gap / 4 + bar_h;
    size_t rows = (shown.size() + columns - 1) / columns;
    GaugesLayout layout;
    layout.role = role;
    layout.shown = shown;
    layout.height = float(rows) * block_h + float(rows - 1) * m.gap * 0.6f;
    layout.fits = layout.height <= area.height + 0.5f;
    for (size_t i = 0; i < shown.size(); ++i) {
        size_t column = i / rows;
        size_t row = i % rows;
        float x = area.x + float(column) * (column_w + 2 * m.gap);
        float y = area.y + float(row) * (block_h + m.gap * 0.6f);
        GaugeLayout g;
        g.label = { x, y, column_w, line };
        float level_w = ui.text_width(gauges[shown[i]].level_text, role) + 1;
        g.level = two_lines ? Rect { x, y + line, column_w, line } : Rect { x + column_w - level_w, y, level_w, line };
        g.gauge = { x, y + line * (two_lines ? 2 : 1) + m.gap / 4, column_w, bar_h };
        layout.rows.push_back(g);
    }
    return layout;
}

std::optional<GaugesLayout> first_fitting(const Ui& ui, const std::vector<InkGauge>& gauges, const std::vector<size_t>& shown, const Rect& area)
{
    for (auto role : { FontRole::Large, FontRole::Body })
        for (size_t columns = 1; columns <= 3 && columns <= shown.size(); ++columns)
            if (auto layout = try_gauges(ui, gauges, shown, area, role, columns); layout && layout->fits)
                return layout;
    return std::nullopt;
}

int urgency(const InkGauge& gauge)
{
    switch (gauge.word) {
    case InkWord::Empty:
        return 0;
    case InkWord::Low:
        return 1;
    case InkWord::Fine:
        return 2;
    case InkWord::Unknown:
        break;
    }
    return 3;
}

}

std::string more_inks_text(size_t count)
{
    return format(trn("One more ink is not shown.", "{count} more inks are not shown.", long(count)), { { "count", std::to_string(count) } });
}

GaugesLayout layout_gauges(const Ui& ui, const std::vector<InkGauge>& gauges, const Rect& area)
{
    GaugesLayout layout;
    if (gauges.empty()) {
        layout.fits = true;
        return layout;
    }
    std::vector<size_t> all(gauges.size());
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    if (auto fitting = first_fitting(ui, gauges, all, area))
        return *fitting;

    // Not all of them: the most urgent first, keeping the printer's order among equals.
    std::vector<size_t> by_urgency = all;
    std::stable_sort(by_urgency.begin(), by_urgency.end(), [&](size_t a, size_t b) {
        int ua = urgency(gauges[a]), ub = urgency(gauges[b]);
        if (ua != ub)
            return ua < ub;
        return gauges[a].level.value_or(101) < gauges[b].level.value_or(101);
    });
    auto& m = ui.metrics();
    for (size_t count = gauges.size() - 1; count >= 1; --count) {
        std::vector<size_t> shown(by_urgency.begin(), by_urgency.begin() + long(count));
        std::sort(shown.begin(), shown.end());
        auto text = more_inks_text(gauges.size() - count);
        float more_h = ui.text_height(text, FontRole::Body, area.width);
        if (area.height < more_h + m.gap / 2)
            break;
        // The gauges above, the line about the others under them.
        Rect rest = area;
        rest.take_bottom(more_h + m.gap / 2);
        if (auto fitting = first_fitting(ui, gauges, shown, rest)) {
            fitting->more = { area.x, fitting->rows.empty() ? rest.y : area.y + fitting->height + m.gap / 2, area.width, more_h };
            return *fitting;
        }
    }
    layout.fits = false;
    return layout;
}

void draw_gauges(Ui& ui, const GaugesLayout& layout, const std::vector<InkGauge>& gauges)
{
    for (size_t i = 0; i < layout.shown.size() && i < layout.rows.size(); ++i) {
        auto& row = layout.rows[i];
        auto& gauge = gauges[layout.shown[i]];
        ui.text(row.label, gauge.label, layout.role, SwatchRole::Page);
        ui.text(row.level, gauge.level_text, layout.role, SwatchRole::Page);
        float fraction = gauge.level ? float(*gauge.level) / 100.f : -1.f;
        ui.gauge(row.gauge, fraction, gauge.color);
    }
    if (layout.shown.size() < gauges.size() && layout.more.height > 0)
        ui.text(layout.more, more_inks_text(gauges.size() - layout.shown.size()), FontRole::Body, SwatchRole::Page);
}

}
