#include "voice_engine.hpp"

#include "../shell/core/system/log.hpp"
#include "espeak_engine.hpp"
#include "pico_engine.hpp"
#include "rhvoice_engine.hpp"

#include <algorithm>
#include <cmath>

namespace Foyer {

namespace {

const char* kind_name(VoiceKind kind)
{
    switch (kind) {
    case VoiceKind::Pico:
        return "Pico";
    case VoiceKind::RHVoice:
        return "RHVoice";
    case VoiceKind::Espeak:
    case VoiceKind::Best:
        break;
    }
    return "espeak-ng";
}

}

// Each voice's speech level at its normal volume, on the bench's sentences (dBFS over the moments of speech):
// espeak-ng -21.5, Pico -16.5, RHVoice (bdl) -20.7. All are brought to -19 dBFS, which leaves room below the
// -1 dBFS peak limit at the family's loudest setting.
double loudness_gain(VoiceKind kind)
{
    auto decibels = [](double db) { return std::pow(10.0, db / 20); };
    constexpr double common_level = -19;
    switch (kind) {
    case VoiceKind::Pico:
        return decibels(common_level + 16.5);
    case VoiceKind::RHVoice:
        return decibels(common_level + 20.7);
    case VoiceKind::Espeak:
    case VoiceKind::Best:
        break;
    }
    return decibels(common_level + 21.5);
}

VoiceEngine::VoiceEngine(std::unique_ptr<SpeechEngine> fallback, std::vector<Voice> natural)
{
    m_voices.push_back({ VoiceKind::Espeak, std::move(fallback), { Language::French, Language::English }, loudness_gain(VoiceKind::Espeak) });
    for (auto& voice : natural)
        m_voices.push_back(std::move(voice));
}

std::unique_ptr<VoiceEngine> VoiceEngine::with_every_voice()
{
    std::vector<Voice> natural;
    // English: RHVoice first, the best understood; French: Pico, the only natural one.
    natural.push_back({ VoiceKind::RHVoice, std::make_unique<RHVoiceEngine>(), { Language::English }, loudness_gain(VoiceKind::RHVoice) });
    natural.push_back({ VoiceKind::Pico, std::make_unique<PicoEngine>(), { Language::French, Language::English }, loudness_gain(VoiceKind::Pico) });
    return std::make_unique<VoiceEngine>(std::make_unique<EspeakEngine>(), std::move(natural));
}

void VoiceEngine::tell_failure(Voice& voice, const Error& error)
{
    if (voice.told_failure)
        return;
    voice.told_failure = true;
    log_warning(std::string("voice: ") + kind_name(voice.kind) + " cannot speak, espeak-ng speaks instead (" + error.detail() + ")");
}

ErrorOr<void> VoiceEngine::initialize()
{
    auto& fallback = m_voices.front();
    if (!fallback.ready) {
        auto started = fallback.engine->initialize();
        if (started.is_error())
            return started;
        fallback.ready = true;
    }
    for (size_t i = 1; i < m_voices.size(); ++i) {
        auto& voice = m_voices[i];
        if (voice.ready || voice.told_failure)
            continue;
        auto started = voice.engine->initialize();
        if (started.is_error()) {
            // Not installed is the usual case, not a failure: said once at the info level.
            voice.told_failure = true;
            log_info(std::string("voice: ") + kind_name(voice.kind) + " is not available (" + started.error().detail() + ")");
            continue;
        }
        voice.ready = true;
        // A sentence in its first language, so that the first one heard is as quick as the others.
        SpeechParams params;
        params.voice = voice.languages.front() == Language::English ? "en-gb" : "fr";
        if (!voice.engine->set_params(params).is_error())
            voice.engine->warm_up();
    }
    if (m_params_set)
        return set_params(m_params);
    return {};
}

VoiceEngine::Voice& VoiceEngine::choose(const SpeechParams& params)
{
    auto language = speech_language(params);
    auto speaks = [&](const Voice& voice) {
        return voice.ready && std::ranges::find(voice.languages, language) != voice.languages.end();
    };
    m_chosen = 0;
    if (params.kind == VoiceKind::Espeak)
        return m_voices.front();
    for (size_t i = 1; i < m_voices.size(); ++i)
        if (m_voices[i].kind == params.kind && speaks(m_voices[i]))
            return m_voices[m_chosen = i];
    // The one asked for is not here (or not for this language): the best one that is.
    for (size_t i = 1; i < m_voices.size(); ++i)
        if (speaks(m_voices[i]))
            return m_voices[m_chosen = i];
    return m_voices.front();
}

VoiceKind VoiceEngine::chosen() const
{
    return m_voices[m_chosen].kind;
}

int VoiceEngine::sample_rate() const
{
    return m_voices[m_chosen].engine->sample_rate();
}

ErrorOr<void> VoiceEngine::set_params(const SpeechParams& params)
{
    m_params = params;
    m_params_set = true;
    // The family's volume is applied by the level control, the same way for every voice.
    auto at_normal_volume = params;
    at_normal_volume.volume = 100;
    auto& fallback = m_voices.front();
    std::optional<Error> fallback_failed;
    if (fallback.ready)
        if (auto applied = fallback.engine->set_params(at_normal_volume); applied.is_error())
            fallback_failed = applied.error();
    auto& voice = choose(params);
    if (&voice != &fallback) {
        if (auto applied = voice.engine->set_params(at_normal_volume); applied.is_error()) {
            tell_failure(voice, applied.error());
            voice.ready = false;
            choose(params);
        }
    }
    if (fallback_failed)
        return *fallback_failed;
    return {};
}

ErrorOr<void> VoiceEngine::say_with(Voice& voice, std::string_view text, const ChunkSink& sink, bool* delivered)
{
    int output_rate = sample_rate();
    int rate = voice.engine->sample_rate();
    std::optional<Resampler> resampler;
    if (rate != output_rate)
        resampler.emplace(rate, output_rate);
    m_level.start(voice.gain * std::clamp(m_params.volume, 0, 200) / 100.0, output_rate);
    // The silence some voices start with (up to 100 ms) is cut to 20 ms: the listener hears the first word
    // sooner after the screen appears.
    const size_t leading_allowed = size_t(output_rate) / 50;
    size_t leading_kept = 0;
    bool heard = false;
    return voice.engine->synthesize(text, [&](std::span<const int16_t> samples) {
        if (resampler) {
            resampler->process(samples, m_resampled);
            samples = m_resampled;
        }
        m_level.process(samples, m_levelled);
        std::span<const int16_t> out = m_levelled;
        if (!heard) {
            auto first = std::ranges::find_if(out, [](int16_t s) { return std::abs(int(s)) > audible_threshold; });
            heard = first != out.end();
            size_t silence = size_t(first - out.begin());
            size_t kept = std::min(silence, leading_allowed - leading_kept);
            leading_kept += kept;
            out = out.subspan(silence - kept);
            if (out.empty())
                return ChunkFlow::Continue;
        }
        if (delivered)
            *delivered = true;
        return sink(out);
    });
}

ErrorOr<void> VoiceEngine::synthesize(std::string_view text, const ChunkSink& sink)
{
    auto& voice = m_voices[m_chosen];
    if (m_chosen != 0) {
        bool delivered = false;
        auto said = say_with(voice, text, sink, &delivered);
        if (!said.is_error()) {
            m_last_spoken = voice.kind;
            return said;
        }
        tell_failure(voice, said.error());
        // Part of it was heard: the rest is not said again from its start, which would repeat words.
        if (delivered)
            return {};
    }
    m_last_spoken = VoiceKind::Espeak;
    return say_with(m_voices.front(), text, sink, nullptr);
}

}
