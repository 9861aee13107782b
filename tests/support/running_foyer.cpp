// Starting foyer for integration tests: private HOME, XDG dirs, a null ALSA sink, FOYER_TRACE, a short
// repeat guard.
#include "running_foyer.hpp"

#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <strings.h>
#include <thread>

namespace Foyer::Testing {

namespace {

// Where the last trace line of that kind starts ("<ms> <kind> <detail>"), or npos.
size_t last_line_of_kind(const std::string& text, const std::string& kind)
{
    auto needle = " " + kind + " ";
    for (auto at = text.rfind(needle); at != std::string::npos; at = at == 0 ? std::string::npos : text.rfind(needle, at - 1)) {
        auto line_start = text.rfind('\n', at);
        line_start = line_start == std::string::npos ? 0 : line_start + 1;
        // Only the line's kind counts, not the same word in what is said.
        if (line_start < at && std::all_of(text.begin() + long(line_start), text.begin() + long(at), [](char c) { return c >= '0' && c <= '9'; }))
            return at;
    }
    return std::string::npos;
}

// Whether the last "targets" line is the current screen's: it names the screen of the last "screen" line.
// (A new screen is drawn, and its targets traced, in the frame after its "screen" line; a screen announced
// again keeps its targets line, which is traced only when it changes.)
bool current_screen_drawn(const std::string& text)
{
    auto targets = last_line_of_kind(text, "targets");
    if (targets == std::string::npos)
        return false;
    auto screen = last_line_of_kind(text, "screen");
    if (screen == std::string::npos)
        return true;
    auto id_start = screen + 8;
    auto screen_id = text.substr(id_start, text.find('\n', id_start) - id_start);
    return text.compare(targets + 9, screen_id.size() + 1, screen_id + " ") == 0
        || text.compare(targets + 9, screen_id.size() + 1, screen_id + "\n") == 0;
}

bool is_press_key(const std::string& name)
{
    for (auto* press : { "Return", "KP_Enter", "space", "Escape", "Home" })
        if (strcasecmp(name.c_str(), press) == 0)
            return true;
    return false;
}

}

RunningFoyer::RunningFoyer(int width, int height, std::vector<std::string> extra_args, std::string settings,
    std::string asoundrc, SettingsFile settings_file)
    : m_width(width)
    , m_height(height)
{
    if (auto missing = Xvfb::missing_tools()) {
        m_problem = *missing;
        return;
    }
    m_home = temporary_directory("home");
    m_trace = m_home + "/trace.log";
    // By default a silent sound card: speech is synthesised and "played" for real, nowhere (RECIPES.md).
    write_text(m_home + "/.asoundrc", asoundrc);
    if (!settings.empty() || settings_file == SettingsFile::Write)
        write_text(settings_path(), settings);
    m_xvfb = std::make_unique<Xvfb>(width, height);
    if (!m_xvfb->ready()) {
        m_problem = "Xvfb did not start: " + m_xvfb->problem();
        return;
    }
    std::vector<std::string> argv { FOYER_BINARY };
    auto marker = std::find(extra_args.begin(), extra_args.end(), language_from_settings);
    if (marker != extra_args.end())
        extra_args.erase(marker);
    else if (std::find(extra_args.begin(), extra_args.end(), "--lang") == extra_args.end())
        argv.insert(argv.end(), { "--lang", "fr" });
    auto real_guard = std::find(extra_args.begin(), extra_args.end(), real_repeat_guard);
    m_real_guard = real_guard != extra_args.end();
    if (m_real_guard)
        extra_args.erase(real_guard);
    argv.insert(argv.end(), extra_args.begin(), extra_args.end());
    std::map<std::string, std::string> environment {
        { "DISPLAY", m_xvfb->display() },
        { "HOME", m_home },
        { "XDG_CONFIG_HOME", m_home + "/.config" },
        { "XDG_STATE_HOME", m_home + "/.local/state" },
        { "FOYER_TRACE", m_trace },
        { "FOYER_DATA_DIR", std::string(FOYER_BUILD_DIR) + "/share/foyer" },
        // An empty value is the real guard (Interaction::repeat_guard_from_setting).
        { "FOYER_REPEAT_GUARD_MS", m_real_guard ? "" : std::to_string(test_repeat_guard.count()) },
    };
    m_argv = argv;
    m_environment = environment;
    m_foyer = std::make_unique<Process>(argv, environment, m_home + "/foyer.out");
    if (!m_foyer->started()) {
        m_problem = "foyer did not start";
        return;
    }
    if (!wait_for_trace(" ready "))
        m_problem = "foyer did not show its first screen; its output:\n" + read_text(m_home + "/foyer.out");
    // Keep the pointer out of the way, as a person resting their hand would.
    m_xvfb->xdotool({ "mousemove", "0", "0" });
}

bool RunningFoyer::kill_and_start_again()
{
    if (!m_foyer)
        return false;
    m_foyer->signal(SIGKILL);
    if (!m_foyer->wait(std::chrono::seconds(10)))
        return false;
    std::rename(m_trace.c_str(), (m_home + "/trace-before-kill.log").c_str());
    m_foyer = std::make_unique<Process>(m_argv, m_environment, m_home + "/foyer.out");
    if (!m_foyer->started() || !wait_for_trace(" ready "))
        return false;
    m_xvfb->xdotool({ "mousemove", "0", "0" });
    return true;
}

RunningFoyer::~RunningFoyer()
{
    if (m_foyer)
        m_foyer->stop();
}

std::string RunningFoyer::trace() const
{
    return read_text(m_trace);
}

size_t RunningFoyer::count_in_trace(const std::string& needle) const
{
    auto text = trace();
    size_t count = 0;
    for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size()))
        ++count;
    return count;
}

