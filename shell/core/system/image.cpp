// Decoding with stb_image and scaling with stb_image_resize (Debian's libstb).
#include "image.hpp"

#include <stb_image.h>
#include <stb_image_resize.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace Foyer {

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

}
