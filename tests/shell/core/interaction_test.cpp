// Presses, keys, focus and the repeat guard, without a window.
#include "shell/core/input/interaction.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

namespace {

// Four tiles in a 2x2 grid and a Home button above them.
std::vector<Target> grid()
{
    return {
        { "home", { 800, 0, 200, 80 }, "Home" },
        { "a", { 0, 100, 400, 300 }, "A" },
        { "b", { 500, 100, 400, 300 }, "B" },
        { "c", { 0, 500, 400, 300 }, "C" },
        { "d", { 500, 500, 400, 300 }, "D" },
    };
}

InputEvent down(float x, float y, double t)
{
    return { InputEvent::Kind::MouseDown, { x, y }, NavKey::Activate, t };
}
InputEvent up(float x, float y, double t)
{
    return { InputEvent::Kind::MouseUp, { x, y }, NavKey::Activate, t };
}
InputEvent key(NavKey k, double t)
{
    return { InputEvent::Kind::Key, {}, k, t };
}

}

TEST(Interaction, AQuickTapActivatesEvenWithNoFrameBetweenPressAndRelease)
{
    Interaction interaction;
    interaction.set_targets(grid(), 0);
    EXPECT_EQ(interaction.handle(down(100, 200, 1.0)), Outcome::Pressed);
    EXPECT_EQ(interaction.pressed(), "a");
    EXPECT_EQ(interaction.handle(up(100, 200, 1.001)), Outcome::Activated);
    EXPECT_FALSE(interaction.pressed());
    EXPECT_FALSE(interaction.take_activation("b"));
    EXPECT_TRUE(interaction.take_activation("a"));
    EXPECT_FALSE(interaction.take_activation("a"));
}

TEST(Interaction, ReleasingElsewhereCancels)
{
    Interaction interaction;
    interaction.set_targets(grid(), 0);
    interaction.handle(down(100, 200, 1));
    EXPECT_EQ(interaction.handle(up(600, 200, 1.2)), Outcome::Nothing);
    interaction.handle(down(100, 200, 2));
    EXPECT_EQ(interaction.handle(up(450, 450, 2.2)), Outcome::Nothing);
}

TEST(Interaction, ARepeatWithinTheGuardCountsOnce)
{
    Interaction interaction;
    interaction.set_targets(grid(), 0);
    interaction.handle(down(100, 200, 1.0));
    EXPECT_EQ(interaction.handle(up(100, 200, 1.05)), Outcome::Activated);
    interaction.end_frame();
    // A double click: the second press lands 0.3 s later.
    interaction.handle(down(100, 200, 1.3));
    EXPECT_EQ(interaction.handle(up(100, 200, 1.35)), Outcome::IgnoredRepeat);
    EXPECT_FALSE(interaction.take_activation("a"));
    // The same by keyboard.
    EXPECT_EQ(interaction.handle(key(NavKey::Activate, 1.6)), Outcome::IgnoredRepeat);
    // After the guard, presses count again: 50 taps one second apart are 50 activations.
    int activations = 0;
    for (int i = 0; i < 50; ++i) {
        double t = 3.0 + i;
        interaction.handle(down(100, 200, t));
        if (interaction.handle(up(100, 200, t + 0.01)) == Outcome::Activated)
            ++activations;
        interaction.end_frame();
    }
    EXPECT_EQ(activations, 50);
}

TEST(Interaction, TheGuardIsEightTenthsOfASecondUnlessTheSettingShortensIt)
{
    EXPECT_DOUBLE_EQ(Interaction::default_repeat_guard, 0.8);
    EXPECT_DOUBLE_EQ(Interaction::repeat_guard_from_setting(nullptr), 0.8);
    EXPECT_DOUBLE_EQ(Interaction::repeat_guard_from_setting(""), 0.8);
    EXPECT_DOUBLE_EQ(Interaction::repeat_guard_from_setting("50"), 0.05);
    EXPECT_DOUBLE_EQ(Interaction::repeat_guard_from_setting("0"), 0.0);
    // A value that is not a whole number of milliseconds in range keeps the real guard.
    for (auto* wrong : { "fast", "50ms", "-1", "0.5", "5001", " 50" })
        EXPECT_DOUBLE_EQ(Interaction::repeat_guard_from_setting(wrong), 0.8) << wrong;
}

TEST(Interaction, AShortenedGuardStillIgnoresARepeatWithinIt)
{
    Interaction interaction(Interaction::repeat_guard_from_setting("50"));
    interaction.set_targets(grid(), 0);
    interaction.handle(down(100, 200, 1.0));
    EXPECT_EQ(interaction.handle(up(100, 200, 1.01)), Outcome::Activated);
    interaction.end_frame();
    interaction.handle(down(100, 200, 1.03));
    EXPECT_EQ(interaction.handle(up(100, 200, 1.04)), Outcome::IgnoredRepeat);
    // 0.1 s after the first: a press of its own, where the real guard would still ignore it.
    interaction.handle(down(100, 200, 1.1));
    EXPECT_EQ(interaction.handle(up(100, 200, 1.11)), Outcome::Activated);
}

