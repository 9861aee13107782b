// The family's choice of voice, as the settings keep it ([voice] voice = "pico"), what the setup offers
// (the voices installed for the language, by plain names), and how to install a natural voice.
#pragma once

#include "../shell/core/settings/settings.hpp"
#include "speech_engine.hpp"

#include <optional>
#include <string>
#include <vector>

namespace Foyer {

// The settings' word for a voice: "" (Best), "pico", "rhvoice", "espeak".
std::string_view voice_setting(VoiceKind);
// Anything else than those words is an espeak-ng voice name, which is the fallback voice.
VoiceKind voice_kind_of_setting(std::string_view);

// What the Speaker is given for these settings in this language.
SpeechParams speech_params_for(const VoiceSettings&, Language);

// The voices that can speak `language` on this computer, the most natural first; espeak-ng, always
// there, last. Looks at files and opens libraries: a few milliseconds.
std::vector<VoiceKind> installed_voices(Language);
// What Best means here and now.
VoiceKind best_voice(Language);
// What the setup offers, from the installed voices (best first): the most natural one, the one the
// settings name when it is another installed one, and the fallback. A second natural voice that nobody
// chose is not offered: it is understood less well, and a choice nobody needs is one more to read.
std::vector<VoiceKind> offered_voices(const std::vector<VoiceKind>& installed, VoiceKind current);

// "Natural voice (Pico)", "Fallback voice": a msgid, marked for translation.
const char* voice_name(VoiceKind);

// When the most natural voice for `language` is not installed: the command that installs it, for whoever
// looks after the computer ("sudo apt install libttspico0 libttspico-data").
std::optional<std::string> natural_voice_install_command(Language);

}
