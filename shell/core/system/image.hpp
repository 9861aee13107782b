// Pictures in memory (RGBA), read from the usual formats and scaled down for the screen.
#pragma once

#include "../error.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Foyer {

struct RgbaImage {
    int width { 0 };
    int height { 0 };
    // Row-major, top row first, 4 bytes per pixel.
    std::vector<uint8_t> pixels;

    bool empty() const { return width <= 0 || height <= 0; }
    // 0xRRGGBB of one pixel.
    uint32_t pixel(int x, int y) const
    {
        auto* p = &pixels[(size_t(y) * size_t(width) + size_t(x)) * 4];
        return uint32_t(p[0]) << 16 | uint32_t(p[1]) << 8 | uint32_t(p[2]);
    }
};

// The largest picture Foyer agrees to decode (a 100-megapixel photo), so a hostile file cannot exhaust memory.
constexpr int64_t max_decoded_pixels = 100'000'000;

// A picture's width and height in pixels, read from its header alone (JPEG, PNG, GIF, BMP): nothing is
// decoded. Nothing when the bytes are not a picture Foyer can read.
struct PictureSize {
    int width { 0 };
    int height { 0 };
};
std::optional<PictureSize> picture_size(std::string_view bytes);

// JPEG, PNG, BMP or GIF (first frame). Never crashes on a broken file: a plain error instead.
ErrorOr<RgbaImage> decode_image(std::string_view bytes);
// The same picture no larger than `max_width` x `max_height`, proportions kept (never enlarged).
RgbaImage scale_to_fit(const RgbaImage&, int max_width, int max_height);

// A picture file decoded and turned the way the camera held it (the EXIF orientation of phone photos).
ErrorOr<RgbaImage> read_picture(const std::string& path);
// The same for a picture already in memory (an e-mail's attachment).
ErrorOr<RgbaImage> decode_picture(std::string_view bytes);
// The EXIF orientation (1-8) of a JPEG, 1 when it has none.
int exif_orientation(std::string_view jpeg);
// `image` turned and mirrored as EXIF orientation `orientation` asks.
RgbaImage apply_orientation(const RgbaImage&, int orientation);

}
