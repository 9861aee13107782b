// Contrast: every text/background pair of every theme reaches WCAG AAA (7:1); the focus ring shows.
#include "shell/core/theme/theme.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

TEST(Contrast, MatchesTheWcagFormula)
{
    EXPECT_NEAR(contrast_ratio(Color::hex(0x000000), Color::hex(0xFFFFFF)), 21.0, 1e-9);
    EXPECT_NEAR(contrast_ratio(Color::hex(0xFFFFFF), Color::hex(0xFFFFFF)), 1.0, 1e-9);
    // Reference values from the WebAIM contrast checker.
    EXPECT_NEAR(contrast_ratio(Color::hex(0x767676), Color::hex(0xFFFFFF)), 4.54, 0.01);
    EXPECT_NEAR(contrast_ratio(Color::hex(0x595959), Color::hex(0xFFFFFF)), 7.00, 0.01);
    EXPECT_NEAR(contrast_ratio(Color::hex(0x0000FF), Color::hex(0xFFFFFF)), 8.59, 0.01);
    EXPECT_DOUBLE_EQ(contrast_ratio(Color::hex(0x123456), Color::hex(0xABCDEF)),
        contrast_ratio(Color::hex(0xABCDEF), Color::hex(0x123456)));
}

TEST(Themes, EveryTextOnItsBackgroundIsAtLeastSevenToOne)
{
    for (auto name : all_theme_names) {
        auto& theme = theme_for(name);
        for (size_t role = 0; role < size_t(SwatchRole::Count); ++role) {
            auto& swatch = theme.swatches[role];
            EXPECT_GE(contrast_ratio(swatch.text, swatch.background), minimum_text_contrast)
                << theme.name << " theme, swatch " << role;
        }
    }
}

TEST(Themes, OutlinesStandOutFromThePage)
{
    for (auto name : all_theme_names) {
        auto& theme = theme_for(name);
        // WCAG 1.4.11 asks 3:1 for the edges of controls; tiles are the whole interface here.
        EXPECT_GE(contrast_ratio(theme.outline, theme.swatch(SwatchRole::Page).background), 7.0) << theme.name;
    }
}

TEST(Themes, TheFocusRingShowsOnEverySurface)
{
    for (auto name : all_theme_names) {
        auto& theme = theme_for(name);
        auto best = [&](Color background) {
            return std::max(contrast_ratio(theme.focus_outer, background), contrast_ratio(theme.focus_inner, background));
        };
        // Against the page it is drawn on, as strong as text.
        EXPECT_GE(best(theme.swatch(SwatchRole::Page).background), 7.0) << theme.name;
        // Against whatever it surrounds, WCAG 2.4.13's 3:1 at least.
        for (size_t role = 0; role < size_t(SwatchRole::Count); ++role)
            EXPECT_GE(best(theme.swatches[role].background), 3.0) << theme.name << " swatch " << role;
    }
}

TEST(Themes, LightAndDarkAreReallyDifferent)
{
    auto& light = theme_for(ThemeName::Light);
    auto& dark = theme_for(ThemeName::Dark);
    EXPECT_GT(relative_luminance(light.swatch(SwatchRole::Page).background), 0.8);
    EXPECT_LT(relative_luminance(dark.swatch(SwatchRole::Page).background), 0.05);
}
