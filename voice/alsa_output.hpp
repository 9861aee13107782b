// Sound through ALSA's "default" device (which PulseAudio or PipeWire take over on a desktop).
#pragma once

#include "speech_engine.hpp"

typedef struct _snd_pcm snd_pcm_t;

namespace Foyer {

class AlsaOutput final : public AudioOutput {
public:
    ~AlsaOutput() override;
    ErrorOr<void> open(int sample_rate) override;
    ErrorOr<void> write(std::span<const int16_t>) override;
    void drain() override;
    void drop() override;
    void close() override;

private:
    snd_pcm_t* m_pcm { nullptr };
};

}
