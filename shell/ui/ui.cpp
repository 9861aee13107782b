// Drawing the widgets with ImGui's draw lists; input is resolved by Interaction, not by ImGui.
#include "ui.hpp"

#include "texture_store.hpp"

#include "../core/system/main_thread.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace Foyer {

namespace {

ImU32 to_imgui(Color color)
{
    return IM_COL32(color.r, color.g, color.b, 255);
}

ImVec2 to_imgui(Point point)
{
    return { point.x, point.y };
}

// Text starts on a whole pixel: glyphs baked at their size then land on the pixel grid, sharp, instead of
// being smeared across two rows.
ImVec2 snapped(float x, float y)
{
    return { std::round(x), std::round(y) };
}

std::string icon_utf8(Icon icon)
{
    auto code = unsigned(icon);
    std::string out;
    out += char(0xE0 | (code >> 12));
    out += char(0x80 | ((code >> 6) & 0x3F));
    out += char(0x80 | (code & 0x3F));
    return out;
}

}

float line_width(const ImFont& font, float px, std::string_view line)
{
    return font.CalcTextSizeA(px, FLT_MAX, 0.f, line.data(), line.data() + line.size()).x;
}

std::vector<std::string_view> wrap_lines(const ImFont& font, float px, std::string_view text, float width)
{
    std::vector<std::string_view> lines;
    float scale = px / font.FontSize;
    while (!text.empty()) {
        auto newline = text.find('\n');
        std::string_view paragraph = text.substr(0, newline);
        text = newline == std::string_view::npos ? std::string_view {} : text.substr(newline + 1);
        if (paragraph.empty()) {
            lines.push_back(paragraph);
            continue;
        }
        while (!paragraph.empty()) {
            const char* end = font.CalcWordWrapPositionA(scale, paragraph.data(), paragraph.data() + paragraph.size(), width);
            if (end == paragraph.data())
                end = paragraph.data() + 1; // A single glyph wider than the line: take it anyway.
            std::string_view line(paragraph.data(), size_t(end - paragraph.data()));
            while (!line.empty() && line.back() == ' ')
                line.remove_suffix(1);
            lines.push_back(line);
            paragraph.remove_prefix(size_t(end - paragraph.data()));
            while (!paragraph.empty() && paragraph.front() == ' ')
                paragraph.remove_prefix(1);
        }
    }
    return lines;
}

namespace {

TileLayout layout_tile_at(const ImFont& font, const Metrics& m, const Rect& tile, std::string_view label, float px, float icon_most)
{
    TileLayout layout;
    Rect inner = tile.inset(m.gap);
    layout.label_px = px;
    layout.lines = wrap_lines(font, px, label, inner.width);
    float line_h = px * 1.05f;
    float label_h = line_h * float(layout.lines.size());
    float spacing = m.gap / 2;
    float most = icon_most > 0 ? std::clamp(icon_most, m.font(FontRole::Icon) / 2, m.font(FontRole::Icon)) : m.font(FontRole::Icon);
    float icon_h = std::clamp(inner.height - spacing - label_h, m.font(FontRole::Icon) / 2, most);
    layout.icon_px = icon_h;
    float total = icon_h + spacing + label_h;
    float top = inner.y + std::max(0.f, (inner.height - total) / 2);
    layout.icon_center = { inner.center().x, top + icon_h / 2 };
    layout.label_top = top + icon_h + spacing;
    bool widths_fit = true;
    for (auto line : layout.lines)
        widths_fit = widths_fit && line_width(font, px, line) <= inner.width + 0.5f;
    layout.fits = layout.lines.size() <= 2 && widths_fit && total <= inner.height + 0.5f;
    return layout;
}

}

TileLayout layout_tile(const FontSet& fonts, const Metrics& m, const Rect& tile, std::string_view label, float icon_most)
{
    const ImFont& font = *fonts.font(FontRole::Label);
    auto layout = layout_tile_at(font, m, tile, label, m.font(FontRole::Label), icon_most);
    // A label that wraps onto a second line would shrink the icon: at its size of the next smaller text,
    // where it may fit on one line, the icon keeps a larger size, and the label is no smaller than it was.
    float smaller = m.smaller_font_px[size_t(FontRole::Label)];
    if (layout.icon_px < m.font(FontRole::Icon) && smaller > 0) {
        auto stepped = layout_tile_at(font, m, tile, label, smaller, icon_most);
        if (stepped.fits && stepped.icon_px > layout.icon_px)
            return stepped;
    }
    return layout;
}

