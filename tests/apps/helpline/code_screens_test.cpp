// The case-code and offline-code screens: the helpline's number in giant digits above the code, and the
// code spoken in the groups it is shown.
#include "apps/helpline/report_screens.hpp"
#include "shell/core/i18n/translate.hpp"
#include "tests/support/headless_ui.hpp"
#include "tests/support/layout_matrix.hpp"
#include "voice/speakable.hpp"

#include <gtest/gtest.h>

using namespace Foyer;
using namespace Foyer::Testing;

TEST(OfflineCodeSpeech, IsSpokenInTheGroupsItIsShownPairsAsNumbersInFrench)
{
    // Shown "1124 1820": heard "onze vingt-quatre, dix-huit vingt", never "112, 418, 20".
    EXPECT_EQ(code_for_ear("1124 1820", Language::French), "onze vingt-quatre, dix-huit vingt.");
    EXPECT_EQ(code_for_ear("0724 0005", Language::French), "zéro sept vingt-quatre, zéro zéro zéro cinq.");
    EXPECT_EQ(code_for_ear("1124 1820", Language::English), "one, one, two, four. one, eight, two, zero.");
}

using CallBlockTest = LayoutMatrix;

TEST_P(CallBlockTest, TheNumberAndTheCodeAreGiantAndFitUnderEachOther)
{
    auto screen = this->screen();
    HeadlessUi headless(screen.width, screen.height, text_size());
    auto& m = headless.metrics();
    Rect content { 0, 0, screen.width, screen.height };
    content.take_top(m.title_bar);
    content = content.inset(m.margin);
    // What the offline-code screen keeps for itself: its button row, a reason and a sentence in body text.
    content.take_bottom(m.button_height * 1.3f + m.gap);
    content.take_top(m.font(FontRole::Body) * 2.6f + m.gap);
    content.take_bottom(m.font(FontRole::Body) * 1.3f + m.gap);
    auto layout = layout_call_block(headless.ui(), content, tr("Call {name} on this number:"), "01 70 77 23 72",
        tr("Read this code to the helper instead:"), "1124 1820");
    EXPECT_TRUE(layout.fits) << layout.height << " > " << content.height;
    // At the normal text size both are giant everywhere; larger sentences may push the digits to headings
    // on short screens, never below.
    if (text_size() == TextSize::Normal)
        EXPECT_EQ(layout.digits_px, m.font(FontRole::Giant));
    EXPECT_GE(layout.digits_px, m.font(FontRole::Heading));
    EXPECT_TRUE(content.contains(layout.code));
    EXPECT_LE(layout.number.bottom(), layout.code_label.y);
}

INSTANTIATE_TEST_SUITE_P(AllSizes, CallBlockTest, every_layout_case(), layout_case_name);

TEST(ConsentButtons, SendIsTheStrongPrimaryActionAndTheChosenOptionIsDrawnAsChosen)
{
    for (bool with_picture : { true, false }) {
        auto look = consent_buttons(with_picture);
        auto& chosen = with_picture ? look.send_picture : look.keep_picture;
        auto& other = with_picture ? look.keep_picture : look.send_picture;
        // As every chosen option in Foyer (the setup's choices): the pressed tile's colours, with a tick.
        EXPECT_EQ(chosen.swatch, SwatchRole::TilePressed);
        EXPECT_EQ(chosen.icon, Icon::Checked);
        EXPECT_EQ(other.swatch, SwatchRole::Tile);
        EXPECT_EQ(other.icon, Icon::Unchecked);
    }
    auto look = consent_buttons(true);
    EXPECT_EQ(look.send.swatch, SwatchRole::Button) << "Send is not the strong button";
    EXPECT_EQ(look.send.font, FontRole::Heading);
    EXPECT_NE(look.cancel.swatch, SwatchRole::Button) << "Do not send is as strong as Send";
    EXPECT_EQ(look.keep_picture.label, "Don't send the picture");
}
