// The PNG container format (ISO/IEC 15948): signature, then length-type-data-CRC chunks.
#include "png.hpp"

#include <zlib.h>

namespace Foyer::Helpdesk {

namespace {

uint32_t big_endian_32(std::string_view bytes, size_t at)
{
    auto byte = [&](size_t i) { return uint32_t(static_cast<unsigned char>(bytes[at + i])); };
    return (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3);
}

}

ErrorOr<PngInfo> inspect_png(std::string_view bytes)
{
    static constexpr std::string_view signature = "\x89PNG\r\n\x1a\n";
    if (bytes.substr(0, signature.size()) != signature)
        return Error::invalid("The screenshot is not a PNG image.");
    PngInfo info;
    size_t at = signature.size();
    bool first = true;
    while (true) {
        if (bytes.size() - at < 12)
            return Error::invalid("The screenshot is cut short (its PNG data ends too early).");
        uint32_t length = big_endian_32(bytes, at);
        if (length > bytes.size() - at - 12)
            return Error::invalid("The screenshot is cut short (a PNG chunk goes past the end).");
        std::string_view type = bytes.substr(at + 4, 4);
        std::string_view data = bytes.substr(at + 8, length);
        uint32_t stored_crc = big_endian_32(bytes, at + 8 + length);
        uLong crc = crc32(0, reinterpret_cast<const Bytef*>(type.data()), 4);
        crc = crc32(crc, reinterpret_cast<const Bytef*>(data.data()), uInt(data.size()));
        if (crc != stored_crc)
            return Error::invalid("The screenshot is damaged (a PNG checksum does not match).");
        if (first) {
            if (type != "IHDR" || length != 13)
                return Error::invalid("The screenshot is not a PNG image (it has no IHDR header).");
            info.width = big_endian_32(data, 0);
            info.height = big_endian_32(data, 4);
            if (info.width == 0 || info.height == 0 || info.width > max_png_side
                || info.height > max_png_side)
                return Error::invalid(
                    "The screenshot's size is not plausible (each side must be 1 to 16384 pixels).");
            first = false;
        }
        at += 12 + length;
        if (type == "IEND") {
            if (at != bytes.size())
                return Error::invalid("The screenshot has data after the end of the PNG image.");
            return info;
        }
    }
}

}
