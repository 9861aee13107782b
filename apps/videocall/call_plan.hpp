// What starting a call with one contact means, decided without doing it: the room's address with Jitsi's
// options, the browser's arguments, the program of a command call, and where the hang-up bar goes.
#pragma once

#include "../../shell/core/error.hpp"
#include "../../shell/core/layout/geometry.hpp"
#include "../../shell/core/settings/settings.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace Foyer {

// The facts about this computer and session a call depends on.
struct CallEnvironment {
    std::string senior_name;
    Language language { Language::French };
    // The browser named by the settings ("chromium" or a path).
    std::string browser { "chromium" };
    // Foyer's own browser profile (browser_profile.hpp).
    std::string profile_dir;
    int screen_width { 1920 };
    int screen_height { 1080 };
    // Chromium refuses to run as root without --no-sandbox (tests, a kiosk set up as root).
    bool running_as_root { false };
    // Extra browser switches for tests (FOYER_BROWSER_FLAGS: fake camera and microphone).
    std::vector<std::string> extra_browser_flags;
};

// Where the call's two windows go: the call above, the red bar along the bottom of the screen, so the bar
// hides nothing of the call. The bar is also kept above every other window (shell/ui/call_bar).
struct CallLayout {
    Rect call;
    Rect bar;
};
CallLayout call_layout(int screen_width, int screen_height);

struct CallPlan {
    VideoKind kind { VideoKind::None };
    // What is started: the browser with the room, or the contact's program.
    std::vector<std::string> argv;
    // The room's address as opened (with Jitsi's options), for a web call.
    std::string url;
    // The site camera and microphone are allowed for ("https://meet.jit.si:443"); empty for a command.
    std::string origin;
};

// Fills "{senior}" and "{language}" in a room address (URL-encoded) or a command's word (as they are).
enum class Placement {
    InUrl,
    InArgument,
};
std::string fill_placeholders(std::string_view text, const CallEnvironment&, Placement);

// The address Foyer opens for a Jitsi Meet room: the pre-join page skipped, the senior's name set, camera
// and microphone on, the language of the senior (Jitsi reads these from the address's #fragment).
std::string jitsi_room_url(std::string_view room, const CallEnvironment&);

// "scheme://host:port" of an address, with the port always written (Chromium's site-permission pattern).
std::string origin_of(std::string_view url);

// The whole plan; an error (said plainly) when the contact has no video call set up.
ErrorOr<CallPlan> plan_call(const Contact&, const CallEnvironment&);

// Chromium for a room: app mode (no address bar, no tabs), Foyer's own profile, the call's place on screen.
std::vector<std::string> browser_argv(std::string_view url, const CallEnvironment&);

std::string percent_encode(std::string_view);

}
