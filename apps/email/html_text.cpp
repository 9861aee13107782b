// A forgiving, single-pass HTML reader: it only needs the words and where paragraphs end, never the layout.
#include "html_text.hpp"

#include "../../shell/core/text/text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdlib>

namespace Foyer {

namespace {

// The named entities mail actually uses (French accents, quotes, spaces); others stay as written.
struct Entity {
    std::string_view name;
    uint32_t code;
};
constexpr std::array entities {
    Entity { "amp", '&' },
    Entity { "lt", '<' },
    Entity { "gt", '>' },
    Entity { "quot", '"' },
    Entity { "apos", '\'' },
    Entity { "nbsp", 0xA0 },
    Entity { "eacute", 0xE9 },
    Entity { "Eacute", 0xC9 },
    Entity { "egrave", 0xE8 },
    Entity { "Egrave", 0xC8 },
    Entity { "ecirc", 0xEA },
    Entity { "Ecirc", 0xCA },
    Entity { "euml", 0xEB },
    Entity { "agrave", 0xE0 },
    Entity { "Agrave", 0xC0 },
    Entity { "acirc", 0xE2 },
    Entity { "Acirc", 0xC2 },
    Entity { "auml", 0xE4 },
    Entity { "ccedil", 0xE7 },
    Entity { "Ccedil", 0xC7 },
    Entity { "icirc", 0xEE },
    Entity { "iuml", 0xEF },
    Entity { "ocirc", 0xF4 },
    Entity { "Ocirc", 0xD4 },
    Entity { "ouml", 0xF6 },
    Entity { "ugrave", 0xF9 },
    Entity { "ucirc", 0xFB },
    Entity { "uuml", 0xFC },
    Entity { "yuml", 0xFF },
    Entity { "oelig", 0x153 },
    Entity { "OElig", 0x152 },
    Entity { "aelig", 0xE6 },
    Entity { "laquo", 0xAB },
    Entity { "raquo", 0xBB },
    Entity { "euro", 0x20AC },
    Entity { "hellip", 0x2026 },
    Entity { "rsquo", 0x2019 },
    Entity { "lsquo", 0x2018 },
    Entity { "rdquo", 0x201D },
    Entity { "ldquo", 0x201C },
    Entity { "ndash", 0x2013 },
    Entity { "mdash", 0x2014 },
    Entity { "deg", 0xB0 },
    Entity { "copy", 0xA9 },
    Entity { "reg", 0xAE },
    Entity { "middot", 0xB7 },
    Entity { "bull", 0x2022 },
    Entity { "times", 0xD7 },
    Entity { "shy", 0xAD },
    Entity { "zwnj", 0x200C },
    Entity { "thinsp", 0x2009 },
    Entity { "ensp", 0x2002 },
    Entity { "emsp", 0x2003 },
};

// Decodes the entity at `text[at]` ('&'), appending it; returns how many bytes it took (0: not an entity).
size_t decode_entity(std::string_view text, size_t at, std::string& out)
{
    auto end = text.find(';', at);
    if (end == std::string_view::npos || end - at > 12 || end == at + 1)
        return 0;
    auto body = text.substr(at + 1, end - at - 1);
    if (body[0] == '#') {
        bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        auto digits = body.substr(hex ? 2 : 1);
        if (digits.empty() || digits.size() > 8)
            return 0;
        uint32_t code = 0;
        for (char c : digits) {
            int value = std::isdigit((unsigned char)c) ? c - '0' : hex && std::isxdigit((unsigned char)c) ? std::tolower(c) - 'a' + 10
                                                                                                          : -1;
            if (value < 0)
                return 0;
            code = code * (hex ? 16 : 10) + uint32_t(value);
        }
        // Windows-1252's curly quotes written as numbers by old mail programs (&#146;).
        static constexpr uint32_t cp1252[32] = { 0x20AC, 0xFFFD, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030,
            0x160, 0x2039, 0x152, 0xFFFD, 0x17D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC,
            0x2122, 0x161, 0x203A, 0x153, 0xFFFD, 0x17E, 0x178 };
        if (code >= 0x80 && code < 0xA0)
            code = cp1252[code - 0x80];
        append_utf8(out, code);
        return end - at + 1;
    }
    for (auto& entity : entities) {
        if (entity.name == body) {
            append_utf8(out, entity.code);
            return end - at + 1;
        }
    }
    return 0;
}

bool is_block(std::string_view tag)
{
    static constexpr std::array<std::string_view, 24> blocks { "p", "div", "br", "tr", "li", "ul", "ol", "h1", "h2", "h3", "h4",
        "h5", "h6", "blockquote", "table", "hr", "pre", "section", "article", "header", "footer", "dd", "dt", "center" };
    return std::find(blocks.begin(), blocks.end(), tag) != blocks.end();
}

// Whether an element's content is never shown: its text is skipped up to the closing tag.
bool is_hidden_container(std::string_view tag)
{
    return tag == "script" || tag == "style" || tag == "head" || tag == "title" || tag == "noscript" || tag == "template";
}

bool style_hides(std::string_view attributes)
{
    auto lower = ascii_lowercase(attributes);
    lower.erase(std::remove_if(lower.begin(), lower.end(), [](char c) { return c == ' ' || c == '\t'; }), lower.end());
    return lower.find("display:none") != std::string::npos || lower.find("visibility:hidden") != std::string::npos;
}

// Case-insensitive search for an ASCII `needle` (already lower case) from `from`.
size_t find_lowercase(std::string_view text, std::string_view needle, size_t from)
{
    for (size_t at = from; at + needle.size() <= text.size(); ++at) {
        size_t k = 0;
        while (k < needle.size() && std::tolower((unsigned char)text[at + k]) == needle[k])
            ++k;
        if (k == needle.size())
            return at;
    }
    return std::string_view::npos;
}

// Where the element whose start tag ended just before `from` ends. Scripts and styles do not nest; a
// hidden <div> may hold other divs, which are counted so the right closing tag ends it.
size_t after_element(std::string_view html, size_t from, const std::string& tag, bool nests)
{
    std::string open = "<" + tag, close = "</" + tag;
    int depth = 1;
    size_t at = from;
    while (depth > 0) {
        auto next_close = find_lowercase(html, close, at);
        if (next_close == std::string_view::npos)
            return html.size();
        if (nests) {
            auto before_close = html.substr(0, next_close);
            for (auto found = find_lowercase(before_close, open, at); found != std::string_view::npos;
                 found = find_lowercase(before_close, open, found + 1)) {
                char after = found + open.size() < html.size() ? html[found + open.size()] : '>';
                depth += after == ' ' || after == '>' || after == '\t' || after == '\n' || after == '\r';
            }
        }
        --depth;
        auto gt = html.find('>', next_close);
        at = gt == std::string_view::npos ? html.size() : gt + 1;
    }
    return at;
}

// Ends `out` with `count` line breaks (a line's end, or a paragraph's), whatever it ended with before:
// two blocks that touch ("</div><div>") make one break, not two.
void break_line(std::string& out, int count)
{
    while (!out.empty() && (out.back() == ' ' || out.back() == '\t'))
        out.pop_back();
    if (out.empty())
        return;
    int present = 0;
    for (auto it = out.rbegin(); it != out.rend() && *it == '\n'; ++it)
        ++present;
    for (; present < count; ++present)
        out += '\n';
}

}

std::string tidy_text(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    int newlines = 0;
    bool space = false;
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char c = (unsigned char)text[i];
        // A no-break space (C2 A0) reads as a space.
        if (c == 0xC2 && i + 1 < text.size() && (unsigned char)text[i + 1] == 0xA0) {
            ++i;
            c = ' ';
        }
        if (c == '\r')
            continue;
        if (c == '\n') {
            ++newlines;
            space = false;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\f' || c == '\v') {
            space = true;
            continue;
        }
        if (c < 0x20)
            continue;
        if (!out.empty()) {
            if (newlines > 0)
                out += newlines > 1 ? "\n\n" : "\n";
            else if (space)
                out += ' ';
        }
        newlines = 0;
        space = false;
        out += char(c);
    }
    return out;
}