long RunningFoyer::trace_time(const std::string& needle) const
{
    auto text = trace();
    auto at = text.find(needle);
    if (at == std::string::npos)
        return -1;
    auto line_start = text.rfind('\n', at);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    return std::atol(text.c_str() + line_start);
}

bool RunningFoyer::wait_for_trace(const std::string& needle, size_t occurrences, std::chrono::milliseconds timeout) const
{
    return eventually([&] { return count_in_trace(needle) >= occurrences; }, timeout);
}

bool RunningFoyer::type_into(const std::string& field_id, const std::string& text)
{
    // A field has the keyboard one frame after the focus reached it ("typing ID" in the trace, after the
    // "focus" line): keys typed before that would be lost.
    auto ready = [&] {
        auto lines = trace();
        auto typing = last_line_of_kind(lines, "typing");
        if (typing == std::string::npos)
            return false;
        auto focus = last_line_of_kind(lines, "focus");
        auto screen = last_line_of_kind(lines, "screen");
        if ((focus != std::string::npos && focus > typing) || (screen != std::string::npos && screen > typing))
            return false;
        return lines.substr(typing + 8, lines.find('\n', typing) - typing - 8) == field_id;
    };
    if (!eventually(ready))
        return false;
    return m_xvfb->xdotool({ "type", "--delay", "20", text });
}

void RunningFoyer::keep_presses_apart()
{
    auto guard = m_real_guard ? std::chrono::milliseconds(800) : test_repeat_guard;
    auto due = m_last_press + 2 * guard;
    if (std::chrono::steady_clock::now() < due)
        std::this_thread::sleep_until(due);
    m_last_press = std::chrono::steady_clock::now();
}

bool RunningFoyer::click(float x, float y)
{
    keep_presses_apart();
    return m_xvfb->xdotool({ "mousemove", std::to_string(int(x)), std::to_string(int(y)), "click", "1" });
}

std::optional<Point> RunningFoyer::where(const std::string& widget_id) const
{
    auto rect = rect_of(widget_id);
    if (!rect)
        return std::nullopt;
    return Point { rect->x + float(int(rect->width) / 2), rect->y + float(int(rect->height) / 2) };
}

std::optional<Rect> RunningFoyer::rect_of(const std::string& widget_id) const
{
    auto text = trace();
    auto needle = " " + widget_id + "@";
    // The last "targets" line is the screen as it is now, unless a new screen has arrived and is not drawn
    // yet: a press now would land on nothing (or on the old screen's place for a widget both have).
    if (!current_screen_drawn(text))
        return std::nullopt;
    auto line_start = last_line_of_kind(text, "targets");
    auto line_end = text.find('\n', line_start);
    auto line = text.substr(line_start, line_end == std::string::npos ? std::string::npos : line_end - line_start) + " ";
    auto at = line.find(needle);
    if (at == std::string::npos)
        return std::nullopt;
    int x = 0, y = 0, w = 0, h = 0;
    if (std::sscanf(line.c_str() + at + needle.size(), "%d,%d,%d,%d", &x, &y, &w, &h) != 4)
        return std::nullopt;
    return Rect { float(x), float(y), float(w), float(h) };
}

bool RunningFoyer::wait_for_widget(const std::string& widget_id, std::chrono::milliseconds timeout) const
{
    return eventually([&] { return where(widget_id).has_value(); }, timeout);
}

bool RunningFoyer::press(const std::string& widget_id, std::chrono::milliseconds timeout)
{
    std::optional<Point> at;
    if (!eventually([&] { return (at = where(widget_id)).has_value(); }, timeout))
        return false;
    return click(at->x, at->y);
}

bool RunningFoyer::tap(float x, float y)
{
    keep_presses_apart();
    return m_xvfb->xdotool({ "mousemove", std::to_string(int(x)), std::to_string(int(y)), "mousedown", "1", "mouseup", "1" });
}

