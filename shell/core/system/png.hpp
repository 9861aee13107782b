// RGBA pictures and the PNG format (libpng): screenshots, and reading them back in tests.
#pragma once

#include "../error.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace Foyer {

struct RgbaImage {
    int width { 0 };
    int height { 0 };
    // Row-major, top row first, 4 bytes per pixel.
    std::vector<uint8_t> pixels;

    uint32_t pixel(int x, int y) const
    {
        auto* p = &pixels[(size_t(y) * size_t(width) + size_t(x)) * 4];
        return uint32_t(p[0]) << 16 | uint32_t(p[1]) << 8 | uint32_t(p[2]);
    }
};

ErrorOr<std::string> encode_png(const RgbaImage&);
ErrorOr<RgbaImage> decode_png(std::string_view bytes);
// Encodes and writes atomically.
ErrorOr<void> write_png(const std::string& path, const RgbaImage&);

}
