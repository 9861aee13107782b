// Triangles with interpolated colour and texture coordinates, clipped, alpha-blended, as ImGui's OpenGL
// back end would draw them. Axis-aligned quads (rectangles and glyphs, most of a frame) take a fast path.
#include "software_renderer.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Foyer {

void Framebuffer::resize(int w, int h)
{
    width = std::max(0, w);
    height = std::max(0, h);
    pixels.assign(size_t(width) * size_t(height), 0);
}

RgbaImage Framebuffer::to_rgba() const
{
    RgbaImage image { width, height, std::vector<uint8_t>(size_t(width) * size_t(height) * 4) };
    for (size_t i = 0; i < pixels.size(); ++i) {
        uint32_t p = pixels[i];
        image.pixels[i * 4] = uint8_t(p >> 16);
        image.pixels[i * 4 + 1] = uint8_t(p >> 8);
        image.pixels[i * 4 + 2] = uint8_t(p);
        image.pixels[i * 4 + 3] = 255;
    }
    return image;
}

void SoftwareRenderer::set_font_atlas(const uint8_t* alpha, int width, int height)
{
    m_font.assign(alpha, alpha + size_t(width) * size_t(height));
    m_font_texture = { width, height, m_font.data(), nullptr };
}

void SoftwareRenderer::set_texture(void* key, const RgbaImage* image)
{
    if (!image || image->empty())
        return;
    m_textures[reinterpret_cast<uintptr_t>(key)] = { image->width, image->height, nullptr, image->pixels.data() };
}

void SoftwareRenderer::remove_texture(void* key)
{
    m_textures.erase(reinterpret_cast<uintptr_t>(key));
}

const SoftwareRenderer::Texture* SoftwareRenderer::texture(void* key) const
{
    if (key == font_texture_key())
        return m_font_texture.alpha ? &m_font_texture : nullptr;
    auto found = m_textures.find(reinterpret_cast<uintptr_t>(key));
    return found == m_textures.end() ? nullptr : &found->second;
}

namespace {

struct Rgba {
    float r, g, b, a;
};

Rgba unpack(ImU32 color)
{
    return { float(color & 0xFF), float((color >> 8) & 0xFF), float((color >> 16) & 0xFF), float(color >> 24) };
}

struct Clip {
    int x0, y0, x1, y1;
};

struct Sampler {
    int width { 0 };
    int height { 0 };
    const uint8_t* alpha { nullptr };
    const uint8_t* rgba { nullptr };
    // The atlas's white texel: untextured shapes sample it; no need to filter.
    float white_u { -1 };
    float white_v { -1 };

    void texel(int x, int y, float out[4]) const
    {
        x = std::clamp(x, 0, width - 1);
        y = std::clamp(y, 0, height - 1);
        size_t i = size_t(y) * size_t(width) + size_t(x);
        if (alpha) {
            out[0] = out[1] = out[2] = 255.f;
            out[3] = alpha[i];
        } else {
            out[0] = rgba[i * 4];
            out[1] = rgba[i * 4 + 1];
            out[2] = rgba[i * 4 + 2];
            out[3] = rgba[i * 4 + 3];
        }
    }

