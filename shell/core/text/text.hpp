// Small text helpers several parts of Foyer need: ASCII lowercase (file extensions, e-mail addresses, MIME and
// IPP keywords) and UTF-8 encoding of one character.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace Foyer {

// Only A-Z become a-z: other bytes (UTF-8 letters among them) are kept as they are.
std::string ascii_lowercase(std::string_view);
// Appends `code` in UTF-8; a code that is not a character (0, a surrogate, beyond U+10FFFF) becomes U+FFFD.
void append_utf8(std::string& out, uint32_t code);

}
