// Uploading pictures as RGBA textures, with mipmaps so big photos shrink smoothly.
#define GL_GLEXT_PROTOTYPES 1
#include "texture_store.hpp"

#include <GL/gl.h>
#include <GL/glext.h>

#include <cstdint>

namespace Foyer {

TextureStore::~TextureStore()
{
    for (auto& [id, texture] : m_textures)
        glDeleteTextures(1, &texture.name);
}

ImageId TextureStore::add(const RgbaImage& image)
{
    if (image.empty())
        return no_image;
    Texture texture { 0, image.width, image.height };
    glGenTextures(1, &texture.name);
    glBindTexture(GL_TEXTURE_2D, texture.name);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.pixels.data());
    glGenerateMipmap(GL_TEXTURE_2D);
    glBindTexture(GL_TEXTURE_2D, 0);
    ImageId id = m_next++;
    m_textures.emplace(id, texture);
    return id;
}

void TextureStore::remove(ImageId id)
{
    auto found = m_textures.find(id);
    if (found == m_textures.end())
        return;
    glDeleteTextures(1, &found->second.name);
    m_textures.erase(found);
}

int TextureStore::width(ImageId id) const
{
    auto found = m_textures.find(id);
    return found == m_textures.end() ? 0 : found->second.width;
}

int TextureStore::height(ImageId id) const
{
    auto found = m_textures.find(id);
    return found == m_textures.end() ? 0 : found->second.height;
}

void* TextureStore::texture(ImageId id) const
{
    auto found = m_textures.find(id);
    return found == m_textures.end() ? nullptr : reinterpret_cast<void*>(intptr_t(found->second.name));
}

}
