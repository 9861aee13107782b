// Pictures by id, registered with the renderer under keys that cannot clash with the font atlas.
#include "texture_store.hpp"

#include "software_renderer.hpp"

#include "../core/system/main_thread.hpp"

#include <cstdint>

namespace Foyer {

namespace {

// Key 1 is the font atlas: pictures start above it.
void* key_of(ImageId id)
{
    return reinterpret_cast<void*>(uintptr_t(id) + 16);
}

}

TextureStore::TextureStore(SoftwareRenderer& renderer)
    : m_renderer(renderer)
{
}

TextureStore::~TextureStore()
{
    for (auto& [id, image] : m_images)
        m_renderer.remove_texture(key_of(id));
}

ImageId TextureStore::add(const RgbaImage& image)
{
    VERIFY_MAIN_THREAD();
    if (image.empty())
        return no_image;
    ImageId id = m_next++;
    auto& stored = m_images[id] = std::make_unique<RgbaImage>(image);
    m_renderer.set_texture(key_of(id), stored.get());
    return id;
}

void TextureStore::remove(ImageId id)
{
    VERIFY_MAIN_THREAD();
    if (m_images.erase(id))
        m_renderer.remove_texture(key_of(id));
}

int TextureStore::width(ImageId id) const
{
    VERIFY_MAIN_THREAD();
    auto found = m_images.find(id);
    return found == m_images.end() ? 0 : found->second->width;
}

int TextureStore::height(ImageId id) const
{
    VERIFY_MAIN_THREAD();
    auto found = m_images.find(id);
    return found == m_images.end() ? 0 : found->second->height;
}

void* TextureStore::texture(ImageId id) const
{
    return m_images.count(id) ? key_of(id) : nullptr;
}

}
