// Photos as a senior expects to see them: decoded and turned the way the camera was held.
#pragma once

#include "../../shell/core/error.hpp"
#include "../../shell/core/system/image.hpp"

#include <string>
#include <string_view>

namespace Foyer {

// A picture file decoded and turned the way the camera held it (the EXIF orientation of phone photos).
ErrorOr<RgbaImage> read_picture(const std::string& path);
// The same for a picture already in memory (an e-mail's attachment).
ErrorOr<RgbaImage> decode_picture(std::string_view bytes);
// The EXIF orientation (1-8) of a JPEG, 1 when it has none.
int exif_orientation(std::string_view jpeg);
// `image` turned and mirrored as EXIF orientation `orientation` asks.
RgbaImage apply_orientation(const RgbaImage&, int orientation);

}