std::vector<InlineImage> inline_images(std::string_view html)
{
    std::vector<InlineImage> images;
    auto lower = ascii_lowercase(html);
    for (size_t at = lower.find("<img"); at != std::string::npos && images.size() < 1000; at = lower.find("<img", at + 4)) {
        auto end = lower.find('>', at);
        if (end == std::string::npos)
            break;
        // Each name="value" (or 'value', or bare value) of the tag.
        InlineImage image;
        std::string_view tag = std::string_view(lower).substr(at + 4, end - at - 4);
        std::string_view original = html.substr(at + 4, end - at - 4);
        size_t i = 0;
        while (i < tag.size()) {
            while (i < tag.size() && (std::isspace((unsigned char)tag[i]) || tag[i] == '/'))
                ++i;
            size_t name_begin = i;
            while (i < tag.size() && tag[i] != '=' && !std::isspace((unsigned char)tag[i]))
                ++i;
            auto name = tag.substr(name_begin, i - name_begin);
            if (i >= tag.size() || tag[i] != '=') {
                ++i;
                continue;
            }
            ++i;
            size_t value_begin = i, value_end = i;
            if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) {
                char quote = tag[i];
                value_begin = ++i;
                value_end = std::min(tag.find(quote, i), tag.size());
                i = value_end + 1;
            } else {
                while (i < tag.size() && !std::isspace((unsigned char)tag[i]))
                    ++i;
                value_end = i;
            }
            auto value = original.substr(value_begin, value_end - value_begin);
            auto number = [](std::string_view text) -> std::optional<int> {
                // Only a size in pixels ("320", "320px"): a percentage says nothing of the picture.
                if (text.empty() || text.find('%') != std::string_view::npos || !std::isdigit((unsigned char)text[0]))
                    return {};
                return std::atoi(std::string(text.substr(0, 9)).c_str());
            };
            if (name == "src" && ascii_lowercase(value.substr(0, 4)) == "cid:") {
                auto id = value.substr(4);
                if (id.starts_with("<") && id.ends_with(">") && id.size() >= 2)
                    id = id.substr(1, id.size() - 2);
                image.content_id = std::string(id);
            } else if (name == "width") {
                image.width = number(value);
            } else if (name == "height") {
                image.height = number(value);
            }
        }
        if (!image.content_id.empty())
            images.push_back(std::move(image));
    }
    return images;
}

