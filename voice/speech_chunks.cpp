// Cutting a text for the voice: paragraphs, sentences, words, and never inside a UTF-8 character.
#include "speech_chunks.hpp"

#include <algorithm>

namespace Foyer {

namespace {

bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The paragraphs of `text`, each with its lines joined and its spaces folded to one.
std::vector<std::string> paragraphs(std::string_view text)
{
    std::vector<std::string> result;
    std::string current;
    bool pending_space = false;
    int newlines = 0;
    auto close = [&] {
        if (!current.empty())
            result.push_back(std::move(current));
        current.clear();
        pending_space = false;
    };
    for (char c : text) {
        if (c == '\n') {
            if (++newlines == 2)
                close();
            pending_space = !current.empty();
            continue;
        }
        if (is_space(c)) {
            pending_space = !current.empty();
            continue;
        }
        newlines = 0;
        if (pending_space)
            current += ' ';
        pending_space = false;
        current += c;
    }
    close();
    return result;
}

// Where a sentence of `paragraph` ends: after . ! ? or … (and any closing quote or bracket), before a space.
std::vector<size_t> sentence_ends(std::string_view paragraph)
{
    std::vector<size_t> ends;
    for (size_t i = 0; i < paragraph.size(); ++i) {
        if (paragraph[i] != ' ')
            continue;
        size_t j = i;
        // Closing quotes and brackets after the stop: " ' ) » ” ’ (the last three are UTF-8).
        while (j > 0) {
            auto before = paragraph.substr(0, j);
            if (before.ends_with('"') || before.ends_with('\'') || before.ends_with(')'))
                j -= 1;
            else if (before.ends_with("\u00bb"))
                j -= 2;
            else if (before.ends_with("\u201d") || before.ends_with("\u2019"))
                j -= 3;
            else
                break;
        }
        auto before = paragraph.substr(0, j);
        // French puts a (no-break) space before ! and ?: that space is not a sentence's end, the one after is.
        if (before.ends_with('.') || before.ends_with('!') || before.ends_with('?') || before.ends_with("\u2026"))
            ends.push_back(i);
    }
    return ends;
}

// The longest prefix of `text` of at most `max_bytes` that does not cut a UTF-8 character (at least one).
size_t character_cut(std::string_view text, size_t max_bytes)
{
    size_t cut = std::min(text.size(), max_bytes);
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    if (cut > 0)
        return cut;
    // A character longer than max_bytes: keep it whole.
    cut = 1;
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        ++cut;
    return cut;
}

// One sentence longer than a piece: at the last space that fits, else at a character.
void cut_long(std::string_view sentence, size_t max_bytes, std::vector<std::string>& out)
{
    while (sentence.size() > max_bytes) {
        size_t space = sentence.rfind(' ', max_bytes);
        size_t cut = space != std::string_view::npos && space > 0 ? space : character_cut(sentence, max_bytes);
        out.emplace_back(sentence.substr(0, cut));
        sentence.remove_prefix(cut);
        while (!sentence.empty() && sentence.front() == ' ')
            sentence.remove_prefix(1);
    }
    if (!sentence.empty())
        out.emplace_back(sentence);
}

}

std::vector<std::string> speech_chunks(std::string_view text, size_t max_bytes)
{
    max_bytes = std::max<size_t>(max_bytes, 1);
    std::vector<std::string> chunks;
    for (auto& paragraph : paragraphs(text)) {
        std::string piece;
        auto flush = [&] {
            if (!piece.empty())
                chunks.push_back(std::move(piece));
            piece.clear();
        };
        auto ends = sentence_ends(paragraph);
        ends.push_back(paragraph.size());
        size_t start = 0;
        for (size_t end : ends) {
            auto sentence = std::string_view(paragraph).substr(start, end - start);
            start = std::min(paragraph.size(), end + 1);
            if (sentence.empty())
                continue;
            if (!piece.empty() && piece.size() + 1 + sentence.size() <= max_bytes) {
                piece += ' ';
                piece += sentence;
                continue;
            }
            flush();
            if (sentence.size() <= max_bytes) {
                piece = std::string(sentence);
                continue;
            }
            cut_long(sentence, max_bytes, chunks);
        }
        flush();
    }
    return chunks;
}

}
