// Decoding with stb_image, scaling with stb_image_resize (Debian's libstb), and EXIF orientation by hand.
#include "image.hpp"

#include "files.hpp"

#include <stb_image.h>
#include <stb_image_resize.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace Foyer {

namespace {

uint16_t read16(const uint8_t* p, bool big_endian)
{
    return big_endian ? uint16_t(p[0] << 8 | p[1]) : uint16_t(p[1] << 8 | p[0]);
}

uint32_t read32(const uint8_t* p, bool big_endian)
{
    return big_endian ? uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3]
                      : uint32_t(p[3]) << 24 | uint32_t(p[2]) << 16 | uint32_t(p[1]) << 8 | p[0];
}

// The orientation tag in a TIFF block (the body of an Exif segment).
int orientation_in_tiff(const uint8_t* tiff, size_t size)
{
    if (size < 8)
        return 1;
    bool big_endian = tiff[0] == 'M' && tiff[1] == 'M';
    if (!big_endian && !(tiff[0] == 'I' && tiff[1] == 'I'))
        return 1;
    uint32_t ifd = read32(tiff + 4, big_endian);
    if (ifd > size - 2)
        return 1;
    uint16_t entries = read16(tiff + ifd, big_endian);
    for (uint16_t i = 0; i < entries; ++i) {
        size_t entry = ifd + 2 + size_t(i) * 12;
        if (entry + 12 > size)
            return 1;
        if (read16(tiff + entry, big_endian) == 0x0112) {
            int value = read16(tiff + entry + 8, big_endian);
            return value >= 1 && value <= 8 ? value : 1;
        }
    }
    return 1;
}

}

std::optional<PictureSize> picture_size(std::string_view bytes)
{
    if (bytes.empty() || bytes.size() > size_t(INT32_MAX))
        return {};
    int width = 0, height = 0, channels = 0;
    if (!stbi_info_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()), int(bytes.size()), &width, &height, &channels) || width <= 0 || height <= 0)
        return {};
    return PictureSize { width, height };
}

ErrorOr<RgbaImage> decode_image(std::string_view bytes)
{
    auto unreadable = [](std::string detail) {
        return Error::plain(N_("This picture cannot be read. It may be damaged, or of a kind Foyer does not know."), {},
            std::move(detail));
    };
    if (bytes.empty() || bytes.size() > size_t(INT32_MAX))
        return unreadable("empty or over 2 GB");
    auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    int width = 0, height = 0, channels = 0;
    if (!stbi_info_from_memory(data, int(bytes.size()), &width, &height, &channels))
        return unreadable(std::string("stb_image: ") + (stbi_failure_reason() ? stbi_failure_reason() : "unknown format"));
    if (width <= 0 || height <= 0 || int64_t(width) * height > max_decoded_pixels)
        return Error::plain(N_("This picture is too big to show."), {},
            std::to_string(width) + "x" + std::to_string(height) + " pixels");
    stbi_uc* pixels = stbi_load_from_memory(data, int(bytes.size()), &width, &height, &channels, 4);
    if (!pixels)
        return unreadable(std::string("stb_image: ") + (stbi_failure_reason() ? stbi_failure_reason() : "decode failed"));
    RgbaImage image;
    image.width = width;
    image.height = height;
    image.pixels.assign(pixels, pixels + size_t(width) * size_t(height) * 4);
    stbi_image_free(pixels);
    return image;
}

RgbaImage scale_to_fit(const RgbaImage& image, int max_width, int max_height)
{
    if (image.empty() || max_width <= 0 || max_height <= 0)
        return {};
    double scale = std::min({ 1.0, double(max_width) / image.width, double(max_height) / image.height });
    if (scale >= 1.0)
        return image;
    RgbaImage scaled;
    scaled.width = std::max(1, int(std::lround(image.width * scale)));
    scaled.height = std::max(1, int(std::lround(image.height * scale)));
    scaled.pixels.resize(size_t(scaled.width) * size_t(scaled.height) * 4);
    // sRGB-aware filtering: thumbnails keep their brightness.
    stbir_resize_uint8_srgb(image.pixels.data(), image.width, image.height, 0, scaled.pixels.data(), scaled.width,
        scaled.height, 0, 4, 3, 0);
    return scaled;
}

int exif_orientation(std::string_view jpeg)
{
    auto* data = reinterpret_cast<const uint8_t*>(jpeg.data());
    size_t size = jpeg.size();
    if (size < 4 || data[0] != 0xFF || data[1] != 0xD8)
        return 1;
    size_t at = 2;
    while (at + 4 <= size && data[at] == 0xFF) {
        uint8_t marker = data[at + 1];
        size_t length = size_t(data[at + 2]) << 8 | data[at + 3];
        if (length < 2 || at + 2 + length > size)
            return 1;
        // APP1 holding "Exif\0\0" then a TIFF block; image data (SOS) means there is no Exif.
        if (marker == 0xE1 && length >= 8 && std::memcmp(data + at + 4, "Exif\0\0", 6) == 0)
            return orientation_in_tiff(data + at + 10, length - 8);
        if (marker == 0xDA)
            return 1;
        at += 2 + length;
    }
    return 1;
}

RgbaImage apply_orientation(const RgbaImage& image, int orientation)
{
    if (orientation <= 1 || orientation > 8 || image.empty())
        return image;
    int w = image.width;
    int h = image.height;
    bool swapped = orientation >= 5;
    RgbaImage out;
    out.width = swapped ? h : w;
    out.height = swapped ? w : h;
    out.pixels.resize(image.pixels.size());
    for (int y = 0; y < out.height; ++y) {
        for (int x = 0; x < out.width; ++x) {
            int sx = x, sy = y;
            switch (orientation) {
            case 2:
                sx = w - 1 - x;
                sy = y;
                break;
            case 3:
                sx = w - 1 - x;
                sy = h - 1 - y;
                break;
            case 4:
                sx = x;
                sy = h - 1 - y;
                break;
            case 5:
                sx = y;
                sy = x;
                break;
            case 6:
                sx = y;
                sy = h - 1 - x;
                break;
            case 7:
                sx = w - 1 - y;
                sy = h - 1 - x;
                break;
            case 8:
                sx = w - 1 - y;
                sy = x;
                break;
            }
            std::memcpy(&out.pixels[(size_t(y) * size_t(out.width) + size_t(x)) * 4],
                &image.pixels[(size_t(sy) * size_t(w) + size_t(sx)) * 4], 4);
        }
    }
    return out;
}

ErrorOr<RgbaImage> read_picture(const std::string& path)
{
    auto bytes = read_file(path);
    if (!bytes)
        return Error::plain(N_("This picture cannot be read. It may have been moved or deleted."), {}, path);
    return decode_picture(*bytes);
}

ErrorOr<RgbaImage> decode_picture(std::string_view bytes)
{
    auto decoded = decode_image(bytes);
    if (decoded.is_error())
        return decoded.error();
    return apply_orientation(decoded.value(), exif_orientation(bytes));
}

}
