// The software renderer draws ImGui's shapes, text and pictures where ImGui's OpenGL back end would.
#include "shell/ui/software_renderer.hpp"

#include <gtest/gtest.h>

#include <imgui.h>

using namespace Foyer;

namespace {

class RendererTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ImGui::CreateContext();
        auto& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = { 200, 100 };
        io.Fonts->AddFontDefault();
        unsigned char* pixels;
        int width, height;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
        renderer.set_font_atlas(pixels, width, height);
        io.Fonts->SetTexID(SoftwareRenderer::font_texture_key());
        ImGui::NewFrame();
        frame.resize(200, 100);
    }
    void TearDown() override { ImGui::DestroyContext(); }

    ImDrawList& draw() { return *ImGui::GetForegroundDrawList(); }
    void render()
    {
        ImGui::Render();
        renderer.render(*ImGui::GetDrawData(), frame, Color::hex(0xFFFFFF));
    }
    uint32_t at(int x, int y) const { return frame.pixels[size_t(y) * 200 + size_t(x)]; }

    SoftwareRenderer renderer;
    Framebuffer frame;
};

}

TEST_F(RendererTest, AFilledRectangleCoversExactlyItsPixels)
{
    draw().AddRectFilled({ 10, 10 }, { 20, 30 }, IM_COL32(0x10, 0x20, 0x30, 255));
    render();
    EXPECT_EQ(at(10, 10), 0x102030u);
    EXPECT_EQ(at(19, 29), 0x102030u);
    EXPECT_EQ(at(20, 15), 0xFFFFFFu);
    EXPECT_EQ(at(15, 30), 0xFFFFFFu);
    EXPECT_EQ(at(9, 15), 0xFFFFFFu);
}

TEST_F(RendererTest, TranslucencyBlendsWithWhatIsBelow)
{
    draw().AddRectFilled({ 0, 0 }, { 50, 50 }, IM_COL32(0, 0, 0, 128));
    render();
    auto grey = at(25, 25) & 0xFF;
    EXPECT_NEAR(double(grey), 127.0, 1.0);
    EXPECT_EQ(at(25, 25), grey << 16 | grey << 8 | grey);
}

TEST_F(RendererTest, ClipRectanglesAreHonoured)
{
    draw().PushClipRect({ 0, 0 }, { 100, 50 });
    draw().AddRectFilled({ 0, 0 }, { 200, 100 }, IM_COL32(255, 0, 0, 255));
    draw().PopClipRect();
    render();
    EXPECT_EQ(at(50, 25), 0xFF0000u);
    EXPECT_EQ(at(150, 25), 0xFFFFFFu);
    EXPECT_EQ(at(50, 75), 0xFFFFFFu);
}

TEST_F(RendererTest, RoundedShapesAndTextAreDrawnWithSmoothEdges)
{
    draw().AddRectFilled({ 10, 10 }, { 90, 90 }, IM_COL32(0, 0, 255, 255), 20.f);
    draw().AddText({ 120, 40 }, IM_COL32(0, 0, 0, 255), "Foyer");
    render();
    EXPECT_EQ(at(50, 50), 0x0000FFu);
    // The corner is cut by the rounding: the very corner stays white, the edge between is shaded.
    EXPECT_EQ(at(11, 11), 0xFFFFFFu);
    size_t partial = 0, ink = 0;
    for (int y = 0; y < 100; ++y)
        for (int x = 0; x < 100; ++x)
            partial += at(x, y) != 0xFFFFFFu && at(x, y) != 0x0000FFu;
    for (int y = 35; y < 60; ++y)
        for (int x = 115; x < 200; ++x)
            ink += (at(x, y) & 0xFF) < 128;
    EXPECT_GT(partial, 20u) << "anti-aliased fringe";
    EXPECT_GT(ink, 30u) << "the text's glyphs";
}

TEST_F(RendererTest, PicturesAreScaledWithFiltering)
{
    // A 2x2 picture: red, green / blue, white.
    RgbaImage picture { 2, 2, { 255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255 } };
    void* key = reinterpret_cast<void*>(uintptr_t(99));
    renderer.set_texture(key, &picture);
    draw().AddImage(key, { 0, 0 }, { 100, 100 });
    render();
    EXPECT_EQ(at(0, 0), 0xFF0000u);
    EXPECT_EQ(at(99, 0), 0x00FF00u);
    EXPECT_EQ(at(0, 99), 0x0000FFu);
    EXPECT_EQ(at(99, 99), 0xFFFFFFu);
    // Between the texels, a blend.
    auto middle = at(50, 0);
    EXPECT_GT((middle >> 16) & 0xFF, 60u);
    EXPECT_GT((middle >> 8) & 0xFF, 60u);
    renderer.remove_texture(key);
}
