// Sizes from the screen height. The ratios are the accessibility rules of BRIEF.md made concrete.
#include "metrics.hpp"

#include <cmath>

namespace Foyer {

namespace {

// Body text grows with the text-size setting; tile labels grow less, because they must still fit their
// tile at 1366x768 (they may wrap onto two lines).
constexpr std::array<float, 3> body_scale { 1.0f, 1.2f, 1.4f };
constexpr std::array<float, 3> label_scale { 1.0f, 1.08f, 1.16f };

float round_px(float px)
{
    return std::round(px);
}

}

Metrics compute_metrics(float width, float height, TextSize size)
{
    Metrics m;
    m.screen_width = width;
    m.screen_height = height;
    // Sizes follow the shorter side: the height of a landscape screen, the width of a portrait one.
    float basis = std::min(height, width);
    auto step = size_t(size);
    m.font_px[size_t(FontRole::Body)] = round_px(basis / 30.f * body_scale[step]);
    m.font_px[size_t(FontRole::Large)] = round_px(basis / 22.f * body_scale[step]);
    m.font_px[size_t(FontRole::Heading)] = round_px(basis / 17.f * body_scale[step]);
    m.font_px[size_t(FontRole::Label)] = round_px(basis / 12.f * label_scale[step]);
    // The helpline's number must fit on one line: on a squarer screen the width limits it.
    m.font_px[size_t(FontRole::Giant)] = round_px(std::min(basis / 7.f, width / 12.f));
    m.font_px[size_t(FontRole::Icon)] = round_px(basis / 7.f);
    m.font_px[size_t(FontRole::SmallIcon)] = round_px(m.font(FontRole::Large) * 1.2f);
    m.margin = round_px(basis / 40.f);
    m.gap = round_px(basis / 36.f);
    m.corner = round_px(basis / 60.f);
    m.outline = std::max(2.f, round_px(basis / 360.f));
    m.focus_ring = std::max(3.f, round_px(basis / 200.f));
    m.button_height = round_px(m.font(FontRole::Large) * 1.9f);
    m.title_bar = m.button_height + 2 * m.margin;
    m.min_tile_height = height / 4.f;
    if (size != TextSize::Normal)
        m.smaller_font_px = compute_metrics(width, height, TextSize(int(size) - 1)).font_px;
    return m;
}

std::vector<float> Metrics::sizes_to_try(std::initializer_list<FontRole> roles) const
{
    std::vector<float> sizes;
    auto add = [&](float px) {
        if (sizes.empty() || px < sizes.back())
            sizes.push_back(px);
    };
    for (auto role : roles)
        add(stepped_down(*roles.begin(), role));
    for (auto role : roles)
        add(font(role));
    return sizes;
}

std::vector<Rect> tile_grid(const Rect& area, size_t count, const Metrics& m)
{
    std::vector<Rect> tiles;
    if (count == 0)
        return tiles;
    bool portrait = area.height > area.width;
    size_t columns = count >= 3 ? 2 : (portrait ? 1 : count);
    size_t rows = (count + columns - 1) / columns;
    float tile_w = (area.width - m.gap * float(columns - 1)) / float(columns);
    float tile_h = (area.height - m.gap * float(rows - 1)) / float(rows);
    // One or two tiles would be absurdly tall on a big area: keep them square-ish and centred.
    tile_h = std::min(tile_h, std::max(m.min_tile_height, tile_w * 0.75f));
    float total_h = tile_h * float(rows) + m.gap * float(rows - 1);
    float top = area.y + (area.height - total_h) / 2;
    for (size_t i = 0; i < count; ++i) {
        size_t row = i / columns;
        size_t column = i % columns;
        size_t in_row = std::min(columns, count - row * columns);
        float row_w = tile_w * float(in_row) + m.gap * float(in_row - 1);
        float left = area.x + (area.width - row_w) / 2;
        tiles.push_back({ left + float(column) * (tile_w + m.gap), top + float(row) * (tile_h + m.gap), tile_w, tile_h });
    }
    return tiles;
}

}