    // Bilinear, GL_LINEAR with GL_CLAMP_TO_EDGE; channels 0-255.
    void at(float u, float v, float out[4]) const
    {
        float x = u * float(width) - 0.5f;
        float y = v * float(height) - 0.5f;
        int x0 = int(std::floor(x));
        int y0 = int(std::floor(y));
        float fx = x - float(x0);
        float fy = y - float(y0);
        float a[4], b[4], c[4], d[4];
        texel(x0, y0, a);
        texel(x0 + 1, y0, b);
        texel(x0, y0 + 1, c);
        texel(x0 + 1, y0 + 1, d);
        for (int k = 0; k < 4; ++k) {
            float top = a[k] + (b[k] - a[k]) * fx;
            float bottom = c[k] + (d[k] - c[k]) * fx;
            out[k] = top + (bottom - top) * fy;
        }
    }
};

inline void blend(uint32_t& pixel, float r, float g, float b, float a)
{
    int alpha = int(a + 0.5f);
    if (alpha <= 0)
        return;
    auto channel = [](float value) { return uint32_t(std::clamp(int(value + 0.5f), 0, 255)); };
    uint32_t source = channel(r) << 16 | channel(g) << 8 | channel(b);
    if (alpha >= 255) {
        pixel = source;
        return;
    }
    // Integer "source over": (s * a + d * (255 - a)) / 255 per channel, rounded.
    uint32_t inverse = uint32_t(255 - alpha);
    auto mix = [&](int shift) {
        uint32_t value = ((source >> shift) & 0xFF) * uint32_t(alpha) + ((pixel >> shift) & 0xFF) * inverse + 128;
        return ((value + (value >> 8)) >> 8) << shift;
    };
    pixel = mix(16) | mix(8) | mix(0);
}

void shade(uint32_t& pixel, const Sampler* sampler, float u, float v, const Rgba& color)
{
    float r = color.r, g = color.g, b = color.b, a = color.a;
    if (sampler) {
        float texel[4];
        sampler->at(u, v, texel);
        r *= texel[0] / 255.f;
        g *= texel[1] / 255.f;
        b *= texel[2] / 255.f;
        a *= texel[3] / 255.f;
    }
    blend(pixel, r, g, b, a);
}

// An axis-aligned rectangle of one colour with an axis-aligned texture mapping: rectangles and glyphs.
bool is_axis_quad(const ImDrawVert* v[4])
{
    auto same = [](float a, float b) { return std::fabs(a - b) < 1e-4f; };
    // PrimRect/PrimRectUV order: top-left, top-right, bottom-right, bottom-left.
    if (!(same(v[0]->pos.y, v[1]->pos.y) && same(v[2]->pos.y, v[3]->pos.y) && same(v[0]->pos.x, v[3]->pos.x)
            && same(v[1]->pos.x, v[2]->pos.x)))
        return false;
    if (!(same(v[0]->uv.y, v[1]->uv.y) && same(v[2]->uv.y, v[3]->uv.y) && same(v[0]->uv.x, v[3]->uv.x)
            && same(v[1]->uv.x, v[2]->uv.x)))
        return false;
    return v[0]->col == v[1]->col && v[0]->col == v[2]->col && v[0]->col == v[3]->col;
}

void draw_quad(Framebuffer& target, const Clip& clip, const ImDrawVert* v[4], const Sampler* sampler)
{
    float x0 = std::min(v[0]->pos.x, v[2]->pos.x), x1 = std::max(v[0]->pos.x, v[2]->pos.x);
    float y0 = std::min(v[0]->pos.y, v[2]->pos.y), y1 = std::max(v[0]->pos.y, v[2]->pos.y);
    if (x1 - x0 <= 0 || y1 - y0 <= 0)
        return;
    // Pixels whose centre lies inside the rectangle.
    int px0 = std::max(clip.x0, int(std::ceil(x0 - 0.5f)));
    int px1 = std::min(clip.x1, int(std::ceil(x1 - 0.5f)));
    int py0 = std::max(clip.y0, int(std::ceil(y0 - 0.5f)));
    int py1 = std::min(clip.y1, int(std::ceil(y1 - 0.5f)));
    if (px0 >= px1 || py0 >= py1)
        return;
    auto color = unpack(v[0]->col);
    bool left_is_0 = v[0]->pos.x <= v[2]->pos.x;
    bool top_is_0 = v[0]->pos.y <= v[2]->pos.y;
    float u_left = left_is_0 ? v[0]->uv.x : v[2]->uv.x, u_right = left_is_0 ? v[2]->uv.x : v[0]->uv.x;
    float v_top = top_is_0 ? v[0]->uv.y : v[2]->uv.y, v_bottom = top_is_0 ? v[2]->uv.y : v[0]->uv.y;
    bool untextured = !sampler || (u_left == u_right && v_top == v_bottom && u_left == sampler->white_u && v_top == sampler->white_v);
    if (untextured && color.a >= 255.f) {
        uint32_t solid = uint32_t(color.r) << 16 | uint32_t(color.g) << 8 | uint32_t(color.b);
        for (int y = py0; y < py1; ++y)
            std::fill_n(&target.pixels[size_t(y) * size_t(target.width) + size_t(px0)], size_t(px1 - px0), solid);
        return;
    }
    float du = (u_right - u_left) / (x1 - x0);
    float dv = (v_bottom - v_top) / (y1 - y0);
    // A glyph drawn at its baked size on whole pixels: one texel per pixel, read directly (what bilinear
    // filtering at texel centres gives, at a quarter of the work).
    if (sampler && sampler->alpha && std::fabs(du * float(sampler->width) - 1.f) < 1e-3f
        && std::fabs(dv * float(sampler->height) - 1.f) < 1e-3f) {
        float tx0 = u_left * float(sampler->width) + (float(px0) + 0.5f - x0) - 0.5f;
        float ty0 = v_top * float(sampler->height) + (float(py0) + 0.5f - y0) - 0.5f;
        int texel_x0 = int(std::lround(tx0)), texel_y0 = int(std::lround(ty0));
        if (std::fabs(tx0 - float(texel_x0)) < 1e-3f && std::fabs(ty0 - float(texel_y0)) < 1e-3f) {
            for (int y = py0; y < py1; ++y) {
                int ty = std::clamp(texel_y0 + (y - py0), 0, sampler->height - 1);
                const uint8_t* texels = sampler->alpha + size_t(ty) * size_t(sampler->width);
                uint32_t* row = &target.pixels[size_t(y) * size_t(target.width)];
                for (int x = px0; x < px1; ++x) {
                    int tx = std::clamp(texel_x0 + (x - px0), 0, sampler->width - 1);
                    blend(row[x], color.r, color.g, color.b, color.a * float(texels[tx]) / 255.f);
                }
            }
            return;
        }
    }
    for (int y = py0; y < py1; ++y) {
        float tv = v_top + (float(y) + 0.5f - y0) * dv;
        uint32_t* row = &target.pixels[size_t(y) * size_t(target.width)];
        for (int x = px0; x < px1; ++x) {
            float tu = u_left + (float(x) + 0.5f - x0) * du;
            shade(row[x], untextured ? nullptr : sampler, tu, tv, color);
        }
    }
}

void draw_triangle(Framebuffer& target, const Clip& clip, const ImDrawVert& a, const ImDrawVert& b, const ImDrawVert& c,
    const Sampler* sampler)
{
    float area = (b.pos.x - a.pos.x) * (c.pos.y - a.pos.y) - (b.pos.y - a.pos.y) * (c.pos.x - a.pos.x);
    if (std::fabs(area) < 1e-6f)
        return;
    int px0 = std::max(clip.x0, int(std::floor(std::min({ a.pos.x, b.pos.x, c.pos.x }))));
    int px1 = std::min(clip.x1, int(std::ceil(std::max({ a.pos.x, b.pos.x, c.pos.x }))) + 1);
    int py0 = std::max(clip.y0, int(std::floor(std::min({ a.pos.y, b.pos.y, c.pos.y }))));
    int py1 = std::min(clip.y1, int(std::ceil(std::max({ a.pos.y, b.pos.y, c.pos.y }))) + 1);
    if (px0 >= px1 || py0 >= py1)
        return;
    Rgba ca = unpack(a.col), cb = unpack(b.col), cc = unpack(c.col);
    bool flat = a.col == b.col && a.col == c.col;
    bool untextured = !sampler
        || (a.uv.x == b.uv.x && a.uv.x == c.uv.x && a.uv.y == b.uv.y && a.uv.y == c.uv.y && a.uv.x == sampler->white_u
            && a.uv.y == sampler->white_v);
    float inverse = 1.f / area;
    // One opaque colour, no picture: the pixels are simply set (the inside of every filled shape).
    bool solid = flat && untextured && ca.a >= 255.f;
    uint32_t solid_color = uint32_t(ca.r) << 16 | uint32_t(ca.g) << 8 | uint32_t(ca.b);
    // Edge functions; a pixel is in when its centre is on the inner side of all three edges (top-left
    // rule for pixels exactly on an edge, so shared edges are drawn once).
    auto edge = [](const ImVec2& p, const ImVec2& q, float x, float y) { return (q.x - p.x) * (y - p.y) - (q.y - p.y) * (x - p.x); };
    auto top_left = [area](const ImVec2& p, const ImVec2& q) {
        float dx = q.x - p.x, dy = q.y - p.y;
        if (area < 0)
            dx = -dx, dy = -dy;
        return (dy == 0 && dx > 0) || dy < 0;
    };
    bool tl0 = top_left(b.pos, c.pos), tl1 = top_left(c.pos, a.pos), tl2 = top_left(a.pos, b.pos);
    // Each edge function is linear in x along a row: it bounds the row's span from one side. Only the
    // span is visited (a thin triangle of a rounded rectangle's fan has a huge bounding box).
    struct Edge {
        ImVec2 p, q;
    };
    const Edge edges[3] = { { b.pos, c.pos }, { c.pos, a.pos }, { a.pos, b.pos } };
    for (int y = py0; y < py1; ++y) {
        float fy = float(y) + 0.5f;
        float low = float(px0), high = float(px1);
        for (auto& e : edges) {
            // w(x) = slope * x + offset, and the inside is where w * sign(area) >= 0.
            float slope = -(e.q.y - e.p.y) * inverse;
            float offset = ((e.q.x - e.p.x) * (fy - e.p.y) + (e.q.y - e.p.y) * e.p.x) * inverse;
            if (slope > 0)
                low = std::max(low, -offset / slope);
            else if (slope < 0)
                high = std::min(high, -offset / slope);
            else if (offset < 0)
                high = low - 1;
        }
        int x_from = std::max(px0, int(std::floor(low - 0.5f)));
        int x_to = std::min(px1, int(std::ceil(high - 0.5f)) + 1);
        if (x_from >= x_to)
            continue;
        uint32_t* row = &target.pixels[size_t(y) * size_t(target.width)];
        // Barycentric weights at the first pixel, then stepped along the row.
        float fx = float(x_from) + 0.5f;
        float w0 = edge(b.pos, c.pos, fx, fy) * inverse;
        float w1 = edge(c.pos, a.pos, fx, fy) * inverse;
        float step0 = -(c.pos.y - b.pos.y) * inverse;
        float step1 = -(a.pos.y - c.pos.y) * inverse;
        for (int x = x_from; x < x_to; ++x, w0 += step0, w1 += step1) {
            float w2 = 1.f - w0 - w1;
            if (w0 < 0 || w1 < 0 || w2 < 0)
                continue;
            if ((w0 == 0 && !tl0) || (w1 == 0 && !tl1) || (w2 == 0 && !tl2))
                continue;
            if (solid) {
                row[x] = solid_color;
                continue;
            }
            Rgba color = flat ? ca
                              : Rgba { ca.r * w0 + cb.r * w1 + cc.r * w2, ca.g * w0 + cb.g * w1 + cc.g * w2,
                                    ca.b * w0 + cb.b * w1 + cc.b * w2, ca.a * w0 + cb.a * w1 + cc.a * w2 };
            float u = a.uv.x * w0 + b.uv.x * w1 + c.uv.x * w2;
            float v = a.uv.y * w0 + b.uv.y * w1 + c.uv.y * w2;
            shade(row[x], untextured ? nullptr : sampler, u, v, color);
        }
    }
}

}

