// Foyer's own browser profile for calls: camera and microphone allowed for the call's site only, no
// "restore pages?" after a call was cut short, and no browser left over from an earlier call.
#pragma once

#include "../../shell/core/error.hpp"

#include <string>
#include <string_view>

namespace Foyer {

// $XDG_STATE_HOME/foyer/call-browser: apart from any browser profile the senior or the family use.
std::string call_browser_profile_dir();

// Chromium's "Default/Preferences" (JSON) changed so that exactly `origin` ("https://meet.jit.si:443") may
// use the camera and the microphone without asking, every other site still asks, and the last session
// counts as closed normally. `existing` may be empty or not JSON (a damaged file is replaced).
std::string preferences_allowing(std::string_view existing, std::string_view origin);

// Writes those preferences into the profile (created when missing).
ErrorOr<void> prepare_call_browser_profile(const std::string& profile_dir, std::string_view origin);

// A browser still running on this profile (Foyer stopped during a call) would be handed the next room and
// exit at once; it is stopped first. Returns true when one was found.
bool stop_leftover_browser(const std::string& profile_dir);

}
