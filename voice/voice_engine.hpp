// The voices Foyer has, behind one SpeechEngine: espeak-ng, always there, and the natural voices that are
// installed (Pico, RHVoice). Each sentence is said by the voice chosen for the language; when that voice
// could not start or fails on a sentence, espeak-ng says it instead (logged once per voice): Foyer is never
// silent because of a voice. Every voice comes out at one loudness, with no peak above -1 dBFS.
#pragma once

#include "sound_level.hpp"
#include "speech_engine.hpp"

#include <memory>
#include <vector>

namespace Foyer {

class VoiceEngine final : public SpeechEngine {
public:
    struct Voice {
        VoiceKind kind;
        std::unique_ptr<SpeechEngine> engine;
        std::vector<Language> languages;
        // Brings this engine's speech to the common loudness (measured by `make bench`).
        double gain { 1 };
        bool ready { false };
        bool told_failure { false };
    };

    // `fallback` is espeak-ng's engine; `natural` the others, in the order they are preferred.
    VoiceEngine(std::unique_ptr<SpeechEngine> fallback, std::vector<Voice> natural);
    // espeak-ng, Pico and RHVoice, each as installed (a missing one is left out at initialize()).
    static std::unique_ptr<VoiceEngine> with_every_voice();

    ErrorOr<void> initialize() override;
    int sample_rate() const override;
    ErrorOr<void> set_params(const SpeechParams&) override;
    ErrorOr<void> synthesize(std::string_view text, const ChunkSink& sink) override;

    // Which voice said the last sentence, for the log and the tests.
    VoiceKind last_spoken() const { return m_last_spoken; }
    // Which voice the next sentence goes to.
    VoiceKind chosen() const;

private:
    Voice& choose(const SpeechParams&);
    void tell_failure(Voice&, const Error&);
    ErrorOr<void> say_with(Voice&, std::string_view text, const ChunkSink&, bool* delivered);

    std::vector<Voice> m_voices;
    size_t m_chosen { 0 };
    SpeechParams m_params;
    bool m_params_set { false };
    VoiceKind m_last_spoken { VoiceKind::Espeak };
    LevelControl m_level;
    std::vector<int16_t> m_levelled;
    std::vector<int16_t> m_resampled;
};

// The loudness gains, measured with `make bench` on the same sentences (speech_dbfs at volume 100).
double loudness_gain(VoiceKind);

}
