// The two process boundaries of speech: a synthesiser that turns text into PCM, and a sound output.
#pragma once

#include "../shell/core/error.hpp"
#include "../shell/core/i18n/language.hpp"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>

namespace Foyer {

// Which synthesiser speaks. Best: the most natural one installed for the language.
enum class VoiceKind {
    Best,
    Pico,
    RHVoice,
    Espeak,
};

struct SpeechParams {
    // An espeak-ng voice name ("fr", "en-gb"); its first letters also say the language for every engine.
    std::string voice;
    // Words a minute.
    int rate { 160 };
    // 100 is each engine's normal loudness, made the same across engines; up to 200.
    int volume { 100 };
    VoiceKind kind { VoiceKind::Best };

    bool operator==(const SpeechParams&) const = default;
};

// The language the voice speaks: English for "en", "en-gb", "en-us"…; French otherwise.
inline Language speech_language(const SpeechParams& params)
{
    return params.voice.starts_with("en") ? Language::English : Language::French;
}

enum class ChunkFlow {
    Continue,
    Stop,
};

// Used only from the speech thread.
class SpeechEngine {
public:
    using ChunkSink = std::function<ChunkFlow(std::span<const int16_t>)>;

    virtual ~SpeechEngine() = default;
    virtual ErrorOr<void> initialize() = 0;
    virtual int sample_rate() const = 0;
    virtual ErrorOr<void> set_params(const SpeechParams&) = 0;
    // Said once at start, and not played, by engines that are slow the first time.
    virtual void warm_up() { }
    // Calls `sink` with each piece of mono 16-bit audio as it is produced; stops early when told to.
    virtual ErrorOr<void> synthesize(std::string_view text, const ChunkSink& sink) = 0;
};

// Where the audio goes. The real one is ALSA; tests use one that keeps the samples in memory.
class AudioOutput {
public:
    virtual ~AudioOutput() = default;
    virtual ErrorOr<void> open(int sample_rate) = 0;
    virtual ErrorOr<void> write(std::span<const int16_t>) = 0;
    // Let what was written finish playing.
    virtual void drain() = 0;
    // Stop now, dropping what was not played yet.
    virtual void drop() = 0;
    virtual void close() = 0;
};

}
