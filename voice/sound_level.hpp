// The level of speech: every engine brought to one loudness, the family's volume applied the same way to
// all, and no peak above -1 dBFS (a limiter that turns the sound down for a moment instead of clipping).
// Also the resampler that lets the fallback voice speak at the rate the output was opened with.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace Foyer {

// -1 dBFS of 16-bit audio.
inline constexpr int peak_limit = 29204;
// -40 dBFS: the quietest sample counted as sound (the first one a listener hears), not a silence's dither.
inline constexpr int audible_threshold = 328;

class LevelControl {
public:
    // At the start of each sentence.
    void start(double gain, int sample_rate);
    void process(std::span<const int16_t> in, std::vector<int16_t>& out);

private:
    double m_gain { 1 };
    double m_reduction { 1 };
    double m_release { 0 };
};

// Linear interpolation, one stream at a time (voice, not music: the fallback voice only).
class Resampler {
public:
    Resampler(int from, int to);
    void process(std::span<const int16_t> in, std::vector<int16_t>& out);

private:
    double m_step;
    double m_position { 0 };
    int16_t m_previous { 0 };
    bool m_started { false };
};

struct Loudness {
    // Of the loudest sample.
    double peak_dbfs { -120 };
    // Root mean square over the 20 ms windows that hold speech (above -50 dBFS): pauses do not count.
    double speech_dbfs { -120 };
};
Loudness measure_loudness(std::span<const int16_t>, int sample_rate);

}
