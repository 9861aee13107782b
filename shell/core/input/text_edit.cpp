// UTF-8 aware caret moves and edits.
#include "text_edit.hpp"

#include "../text/text.hpp"

#include <algorithm>

namespace Foyer {

namespace {

bool is_continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// Characters counted from `from` to `to` (a column, for Up and Down).
size_t characters_between(const std::string& text, size_t from, size_t to)
{
    size_t count = 0;
    for (size_t i = from; i < to && i < text.size(); ++i)
        count += !is_continuation((unsigned char)text[i]);
    return count;
}

}

TextEdit::TextEdit(std::string text)
{
    set_text(std::move(text));
}

void TextEdit::set_text(std::string text)
{
    m_text = std::move(text);
    m_caret = m_text.size();
}

size_t TextEdit::previous_character(size_t at) const
{
    if (at == 0)
        return 0;
    --at;
    while (at > 0 && is_continuation((unsigned char)m_text[at]))
        --at;
    return at;
}

size_t TextEdit::next_character(size_t at) const
{
    if (at >= m_text.size())
        return m_text.size();
    ++at;
    while (at < m_text.size() && is_continuation((unsigned char)m_text[at]))
        ++at;
    return at;
}

size_t line_of(const std::vector<size_t>& line_starts, size_t offset)
{
    if (line_starts.empty())
        return 0;
    auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
    return it == line_starts.begin() ? 0 : size_t(it - line_starts.begin()) - 1;
}

bool TextEdit::apply(const TextInput& input, const std::vector<size_t>& line_starts)
{
    if (input.kind == TextInput::Kind::Character) {
        uint32_t code = input.codepoint;
        // Control characters and invalid code points are not text.
        if (code < 0x20 || code == 0x7F || (code >= 0x80 && code < 0xA0) || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            return false;
        std::string bytes;
        append_utf8(bytes, code);
        if (m_text.size() + bytes.size() > max_bytes)
            return false;
        m_text.insert(m_caret, bytes);
        m_caret += bytes.size();
        return true;
    }
    switch (input.key) {
    case EditKey::NewLine:
        if (m_text.size() + 1 > max_bytes)
            return false;
        m_text.insert(m_caret, 1, '\n');
        ++m_caret;
        return true;
    case EditKey::Backspace: {
        if (m_caret == 0)
            return false;
        auto start = previous_character(m_caret);
        m_text.erase(start, m_caret - start);
        m_caret = start;
        return true;
    }
    case EditKey::Delete: {
        if (m_caret >= m_text.size())
            return false;
        auto end = next_character(m_caret);
        m_text.erase(m_caret, end - m_caret);
        return true;
    }
    case EditKey::Left:
        m_caret = previous_character(m_caret);
        return false;
    case EditKey::Right:
        m_caret = next_character(m_caret);
        return false;
    case EditKey::LineEnd: {
        auto line = line_of(line_starts, m_caret);
        size_t end = line + 1 < line_starts.size() ? line_starts[line + 1] : m_text.size();
        // Before the break that ends the line, not after it.
        while (end > m_caret && end > 0 && (m_text[end - 1] == '\n' || m_text[end - 1] == ' ') && line + 1 < line_starts.size())
            --end;
        m_caret = std::max(m_caret, end);
        return false;
    }
    case EditKey::Up:
    case EditKey::Down: {
        if (line_starts.empty())
            return false;
        auto line = line_of(line_starts, m_caret);
        if ((input.key == EditKey::Up && line == 0) || (input.key == EditKey::Down && line + 1 >= line_starts.size())) {
            m_caret = input.key == EditKey::Up ? 0 : m_text.size();
            return false;
        }
        auto column = characters_between(m_text, line_starts[line], m_caret);
        auto target = input.key == EditKey::Up ? line - 1 : line + 1;
        size_t at = line_starts[target];
        size_t end = target + 1 < line_starts.size() ? line_starts[target + 1] : m_text.size();
        for (size_t i = 0; i < column && at < end; ++i) {
            auto next = next_character(at);
            if (next >= end && target + 1 < line_starts.size())
                break;
            at = next;
        }
        m_caret = std::min(at, m_text.size());
        return false;
    }
    }
    return false;
}

}