Ui::Ui(ImDrawList& draw, const FontSet& fonts, const Metrics& metrics, const Theme& theme, Interaction& interaction,
    const TextureStore* textures)
    : m_draw(draw)
    , m_fonts(fonts)
    , m_metrics(metrics)
    , m_theme(theme)
    , m_interaction(interaction)
    , m_textures(textures)
    , m_content { 0, 0, metrics.screen_width, metrics.screen_height }
{
    VERIFY_MAIN_THREAD();
}

void Ui::fill(const Rect& rect, SwatchRole role, bool outlined)
{
    auto& swatch = m_theme.swatch(role);
    ImVec2 min { rect.x, rect.y };
    ImVec2 max { rect.right(), rect.bottom() };
    m_draw.AddRectFilled(min, max, to_imgui(swatch.background), m_metrics.corner);
    if (outlined)
        m_draw.AddRect(min, max, to_imgui(m_theme.outline), m_metrics.corner, 0, m_metrics.outline);
}

float Ui::text(const Rect& rect, std::string_view text, FontRole role, SwatchRole swatch, Align align, float px)
{
    ImFont* font = m_fonts.font(role);
    if (px <= 0)
        px = m_metrics.font(role);
    float line_h = px * 1.2f;
    float y = rect.y;
    auto color = to_imgui(m_theme.swatch(swatch).text);
    record(DrawnKind::Text, text, px);
    for (auto line : wrap_lines(*font, px, text, rect.width)) {
        float w = line_width(*font, px, line);
        float x = rect.x;
        if (align == Align::Center)
            x = rect.x + (rect.width - w) / 2;
        else if (align == Align::Right)
            x = rect.right() - w;
        m_draw.AddText(font, px, snapped(x, y), color, line.data(), line.data() + line.size());
        y += line_h;
    }
    return y - rect.y;
}

float Ui::text_height(std::string_view text, FontRole role, float width, float px) const
{
    if (px <= 0)
        px = m_metrics.font(role);
    return float(wrap_lines(*m_fonts.font(role), px, text, width).size()) * px * 1.2f;
}

float Ui::text_width(std::string_view text, FontRole role, float px) const
{
    return line_width(*m_fonts.font(role), px > 0 ? px : m_metrics.font(role), text);
}

void Ui::icon(Point center, Icon icon, FontRole role, SwatchRole swatch, float px)
{
    if (!m_fonts.has_icons() || icon == Icon::None)
        return;
    auto glyph = icon_utf8(icon);
    ImFont* font = m_fonts.font(role);
    if (px <= 0)
        px = m_metrics.font(role);
    record(DrawnKind::Icon, std::to_string(unsigned(icon)), px);
    float w = line_width(*font, px, glyph);
    m_draw.AddText(font, px, snapped(center.x - w / 2, center.y - px / 2), to_imgui(m_theme.swatch(swatch).text),
        glyph.data(), glyph.data() + glyph.size());
}

Rect Ui::image(const Rect& rect, ImageId id, int width, int height, Outline outline)
{
    if (width <= 0 || height <= 0 || rect.width <= 0 || rect.height <= 0)
        return {};
    float scale = std::min(rect.width / float(width), rect.height / float(height));
    Rect fitted { 0, 0, float(width) * scale, float(height) * scale };
    fitted.x = rect.x + (rect.width - fitted.width) / 2;
    fitted.y = rect.y + (rect.height - fitted.height) / 2;
    record(DrawnKind::Picture, std::to_string(width) + "x" + std::to_string(height), fitted.height);
    if (void* texture = m_textures ? m_textures->texture(id) : nullptr)
        m_draw.AddImage(texture, { fitted.x, fitted.y }, { fitted.right(), fitted.bottom() });
    if (outline == Outline::Yes)
        m_draw.AddRect({ fitted.x, fitted.y }, { fitted.right(), fitted.bottom() }, to_imgui(m_theme.outline), 0, 0, m_metrics.outline);
    return fitted;
}

