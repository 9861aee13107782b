// One frame of the shell: the services' banners, the title bar with Home and Help, the screen, the
// overlays above it; the targets they leave for the input (and for the activity trace); pictures of it.
#include "shell.hpp"

#include "../core/i18n/translate.hpp"
#include "../core/system/log.hpp"
#include "../core/theme/theme.hpp"
#include "title_bar.hpp"
#include "ui.hpp"

#include <imgui.h>

namespace Foyer {

void Shell::draw(PixelSize size)
{
    auto metrics = compute_metrics(float(size.width), float(size.height), m_settings.text_size);
    auto& theme = theme_for(m_settings.theme);
    ImGui::SetNextWindowPos({ 0, 0 });
    ImGui::SetNextWindowSize({ float(size.width), float(size.height) });
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, { 0, 0 });
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
    ImGui::Begin("Foyer", nullptr,
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings
            | ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoBackground);
    Ui ui(*ImGui::GetWindowDrawList(), m_fonts, metrics, theme, m_interaction, m_textures.get());
    Rect screen { 0, 0, float(size.width), float(size.height) };
    Screen& current = m_navigator.current();
    for (auto& [id, service] : m_services)
        screen.take_top(service->draw_banner(ui, screen));
    if (current.has_title_bar())
        draw_title_bar(ui, screen, current);
    ui.set_content(screen.inset(metrics.margin));
    current.draw(ui);
    Rect whole { 0, 0, float(size.width), float(size.height) };
    // A modal overlay keeps only its own targets: nothing below can be pressed or focused meanwhile.
    std::optional<size_t> modal_from;
    for (auto& [id, service] : m_services) {
        bool modal = service->modal();
        size_t first = ui.target_count();
        service->draw_overlay(ui, whole);
        if (modal && !modal_from)
            modal_from = first;
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
    if (ui.wants_another_frame())
        m_dirty = true;
    if (ui.typing_in() != m_typing_in) {
        m_typing_in = ui.typing_in();
        // Tests wait for this before typing: the keys go into that field from now on.
        if (m_typing_in)
            m_activity.record("typing", *m_typing_in);
    }
    auto targets = ui.take_targets();
    if (modal_from)
        targets.erase(targets.begin(), targets.begin() + std::ptrdiff_t(std::min(*modal_from, targets.size())));
    record_targets(targets);
    if (m_interaction.set_targets(std::move(targets), m_window ? m_window->time() : 0)) {
        m_dirty = true;
        if (auto& focused = m_interaction.focused())
            m_activity.record("focus", *focused);
    }
    m_interaction.end_frame();
    if (m_window)
        m_window->set_editing(m_interaction.writing());
}

void Shell::draw_title_bar(Ui& ui, Rect& screen, Screen& current)
{
    Rect bar = screen.take_top(ui.metrics().title_bar);
    // Help is one press away on every screen but the help screens themselves.
    bool in_help = current.id().rfind("help", 0) == 0;
    switch (Foyer::draw_title_bar(ui, bar, current.title(), !in_help && find_app(m_apps, "help"))) {
    case TitleBarPress::Home:
        m_navigator.go_home();
        break;
    case TitleBarPress::Help:
        open_app("help");
        break;
    case TitleBarPress::None:
        break;
    }
}

void Shell::capture_screen(std::function<void(RgbaImage)> done)
{
    VERIFY_MAIN_THREAD();
    m_capture_requests.push_back(std::move(done));
    m_dirty = true;
}

void Shell::take_pending_captures()
{
    if (m_capture_requests.empty() || !m_window)
        return;
    auto requests = std::exchange(m_capture_requests, {});
    RgbaImage picture;
    // Another program in front (a video call, a browser): the senior is looking at it, not at Foyer.
    if (live_session() && !m_window->focused())
        picture = m_window->capture_desktop();
    if (picture.empty()) {
        auto size = live_session() ? m_window->size() : m_options.screenshot_size;
        auto& theme = theme_for(m_settings.theme);
        auto image = m_window->capture(size, theme.swatch(SwatchRole::Page).background, [&] { draw(size); });
        if (!image.is_error())
            picture = image.release_value();
        else
            log_warning("help: cannot take a picture of the screen: " + image.error().detail());
    }
    for (auto& done : requests)
        done(picture);
}

void Shell::record_targets(const std::vector<Target>& targets)
{
    // What can be pressed and where, each time it changes: the activity trace tells tests (and anyone
    // reading a trace) where to press, as an accessibility tree would.
    std::string line = std::string(m_navigator.current().id());
    for (auto& target : targets)
        line += " " + target.id + "@" + std::to_string(int(target.rect.x)) + "," + std::to_string(int(target.rect.y)) + ","
            + std::to_string(int(target.rect.width)) + "," + std::to_string(int(target.rect.height));
    if (line == m_last_targets)
        return;
    m_last_targets = line;
    m_activity.record("targets", line);
}

}
