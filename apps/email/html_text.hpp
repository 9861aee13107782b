// HTML mail turned into clean text to read: paragraphs and line breaks kept, lists as bullets, links as
// their words only, styles, scripts and hidden parts dropped, entities decoded.
#pragma once

#include <string>
#include <string_view>

namespace Foyer {

// Never fails: a broken page gives whatever text could be read. The result is UTF-8 (the caller has
// converted the HTML's charset), with paragraphs separated by one blank line and no blank line doubled.
std::string html_to_text(std::string_view html);

// Whitespace tidied for reading aloud and for large type: spaces and tabs collapsed, trailing spaces
// removed, at most one blank line between paragraphs, none at the start or end.
std::string tidy_text(std::string_view text);

}