std::string html_to_text(std::string_view html)
{
    std::string out;
    out.reserve(html.size() / 2);
    bool in_pre = false;
    int list_depth = 0;
    for (size_t i = 0; i < html.size();) {
        char c = html[i];
        if (c == '<') {
            if (html.substr(i, 4) == "<!--") {
                auto end = html.find("-->", i + 4);
                i = end == std::string_view::npos ? html.size() : end + 3;
                continue;
            }
            auto end = html.find('>', i + 1);
            if (end == std::string_view::npos)
                break; // A tag cut off at the end of a broken message: the text before it is kept.
            auto inside = html.substr(i + 1, end - i - 1);
            i = end + 1;
            bool closing = !inside.empty() && inside[0] == '/';
            if (closing)
                inside.remove_prefix(1);
            size_t name_end = 0;
            while (name_end < inside.size() && (std::isalnum((unsigned char)inside[name_end]) || inside[name_end] == '!'))
                ++name_end;
            auto tag = ascii_lowercase(inside.substr(0, name_end));
            auto attributes = inside.substr(name_end);
            if (!closing && (is_hidden_container(tag) || style_hides(attributes)) && !attributes.ends_with("/")) {
                i = after_element(html, i, tag, !is_hidden_container(tag));
                continue;
            }
            if (tag == "pre")
                in_pre = !closing;
            if (tag == "ul" || tag == "ol")
                list_depth = std::max(0, list_depth + (closing ? -1 : 1));
            if (tag == "br") {
                out += '\n';
            } else if (tag == "li" && !closing) {
                break_line(out, 1);
                out += "• ";
            } else if (tag == "td" || tag == "th") {
                if (closing)
                    out += ' ';
            } else if (tag == "img" && !closing) {
                // An image's words (alt) stand for it, when it has some: "[Logo]" says nothing useful.
                auto lower = ascii_lowercase(attributes);
                auto alt = lower.find("alt=");
                if (alt != std::string::npos && alt + 5 < attributes.size()) {
                    char quote = attributes[alt + 4];
                    if (quote == '"' || quote == '\'') {
                        auto close = attributes.find(quote, alt + 5);
                        if (close != std::string_view::npos && close > alt + 5)
                            out += " " + std::string(attributes.substr(alt + 5, close - alt - 5)) + " ";
                    }
                }
            } else if (is_block(tag)) {
                break_line(out, (tag == "p" || tag == "h1" || tag == "h2" || tag == "h3" || tag == "blockquote" || tag == "table") ? 2 : 1);
            }
            continue;
        }
        if (c == '&') {
            if (size_t used = decode_entity(html, i, out)) {
                i += used;
                continue;
            }
        }
        if (!in_pre && (c == '\n' || c == '\r' || c == '\t'))
            out += ' ';
        else
            out += c;
        ++i;
    }
    return tidy_text(out);
}

}
