// A long text cut into the pieces the voice says one after another: by paragraph, then by sentence, and a
// sentence too long for one piece at a word. A stop then takes effect between pieces as well as inside
// one, and no single call to the synthesiser is asked for a whole letter.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace Foyer {

// Pieces of at most `max_bytes` (a word longer than that is cut at a character), in order, none empty. A
// paragraph (a blank line) always starts a new piece; the lines inside one are joined (an e-mail's text is
// wrapped at about 72 characters, its sentences are not), and the sentences of a paragraph share a piece
// while they fit.
std::vector<std::string> speech_chunks(std::string_view text, size_t max_bytes = 400);

}
