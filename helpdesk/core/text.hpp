// Checks and clean-ups for text typed by people or sent by devices: UTF-8, control characters, length.
#pragma once

#include <string>
#include <string_view>

namespace Foyer::Helpdesk {

bool is_valid_utf8(std::string_view);
// Removes spaces, tabs and line breaks at both ends.
std::string trimmed(std::string_view);
// Whether it has control characters other than tab and line breaks (\n, \r).
bool has_control_characters(std::string_view);
// Whether it has no control character at all, tabs and line breaks included: names shown on one line and
// printed in tab-separated lists.
bool is_single_line(std::string_view);
// The number of characters (code points) in valid UTF-8.
size_t utf8_length(std::string_view);

}
