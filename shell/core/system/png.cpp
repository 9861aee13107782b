// PNG encoding and decoding through libpng's simplified API.
#include "png.hpp"

#include "files.hpp"

#include <png.h>

namespace Foyer {

ErrorOr<std::string> encode_png(const RgbaImage& image, PngAlpha alpha)
{
    png_image png {};
    png.version = PNG_IMAGE_VERSION;
    png.width = png_uint_32(image.width);
    png.height = png_uint_32(image.height);
    png.format = alpha == PngAlpha::Keep ? PNG_FORMAT_RGBA : PNG_FORMAT_RGB;
    const uint8_t* pixels = image.pixels.data();
    std::vector<uint8_t> rgb;
    if (alpha == PngAlpha::Drop) {
        rgb.reserve(image.pixels.size() / 4 * 3);
        for (size_t i = 0; i + 3 < image.pixels.size(); i += 4)
            rgb.insert(rgb.end(), { image.pixels[i], image.pixels[i + 1], image.pixels[i + 2] });
        pixels = rgb.data();
    }
    png_alloc_size_t size = 0;
    if (!png_image_write_get_memory_size(png, size, 0, pixels, 0, nullptr))
        return Error::plain(N_("The picture could not be made."), {}, std::string("png size: ") + png.message);
    std::string bytes(size, '\0');
    if (!png_image_write_to_memory(&png, bytes.data(), &size, 0, pixels, 0, nullptr))
        return Error::plain(N_("The picture could not be made."), {}, std::string("png write: ") + png.message);
    bytes.resize(size);
    return bytes;
}

ErrorOr<RgbaImage> decode_png(std::string_view bytes)
{
    png_image png {};
    png.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&png, bytes.data(), bytes.size()))
        return Error::plain(N_("This picture cannot be read."), {}, std::string("png: ") + png.message);
    png.format = PNG_FORMAT_RGBA;
    RgbaImage image;
    image.width = int(png.width);
    image.height = int(png.height);
    image.pixels.resize(PNG_IMAGE_SIZE(png));
    if (!png_image_finish_read(&png, nullptr, image.pixels.data(), 0, nullptr)) {
        png_image_free(&png);
        return Error::plain(N_("This picture cannot be read."), {}, std::string("png: ") + png.message);
    }
    return image;
}

ErrorOr<void> write_png(const std::string& path, const RgbaImage& image)
{
    auto bytes = encode_png(image);
    if (bytes.is_error())
        return bytes.error();
    return write_file_atomically(path, bytes.value());
}

}
