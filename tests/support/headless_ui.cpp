// An ImGui context with a built atlas and an open frame, no renderer.
#include "headless_ui.hpp"

#include "shell/core/system/paths.hpp"

#include <imgui.h>

namespace Foyer::Testing {

HeadlessUi::HeadlessUi(float width, float height, TextSize size, ThemeName theme)
    : m_fonts(std::string(FOYER_BUILD_DIR) + "/share/foyer")
    , m_metrics(compute_metrics(width, height, size))
{
    ImGui::CreateContext();
    auto& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = { width, height };
    m_fonts.build(*io.Fonts, m_metrics);
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    ImGui::NewFrame();
    ImGui::Begin("test");
    m_ui = std::make_unique<Ui>(*ImGui::GetWindowDrawList(), m_fonts, m_metrics, theme_for(theme), m_interaction);
}

HeadlessUi::~HeadlessUi()
{
    m_ui.reset();
    ImGui::End();
    ImGui::EndFrame();
    ImGui::DestroyContext();
}

}
