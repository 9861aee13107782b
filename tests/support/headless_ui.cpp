// An ImGui context with a built atlas and an open frame, no renderer.
#include "headless_ui.hpp"

#include "shell/core/navigation/screen.hpp"
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

HeadlessScreen::HeadlessScreen(Screen& screen, float width, float height, TextSize size)
    : m_screen(screen)
    , m_headless(width, height, size)
{
    Rect content { 0, 0, width, height };
    content.take_top(m_headless.metrics().title_bar);
    m_headless.ui().set_content(content.inset(m_headless.metrics().margin));
}

std::vector<DrawnElement> HeadlessScreen::draw()
{
    DrawRecorder recorder;
    m_headless.ui().set_recorder(&recorder);
    m_screen.draw(m_headless.ui());
    m_headless.ui().set_recorder(nullptr);
    // Well apart, so the guard against a tremor's second press never takes a click for a repeat.
    m_now += 5;
    m_headless.interaction().set_targets(m_headless.ui().take_targets(), m_now);
    m_headless.interaction().end_frame();
    return recorder.elements;
}

bool HeadlessScreen::click(const WidgetId& id)
{
    for (auto& target : targets()) {
        if (target.id != id)
            continue;
        auto at = target.rect.center();
        m_headless.interaction().handle({ InputEvent::Kind::MouseDown, at, NavKey::Activate, m_now });
        return m_headless.interaction().handle({ InputEvent::Kind::MouseUp, at, NavKey::Activate, m_now + 0.1 }) == Outcome::Activated;
    }
    return false;
}

}
