// The PNG format (libpng): writing screenshots small and exactly, reading them back.
#pragma once

#include "../error.hpp"
#include "image.hpp"

#include <string>

namespace Foyer {

ErrorOr<std::string> encode_png(const RgbaImage&);
ErrorOr<RgbaImage> decode_png(std::string_view bytes);
// Encodes and writes atomically.
ErrorOr<void> write_png(const std::string& path, const RgbaImage&);

}
