// Any bytes as text for the voice, in both languages: words back (valid UTF-8, never longer than a few
// times the input), never a crash, a hang or a read past the end.
#include "voice/speakable.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

bool valid_utf8(std::string_view text)
{
    for (size_t i = 0; i < text.size();) {
        auto lead = static_cast<unsigned char>(text[i]);
        size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2
            : (lead >> 4) == 0xe                             ? 3
            : (lead >> 3) == 0x1e                            ? 4
                                                             : 0;
        if (length == 0 || i + length > text.size())
            return false;
        for (size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2)
                return false;
        i += length;
    }
    return true;
}

}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);
    for (auto language : { Foyer::Language::French, Foyer::Language::English }) {
        auto said = Foyer::speakable(text, language);
        // Every digit becomes at most a few words: a run of 9s is the longest ("quatre-vingt-dix-neuf").
        if (said.size() > 64 * size + 64 || !valid_utf8(said))
            std::abort();
        (void)Foyer::code_for_ear(text, language);
    }
    return 0;
}
