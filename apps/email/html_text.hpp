// HTML mail turned into clean text to read: paragraphs and line breaks kept, lists as bullets, links as
// their words only, styles, scripts and hidden parts dropped, entities decoded.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Foyer {

// Never fails: a broken page gives whatever text could be read. The result is UTF-8 (the caller has
// converted the HTML's charset), with paragraphs separated by one blank line and no blank line doubled.
std::string html_to_text(std::string_view html);

// A picture the HTML shows from the message itself (<img src="cid:...">), at the size the HTML gives it
// when it says one in pixels (width="1" height="1" for a tracking pixel); remote pictures are not listed.
struct InlineImage {
    // The Content-ID it names, without "cid:" and the angle brackets.
    std::string content_id;
    std::optional<int> width;
    std::optional<int> height;
};
std::vector<InlineImage> inline_images(std::string_view html);

// Whitespace tidied for reading aloud and for large type: spaces and tabs collapsed, trailing spaces
// removed, at most one blank line between paragraphs, none at the start or end.
std::string tidy_text(std::string_view text);

}
