// The one shape every screen has: an id, a title that is shown and spoken, and content drawn by the shell.
#pragma once

#include <string>
#include <string_view>

namespace Foyer {

class Ui;

class Screen {
public:
    virtual ~Screen() = default;

    // Stable identifier: "home", "help"; used by --screenshot, the activity log and tests.
    virtual std::string_view id() const = 0;
    // Shown in the title bar and spoken on arrival, in the current language.
    virtual std::string title() const = 0;
    // What the voice says on arrival; by default the title. Screens add what matters most after it.
    virtual std::string arrival_speech() const { return title(); }
    // Draws the content area and handles its own widgets' activations. The shell draws the title bar
    // and the way home around it.
    virtual void draw(Ui&) = 0;
    // Home draws its own header (the greeting) instead of a title bar.
    virtual bool has_title_bar() const { return true; }
    // True while the screen still waits for a worker's first answer (the printer's state): --screenshot
    // waits for it, a few seconds at most, so the picture shows what a senior would see.
    virtual bool waiting_for_answers() const { return false; }
};

}
