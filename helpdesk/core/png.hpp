// Checking that uploaded bytes are a whole, well-formed PNG before they are stored and shown.
#pragma once

#include "error.hpp"

#include <cstdint>
#include <string_view>

namespace Foyer::Helpdesk {

struct PngInfo {
    uint32_t width { 0 };
    uint32_t height { 0 };
};

constexpr uint32_t max_png_side = 16384;

// Walks every chunk and checks its CRC, the IHDR header and the closing IEND, without decoding pixels:
// enough to refuse a file that is not a PNG or was cut short, cheap enough for every upload.
ErrorOr<PngInfo> inspect_png(std::string_view bytes);

}