void Ui::paper(const Rect& rect)
{
    m_draw.AddRectFilled({ rect.x, rect.y }, { rect.right(), rect.bottom() }, to_imgui(m_theme.swatch(SwatchRole::Paper).background));
    m_draw.AddRect({ rect.x, rect.y }, { rect.right(), rect.bottom() }, to_imgui(m_theme.outline), 0, 0, m_metrics.outline);
}

void Ui::gauge(const Rect& rect, float fraction, Color ink)
{
    // The empty part is white like paper in every theme: black ink would vanish on a dark track.
    fill(rect, SwatchRole::Paper);
    if (fraction >= 0) {
        Rect inner = rect.inset(m_metrics.outline);
        float filled = inner.width * std::clamp(fraction, 0.f, 1.f);
        if (filled > 0) {
            m_draw.AddRectFilled({ inner.x, inner.y }, { inner.x + filled, inner.bottom() }, to_imgui(ink),
                std::max(0.f, m_metrics.corner - m_metrics.outline), ImDrawFlags_RoundCornersLeft);
            m_draw.AddLine({ inner.x + filled, inner.y }, { inner.x + filled, inner.bottom() }, to_imgui(m_theme.outline),
                m_metrics.outline);
        }
    }
    m_draw.AddRect({ rect.x, rect.y }, { rect.right(), rect.bottom() }, to_imgui(m_theme.outline), m_metrics.corner, 0, m_metrics.outline);
}

bool Ui::interactive(const WidgetId& id, const Rect& rect, std::string_view spoken, TargetKind kind)
{
    m_targets.push_back({ id, rect, std::string(spoken), kind });
    return m_interaction.take_activation(id).has_value();
}

void Ui::focus_ring(const WidgetId& id, const Rect& rect, bool always)
{
    if ((!always && !m_interaction.focus_visible()) || m_interaction.focused() != id)
        return;
    // Two bands, drawn outside the widget: the outer one stands out from the page, the inner one from
    // the widget, whatever their colours (tests/shell/core/theme_test checks both).
    float band = m_metrics.focus_ring;
    Rect inner = rect.inset(-band);
    Rect outer = rect.inset(-2.5f * band);
    m_draw.AddRect({ outer.x + band / 2, outer.y + band / 2 }, { outer.right() - band / 2, outer.bottom() - band / 2 },
        to_imgui(m_theme.focus_outer), m_metrics.corner + 2 * band, 0, band * 1.5f);
    m_draw.AddRect({ inner.x, inner.y }, { inner.right(), inner.bottom() }, to_imgui(m_theme.focus_inner),
        m_metrics.corner + band, 0, band * 2);
}

bool Ui::tile(const WidgetId& id, const Rect& rect, Icon icon_code, std::string_view label, float icon_most)
{
    bool activated = interactive(id, rect, label);
    auto role = m_interaction.pressed() == id ? SwatchRole::TilePressed : SwatchRole::Tile;
    fill(rect, role, true);
    auto layout = layout_tile(m_fonts, m_metrics, rect, label, icon_most);
    icon(layout.icon_center, icon_code, FontRole::Icon, role, layout.icon_px);
    ImFont* font = m_fonts.font(FontRole::Label);
    float px = layout.label_px;
    float y = layout.label_top;
    auto color = to_imgui(m_theme.swatch(role).text);
    record(DrawnKind::Text, label, px);
    for (auto line : layout.lines) {
        float w = line_width(*font, px, line);
        m_draw.AddText(font, px, snapped(rect.center().x - w / 2, y), color, line.data(), line.data() + line.size());
        y += px * 1.05f;
    }
    focus_ring(id, rect);
    return activated;
}

float Ui::button_width(Icon icon_code, std::string_view label, FontRole font, float px) const
{
    if (px <= 0)
        px = m_metrics.font(font);
    float width = text_width(label, font, px) + 2 * m_metrics.gap;
    if (icon_code != Icon::None && m_fonts.has_icons())
        width += px * 1.2f + m_metrics.gap / 2;
    return width;
}

