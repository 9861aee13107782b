// --screenshot: one screen (home, an app, or an app's sample screen) drawn into a PNG, at a fixed time
// when FOYER_FIXED_TIME says so.
#include "shell.hpp"

#include "../core/i18n/translate.hpp"
#include "../core/system/log.hpp"
#include "../core/theme/theme.hpp"
#include "../core/time/date.hpp"

#include <imgui.h>

#include <cstdio>
#include <cstdlib>

namespace Foyer {

namespace {

// "2025-06-12 10:30" (local time), as FOYER_FIXED_TIME gives it to --screenshot.
std::optional<LocalDateTime> parse_fixed_time(const char* text)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0;
    char end = 0;
    if (!text || std::sscanf(text, "%4d-%2d-%2d %2d:%2d%c", &year, &month, &day, &hour, &minute, &end) != 5)
        return std::nullopt;
    Date date { year, month, day };
    if (!date.is_valid() || hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return std::nullopt;
    return LocalDateTime { date, TimeOfDay { hour * 60 + minute }, 0 };
}

}

bool Shell::open_screen(const std::string& id)
{
    if (id == "home")
        return true;
    if (auto* app = find_app(m_apps, id)) {
        m_navigator.show_only(app->open(*this));
        return true;
    }
    for (auto& app : m_apps) {
        for (auto& [name, make] : app.sample_screens) {
            if (name == id) {
                m_navigator.show_only(make(*this));
                return true;
            }
        }
    }
    return false;
}

int Shell::screenshot()
{
    set_log_to_stderr(true);
    if (const char* fixed = std::getenv("FOYER_FIXED_TIME"); fixed && *fixed) {
        // A picture compared with a reference (tests/golden) shows the same day and time on every run.
        m_fixed_time = parse_fixed_time(fixed);
        if (!m_fixed_time) {
            std::fprintf(stderr, "foyer: FOYER_FIXED_TIME must look like \"2025-06-12 10:30\", not \"%s\"\n", fixed);
            return 2;
        }
    }
    load_settings();
    auto window = Window::open(WindowMode::Hidden, m_options.screenshot_size);
    if (window.is_error()) {
        std::fprintf(stderr, "foyer: %s\n", window.error().message().c_str());
        return 2;
    }
    m_window = window.release_value();
    m_textures = std::make_unique<TextureStore>(m_window->renderer());
    // The apps' services, so their screens look as they do for real; outside a live session they do
    // nothing in the background.
    start_services();
    auto size = m_options.screenshot_size;
    if (m_fonts.build(*ImGui::GetIO().Fonts, compute_metrics(float(size.width), float(size.height), m_settings.text_size)))
        m_window->reload_fonts();
    if (!open_screen(m_options.screen)) {
        std::string names = "home";
        for (auto& app : m_apps) {
            names += ", " + app.id;
            for (auto& [name, make] : app.sample_screens)
                names += ", " + name;
        }
        std::fprintf(stderr, "foyer: %s\n",
            format(tr("There is no screen called \"{name}\". Screens: {names}."),
                { { "name", m_options.screen }, { "names", names } })
                .c_str());
        return 2;
    }
    // As in a session: a picture asked for by the screen being opened shows the screen being left.
    take_pending_captures();
    m_navigator.apply_pending();
    // A screen that asks a worker first (the print app asks the printer) is drawn with the answer.
    for (int waits = 0; waits < 100 && m_navigator.current().waiting_for_answers(); ++waits) {
        m_window->wait(0.05);
        m_run_queue.run_pending();
    }
    auto& theme = theme_for(m_settings.theme);
    // Two passes: the first settles anything that depends on the previous frame, the second is kept.
    ErrorOr<RgbaImage> image = Error::plain(N_("The picture of the screen could not be taken."));
    for (int pass = 0; pass < 2; ++pass)
        image = m_window->capture(size, theme.swatch(SwatchRole::Page).background, [&] { draw(size); });
    if (image.is_error()) {
        std::fprintf(stderr, "foyer: %s (%s)\n", image.error().message().c_str(), image.error().detail().c_str());
        return 1;
    }
    auto written = write_png(m_options.screenshot_path, image.value());
    if (written.is_error()) {
        std::fprintf(stderr, "foyer: %s (%s)\n", written.error().message().c_str(), written.error().detail().c_str());
        return 1;
    }
    return 0;
}

}
