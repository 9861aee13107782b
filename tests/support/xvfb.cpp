// Xvfb started with -displayfd, so parallel tests never fight over a display number.
#include "xvfb.hpp"

#include <poll.h>
#include <unistd.h>

namespace Foyer::Testing {

std::optional<std::string> Xvfb::missing_tools()
{
    if (!have_program("Xvfb"))
        return "Xvfb is not installed (Debian package xvfb; `make test` installs it)";
    if (!have_program("xdotool"))
        return "xdotool is not installed (Debian package xdotool; `make test` installs it)";
    return std::nullopt;
}

Xvfb::Xvfb(int width, int height)
{
    if (auto missing = missing_tools()) {
        m_problem = *missing;
        return;
    }
    int fds[2];
    if (pipe(fds) != 0) {
        m_problem = "pipe failed";
        return;
    }
    auto screen = std::to_string(width) + "x" + std::to_string(height) + "x24";
    m_server = std::make_unique<Process>(std::vector<std::string> { "Xvfb", "-displayfd", std::to_string(fds[1]),
        "-screen", "0", screen, "-nolisten", "tcp", "-noreset" });
    close(fds[1]);
    std::string number;
    pollfd pfd { fds[0], POLLIN, 0 };
    while (poll(&pfd, 1, 10000) > 0) {
        char c;
        if (read(fds[0], &c, 1) != 1)
            break;
        if (c == '\n')
            break;
        number += c;
    }
    close(fds[0]);
    if (number.empty()) {
        m_problem = "Xvfb did not report a display";
        return;
    }
    m_display = ":" + number;
}

Xvfb::~Xvfb()
{
    if (m_server)
        m_server->stop();
}

bool Xvfb::xdotool(std::vector<std::string> arguments)
{
    arguments.insert(arguments.begin(), "xdotool");
    auto result = run(arguments, { { "DISPLAY", m_display } }, std::chrono::seconds(20));
    return result.exit_code == 0;
}

}