bool Ui::icon_button(const WidgetId& id, const Rect& rect, Icon icon_code, std::string_view spoken, SwatchRole role)
{
    bool activated = interactive(id, rect, spoken);
    if (m_interaction.pressed() == id)
        role = SwatchRole::ButtonPressed;
    fill(rect, role, true);
    record(DrawnKind::Button, spoken, rect.height);
    float px = std::min(m_metrics.font(FontRole::SmallIcon), std::min(rect.width, rect.height) * 0.8f);
    icon(rect.center(), icon_code, FontRole::SmallIcon, role, px);
    focus_ring(id, rect);
    return activated;
}

bool Ui::picture_tile(const WidgetId& id, const Rect& rect, ImageId image_id, int width, int height, Icon fallback,
    std::string_view caption, std::string_view spoken, FontRole caption_role)
{
    bool activated = interactive(id, rect, spoken);
    auto role = m_interaction.pressed() == id ? SwatchRole::TilePressed : SwatchRole::Tile;
    fill(rect, role, true);
    Rect inner = rect.inset(m_metrics.gap / 2);
    // The caption keeps two lines at most; a longer one ends with an ellipsis.
    ImFont* font = m_fonts.font(caption_role);
    float px = m_metrics.font(caption_role);
    auto lines = caption.empty() ? std::vector<std::string_view> {} : wrap_lines(*font, px, caption, inner.width);
    std::vector<std::string> shown(lines.begin(), lines.begin() + std::min<size_t>(lines.size(), 2));
    if (lines.size() > 2) {
        auto& last = shown.back();
        while (!last.empty() && line_width(*font, px, last + "…") > inner.width)
            last.pop_back();
        while (!last.empty() && (static_cast<unsigned char>(last.back()) & 0xC0) == 0x80)
            last.pop_back(); // never cut a UTF-8 character in half
        if (!last.empty())
            last.pop_back();
        last += "…";
    }
    float caption_h = float(shown.size()) * px * 1.2f;
    Rect picture = inner;
    picture.height = std::max(0.f, inner.height - caption_h - (shown.empty() ? 0 : m_metrics.gap / 4));
    if (image_id != no_image && width > 0 && height > 0)
        image(picture, image_id, width, height);
    else
        icon(picture.center(), fallback, FontRole::Icon, role, std::min(m_metrics.font(FontRole::Icon), picture.height));
    float y = inner.bottom() - caption_h;
    auto color = to_imgui(m_theme.swatch(role).text);
    if (!caption.empty())
        record(DrawnKind::Text, caption, px);
    for (auto& line : shown) {
        float w = line_width(*font, px, line);
        m_draw.AddText(font, px, snapped(inner.center().x - w / 2, y), color, line.data(), line.data() + line.size());
        y += px * 1.2f;
    }
    focus_ring(id, rect);
    return activated;
}

bool Ui::button(const WidgetId& id, const Rect& rect, Icon icon_code, std::string_view label, SwatchRole role, FontRole font, float px)
{
    bool activated = interactive(id, rect, label);
    if (m_interaction.pressed() == id)
        role = SwatchRole::ButtonPressed;
    fill(rect, role, true);
    if (px <= 0)
        px = m_metrics.font(font);
    record(DrawnKind::Button, label, rect.height);
    record(DrawnKind::Text, label, px);
    float content_w = button_width(icon_code, label, font, px) - 2 * m_metrics.gap;
    float x = rect.x + std::max(m_metrics.gap, (rect.width - content_w) / 2);
    if (icon_code != Icon::None && m_fonts.has_icons()) {
        // Drawn from the baked size nearest above the label's, so it is never blown up.
        float icon_px = px * 1.2f;
        auto source = icon_px <= m_metrics.font(FontRole::SmallIcon) * 1.05f ? FontRole::SmallIcon : FontRole::Icon;
        icon({ x + icon_px / 2, rect.center().y }, icon_code, source, role, icon_px);
        x += icon_px + m_metrics.gap / 2;
    }
    m_draw.AddText(m_fonts.font(font), px, snapped(x, rect.center().y - px * 0.5f),
        to_imgui(m_theme.swatch(role).text), label.data(), label.data() + label.size());
    focus_ring(id, rect);
    return activated;
}

