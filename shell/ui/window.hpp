// The only place that talks to GLFW and X11: the window, its events, frames, and pictures of the screen.
// Frames are drawn by the software renderer and put on the window as an X image: no OpenGL context.
#pragma once

#include "../core/cli.hpp"
#include "../core/error.hpp"
#include "../core/input/interaction.hpp"
#include "../core/system/png.hpp"
#include "../core/theme/color.hpp"
#include "software_renderer.hpp"

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
    // A small undecorated window at a given place, kept above the others (a video call's hang-up bar).
    // It never takes the keyboard by itself: the call keeps it.
    AlwaysOnTop,
};

struct PixelPoint {
    int x { 0 };
    int y { 0 };
};

class Window {
public:
    // `position` places an AlwaysOnTop window (top-left corner, in screen pixels).
    static ErrorOr<std::unique_ptr<Window>> open(WindowMode, PixelSize, PixelPoint position = {}, const char* title = "Foyer");
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
    // The same, rendered off screen at exactly `size` (for --screenshot and help reports).
    ErrorOr<RgbaImage> capture(PixelSize size, Color clear, const std::function<void()>& draw);
    SoftwareRenderer& renderer() { return m_renderer; }
    // Whether Foyer's window has the keyboard (is in front).
    bool focused() const;
    // The whole X screen as the senior sees it (empty when it cannot be read).
    RgbaImage capture_desktop() const;
    // Shows the window in front and gives it the keyboard.
    void bring_to_front();
    // The X11 window, for code that keeps it on top with its own X connection (0 without X11).
    unsigned long x11_window() const;
    // Hands the font atlas to the renderer after it was rebuilt (and frees ImGui's copy).
    void reload_fonts();
    // While a text box has the focus, characters and editing keys are sent as text (Tab, Escape and Home
    // keep their meaning).
    void set_editing(bool editing) { m_editing = editing; }

private:
    Window() = default;
    static void on_key(GLFWwindow*, int key, int scancode, int action, int mods);
    static void on_char(GLFWwindow*, unsigned int codepoint);
    // ImGui 1.86 reads keys as "down" at the start of a frame: a key pressed and released between two frames
    // (a quick Backspace, xdotool's Ctrl+A, a frame that took long) would never reach a text field. These
    // keep such a key down for the frame that follows, and let it go after it.
    void hold_quick_keys();
    void release_held_keys();
    static void on_mouse_button(GLFWwindow*, int button, int action, int mods);
    static void on_damage(GLFWwindow*);
    static void on_focus(GLFWwindow*, int focused);
    static void on_size(GLFWwindow*, int width, int height);
    void push_event(InputEvent);

    void present();

    GLFWwindow* m_window { nullptr };
    SoftwareRenderer m_renderer;
    Framebuffer m_frame;
    std::vector<InputEvent> m_events;
    bool m_damaged { true };
    bool m_editing { false };
    // Keys pressed since the last frame, and those held down for one frame only because they were already
    // released when it began (see hold_quick_keys).
    std::vector<int> m_pressed_keys;
    std::vector<int> m_held_keys;
};

}
