// The hang-up bar's window, its one button, and the X11 keeper that holds it above the call.
#include "call_bar.hpp"

#include "../core/system/activity.hpp"
#include "../core/system/log.hpp"
#include "../core/system/paths.hpp"
#include "../core/theme/theme.hpp"
#include "fonts.hpp"
#include "ui.hpp"
#include "window.hpp"

#include <X11/Xlib.h>
#include <X11/keysym.h>
#include <imgui.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/prctl.h>
#include <thread>
#include <unistd.h>

namespace Foyer {

namespace {

std::atomic<bool> g_stop_requested { false };

void on_stop_signal(int)
{
    g_stop_requested = true;
    Window::wake();
}

int ignore_x_errors(Display*, XErrorEvent*)
{
    // A key another program already holds, or a window that went away between two requests: not fatal.
    return 0;
}

// Keeps the bar above every other window with a connection of its own: when a window is mapped or raised
// over it (the browser opening, the senior clicking the call), the bar is raised again. Window managers
// honour GLFW_FLOATING (_NET_WM_STATE_ABOVE) too; Foyer's own session may run without one, and then this
// is what keeps the bar on top. It also holds the Escape and Home keys, which end the call from anywhere,
// as they go home everywhere else in Foyer. It sleeps in poll() between X events.
class Keeper {
public:
    explicit Keeper(unsigned long window, std::atomic<bool>& hang_up)
        : m_window(window)
        , m_hang_up(hang_up)
        , m_wake(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
    {
        m_thread = std::thread([this] { run(); });
    }
    ~Keeper()
    {
        uint64_t one = 1;
        [[maybe_unused]] auto written = write(m_wake, &one, sizeof one);
        m_thread.join();
        close(m_wake);
    }

private:
    void run()
    {
        Display* display = XOpenDisplay(nullptr);
        if (!display || !m_window)
            return;
        XSetErrorHandler(ignore_x_errors);
        ::Window root = DefaultRootWindow(display);
        XSelectInput(display, root, SubstructureNotifyMask);
        XSelectInput(display, m_window, VisibilityChangeMask);
        for (KeySym key : { XK_Escape, XK_Home })
            XGrabKey(display, XKeysymToKeycode(display, key), AnyModifier, root, False, GrabModeAsync, GrabModeAsync);
        XRaiseWindow(display, m_window);
        XFlush(display);
        auto last_raise = std::chrono::steady_clock::now();
        int raises_this_second = 0;
        for (;;) {
            pollfd fds[] { { ConnectionNumber(display), POLLIN, 0 }, { m_wake, POLLIN, 0 } };
            if (!XPending(display) && poll(fds, 2, -1) < 0 && errno != EINTR)
                break;
            if (fds[1].revents & POLLIN)
                break;
            bool raise = false;
            while (XPending(display)) {
                XEvent event;
                XNextEvent(display, &event);
                switch (event.type) {
                case KeyPress:
                    m_hang_up = true;
                    Window::wake();
                    break;
                case VisibilityNotify:
                    raise = raise || event.xvisibility.state != VisibilityUnobscured;
                    break;
                case MapNotify:
                    raise = raise || event.xmap.window != m_window;
                    break;
                case ConfigureNotify:
                    // Another window restacked; our own raise comes back here too and is not answered.
                    raise = raise || event.xconfigure.window != m_window;
                    break;
                default:
                    break;
                }
            }
            if (!raise)
                continue;
            // Never a raising fight with another always-on-top window: at most ten raises a second.
            auto now = std::chrono::steady_clock::now();
            if (now - last_raise > std::chrono::seconds(1)) {
                last_raise = now;
                raises_this_second = 0;
            }
            if (++raises_this_second <= 10) {
                XRaiseWindow(display, m_window);
                XFlush(display);
            }
        }
        XCloseDisplay(display);
    }

    unsigned long m_window;
    std::atomic<bool>& m_hang_up;
    int m_wake;
    std::thread m_thread;
};

std::optional<float> number(const std::string& text)
{
    char* end = nullptr;
    float value = std::strtof(text.c_str(), &end);
    if (text.empty() || *end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

}

std::vector<std::string> CallBarOptions::to_arguments() const
{
    auto integer = [](float value) { return std::to_string(int(std::lround(value))); };
    return {
        "--place",
        integer(place.x) + "," + integer(place.y) + "," + integer(place.width) + "," + integer(place.height),
        "--screen",
        std::to_string(screen.width) + "x" + std::to_string(screen.height),
        "--theme",
        theme == ThemeName::Dark ? "dark" : "light",
        "--text-size",
        text_size == TextSize::Largest ? "largest" : text_size == TextSize::Large ? "large"
                                                                                  : "normal",
        "--label",
        label,
        "--caption",
        caption,
    };
}

std::optional<CallBarOptions> CallBarOptions::parse(const std::vector<std::string>& arguments)
{
    CallBarOptions options;
    bool placed = false;
    for (size_t i = 0; i + 1 < arguments.size(); i += 2) {
        auto& key = arguments[i];
        auto& value = arguments[i + 1];
        if (key == "--place") {
            std::vector<float> numbers;
            size_t start = 0;
            for (size_t comma; (comma = value.find(',', start)) != std::string::npos; start = comma + 1)
                if (auto n = number(value.substr(start, comma - start)))
                    numbers.push_back(*n);
            if (auto n = number(value.substr(start)))
                numbers.push_back(*n);
            if (numbers.size() != 4 || numbers[2] < 1 || numbers[3] < 1)
                return std::nullopt;
            options.place = { numbers[0], numbers[1], numbers[2], numbers[3] };
            placed = true;
        } else if (key == "--screen") {
            auto size = PixelSize::parse(value);
            if (!size)
                return std::nullopt;
            options.screen = *size;
        } else if (key == "--theme") {
            options.theme = value == "dark" ? ThemeName::Dark : ThemeName::Light;
        } else if (key == "--text-size") {
            options.text_size = value == "largest" ? TextSize::Largest : value == "large" ? TextSize::Large
                                                                                          : TextSize::Normal;
        } else if (key == "--label") {
            options.label = value;
        } else if (key == "--caption") {
            options.caption = value;
        } else {
            return std::nullopt;
        }
    }
    if (!placed || options.label.empty() || arguments.size() % 2)
        return std::nullopt;
    return options;
}

int run_call_bar(const CallBarOptions& options)
{
    // The bar belongs to the Foyer that started it: if that Foyer dies, the bar goes too.
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    std::signal(SIGTERM, on_stop_signal);
    std::signal(SIGINT, on_stop_signal);
    ActivityLog activity;
    auto size = PixelSize { int(std::lround(options.place.width)), int(std::lround(options.place.height)) };
    auto opened = Window::open(WindowMode::AlwaysOnTop, size, { int(std::lround(options.place.x)), int(std::lround(options.place.y)) },
        options.label.c_str());
    if (opened.is_error()) {
        log_warning("hang-up bar: " + opened.error().detail());
        return int(CallBarExit::NoWindow);
    }
    auto window = opened.release_value();
    FontSet fonts(data_dir());
    auto metrics = compute_metrics(float(options.screen.width), float(options.screen.height), options.text_size);
    if (fonts.build(*ImGui::GetIO().Fonts, metrics))
        window->reload_fonts();
    auto& theme = theme_for(options.theme);
    Interaction interaction;
    std::atomic<bool> hang_up { false };
    Keeper keeper(window->x11_window(), hang_up);
    std::string last_targets;

    auto draw = [&] {
        auto bar = window->size();
        ImGui::SetNextWindowPos({ 0, 0 });
        ImGui::SetNextWindowSize({ float(bar.width), float(bar.height) });
        ImGui::Begin("hang-up", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoBackground);
        Ui ui(*ImGui::GetWindowDrawList(), fonts, metrics, theme, interaction);
        Rect whole { 0, 0, float(bar.width), float(bar.height) };
        ui.fill({ -metrics.corner, -metrics.corner, whole.width + 2 * metrics.corner, whole.height + 2 * metrics.corner }, SwatchRole::HangUp);
        // The whole bar is the button: the largest target there can be, its word in the home tiles' type
        // when it fits.
        auto font = ui.button_width(Icon::HangUp, options.label, FontRole::Label) <= whole.width
                && metrics.font(FontRole::Label) * 1.15f <= whole.height
            ? FontRole::Label
            : FontRole::Heading;
        if (ui.button("hangup", whole, Icon::HangUp, options.label, SwatchRole::HangUp, font))
            hang_up = true;
        // What the bar does, written at its left when there is room beside the centred label.
        float label_width = ui.button_width(Icon::HangUp, options.label, font);
        float side = (whole.width - label_width) / 2 - 2 * metrics.gap;
        float large = metrics.font(FontRole::Large);
        if (!options.caption.empty() && ui.text_width(options.caption, FontRole::Large) <= side
            && ui.text_height(options.caption, FontRole::Large, side) <= whole.height)
            ui.text({ metrics.gap, whole.center().y - large * 0.6f, side, whole.height }, options.caption, FontRole::Large, SwatchRole::HangUp);
        ImGui::End();
        auto targets = ui.take_targets();
        // The same "targets" line as Foyer's, with the place on the screen, for tests and traces.
        std::string line = "hangup";
        for (auto& target : targets)
            line += " " + target.id + "@" + std::to_string(int(options.place.x + target.rect.x)) + ","
                + std::to_string(int(options.place.y + target.rect.y)) + "," + std::to_string(int(target.rect.width)) + ","
                + std::to_string(int(target.rect.height));
        if (line != last_targets)
            activity.record("targets", last_targets = line);
        interaction.set_targets(std::move(targets), window->time());
        interaction.end_frame();
    };

    bool dirty = true;
    while (!window->should_close() && !g_stop_requested) {
        // A press is taken by the button while it is drawn: draw, then look at what it decided.
        if (dirty) {
            dirty = false;
            window->frame(theme.swatch(SwatchRole::HangUp).background, draw);
        }
        if (hang_up)
            break;
        // Poll while a button is held so a quick tap is never lost (RECIPES.md); otherwise sleep.
        if (ImGui::IsAnyMouseDown())
            window->poll();
        else
            window->wait(std::nullopt);
        for (auto& event : window->take_events()) {
            // Escape and Home on the bar itself end the call too (when it has the keyboard).
            if (event.kind == InputEvent::Kind::Key && event.key == NavKey::Home)
                hang_up = true;
            else if (interaction.handle(event) != Outcome::Nothing)
                dirty = true;
        }
        if (window->take_damage() || hang_up)
            dirty = true;
    }
    if (hang_up) {
        activity.record("activate", "hangup");
        return int(CallBarExit::HungUp);
    }
    return 1;
}

}
