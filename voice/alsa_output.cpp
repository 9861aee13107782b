// ALSA playback, opened per sentence so Foyer never holds the sound device while silent (a video call
// needs it).
#include "alsa_output.hpp"

#include "../shell/core/system/log.hpp"

#include <alsa/asoundlib.h>

#include <cstdarg>
#include <cstdio>

namespace Foyer {

namespace {

// alsa-lib prints its own complaints on stderr ("cannot find card 0"); the speaker logs one plain line
// instead, once.
void quiet_alsa_errors(const char*, int, const char*, int, const char*, ...) { }

Error no_sound(const std::string& detail)
{
    return Error::plain(N_("No loudspeaker was found, so Foyer cannot speak. Everything is written on the screen. To hear it, check that the loudspeakers are plugged in and switched on."),
        {}, detail);
}

}

AlsaOutput::~AlsaOutput()
{
    close();
}

ErrorOr<void> AlsaOutput::open(int sample_rate)
{
    if (m_pcm)
        return {};
    snd_lib_error_set_handler(quiet_alsa_errors);
    int result = snd_pcm_open(&m_pcm, "default", SND_PCM_STREAM_PLAYBACK, 0);
    if (result < 0) {
        m_pcm = nullptr;
        return no_sound(std::string("snd_pcm_open(default): ") + snd_strerror(result));
    }
    // 100 ms of latency: short enough that "stop" is heard at once, long enough not to stutter.
    result = snd_pcm_set_params(m_pcm, SND_PCM_FORMAT_S16, SND_PCM_ACCESS_RW_INTERLEAVED, 1,
        unsigned(sample_rate), 1, 100000);
    if (result < 0) {
        close();
        return no_sound(std::string("snd_pcm_set_params: ") + snd_strerror(result));
    }
    return {};
}

ErrorOr<void> AlsaOutput::write(std::span<const int16_t> samples)
{
    if (!m_pcm)
        return no_sound("write without an open device");
    while (!samples.empty()) {
        auto written = snd_pcm_writei(m_pcm, samples.data(), samples.size());
        if (written < 0) {
            // An underrun or a suspended device: recover once, then give up on this sentence.
            written = snd_pcm_recover(m_pcm, int(written), 1);
            if (written < 0)
                return no_sound(std::string("snd_pcm_writei: ") + snd_strerror(int(written)));
            continue;
        }
        samples = samples.subspan(size_t(written));
    }
    return {};
}

void AlsaOutput::drain()
{
    if (m_pcm)
        snd_pcm_drain(m_pcm);
}

void AlsaOutput::drop()
{
    if (m_pcm)
        snd_pcm_drop(m_pcm);
}

void AlsaOutput::close()
{
    if (m_pcm) {
        snd_pcm_close(m_pcm);
        m_pcm = nullptr;
    }
}

}
