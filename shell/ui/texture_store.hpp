// The ImageStore of a real window: each picture becomes an OpenGL texture.
#pragma once

#include "../core/navigation/image_store.hpp"

#include <unordered_map>

namespace Foyer {

class TextureStore final : public ImageStore {
public:
    ~TextureStore() override;
    ImageId add(const RgbaImage&) override;
    void remove(ImageId) override;
    int width(ImageId) const override;
    int height(ImageId) const override;
    // The texture to draw (ImGui's ImTextureID), or nullptr.
    void* texture(ImageId) const;

private:
    struct Texture {
        unsigned name { 0 };
        int width { 0 };
        int height { 0 };
    };
    std::unordered_map<ImageId, Texture> m_textures;
    ImageId m_next { 1 };
};

}
