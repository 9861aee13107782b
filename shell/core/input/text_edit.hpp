// The words being written in a text box and where the caret is, changed only by typed characters and
// editing keys: the model behind Ui::text_area, tested without a window.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace Foyer {

enum class EditKey {
    Backspace,
    Delete,
    Left,
    Right,
    Up,
    Down,
    LineEnd,
    NewLine,
};

struct TextInput {
    enum class Kind {
        Character,
        Edit,
    };
    Kind kind { Kind::Character };
    // A Unicode code point, for Character.
    uint32_t codepoint { 0 };
    EditKey key { EditKey::NewLine };
};

class TextEdit {
public:
    // A message longer than this is not an e-mail a senior types: further characters are refused.
    static constexpr size_t max_bytes = 100'000;

    explicit TextEdit(std::string text = {});

    const std::string& text() const { return m_text; }
    // The caret, as a byte offset into text() (always at the start of a UTF-8 character).
    size_t caret() const { return m_caret; }
    // Replaces the text; the caret goes to its end.
    void set_text(std::string);

    // Applies one key or character. `line_starts` are the byte offsets where each visual line starts
    // (the widget's word wrap), for Up and Down. Returns true when the text changed.
    bool apply(const TextInput&, const std::vector<size_t>& line_starts = {});

    // The first visual line shown, kept so the caret's line stays in view as the text grows.
    size_t first_visible_line { 0 };

private:
    size_t previous_character(size_t) const;
    size_t next_character(size_t) const;

    std::string m_text;
    size_t m_caret { 0 };
};

// The visual line (index into `line_starts`) holding `offset`.
size_t line_of(const std::vector<size_t>& line_starts, size_t offset);

}
