// The PNG format (libpng): writing screenshots small and exactly, reading them back.
#pragma once

#include "../error.hpp"
#include "image.hpp"

#include <string>

namespace Foyer {

enum class PngAlpha {
    Keep,
    // Screenshots are opaque: without the alpha channel the file is about a quarter smaller.
    Drop,
};
ErrorOr<std::string> encode_png(const RgbaImage&, PngAlpha = PngAlpha::Keep);
ErrorOr<RgbaImage> decode_png(std::string_view bytes);
// Encodes and writes atomically.
ErrorOr<void> write_png(const std::string& path, const RgbaImage&);

}
