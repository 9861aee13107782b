// Pictures a screen shows (thumbnails, photos, a screenshot): handed to the shell once, drawn by handle.
#pragma once

#include "../system/image.hpp"

#include <cstdint>

namespace Foyer {

using ImageId = uint32_t;
constexpr ImageId no_image = 0;

// Main thread only: the shell keeps the pictures where the screen is drawn (textures). A worker decodes and
// scales a picture, then posts it to the main thread, which adds it here.
class ImageStore {
public:
    virtual ~ImageStore() = default;
    virtual ImageId add(const RgbaImage&) = 0;
    virtual void remove(ImageId) = 0;
    // Width and height in pixels; 0x0 for an unknown id.
    virtual int width(ImageId) const = 0;
    virtual int height(ImageId) const = 0;
};

}
