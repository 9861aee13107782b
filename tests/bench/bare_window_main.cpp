// The baseline for `make bench`: the least a GLFW + OpenGL program can do, full screen on the primary
// monitor, clearing and swapping once (then waiting to be killed, so its memory can be read).
// With --loop it redraws continuously instead, like the stock ImGui example loop.
#include <GLFW/glfw3.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char** argv)
{
    bool loop = argc > 1 && std::strcmp(argv[1], "--loop") == 0;
    if (!glfwInit())
        return 1;
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);
    GLFWwindow* window = glfwCreateWindow(mode->width, mode->height, "bare", monitor, nullptr);
    if (!window)
        return 2;
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    glClearColor(1, 1, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    glfwSwapBuffers(window);
    glFinish();
    if (const char* ready = std::getenv("BARE_READY_FILE")) {
        if (FILE* file = std::fopen(ready, "w")) {
            std::fputs("ready\n", file);
            std::fclose(file);
        }
    }
    while (!glfwWindowShouldClose(window)) {
        if (loop) {
            glfwPollEvents();
            glClear(GL_COLOR_BUFFER_BIT);
            glfwSwapBuffers(window);
        } else {
            glfwWaitEvents();
        }
    }
    glfwTerminate();
    return 0;
}
