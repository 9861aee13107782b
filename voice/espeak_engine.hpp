// Speech synthesis with libespeak-ng, into memory (synchronous mode): Foyer plays the audio itself, so it
// knows when there is no sound device and can stop a sentence at once. libespeak-ng is global to the
// process and not thread-safe: use one engine at a time (the Speaker's thread owns it in Foyer).
#pragma once

#include "speech_engine.hpp"

namespace Foyer {

class EspeakEngine final : public SpeechEngine {
public:
    ~EspeakEngine() override;
    ErrorOr<void> initialize() override;
    int sample_rate() const override { return m_sample_rate; }
    ErrorOr<void> set_params(const SpeechParams&) override;
    ErrorOr<void> synthesize(std::string_view text, const ChunkSink& sink) override;

private:
    bool m_initialized { false };
    int m_sample_rate { 22050 };
    SpeechParams m_params;
    bool m_params_applied { false };
};

}
