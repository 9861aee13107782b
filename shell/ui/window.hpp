// The only place that talks to GLFW and OpenGL: the window, its events, frames, and off-screen pictures.
#pragma once

#include "../core/cli.hpp"
#include "../core/error.hpp"
#include "../core/input/interaction.hpp"
#include "../core/system/png.hpp"
#include "../core/theme/color.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct GLFWwindow;

namespace Foyer {

enum class WindowMode {
    // Covers the primary monitor, for a senior's session.
    FullScreen,
    Windowed,
    // Never shown: for drawing screenshots.
    Hidden,
};

class Window {
public:
    static ErrorOr<std::unique_ptr<Window>> open(WindowMode, PixelSize);
    ~Window();

    bool should_close() const;
    // Ends the main loop after the current frame.
    void close();
    // Sleeps until input, a wake() from another thread, or the timeout (seconds). Never spins.
    void wait(std::optional<double> timeout_seconds);
    // Collects pending events without sleeping.
    void poll();
    // Thread-safe: makes wait() return (after a worker posted something to the run queue).
    static void wake();
    // Monotonic seconds.
    double time() const;

    std::vector<InputEvent> take_events();
    // True once after the window was resized, exposed or refocused: the picture must be drawn again.
    bool take_damage();
    PixelSize size() const;

    // One frame: ImGui's new frame, `draw` (which issues ImGui draw commands), then render and present.
    void frame(Color clear, const std::function<void()>& draw);
    // The same, rendered off screen at exactly `size` and read back (for --screenshot and help reports).
    ErrorOr<RgbaImage> capture(PixelSize size, Color clear, const std::function<void()>& draw);
    // Whether Foyer's window has the keyboard (is in front).
    bool focused() const;
    // The whole X screen as the senior sees it (empty when it cannot be read).
    RgbaImage capture_desktop() const;
    // Uploads the font atlas (as an alpha-only texture) after it was rebuilt.
    void reload_fonts();

private:
    Window() = default;
    static void on_key(GLFWwindow*, int key, int scancode, int action, int mods);
    static void on_mouse_button(GLFWwindow*, int button, int action, int mods);
    static void on_char(GLFWwindow*, unsigned int codepoint);
    static void on_damage(GLFWwindow*);
    static void on_focus(GLFWwindow*, int focused);
    static void on_size(GLFWwindow*, int width, int height);
    void push_event(InputEvent);

    GLFWwindow* m_window { nullptr };
    unsigned m_font_texture { 0 };
    std::vector<InputEvent> m_events;
    bool m_damaged { true };
};

}
