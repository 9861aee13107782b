// Writing in a text box: characters in UTF-8, Backspace and Delete by whole characters, the caret moving
// across word-wrapped lines, and typed text reaching only the focused box.
#include "shell/core/input/interaction.hpp"
#include "shell/core/input/text_edit.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

namespace {

TextInput character(uint32_t code)
{
    return { TextInput::Kind::Character, code, EditKey::NewLine };
}

TextInput key(EditKey edit)
{
    return { TextInput::Kind::Edit, 0, edit };
}

}

TEST(TextEdit, TypesFrenchAndRubsOutWholeCharacters)
{
    TextEdit edit;
    for (uint32_t code : { U'C', U'h', U'è', U'r', U'e', U' ', U'œ', U'€' })
        EXPECT_TRUE(edit.apply(character(code)));
    EXPECT_EQ(edit.text(), "Chère œ€");
    EXPECT_TRUE(edit.apply(key(EditKey::Backspace)));
    EXPECT_EQ(edit.text(), "Chère œ");
    edit.apply(key(EditKey::Left));
    edit.apply(key(EditKey::Left));
    EXPECT_TRUE(edit.apply(key(EditKey::Delete)));
    EXPECT_EQ(edit.text(), "Chèreœ");
    EXPECT_TRUE(edit.apply(key(EditKey::NewLine)));
    EXPECT_EQ(edit.text(), "Chère\nœ");
    EXPECT_FALSE(edit.apply(character(0x08)));
    EXPECT_FALSE(edit.apply(character(0xD800)));
}

TEST(TextEdit, UpAndDownFollowTheWrappedLines)
{
    TextEdit edit("abcdef ghijkl mnop");
    std::vector<size_t> lines { 0, 7, 14 };
    edit.apply(key(EditKey::Up), lines);
    EXPECT_EQ(edit.caret(), 11u) << "same column, one line up";
    edit.apply(key(EditKey::Up), lines);
    EXPECT_EQ(edit.caret(), 4u);
    edit.apply(key(EditKey::Up), lines);
    EXPECT_EQ(edit.caret(), 0u) << "up from the first line goes to the start";
    edit.apply(key(EditKey::LineEnd), lines);
    EXPECT_EQ(edit.caret(), 6u);
    edit.apply(key(EditKey::Down), lines);
    edit.apply(key(EditKey::Down), lines);
    edit.apply(key(EditKey::Down), lines);
    EXPECT_EQ(edit.caret(), edit.text().size());
}

TEST(TextEdit, ALimitKeepsTheTextSane)
{
    TextEdit edit(std::string(TextEdit::max_bytes, 'a'));
    EXPECT_FALSE(edit.apply(character(U'b')));
    EXPECT_EQ(edit.text().size(), TextEdit::max_bytes);
}

TEST(TextEdit, TypingGoesOnlyToTheFocusedTextBox)
{
    Interaction interaction;
    Target box { "box", { 0, 0, 100, 100 }, "Your message", TargetKind::TextArea };
    Target send { "send", { 0, 200, 100, 50 }, "Send" };
    interaction.set_targets({ box, send }, 0);
    InputEvent typed { InputEvent::Kind::Text, {}, NavKey::Activate, 1 };
    typed.text = character(U'a');
    EXPECT_EQ(interaction.handle(typed), Outcome::Nothing) << "nothing focused: nothing typed";
    interaction.handle({ InputEvent::Kind::MouseDown, { 50, 50 }, NavKey::Activate, 2 });
    interaction.handle({ InputEvent::Kind::MouseUp, { 50, 50 }, NavKey::Activate, 2.1 });
    EXPECT_TRUE(interaction.writing());
    EXPECT_EQ(interaction.handle(typed), Outcome::Typed);
    EXPECT_EQ(interaction.handle(typed), Outcome::Typed) << "typing fast is never a repeated press";
    EXPECT_TRUE(interaction.take_typed("send").empty());
    EXPECT_EQ(interaction.take_typed("box").size(), 2u);
    // Tab leaves the box for Send.
    EXPECT_EQ(interaction.handle({ InputEvent::Kind::Key, {}, NavKey::Next, 3 }), Outcome::FocusMoved);
    EXPECT_FALSE(interaction.writing());
    EXPECT_EQ(interaction.focused(), "send");
}