bool RunningFoyer::key_to(const std::string& widget_id)
{
    // Tab before the screen is drawn would find no targets and be lost: wait for its "targets" line.
    if (!eventually([&] { return current_screen_drawn(trace()); }))
        return false;
    // Already there (focus lines after the last screen change)?
    auto text = trace();
    auto last_focus = last_line_of_kind(text, "focus");
    auto last_screen = last_line_of_kind(text, "screen");
    if (last_focus != std::string::npos && (last_screen == std::string::npos || last_focus > last_screen)
        && text.substr(last_focus + 7, text.find('\n', last_focus) - last_focus - 7) == widget_id)
        return true;
    for (int presses = 0; presses < 30; ++presses) {
        auto before = count_in_trace(" focus ");
        if (!key("Tab") || !wait_for_trace(" focus ", before + 1, std::chrono::seconds(5)))
            return false;
        auto text = trace();
        auto last = text.rfind(" focus ");
        auto line = text.substr(last + 7, text.find('\n', last) - last - 7);
        if (line == widget_id)
            return true;
    }
    return false;
}

bool RunningFoyer::key(const std::string& name)
{
    if (is_press_key(name))
        keep_presses_apart();
    return m_xvfb->xdotool({ "key", name });
}

bool RunningFoyer::chord(const std::string& keys)
{
    if (!m_xvfb->xdotool({ "keydown", keys }))
        return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    return m_xvfb->xdotool({ "keyup", keys });
}

RgbaImage RunningFoyer::grab() const
{
    RgbaImage image;
    Display* display = XOpenDisplay(m_xvfb->display().c_str());
    if (!display)
        return image;
    Window root = DefaultRootWindow(display);
    XImage* x = XGetImage(display, root, 0, 0, unsigned(m_width), unsigned(m_height), AllPlanes, ZPixmap);
    if (x) {
        image.width = m_width;
        image.height = m_height;
        image.pixels.resize(size_t(m_width) * size_t(m_height) * 4);
        for (int y = 0; y < m_height; ++y) {
            for (int px = 0; px < m_width; ++px) {
                unsigned long pixel = XGetPixel(x, px, y);
                auto* out = &image.pixels[(size_t(y) * size_t(m_width) + size_t(px)) * 4];
                out[0] = uint8_t((pixel & x->red_mask) >> 16);
                out[1] = uint8_t((pixel & x->green_mask) >> 8);
                out[2] = uint8_t(pixel & x->blue_mask);
                out[3] = 255;
            }
        }
        XDestroyImage(x);
    }
    XCloseDisplay(display);
    return image;
}

RgbaImage RunningFoyer::expected(const std::string& screen, const std::string& language) const
{
    auto path = m_home + "/expected-" + screen + ".png";
    auto size = std::to_string(m_width) + "x" + std::to_string(m_height);
    auto shot = run({ FOYER_BINARY, "--screenshot", path, "--size", size, "--screen", screen, "--lang", language },
        { { "DISPLAY", m_xvfb->display() }, { "HOME", m_home }, { "XDG_CONFIG_HOME", m_home + "/.config" },
            { "XDG_STATE_HOME", m_home + "/.local/state" } });
    auto image = decode_png(read_text(path));
    if (shot.exit_code != 0 || image.is_error())
        return {};
    return image.release_value();
}

double RunningFoyer::difference_from_expected(const std::string& screen, const std::string& language, std::chrono::milliseconds settle) const
{
    double share = 1.0;
    for (int attempt = 0; attempt < 2 && share > 0.001; ++attempt) {
        auto wanted = expected(screen, language);
        // Waiting for the pixels themselves: the frame that shows what the trace announced may still be
        // on its way to the X server.
        eventually([&] { return (share = difference(grab(), wanted)) <= 0.001; }, attempt == 0 ? settle : std::chrono::milliseconds(500));
    }
    return share;
}

double difference(const RgbaImage& a, const RgbaImage& b, int channel_tolerance)
{
    if (a.width != b.width || a.height != b.height || a.pixels.empty())
        return 1.0;
    size_t different = 0;
    for (size_t i = 0; i + 3 < a.pixels.size(); i += 4) {
        bool differs = false;
        for (size_t c = 0; c < 3; ++c)
            differs |= std::abs(int(a.pixels[i + c]) - int(b.pixels[i + c])) > channel_tolerance;
        different += differs;
    }
    return double(different) / double(size_t(a.width) * size_t(a.height));
}

std::string french_greeting_now()
{
    time_t now = time(nullptr);
    struct tm parts { };
    localtime_r(&now, &parts);
    return parts.tm_hour < 18 ? "Bonjour" : "Bonsoir";
}

}
