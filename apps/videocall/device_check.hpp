// The check before a call, in under three seconds: the internet (the room's site itself), a camera, a
// microphone that is on, loudspeakers that are not silent. What Foyer can fix it fixes, and says so.
#pragma once

#include "../helpline/diagnosis/diagnosis.hpp"

#include <functional>
#include <string>
#include <vector>

namespace Foyer {

enum class CheckTopic {
    Internet,
    Camera,
    Microphone,
    Speakers,
};

enum class CheckVerdict {
    Ok,
    // It was wrong and Foyer put it right (unmuted, volume raised).
    Fixed,
    // Wrong, and the call will suffer: shown with what to do; the senior may call anyway.
    Problem,
    // Foyer could not tell (no sound service to ask): said, but it does not hold the call back.
    Unknown,
};

struct CheckItem {
    CheckTopic topic;
    CheckVerdict verdict;
    // One plain sentence, in both languages (a Finding's).
    Finding finding;
};

struct CallCheck {
    std::vector<CheckItem> items;
    std::chrono::milliseconds elapsed { 0 };

    // Something the senior should know before calling (then "Call anyway" is offered).
    bool has_problems() const;
    bool has_fixes() const;
    // The sentences of what was fixed and what is wrong, in the current language, for the voice.
    std::string spoken() const;
};

// How the check reaches the computer: the real pactl and /sys, or fakes in tests.
struct CheckProbes {
    // The room's address (a web call), or empty for a command call (then the network's own state counts).
    std::string room_url;
    SystemPaths paths;
    std::chrono::milliseconds deadline { 2800 };
    // Runs `argv` and returns whether it succeeded (pactl set-…); the real one uses run_program.
    std::function<bool(const std::vector<std::string>&)> run;
    // Runs `argv` and returns its output (pactl get-…), as the diagnosis reads the sound.
    ProgramRunner programs { real_program_runner() };
};

CheckProbes real_probes(std::string room_url);

// Blocking (call it from a worker): at most `deadline`, everything checked at once.
CallCheck run_call_check(const CheckProbes&);

// The sound part alone, with what it fixed: reads the default output and input, unmutes them and raises a
// volume at zero, then reads again to be sure. Exposed for tests against a real PulseAudio.
std::vector<CheckItem> check_and_fix_sound(const CheckProbes&, std::stop_token);

}
