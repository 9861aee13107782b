// The video call's layouts with the real fonts at every screen size, text size and language: the photos,
// the hang-up bar's label, and the longest sentences of the check.
#include "apps/videocall/call_plan.hpp"
#include "apps/videocall/call_screens.hpp"
#include "tests/support/headless_ui.hpp"
#include "tests/support/layout_matrix.hpp"

#include <gtest/gtest.h>

using namespace Foyer;
using namespace Foyer::Testing;

class VideoCallLayout : public LayoutMatrix { };

TEST_P(VideoCallLayout, SixPhotosFitBigWithTheirNames)
{
    HeadlessUi headless(screen().width, screen().height, text_size());
    auto& m = headless.metrics();
    Rect content { m.margin, m.title_bar + m.margin, screen().width - 2 * m.margin, screen().height - m.title_bar - 2 * m.margin };
    for (size_t count = 1; count <= contacts_per_page; ++count) {
        for (bool paged : { false, true }) {
            auto& ui = headless.ui();
            auto layout = layout_contact_grid(m, content, count, paged, ui.button_width(Icon::Previous, tr("Previous")),
                ui.button_width(Icon::Next, tr("More people")));
            ASSERT_EQ(layout.tiles.size(), count);
            for (size_t i = 0; i < count; ++i) {
                auto& tile = layout.tiles[i];
                EXPECT_TRUE(content.contains(tile)) << count << " photos";
                // Big: at least a quarter of the screen's height, even with six.
                EXPECT_GE(tile.height, screen().height / 4.f) << count << " photos";
                for (size_t j = 0; j < i; ++j)
                    EXPECT_FALSE(tile.intersects(layout.tiles[j]));
                if (paged) {
                    EXPECT_FALSE(tile.intersects(layout.next) || tile.intersects(layout.previous));
                }
                // A long first name in the caption's type fits on two lines.
                EXPECT_LE(ui.text_height("Marie-Christine", FontRole::Heading, tile.width - m.gap), m.font(FontRole::Heading) * 2.5f);
            }
            if (paged)
                EXPECT_LT(layout.previous.right(), layout.next.x);
        }
    }
}

TEST_P(VideoCallLayout, TheHangUpBarsLabelFitsTheBar)
{
    HeadlessUi headless(screen().width, screen().height, text_size());
    auto bar = call_layout(int(screen().width), int(screen().height)).bar;
    auto& ui = headless.ui();
    // The bar's type follows the text size too.
    EXPECT_LE(ui.button_width(Icon::HangUp, tr("Hang up"), FontRole::Heading), bar.width);
    EXPECT_LE(headless.metrics().font(FontRole::Heading) * 1.2f, bar.height);
}

TEST_P(VideoCallLayout, TheLongestCheckSentencesFitOnTheScreen)
{
    HeadlessUi headless(screen().width, screen().height, text_size());
    auto& m = headless.metrics();
    auto& ui = headless.ui();
    float width = screen().width - 2 * m.margin - m.font(FontRole::Body) * 1.2f - 1.75f * m.gap;
    // The buttons under the sentences take one line, or two when they do not fit side by side.
    float content_width = screen().width - 2 * m.margin;
    float buttons = ui.button_width(Icon::VideoCall, tr("Call anyway")) + m.gap + ui.button_width(Icon::Helpline, tr("Call for help"));
    float button_lines = buttons <= content_width ? 1 : 2;
    float height = screen().height - m.title_bar - 2 * m.margin - button_lines * (m.button_height + m.gap);
    float total = 0;
    for (auto msgid : { N_("The internet does not work: the video call's website cannot be found. Check that the internet box is switched on."),
             N_("No camera was found: your family will hear you but not see you. Plug the camera in, then try again."),
             N_("Your microphone is switched off and I could not switch it on: your family will not hear you. Call for help."),
             N_("No loudspeaker was found: you will not hear your family. Plug the loudspeakers or headphones in, then try again.") })
        total += ui.text_height(tr(msgid), FontRole::Body, width) + m.gap;
    EXPECT_LE(total, height) << "four problems at once, in body type, with the buttons under them";
}

INSTANTIATE_TEST_SUITE_P(EveryScreen, VideoCallLayout, every_layout_case(), layout_case_name);

// The hourglass says "wait": a row whose check is over never shows it, whatever the check found.
TEST(VideoCallCheckRows, AFinishedCheckNeverShowsTheHourglass)
{
    for (auto verdict : { CheckVerdict::Ok, CheckVerdict::Fixed, CheckVerdict::Problem, CheckVerdict::Unknown }) {
        EXPECT_NE(check_row_icon(verdict), Icon::Waiting) << "verdict " << int(verdict);
        EXPECT_NE(check_row_icon(verdict), Icon::None) << "verdict " << int(verdict);
    }
    EXPECT_NE(check_row_icon(CheckVerdict::Unknown), check_row_icon(CheckVerdict::Ok)) << "could not tell is not fine";
}