bool Ui::custom_button(const WidgetId& id, const Rect& rect, std::string_view spoken, const std::function<void(SwatchRole)>& content)
{
    bool activated = interactive(id, rect, spoken);
    auto role = m_interaction.pressed() == id ? SwatchRole::TilePressed : SwatchRole::Tile;
    fill(rect, role, true);
    record(DrawnKind::Button, spoken, rect.height);
    content(role);
    focus_ring(id, rect);
    return activated;
}

bool Ui::text_area(const WidgetId& id, const Rect& rect, TextEdit& edit, std::string_view spoken, std::string_view placeholder, FontRole role)
{
    interactive(id, rect, spoken, TargetKind::TextArea);
    bool focused = m_interaction.focused() == id;
    ImFont* font = m_fonts.font(role);
    float px = m_metrics.font(role);
    float line_h = px * 1.2f;
    Rect inner = rect.inset(m_metrics.gap / 2);
    // Room on the right for the caret at the end of the longest line.
    float wrap_width = std::max(px, inner.width - px * 0.2f);

    auto layout = [&] {
        std::vector<size_t> starts;
        auto& text = edit.text();
        for (auto line : wrap_lines(*font, px, text, wrap_width))
            starts.push_back(size_t(line.data() - text.data()));
        // A text ending with a new line has an empty last line, where the caret goes.
        if (starts.empty() || (!text.empty() && text.back() == '\n'))
            starts.push_back(text.size());
        return starts;
    };
    bool changed = false;
    auto starts = layout();
    for (auto& input : m_interaction.take_typed(id)) {
        changed = edit.apply(input, starts) || changed;
        starts = layout();
    }

    fill(rect, SwatchRole::Paper, true);
    auto& paper = m_theme.swatch(SwatchRole::Paper);
    auto& text = edit.text();
    if (text.empty() && !focused) {
        float y = inner.y;
        for (auto line : wrap_lines(*font, px, placeholder, wrap_width)) {
            m_draw.AddText(font, px, { inner.x, y }, to_imgui(paper.text), line.data(), line.data() + line.size());
            y += line_h;
        }
    }
    // The caret's line stays in view; lines move up only as far as needed.
    size_t visible = std::max<size_t>(1, size_t(inner.height / line_h));
    size_t caret_line = line_of(starts, edit.caret());
    if (caret_line < edit.first_visible_line)
        edit.first_visible_line = caret_line;
    if (caret_line >= edit.first_visible_line + visible)
        edit.first_visible_line = caret_line + 1 - visible;
    edit.first_visible_line = std::min(edit.first_visible_line, starts.size() - 1);
    for (size_t i = edit.first_visible_line; i < starts.size() && i < edit.first_visible_line + visible; ++i) {
        size_t end = i + 1 < starts.size() ? starts[i + 1] : text.size();
        std::string_view line(text.data() + starts[i], end - starts[i]);
        while (!line.empty() && (line.back() == '\n' || line.back() == ' '))
            line.remove_suffix(1);
        float y = inner.y + float(i - edit.first_visible_line) * line_h;
        m_draw.AddText(font, px, { inner.x, y }, to_imgui(paper.text), line.data(), line.data() + line.size());
        if (focused && caret_line == i) {
            size_t in_line = std::min(edit.caret() - starts[i], line.size());
            float x = inner.x + line_width(*font, px, line.substr(0, in_line));
            // A thick caret in the text's colour: a thin blinking line is easy to lose.
            float w = std::max(2.f, m_metrics.outline * 1.5f);
            m_draw.AddRectFilled({ x, y + px * 0.05f }, { x + w, y + px * 1.15f }, to_imgui(paper.text));
        }
    }
    // Lines above or below the box are there: a mark says so, as a printed page's "continued".
    if (edit.first_visible_line > 0 || edit.first_visible_line + visible < starts.size()) {
        float w = m_metrics.outline * 2;
        float top = rect.y + rect.height * float(edit.first_visible_line) / float(starts.size());
        float h = rect.height * float(std::min(visible, starts.size())) / float(starts.size());
        m_draw.AddRectFilled({ rect.right() - w * 2, top }, { rect.right() - w, top + h }, to_imgui(m_theme.outline));
    }
    focus_ring(id, rect, true);
    return changed;
}

}
