// The ImageStore of a real window: pictures kept in memory for the software renderer to draw.
#pragma once

#include "../core/navigation/image_store.hpp"

#include <memory>
#include <unordered_map>

namespace Foyer {

class SoftwareRenderer;

class TextureStore final : public ImageStore {
public:
    explicit TextureStore(SoftwareRenderer&);
    ~TextureStore() override;
    ImageId add(const RgbaImage&) override;
    void remove(ImageId) override;
    int width(ImageId) const override;
    int height(ImageId) const override;
    // What ImGui's draw commands carry for this picture (ImTextureID), or nullptr.
    void* texture(ImageId) const;

private:
    SoftwareRenderer& m_renderer;
    std::unordered_map<ImageId, std::unique_ptr<RgbaImage>> m_images;
    ImageId m_next { 1 };
};

}
