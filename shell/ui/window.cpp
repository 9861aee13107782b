// GLFW window with no OpenGL context, ImGui's GLFW back end for input, the software renderer for
// frames, and XPutImage to show them.
#include "window.hpp"

#include "../core/system/log.hpp"

#include <GLFW/glfw3.h>
#define GLFW_EXPOSE_NATIVE_X11
#include <GLFW/glfw3native.h>
#include <X11/Xutil.h>
#include <backends/imgui_impl_glfw.h>
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace Foyer {

namespace {

void on_glfw_error(int code, const char* description)
{
    log_warning("glfw: error " + std::to_string(code) + ": " + description);
}

Error no_display(std::string detail)
{
    return Error::plain(N_("Foyer needs a screen, and none was found. Start it from the Foyer session on the "
                           "login screen, or from a terminal inside a desktop. To try it without a screen, "
                           "run it under Xvfb: xvfb-run -s \"-screen 0 1920x1080x24\" foyer --window 1920x1080"),
        {}, std::move(detail));
}

}

ErrorOr<std::unique_ptr<Window>> Window::open(WindowMode mode, PixelSize size, PixelPoint position, const char* title)
{
    const char* x_display = std::getenv("DISPLAY");
    const char* wayland_display = std::getenv("WAYLAND_DISPLAY");
    if ((!x_display || !*x_display) && (!wayland_display || !*wayland_display))
        return no_display("neither DISPLAY nor WAYLAND_DISPLAY is set");
    glfwSetErrorCallback(on_glfw_error);
    if (!glfwInit())
        return no_display(std::string("glfwInit failed (DISPLAY=") + (x_display ? x_display : "") + ")");

    glfwWindowHint(GLFW_CLIENT_API, GLFW_NO_API);
    // A video call's browser comes in front of Foyer; Foyer must not minimise itself when that happens.
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);
    glfwWindowHint(GLFW_VISIBLE, mode == WindowMode::Hidden ? GLFW_FALSE : GLFW_TRUE);
    if (mode == WindowMode::AlwaysOnTop) {
        glfwWindowHint(GLFW_FLOATING, GLFW_TRUE);
        glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);
        glfwWindowHint(GLFW_RESIZABLE, GLFW_FALSE);
        glfwWindowHint(GLFW_FOCUS_ON_SHOW, GLFW_FALSE);
        glfwWindowHint(GLFW_FOCUSED, GLFW_FALSE);
        glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    }

    std::unique_ptr<Window> window(new Window);
    GLFWmonitor* monitor = nullptr;
    int width = size.width;
    int height = size.height;
    if (mode == WindowMode::FullScreen) {
        monitor = glfwGetPrimaryMonitor();
        if (const GLFWvidmode* video = monitor ? glfwGetVideoMode(monitor) : nullptr) {
            // The monitor's current mode: no mode switch, no flicker.
            glfwWindowHint(GLFW_RED_BITS, video->redBits);
            glfwWindowHint(GLFW_GREEN_BITS, video->greenBits);
            glfwWindowHint(GLFW_BLUE_BITS, video->blueBits);
            glfwWindowHint(GLFW_REFRESH_RATE, video->refreshRate);
            width = video->width;
            height = video->height;
        } else {
            monitor = nullptr;
        }
    }
    window->m_window = glfwCreateWindow(width, height, title, monitor, nullptr);
    if (!window->m_window) {
        glfwTerminate();
        return no_display("glfwCreateWindow failed");
    }
    if (mode == WindowMode::AlwaysOnTop) {
        // Placed before it is shown, so it never appears anywhere else first.
        glfwSetWindowPos(window->m_window, position.x, position.y);
        glfwShowWindow(window->m_window);
    }
    glfwSetWindowUserPointer(window->m_window, window.get());

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    // Frames are drawn on events only: a blinking caret would freeze half the time, so it does not blink.
    io.ConfigInputTextCursorBlink = false;
    // Foyer's own callbacks go first; ImGui's back end chains to them (install_callbacks = true), so text
    // fields keep working with ImGui while Foyer resolves presses and keys itself.
    glfwSetKeyCallback(window->m_window, on_key);
    glfwSetCharCallback(window->m_window, on_char);
    glfwSetMouseButtonCallback(window->m_window, on_mouse_button);
    glfwSetWindowRefreshCallback(window->m_window, on_damage);
    glfwSetWindowFocusCallback(window->m_window, on_focus);
    glfwSetWindowSizeCallback(window->m_window, on_size);
    ImGui_ImplGlfw_InitForOther(window->m_window, true);
    io.BackendRendererName = "foyer-software";
    return window;
}