void SoftwareRenderer::render(const ImDrawData& data, Framebuffer& target, Color clear) const
{
    uint32_t background = uint32_t(clear.r) << 16 | uint32_t(clear.g) << 8 | uint32_t(clear.b);
    std::fill(target.pixels.begin(), target.pixels.end(), background);
    ImVec2 origin = data.DisplayPos;
    ImVec2 white { -1, -1 };
    if (ImGui::GetCurrentContext() && ImGui::GetIO().Fonts)
        white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    for (int list = 0; list < data.CmdListsCount; ++list) {
        const ImDrawList* draw_list = data.CmdLists[list];
        const ImDrawVert* vertices = draw_list->VtxBuffer.Data;
        const ImDrawIdx* indices = draw_list->IdxBuffer.Data;
        for (auto& command : draw_list->CmdBuffer) {
            if (command.UserCallback)
                continue;
            Clip clip { std::max(0, int(command.ClipRect.x - origin.x)), std::max(0, int(command.ClipRect.y - origin.y)),
                std::min(target.width, int(command.ClipRect.z - origin.x)), std::min(target.height, int(command.ClipRect.w - origin.y)) };
            if (clip.x0 >= clip.x1 || clip.y0 >= clip.y1)
                continue;
            Sampler sampler;
            const Sampler* used = nullptr;
            if (auto* texture = this->texture(command.GetTexID())) {
                sampler = { texture->width, texture->height, texture->alpha, texture->rgba, -1, -1 };
                if (texture->alpha)
                    sampler.white_u = white.x, sampler.white_v = white.y;
                used = &sampler;
            }
            const ImDrawIdx* index = indices + command.IdxOffset;
            const ImDrawVert* base = vertices + command.VtxOffset;
            unsigned count = command.ElemCount;
            for (unsigned i = 0; i + 2 < count;) {
                // Two triangles (a, b, c) (a, c, d) forming an axis-aligned quad: the fast path.
                if (i + 5 < count && index[i] == index[i + 3] && index[i + 2] == index[i + 4]) {
                    const ImDrawVert* quad[4] = { &base[index[i]], &base[index[i + 1]], &base[index[i + 2]], &base[index[i + 5]] };
                    if (is_axis_quad(quad)) {
                        draw_quad(target, clip, quad, used);
                        i += 6;
                        continue;
                    }
                }
                draw_triangle(target, clip, base[index[i]], base[index[i + 1]], base[index[i + 2]], used);
                i += 3;
            }
        }
    }
}

}
