// Dear ImGui's draw lists rasterised on the CPU into an XRGB framebuffer. Foyer draws a few frames a
// minute; an OpenGL context costs more memory and start-up time (a software OpenGL compiles its shaders
// with LLVM) than drawing those frames ourselves.
#pragma once

#include "../core/system/image.hpp"
#include "../core/theme/color.hpp"

#include <cstdint>
#include <unordered_map>
#include <vector>

struct ImDrawData;

namespace Foyer {

// One pixel per uint32_t, 0x00RRGGBB: the layout of a 24-bit TrueColor X visual, so a frame goes to the
// window as it is.
struct Framebuffer {
    int width { 0 };
    int height { 0 };
    std::vector<uint32_t> pixels;

    void resize(int w, int h);
    RgbaImage to_rgba() const;
};

class SoftwareRenderer {
public:
    // The key ImGui's draw commands carry for the font atlas (ImTextureID).
    static void* font_texture_key() { return reinterpret_cast<void*>(uintptr_t(1)); }

    // The font atlas as coverage (one byte per texel); copied.
    void set_font_atlas(const uint8_t* alpha, int width, int height);
    // Pictures: `key` is what ImGui's commands will carry for it (never font_texture_key()).
    void set_texture(void* key, const RgbaImage*);
    void remove_texture(void* key);

    void render(const ImDrawData&, Framebuffer&, Color clear) const;

private:
    struct Texture {
        int width { 0 };
        int height { 0 };
        // Either coverage (font) or RGBA (pictures).
        const uint8_t* alpha { nullptr };
        const uint8_t* rgba { nullptr };
    };
    const Texture* texture(void* key) const;

    std::vector<uint8_t> m_font;
    Texture m_font_texture;
    std::unordered_map<uintptr_t, Texture> m_textures;
};

}