Window::~Window()
{
    if (!m_window)
        return;
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(m_window);
    glfwTerminate();
}

bool Window::should_close() const
{
    return glfwWindowShouldClose(m_window);
}

void Window::close()
{
    glfwSetWindowShouldClose(m_window, GLFW_TRUE);
}

void Window::wait(std::optional<double> timeout)
{
    if (!timeout) {
        glfwWaitEvents();
        return;
    }
    // glfwWaitEventsTimeout needs a positive, finite timeout (RECIPES.md).
    if (!(*timeout > 0.0005)) {
        glfwPollEvents();
        return;
    }
    glfwWaitEventsTimeout(std::min(*timeout, 3600.0));
}

void Window::poll()
{
    glfwPollEvents();
}

void Window::wake()
{
    glfwPostEmptyEvent();
}

double Window::time() const
{
    return glfwGetTime();
}

std::vector<InputEvent> Window::take_events()
{
    return std::exchange(m_events, {});
}

bool Window::take_damage()
{
    return std::exchange(m_damaged, false);
}

PixelSize Window::size() const
{
    int width = 0, height = 0;
    glfwGetWindowSize(m_window, &width, &height);
    return { width, height };
}

void Window::push_event(InputEvent event)
{
    event.time = glfwGetTime();
    m_events.push_back(event);
}

void Window::on_char(GLFWwindow* glfw, unsigned int codepoint)
{
    auto* self = static_cast<Window*>(glfwGetWindowUserPointer(glfw));
    // In a text field, the character itself goes to ImGui's callback, chained after this one; the frame
    // must be drawn. In a text area, Foyer edits the text itself.
    self->m_damaged = true;
    if (!self->m_editing)
        return;
    InputEvent event { InputEvent::Kind::Text, {}, NavKey::Activate, 0 };
    event.text = { TextInput::Kind::Character, codepoint, EditKey::NewLine };
    self->push_event(event);
}

void Window::on_key(GLFWwindow* glfw, int key, int, int action, int mods)
{
    auto* self = static_cast<Window*>(glfwGetWindowUserPointer(glfw));
    if (action == GLFW_PRESS && key >= 0 && key < int(IM_ARRAYSIZE(ImGuiIO::KeysDown)))
        self->m_pressed_keys.push_back(key);
    if (self->m_editing && (action == GLFW_PRESS || action == GLFW_REPEAT)) {
        // Writing: held keys repeat as in any text box (holding Backspace rubs out). Characters come
        // through on_char; Tab, Escape and Home still mean "next" and "home" below.
        std::optional<EditKey> edit;
        switch (key) {
        case GLFW_KEY_BACKSPACE:
            edit = EditKey::Backspace;
            break;
        case GLFW_KEY_DELETE:
            edit = EditKey::Delete;
            break;
        case GLFW_KEY_LEFT:
            edit = EditKey::Left;
            break;
        case GLFW_KEY_RIGHT:
            edit = EditKey::Right;
            break;
        case GLFW_KEY_UP:
            edit = EditKey::Up;
            break;
        case GLFW_KEY_DOWN:
            edit = EditKey::Down;
            break;
        case GLFW_KEY_END:
            edit = EditKey::LineEnd;
            break;
        case GLFW_KEY_ENTER:
        case GLFW_KEY_KP_ENTER:
            edit = EditKey::NewLine;
            break;
        default:
            break;
        }
        if (edit) {
            InputEvent event { InputEvent::Kind::Text, {}, NavKey::Activate, 0 };
            event.text = { TextInput::Kind::Edit, 0, *edit };
            self->push_event(event);
            return;
        }
        // Space is a character while writing.
        if (key == GLFW_KEY_SPACE)
            return;
    }
    bool typing = ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput;
    // A text field draws what each key (and each repeat of a held Backspace) did: draw a frame.
    if (typing)
        self->m_damaged = true;
    // Held keys repeat; a senior resting a finger on Enter must not press twice.
    if (action != GLFW_PRESS)
        return;
    if (key == GLFW_KEY_F && (mods & GLFW_MOD_CONTROL) && (mods & GLFW_MOD_ALT)) {
        self->push_event({ InputEvent::Kind::Key, {}, NavKey::Family, 0 });
        return;
    }
    // While a text field has the keyboard, keys belong to it, except those that leave it (Interaction).
    if (typing) {
        switch (key) {
        case GLFW_KEY_TAB:
        case GLFW_KEY_ENTER:
        case GLFW_KEY_KP_ENTER:
        case GLFW_KEY_ESCAPE:
        case GLFW_KEY_UP:
        case GLFW_KEY_DOWN:
            break;
        default:
            return;
        }
    }
    std::optional<NavKey> nav;
    switch (key) {
    case GLFW_KEY_UP:
        nav = NavKey::Up;
        break;
    case GLFW_KEY_DOWN:
        nav = NavKey::Down;
        break;
    case GLFW_KEY_LEFT:
        nav = NavKey::Left;
        break;
    case GLFW_KEY_RIGHT:
        nav = NavKey::Right;
        break;
    case GLFW_KEY_TAB:
        nav = (mods & GLFW_MOD_SHIFT) ? NavKey::Previous : NavKey::Next;
        break;
    case GLFW_KEY_ENTER:
    case GLFW_KEY_KP_ENTER:
    case GLFW_KEY_SPACE:
        nav = NavKey::Activate;
        break;
    case GLFW_KEY_ESCAPE:
    case GLFW_KEY_HOME:
        nav = NavKey::Home;
        break;
    default:
        break;
    }
    if (nav)
        self->push_event({ InputEvent::Kind::Key, {}, *nav, 0 });
}

