// Sizes from the screen height, and the tile grid's properties in any area, at the screen sizes seniors
// have. Where the real home screen puts its tiles is read from the program's trace in
// tests/integration/home_test.cpp, not recomputed here.
#include "shell/core/layout/metrics.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace Foyer;

namespace {

struct ScreenSize {
    float width;
    float height;
};
constexpr ScreenSize screens[] = { { 1366, 768 }, { 1920, 1080 }, { 3840, 2160 }, { 1280, 1024 }, { 1080, 1920 } };
constexpr TextSize text_sizes[] = { TextSize::Normal, TextSize::Large, TextSize::Largest };

// Areas a grid may get on that screen: the whole of it inside the margins, and that with a band of
// several heights taken off the top (a header, a notice), down to less than the tiles need.
std::vector<Rect> areas_on(const Metrics& m)
{
    std::vector<Rect> areas;
    Rect inside = Rect { 0, 0, m.screen_width, m.screen_height }.inset(m.margin);
    for (float share : { 0.f, 0.1f, 0.2f, 0.3f, 0.45f, 0.6f, 0.8f }) {
        Rect area = inside;
        area.take_top(inside.height * share);
        areas.push_back(area);
    }
    return areas;
}

}

TEST(Metrics, TextFollowsTheAccessibilityRules)
{
    for (auto screen : screens) {
        for (auto size : text_sizes) {
            auto m = compute_metrics(screen.width, screen.height, size);
            // Body text at least 1/30 of the shorter side (36 px at 1080p); tile labels at least 1/12 (90 px).
            float side = std::min(screen.width, screen.height);
            EXPECT_GE(m.font(FontRole::Body), std::round(side / 30.f) - 0.5f) << screen.width << "x" << screen.height;
            EXPECT_GE(m.font(FontRole::Label), std::round(side / 12.f) - 0.5f);
            EXPECT_GE(m.font(FontRole::Giant), m.font(FontRole::Heading));
            EXPECT_GT(m.font(FontRole::Heading), m.font(FontRole::Body) * 0.99f);
        }
    }
    auto hd = compute_metrics(1920, 1080, TextSize::Normal);
    EXPECT_EQ(hd.font(FontRole::Body), 36);
    EXPECT_EQ(hd.font(FontRole::Label), 90);
}

TEST(Metrics, TextSizeStepsGrowTheText)
{
    auto normal = compute_metrics(1920, 1080, TextSize::Normal);
    auto large = compute_metrics(1920, 1080, TextSize::Large);
    auto largest = compute_metrics(1920, 1080, TextSize::Largest);
    EXPECT_LT(normal.font(FontRole::Body), large.font(FontRole::Body));
    EXPECT_LT(large.font(FontRole::Body), largest.font(FontRole::Body));
    EXPECT_LT(normal.font(FontRole::Label), largest.font(FontRole::Label));
}

TEST(Metrics, ScaleWithTheScreenNotWithPixels)
{
    auto hd = compute_metrics(1920, 1080, TextSize::Normal);
    auto uhd = compute_metrics(3840, 2160, TextSize::Normal);
    EXPECT_NEAR(uhd.font(FontRole::Label) / hd.font(FontRole::Label), 2.0, 0.02);
    EXPECT_NEAR(uhd.margin / hd.margin, 2.0, 0.1);
}

TEST(TileGrid, TilesStayInTheAreaAGapApartAndAtLeastTheMinimumHeightWhenItFits)
{
    for (auto screen : screens) {
        for (auto size : text_sizes) {
            auto m = compute_metrics(screen.width, screen.height, size);
            for (auto area : areas_on(m)) {
                for (size_t count = 1; count <= max_tiles; ++count) {
                    auto tiles = tile_grid(area, count, m);
                    ASSERT_EQ(tiles.size(), count);
                    bool portrait = area.height > area.width;
                    size_t rows = count >= 3 ? (count + 1) / 2 : (portrait ? count : 1);
                    bool fits = area.height >= float(rows) * m.min_tile_height + float(rows - 1) * m.gap;
                    auto where = std::to_string(count) + " tiles in " + std::to_string(int(area.width)) + "x"
                        + std::to_string(int(area.height)) + " at " + std::to_string(int(screen.width)) + "x" + std::to_string(int(screen.height));
                    for (size_t i = 0; i < count; ++i) {
                        EXPECT_TRUE(area.contains(tiles[i])) << where << ", tile " << i;
                        if (fits) {
                            EXPECT_GE(tiles[i].height, m.min_tile_height - 0.5f) << where << ", tile " << i;
                        }
                        EXPECT_GT(tiles[i].width, 0) << where;
                        for (size_t j = i + 1; j < count; ++j) {
                            EXPECT_FALSE(tiles[i].intersects(tiles[j])) << where;
                            // Far apart: at least a gap between any two targets.
                            Rect grown = tiles[i].inset(-m.gap * 0.99f);
                            EXPECT_FALSE(grown.intersects(tiles[j].inset(m.gap * 0.01f))) << where;
                        }
                    }
                }
            }
            if (screen.width > screen.height) {
                auto four = tile_grid(areas_on(m)[1], 4, m);
                EXPECT_FLOAT_EQ(four[0].y, four[1].y);
                EXPECT_FLOAT_EQ(four[2].y, four[3].y);
                EXPECT_FLOAT_EQ(four[0].x, four[2].x);
                EXPECT_LT(four[0].x, four[1].x);
            }
        }
    }
}

TEST(TileGrid, ThreeTilesCentreTheLastRow)
{
    auto m = compute_metrics(1920, 1080, TextSize::Normal);
    auto area = areas_on(m)[1];
    auto tiles = tile_grid(area, 3, m);
    EXPECT_NEAR(tiles[2].center().x, area.center().x, 0.5f);
}

// Words that step down to fit try their own size first, then each smaller role but never below the first
// role's size at the next smaller text, and only then (a page that fits no other way) the roles' own.
TEST(Metrics, SizesToTryStepDownNoLowerThanAtTheNextSmallerTextBeforeTheLastResort)
{
    for (auto screen : screens) {
        for (auto size : text_sizes) {
            auto m = compute_metrics(screen.width, screen.height, size);
            auto sizes = m.sizes_to_try({ FontRole::Heading, FontRole::Large, FontRole::Body });
            ASSERT_FALSE(sizes.empty());
            EXPECT_EQ(sizes.front(), m.font(FontRole::Heading));
            EXPECT_EQ(sizes.back(), m.font(FontRole::Body));
            for (size_t i = 1; i < sizes.size(); ++i)
                EXPECT_LT(sizes[i], sizes[i - 1]);
            float floor = m.smaller_font_px[size_t(FontRole::Heading)];
            size_t at_or_above = size_t(std::count_if(sizes.begin(), sizes.end(), [&](float px) { return px >= floor; }));
            if (size == TextSize::Normal) {
                EXPECT_EQ(sizes, (std::vector<float> { m.font(FontRole::Heading), m.font(FontRole::Large), m.font(FontRole::Body) }));
            } else {
                // The floor is reached before anything smaller is tried.
                EXPECT_NE(std::find(sizes.begin(), sizes.end(), std::max(floor, m.font(FontRole::Body))), sizes.end());
                EXPECT_GE(at_or_above, size_t(2));
            }
        }
    }
}
