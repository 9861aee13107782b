// The help screen fits at every screen size, text size and language.
#include "apps/helpline/help_screen.hpp"
#include "shell/core/i18n/translate.hpp"
#include "tests/support/headless_ui.hpp"
#include "tests/support/layout_matrix.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace Foyer;
using namespace Foyer::Testing;

using HelpLayoutTest = LayoutMatrix;

TEST_P(HelpLayoutTest, FitsBelowTheTitleBar)
{
    auto screen = this->screen();
    auto size = text_size();
    HeadlessUi headless(screen.width, screen.height, size);
    auto& m = headless.metrics();
    Rect content = Rect { 0, 0, screen.width, screen.height };
    content.take_top(m.title_bar);
    content = content.inset(m.margin);
    auto helpline = default_settings().helpline;
    // The longest status sentence: closed on a holiday, opening more than a week later on a full date.
    helpline.hours.closed_dates = { { 2026, 12, 28 }, { 2026, 12, 29 }, { 2026, 12, 30 }, { 2026, 12, 31 } };
    auto text = helpline_text(helpline, { { 2026, 12, 25 }, { 600 }, 0 });
    auto layout = layout_help(headless.ui(), text, content);
    EXPECT_TRUE(layout.fits) << screen.width << "x" << screen.height << " size " << int(size);
    EXPECT_EQ(layout.number_font, FontRole::Giant);
    EXPECT_GE(m.font(layout.sentences_font), std::round(std::min(screen.width, screen.height) / 30) - 0.5f);
    EXPECT_TRUE(content.contains(layout.status));

    // With a helpdesk, the giant "Show my screen to the helper" button fits below everything too.
    auto with_button = layout_help(headless.ui(), text, content, true);
    EXPECT_TRUE(with_button.fits) << "with the send button";
    EXPECT_TRUE(content.contains(with_button.show_screen));
    EXPECT_FALSE(with_button.status.intersects(with_button.show_screen));
    EXPECT_GE(with_button.show_screen.height, m.font(FontRole::Large) * 2);
}

INSTANTIATE_TEST_SUITE_P(AllSizes, HelpLayoutTest, every_layout_case(), layout_case_name);