void Window::on_mouse_button(GLFWwindow* glfw, int, int action, int)
{
    // Any button: a senior who presses the right button by mistake still gets what they pointed at.
    auto* self = static_cast<Window*>(glfwGetWindowUserPointer(glfw));
    double x = 0, y = 0;
    glfwGetCursorPos(glfw, &x, &y);
    auto kind = action == GLFW_PRESS ? InputEvent::Kind::MouseDown : InputEvent::Kind::MouseUp;
    self->push_event({ kind, { float(x), float(y) }, NavKey::Activate, 0 });
}

void Window::on_damage(GLFWwindow* glfw)
{
    static_cast<Window*>(glfwGetWindowUserPointer(glfw))->m_damaged = true;
}

void Window::on_focus(GLFWwindow* glfw, int)
{
    on_damage(glfw);
}

void Window::on_size(GLFWwindow* glfw, int, int)
{
    on_damage(glfw);
}

namespace {

void update_modifiers(ImGuiIO& io)
{
    io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL];
    io.KeyShift = io.KeysDown[GLFW_KEY_LEFT_SHIFT] || io.KeysDown[GLFW_KEY_RIGHT_SHIFT];
    io.KeyAlt = io.KeysDown[GLFW_KEY_LEFT_ALT] || io.KeysDown[GLFW_KEY_RIGHT_ALT];
    io.KeySuper = io.KeysDown[GLFW_KEY_LEFT_SUPER] || io.KeysDown[GLFW_KEY_RIGHT_SUPER];
}

}

void Window::hold_quick_keys()
{
    auto& io = ImGui::GetIO();
    for (int key : std::exchange(m_pressed_keys, {})) {
        if (!io.KeysDown[key]) {
            io.KeysDown[key] = true;
            m_held_keys.push_back(key);
        }
    }
    if (!m_held_keys.empty())
        update_modifiers(io);
}

void Window::release_held_keys()
{
    if (m_held_keys.empty())
        return;
    auto& io = ImGui::GetIO();
    for (int key : std::exchange(m_held_keys, {}))
        io.KeysDown[key] = glfwGetKey(m_window, key) == GLFW_PRESS;
    update_modifiers(io);
}