TEST(Interaction, TabCyclesInReadingOrderAndShiftTabBack)
{
    Interaction interaction;
    interaction.set_targets(grid(), 0);
    interaction.handle(key(NavKey::Next, 1));
    EXPECT_EQ(interaction.focused(), "home");
    EXPECT_TRUE(interaction.focus_visible());
    interaction.handle(key(NavKey::Next, 1));
    EXPECT_EQ(interaction.focused(), "a");
    interaction.handle(key(NavKey::Previous, 1));
    interaction.handle(key(NavKey::Previous, 1));
    EXPECT_EQ(interaction.focused(), "d");
}

TEST(Interaction, ArrowsMoveToTheNeighbourInThatDirection)
{
    Interaction interaction;
    interaction.set_targets(grid(), 0);
    interaction.handle(key(NavKey::Next, 1));
    interaction.handle(key(NavKey::Next, 1)); // a
    interaction.handle(key(NavKey::Right, 1));
    EXPECT_EQ(interaction.focused(), "b");
    interaction.handle(key(NavKey::Down, 1));
    EXPECT_EQ(interaction.focused(), "d");
    interaction.handle(key(NavKey::Left, 1));
    EXPECT_EQ(interaction.focused(), "c");
    interaction.handle(key(NavKey::Down, 1)); // nothing below: stays
    EXPECT_EQ(interaction.focused(), "c");
    interaction.handle(key(NavKey::Up, 1));
    EXPECT_EQ(interaction.focused(), "a");
    interaction.handle(key(NavKey::Up, 1));
    EXPECT_EQ(interaction.focused(), "home");
}

TEST(Interaction, EnterOrSpaceActivateTheFocusedTarget)
{
    Interaction interaction;
    interaction.set_targets(grid(), 0);
    // Enter with nothing focused shows the focus first.
    EXPECT_EQ(interaction.handle(key(NavKey::Activate, 1)), Outcome::FocusMoved);
    interaction.handle(key(NavKey::Right, 1));
    EXPECT_EQ(interaction.focused(), "home");
    interaction.handle(key(NavKey::Down, 1));
    EXPECT_EQ(interaction.handle(key(NavKey::Activate, 5)), Outcome::Activated);
    EXPECT_TRUE(interaction.take_activation(*interaction.focused()));
}

TEST(Interaction, EscapeGoesHomeOnce)
{
    Interaction interaction;
    interaction.set_targets(grid(), 0);
    EXPECT_EQ(interaction.handle(key(NavKey::Home, 1)), Outcome::GoHome);
    EXPECT_EQ(interaction.handle(key(NavKey::Home, 1.2)), Outcome::IgnoredRepeat);
}

TEST(Interaction, TheFocusedLabelIsSpokenAfterADwell)
{
    Interaction interaction(0.8, 0.6);
    interaction.set_targets(grid(), 0);
    interaction.handle(key(NavKey::Next, 10));
    interaction.handle(key(NavKey::Next, 10.2));
    ASSERT_TRUE(interaction.dwell_deadline());
    EXPECT_DOUBLE_EQ(*interaction.dwell_deadline(), 10.8);
    EXPECT_FALSE(interaction.take_dwell_speech(10.5));
    EXPECT_EQ(interaction.take_dwell_speech(10.9), "A");
    EXPECT_FALSE(interaction.take_dwell_speech(11.5));
}

TEST(Interaction, MouseUseHidesTheFocusRingAndNeedsNoHover)
{
    Interaction interaction;
    interaction.set_targets(grid(), 0);
    interaction.handle(key(NavKey::Next, 1));
    EXPECT_TRUE(interaction.focus_visible());
    interaction.handle(down(600, 600, 2));
    EXPECT_FALSE(interaction.focus_visible());
    EXPECT_FALSE(interaction.dwell_deadline());
}

TEST(Interaction, ANewScreenKeepsKeyboardUsersFocused)
{
    Interaction interaction;
    interaction.set_targets(grid(), 0);
    interaction.handle(key(NavKey::Next, 1));
    interaction.begin_screen();
    EXPECT_FALSE(interaction.focused());
    interaction.set_targets({ { "home", { 0, 0, 100, 100 }, "Home" } }, 2);
    EXPECT_EQ(interaction.focused(), "home");
    EXPECT_TRUE(interaction.focus_visible());
}

TEST(Interaction, AnActivationNoWidgetClaimedIsDropped)
{
    Interaction interaction;
    interaction.set_targets(grid(), 0);
    interaction.handle(down(100, 200, 1));
    interaction.handle(up(100, 200, 1.01));
    interaction.end_frame();
    EXPECT_FALSE(interaction.take_activation("a"));
}
