// The giant red "Hang up" bar of a video call: a small Foyer window of its own, above every other window
// while the call lasts. It runs as its own process (foyer-hang-up), started and watched by the call.
//
// Why a separate process rather than a second window of Foyer's: it has its own event loop, so it answers
// at once even while Foyer's main thread is busy; Dear ImGui 1.86's GLFW back end drives one window per
// process, and Foyer's main loop keeps its single-window shape; and "the bar ended" is simply "the process
// exited", watched like the browser itself (shell/core/system/child_process).
#pragma once

#include "../core/cli.hpp"
#include "../core/layout/geometry.hpp"
#include "../core/settings/settings.hpp"

#include <optional>
#include <string>
#include <vector>

namespace Foyer {

struct CallBarOptions {
    // Where the bar goes, in screen pixels.
    Rect place;
    // The whole screen, so the bar's type has the same sizes as Foyer's.
    PixelSize screen { 1920, 1080 };
    ThemeName theme { ThemeName::Light };
    TextSize text_size { TextSize::Normal };
    // Already translated by Foyer: "Hang up", and what is said beside it ("End the call with Sophie").
    std::string label;
    std::string caption;

    // The command line of foyer-hang-up, and back.
    std::vector<std::string> to_arguments() const;
    static std::optional<CallBarOptions> parse(const std::vector<std::string>& arguments);
};

// Exit codes of foyer-hang-up.
enum class CallBarExit {
    // The senior pressed the bar (or the Escape or Home key anywhere): the call must end.
    HungUp = 0,
    // It could not open its window; the call goes on, and Foyer's own screen offers "Hang up".
    NoWindow = 2,
    Usage = 64,
};

// Shows the bar until it is pressed (or the process is asked to stop). Returns the exit code.
int run_call_bar(const CallBarOptions&);

}
