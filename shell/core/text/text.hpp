// Small text helpers several parts of Foyer need: ASCII lowercase (file extensions, e-mail addresses, MIME and
// IPP keywords), trimming, counting and checking what the family typed, UTF-8 encoding of one character.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace Foyer {

// Only A-Z become a-z: other bytes (UTF-8 letters among them) are kept as they are.
std::string ascii_lowercase(std::string_view);
// Without the spaces, tabs and line ends around it.
std::string trimmed(std::string_view);
// How many characters (not bytes) a UTF-8 text has.
size_t utf8_length(std::string_view);
// Whether it holds a control character (a tab, a line end, DEL…), which no name or address may have.
bool has_control_character(std::string_view);
// Appends `code` in UTF-8; a code that is not a character (0, a surrogate, beyond U+10FFFF) becomes U+FFFD.
void append_utf8(std::string& out, uint32_t code);

}