void Window::frame(Color clear, const std::function<void()>& draw)
{
    ImGui_ImplGlfw_NewFrame();
    hold_quick_keys();
    ImGui::NewFrame();
    draw();
    ImGui::Render();
    release_held_keys();
    int width = 0, height = 0;
    glfwGetFramebufferSize(m_window, &width, &height);
    if (width != m_frame.width || height != m_frame.height)
        m_frame.resize(width, height);
    m_renderer.render(*ImGui::GetDrawData(), m_frame, clear);
    present();
}

void Window::present()
{
    Display* display = glfwGetX11Display();
    ::Window target = glfwGetX11Window(m_window);
    if (!display || !target || m_frame.pixels.empty())
        return;
    XWindowAttributes attributes {};
    XGetWindowAttributes(display, target, &attributes);
    // A 24-bit TrueColor visual stores 0x00RRGGBB in 32 bits: the framebuffer goes as it is. Other
    // visuals (rare today) get nothing rather than wrong colours, and the log says so.
    if (attributes.depth < 24 || attributes.visual->red_mask != 0xFF0000 || attributes.visual->blue_mask != 0xFF) {
        static bool told = false;
        if (!told)
            log_error("window: the X visual is not 24-bit RGB; Foyer cannot draw on this display");
        told = true;
        return;
    }
    XImage* image = XCreateImage(display, attributes.visual, unsigned(attributes.depth), ZPixmap, 0,
        reinterpret_cast<char*>(m_frame.pixels.data()), unsigned(m_frame.width), unsigned(m_frame.height), 32, 0);
    if (!image)
        return;
    GC gc = DefaultGC(display, DefaultScreen(display));
    XPutImage(display, target, gc, image, 0, 0, 0, 0, unsigned(m_frame.width), unsigned(m_frame.height));
    // The pixels belong to the framebuffer, not to the image.
    image->data = nullptr;
    XDestroyImage(image);
    XFlush(display);
}

ErrorOr<RgbaImage> Window::capture(PixelSize size, Color clear, const std::function<void()>& draw)
{
    ImGui_ImplGlfw_NewFrame();
    // The picture has its own size, whatever the window's; and no pointer anywhere.
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(size.width), float(size.height));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    ImGui::NewFrame();
    draw();
    ImGui::Render();
    Framebuffer picture;
    picture.resize(size.width, size.height);
    m_renderer.render(*ImGui::GetDrawData(), picture, clear);
    return picture.to_rgba();
}

void Window::bring_to_front()
{
    glfwShowWindow(m_window);
    glfwFocusWindow(m_window);
    m_damaged = true;
}

unsigned long Window::x11_window() const
{
    return glfwGetX11Window(m_window);
}

bool Window::focused() const
{
    return glfwGetWindowAttrib(m_window, GLFW_FOCUSED) != 0;
}

RgbaImage Window::capture_desktop() const
{
    RgbaImage picture;
    Display* display = glfwGetX11Display();
    if (!display)
        return picture;
    ::Window root = DefaultRootWindow(display);
    XWindowAttributes attributes {};
    if (!XGetWindowAttributes(display, root, &attributes))
        return picture;
    XImage* image = XGetImage(display, root, 0, 0, unsigned(attributes.width), unsigned(attributes.height), AllPlanes, ZPixmap);
    if (!image)
        return picture;
    picture.width = attributes.width;
    picture.height = attributes.height;
    picture.pixels.resize(size_t(picture.width) * size_t(picture.height) * 4);
    for (int y = 0; y < picture.height; ++y) {
        for (int x = 0; x < picture.width; ++x) {
            unsigned long pixel = XGetPixel(image, x, y);
            auto* out = &picture.pixels[(size_t(y) * size_t(picture.width) + size_t(x)) * 4];
            out[0] = uint8_t((pixel & image->red_mask) >> 16);
            out[1] = uint8_t((pixel & image->green_mask) >> 8);
            out[2] = uint8_t(pixel & image->blue_mask);
            out[3] = 255;
        }
    }
    XDestroyImage(image);
    return picture;
}

void Window::reload_fonts()
{
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    m_renderer.set_font_atlas(pixels, width, height);
    io.Fonts->SetTexID(SoftwareRenderer::font_texture_key());
    // The renderer has its copy; ImGui's is not needed until the next rebuild.
    io.Fonts->ClearTexData();
}

}
