// Text fields in the interaction model: focus gives a field the keyboard; Tab, Enter and Escape leave it
// in the ways a form needs, and Escape goes home only when no field is being typed in.
#include "shell/core/input/interaction.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

namespace {

std::vector<Target> form()
{
    return {
        { "home", { 0, 0, 100, 50 }, "Home" },
        { "name", { 0, 100, 400, 50 }, "First name", TargetKind::TextField },
        { "number", { 0, 200, 400, 50 }, "Number", TargetKind::TextField },
        { "next", { 300, 300, 100, 50 }, "Next" },
    };
}

InputEvent key(NavKey key, double time)
{
    return { InputEvent::Kind::Key, {}, key, time };
}

}

TEST(TextFieldInteraction, TabIntoAFieldGivesItTheKeyboard)
{
    Interaction interaction;
    interaction.set_targets(form(), 0);
    EXPECT_EQ(interaction.handle(key(NavKey::Next, 1)), Outcome::FocusMoved);
    EXPECT_EQ(interaction.focused(), "home");
    EXPECT_FALSE(interaction.editing());
    interaction.handle(key(NavKey::Next, 2));
    EXPECT_EQ(interaction.editing(), "name");
    // Tab leaves for the next field, which gets the keyboard in turn.
    interaction.handle(key(NavKey::Next, 3));
    EXPECT_EQ(interaction.focused(), "number");
    EXPECT_EQ(interaction.editing(), "number");
    // Shift+Tab goes back.
    interaction.handle(key(NavKey::Previous, 4));
    EXPECT_EQ(interaction.editing(), "name");
}

TEST(TextFieldInteraction, EnterInAFieldGoesOnAndIsNotAPress)
{
    Interaction interaction;
    interaction.set_targets(form(), 0);
    interaction.focus_on("number");
    EXPECT_TRUE(interaction.set_targets(form(), 0));
    EXPECT_EQ(interaction.editing(), "number");
    EXPECT_EQ(interaction.handle(key(NavKey::Activate, 1)), Outcome::FocusMoved);
    EXPECT_EQ(interaction.focused(), "next");
    EXPECT_FALSE(interaction.editing());
    // The next Enter presses Next at once: leaving the field did not start the repeat guard.
    EXPECT_EQ(interaction.handle(key(NavKey::Activate, 1.1)), Outcome::Activated);
    EXPECT_EQ(interaction.take_activation("next"), "next");
}

TEST(TextFieldInteraction, EscapeStopsTypingFirstThenGoesHome)
{
    Interaction interaction;
    interaction.set_targets(form(), 0);
    interaction.focus_on("name");
    interaction.set_targets(form(), 0);
    EXPECT_EQ(interaction.handle(key(NavKey::Home, 1)), Outcome::FocusMoved);
    EXPECT_FALSE(interaction.editing());
    EXPECT_EQ(interaction.focused(), "name");
    EXPECT_EQ(interaction.handle(key(NavKey::Home, 2)), Outcome::GoHome);
}

TEST(TextFieldInteraction, EnterOnAFieldNotBeingTypedInTypesAgain)
{
    Interaction interaction;
    interaction.set_targets(form(), 0);
    interaction.focus_on("name");
    interaction.set_targets(form(), 0);
    interaction.handle(key(NavKey::Home, 1));
    EXPECT_EQ(interaction.handle(key(NavKey::Activate, 2)), Outcome::FocusMoved);
    EXPECT_EQ(interaction.editing(), "name");
}

TEST(TextFieldInteraction, AClickInAFieldTypesThereAndAClickElsewhereStops)
{
    Interaction interaction;
    interaction.set_targets(form(), 0);
    interaction.handle({ InputEvent::Kind::MouseDown, { 10, 210 }, NavKey::Activate, 1 });
    interaction.handle({ InputEvent::Kind::MouseUp, { 10, 210 }, NavKey::Activate, 1.05 });
    EXPECT_EQ(interaction.editing(), "number");
    interaction.handle({ InputEvent::Kind::MouseDown, { 600, 600 }, NavKey::Activate, 2 });
    EXPECT_FALSE(interaction.editing());
}

TEST(TextFieldInteraction, TheFamilyChordIsItsOwnOutcomeEvenWhileTyping)
{
    Interaction interaction;
    interaction.set_targets(form(), 0);
    interaction.focus_on("name");
    interaction.set_targets(form(), 0);
    EXPECT_EQ(interaction.handle(key(NavKey::Family, 1)), Outcome::Family);
    EXPECT_EQ(interaction.editing(), "name");
}

TEST(TextFieldInteraction, ANewScreenReachedByKeyboardTypesInItsFirstFieldAtOnce)
{
    Interaction interaction;
    interaction.set_targets(form(), 0);
    interaction.handle(key(NavKey::Next, 1));
    interaction.begin_screen();
    std::vector<Target> only_fields { { "code", { 0, 0, 100, 50 }, "Code", TargetKind::TextField }, { "ok", { 0, 100, 100, 50 }, "OK" } };
    EXPECT_TRUE(interaction.set_targets(only_fields, 2));
    EXPECT_EQ(interaction.editing(), "code");
}
