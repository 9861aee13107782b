// The longest tile labels, French and English, fit their tiles at every screen and text size.
#include "shell/core/i18n/translate.hpp"
#include "shell/core/layout/metrics.hpp"
#include "shell/core/navigation/known_apps.hpp"
#include "tests/support/headless_ui.hpp"
#include "tests/support/layout_matrix.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include <imgui.h>

using namespace Foyer;
using namespace Foyer::Testing;

using TileLabels = LayoutMatrix;

TEST_P(TileLabels, EveryLabelFitsItsTile)
{
    auto screen = this->screen();
    auto size = text_size();
    HeadlessUi headless(screen.width, screen.height, size);
    auto& m = headless.metrics();
    Rect area = Rect { 0, 0, screen.width, screen.height }.inset(m.margin);
    area.take_top(2 * m.font(FontRole::Heading) * 1.2f + m.gap);
    auto tiles = tile_grid(area, max_tiles, m);
    // Every label a tile can show, including apps that arrive later (the longest French one is
    // "Appeler la famille").
    std::vector<std::string> labels;
    for (auto& app : known_apps())
        labels.push_back(tr(app.label));
    for (auto& label : labels) {
        auto layout = layout_tile(headless.fonts(), m, tiles[0], label);
        EXPECT_TRUE(layout.fits) << '"' << label << "\" at " << screen.width << "x" << screen.height << " text size "
                                 << int(size) << ": " << layout.lines.size() << " lines";
        EXPECT_GE(m.font(FontRole::Label), std::round(screen.height / 12) - 0.5f);
    }
}

INSTANTIATE_TEST_SUITE_P(AllSizes, TileLabels, every_layout_case(), layout_case_name);

TEST(WrapLines, BreaksAtSpacesAndKeepsExplicitNewlines)
{
    HeadlessUi headless(1920, 1080, TextSize::Normal);
    auto* font = headless.fonts().font(FontRole::Body);
    float px = headless.metrics().font(FontRole::Body);
    auto lines = wrap_lines(*font, px, "one two three four five six seven", px * 6);
    EXPECT_GT(lines.size(), 1u);
    for (auto line : lines) {
        EXPECT_LE(line_width(*font, px, line), px * 6 + 0.5f);
        EXPECT_NE(line.front(), ' ');
        EXPECT_NE(line.back(), ' ');
    }
    EXPECT_EQ(wrap_lines(*font, px, "a\nb", 1000).size(), 2u);
}

TEST(Fonts, FrenchCharactersAreInTheAtlas)
{
    HeadlessUi headless(1920, 1080, TextSize::Normal);
    for (auto role : { FontRole::Body, FontRole::Heading, FontRole::Label }) {
        auto* font = headless.fonts().font(role);
        for (ImWchar c : { 0xE9, 0xE8, 0xE0, 0xE7, 0xF4, 0x153, 0x152, 0x178, 0x2019, 0xAB, 0xBB, 0x20AC, 0x2026, 0xA0 })
            EXPECT_NE(font->FindGlyphNoFallback(c), nullptr) << "glyph U+" << std::hex << c << " role " << int(role);
    }
    auto* giant = headless.fonts().font(FontRole::Giant);
    for (ImWchar c = '0'; c <= '9'; ++c)
        EXPECT_NE(giant->FindGlyphNoFallback(c), nullptr);
    EXPECT_TRUE(headless.fonts().has_icons());
}

// A label that would wrap onto a second line at the larger text keeps one line at its size of the next
// smaller text, so that the icon stays whole rather than giving way to the second line.
TEST(TileLabels, ALabelThatWouldWrapKeepsItsIconWholeAtItsSizeOfTheNextSmallerText)
{
    HeadlessUi headless(1366, 768, TextSize::Largest);
    auto& m = headless.metrics();
    const ImFont& font = *headless.fonts().font(FontRole::Label);
    float smaller = m.smaller_font_px[size_t(FontRole::Label)];
    ASSERT_LT(smaller, m.font(FontRole::Label));
    std::string label = "Appeler la famille";
    // Wide enough for the label on one line at the smaller size only, tall enough for the whole icon
    // above one line.
    float width = std::ceil(line_width(font, smaller, label)) + 2 * m.gap + 2;
    ASSERT_GT(line_width(font, m.font(FontRole::Label), label), width - 2 * m.gap);
    float height = m.font(FontRole::Icon) + m.gap / 2 + smaller * 1.05f + 2 * m.gap + 2;
    auto layout = layout_tile(headless.fonts(), m, { 0, 0, width, height }, label);
    EXPECT_TRUE(layout.fits);
    EXPECT_EQ(layout.label_px, smaller);
    EXPECT_EQ(layout.lines.size(), size_t(1));
    EXPECT_EQ(layout.icon_px, m.font(FontRole::Icon));
}
