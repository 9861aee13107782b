// A real X server (Xvfb) for a test, on a free display number, with xdotool to press like a person.
#pragma once

#include "process.hpp"

#include <memory>
#include <string>

namespace Foyer::Testing {

class Xvfb {
public:
    // Starts Xvfb with one screen of that size; check `ready()`. Without Xvfb or xdotool it starts nothing
    // and `problem()` names the missing one.
    Xvfb(int width, int height);
    ~Xvfb();

    bool ready() const { return !m_display.empty(); }
    // ":99"
    const std::string& display() const { return m_display; }
    // Runs xdotool with these arguments on this display; true when it exit 0.
    bool xdotool(std::vector<std::string> arguments);
    // Why it could not start, for the skip message.
    const std::string& problem() const { return m_problem; }

    // Whether Xvfb and xdotool are installed; when not, tests skip with this reason.
    static std::optional<std::string> missing_tools();

private:
    std::unique_ptr<Process> m_server;
    std::string m_display;
    std::string m_problem;
};

}
