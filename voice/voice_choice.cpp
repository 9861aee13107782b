#include "voice_choice.hpp"

#include "pico_engine.hpp"
#include "rhvoice_engine.hpp"

namespace Foyer {

std::string_view voice_setting(VoiceKind kind)
{
    switch (kind) {
    case VoiceKind::Best:
        return "";
    case VoiceKind::Pico:
        return "pico";
    case VoiceKind::RHVoice:
        return "rhvoice";
    case VoiceKind::Espeak:
        return "espeak";
    }
    return "";
}

VoiceKind voice_kind_of_setting(std::string_view setting)
{
    for (auto kind : { VoiceKind::Best, VoiceKind::Pico, VoiceKind::RHVoice, VoiceKind::Espeak })
        if (setting == voice_setting(kind))
            return kind;
    return VoiceKind::Espeak;
}

SpeechParams speech_params_for(const VoiceSettings& settings, Language language)
{
    SpeechParams params;
    params.kind = voice_kind_of_setting(settings.voice);
    // An espeak-ng voice the family named is kept for the fallback too; otherwise the language's own.
    bool espeak_name = !settings.voice.empty() && params.kind == VoiceKind::Espeak && settings.voice != "espeak";
    params.voice = espeak_name ? settings.voice : language == Language::English ? "en-gb"
                                                                                : "fr";
    params.rate = settings.rate;
    params.volume = settings.volume;
    return params;
}

std::vector<VoiceKind> installed_voices(Language language)
{
    std::vector<VoiceKind> voices;
    if (language == Language::English && RHVoiceEngine::installed())
        voices.push_back(VoiceKind::RHVoice);
    if (PicoEngine::installed(language))
        voices.push_back(VoiceKind::Pico);
    voices.push_back(VoiceKind::Espeak);
    return voices;
}

VoiceKind best_voice(Language language)
{
    return installed_voices(language).front();
}

std::vector<VoiceKind> offered_voices(const std::vector<VoiceKind>& installed, VoiceKind current)
{
    std::vector<VoiceKind> offered;
    for (auto kind : installed) {
        bool best = kind == installed.front();
        if (best || kind == current || kind == VoiceKind::Espeak)
            offered.push_back(kind);
    }
    return offered;
}

const char* voice_name(VoiceKind kind)
{
    switch (kind) {
    case VoiceKind::Pico:
        return N_("Natural voice (Pico)");
    case VoiceKind::RHVoice:
        return N_("Natural voice (RHVoice)");
    case VoiceKind::Best:
    case VoiceKind::Espeak:
        break;
    }
    return N_("Fallback voice");
}

std::optional<std::string> natural_voice_install_command(Language language)
{
    auto voices = installed_voices(language);
    if (language == Language::English && voices.front() != VoiceKind::RHVoice)
        return "sudo apt install librhvoice5 rhvoice-english";
    if (language == Language::French && voices.front() != VoiceKind::Pico)
        return "sudo apt install libttspico0 libttspico-data";
    return std::nullopt;
}

}
