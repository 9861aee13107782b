// GLFW window, ImGui's GLFW and OpenGL 3 back ends, and an off-screen framebuffer for pictures.
#define GL_GLEXT_PROTOTYPES 1
#include "window.hpp"

#include "../core/system/log.hpp"

#include <GLFW/glfw3.h>
#define GLFW_EXPOSE_NATIVE_X11
#include <GLFW/glfw3native.h>
#include <GL/glext.h>
#include <X11/Xutil.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <cfloat>
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

ErrorOr<std::unique_ptr<Window>> Window::open(WindowMode mode, PixelSize size)
{
    const char* x_display = std::getenv("DISPLAY");
    const char* wayland_display = std::getenv("WAYLAND_DISPLAY");
    if ((!x_display || !*x_display) && (!wayland_display || !*wayland_display))
        return no_display("neither DISPLAY nor WAYLAND_DISPLAY is set");
    glfwSetErrorCallback(on_glfw_error);
    if (!glfwInit())
        return no_display(std::string("glfwInit failed (DISPLAY=") + (x_display ? x_display : "") + ")");

    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // A video call's browser comes in front of Foyer; Foyer must not minimise itself when that happens.
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);
    glfwWindowHint(GLFW_VISIBLE, mode == WindowMode::Hidden ? GLFW_FALSE : GLFW_TRUE);

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
    window->m_window = glfwCreateWindow(width, height, "Foyer", monitor, nullptr);
    if (!window->m_window) {
        glfwTerminate();
        return no_display("glfwCreateWindow failed");
    }
    glfwMakeContextCurrent(window->m_window);
    glfwSwapInterval(1);
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
    glfwSetMouseButtonCallback(window->m_window, on_mouse_button);
    glfwSetCharCallback(window->m_window, on_char);
    glfwSetWindowRefreshCallback(window->m_window, on_damage);
    glfwSetWindowFocusCallback(window->m_window, on_focus);
    glfwSetWindowSizeCallback(window->m_window, on_size);
    ImGui_ImplGlfw_InitForOpenGL(window->m_window, true);
    ImGui_ImplOpenGL3_Init("#version 130");
    // The back end makes its shaders and a texture for ImGui's small default font now, while the atlas is
    // empty; Foyer's own fonts go into an alpha-only texture (reload_fonts), a quarter of the memory of the
    // RGBA texture the back end would make from them.
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    return window;
}

Window::~Window()
{
    if (!m_window)
        return;
    if (m_font_texture)
        glDeleteTextures(1, &m_font_texture);
    ImGui_ImplOpenGL3_Shutdown();
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

void Window::on_key(GLFWwindow* glfw, int key, int, int action, int mods)
{
    auto* self = static_cast<Window*>(glfwGetWindowUserPointer(glfw));
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

void Window::on_char(GLFWwindow* glfw, unsigned int)
{
    // The character itself goes to ImGui's callback, chained after this one; the frame must be drawn.
    on_damage(glfw);
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

void Window::frame(Color clear, const std::function<void()>& draw)
{
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    draw();
    ImGui::Render();
    int width = 0, height = 0;
    glfwGetFramebufferSize(m_window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(clear.r / 255.f, clear.g / 255.f, clear.b / 255.f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(m_window);
}

ErrorOr<RgbaImage> Window::capture(PixelSize size, Color clear, const std::function<void()>& draw)
{
    GLuint framebuffer = 0, color = 0;
    glGenFramebuffers(1, &framebuffer);
    glGenRenderbuffers(1, &color);
    glBindRenderbuffer(GL_RENDERBUFFER, color);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, size.width, size.height);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color);
    auto cleanup = [&] {
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glDeleteRenderbuffers(1, &color);
        glDeleteFramebuffers(1, &framebuffer);
    };
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
        cleanup();
        return Error::plain(N_("The picture of the screen could not be taken."), {}, "framebuffer incomplete");
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // The picture has its own size, whatever the (hidden) window's; and no pointer anywhere.
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(size.width), float(size.height));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    ImGui::NewFrame();
    draw();
    ImGui::Render();
    glViewport(0, 0, size.width, size.height);
    glClearColor(clear.r / 255.f, clear.g / 255.f, clear.b / 255.f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glFinish();

    RgbaImage image;
    image.width = size.width;
    image.height = size.height;
    image.pixels.resize(size_t(size.width) * size_t(size.height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, size.width, size.height, GL_RGBA, GL_UNSIGNED_BYTE, image.pixels.data());
    cleanup();
    // OpenGL's rows start at the bottom.
    size_t row = size_t(size.width) * 4;
    std::vector<uint8_t> swap(row);
    for (int y = 0; y < size.height / 2; ++y) {
        auto* top = &image.pixels[size_t(y) * row];
        auto* bottom = &image.pixels[size_t(size.height - 1 - y) * row];
        std::memcpy(swap.data(), top, row);
        std::memcpy(top, bottom, row);
        std::memcpy(bottom, swap.data(), row);
    }
    for (size_t i = 3; i < image.pixels.size(); i += 4)
        image.pixels[i] = 255;
    return image;
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
    if (m_font_texture)
        glDeleteTextures(1, &m_font_texture);
    glGenTextures(1, &m_font_texture);
    glBindTexture(GL_TEXTURE_2D, m_font_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    // Sampled as white with the glyph's coverage as alpha: exactly what ImGui's RGBA conversion gives.
    const GLint swizzle[] = { GL_ONE, GL_ONE, GL_ONE, GL_RED };
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    glBindTexture(GL_TEXTURE_2D, 0);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(intptr_t(m_font_texture)));
    // The glyphs are on the GPU now; the CPU copy of the atlas is not needed until the next rebuild.
    io.Fonts->ClearTexData();
}

}
