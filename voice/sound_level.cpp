#include "sound_level.hpp"

#include <algorithm>
#include <cmath>

namespace Foyer {

void LevelControl::start(double gain, int sample_rate)
{
    m_gain = gain;
    m_reduction = 1;
    // Back to full level over about a tenth of a second.
    m_release = 1.0 / (0.1 * std::max(sample_rate, 1));
}

void LevelControl::process(std::span<const int16_t> in, std::vector<int16_t>& out)
{
    out.resize(in.size());
    for (size_t i = 0; i < in.size(); ++i) {
        double wanted = in[i] * m_gain;
        double level = std::abs(wanted) * m_reduction;
        if (level > peak_limit)
            m_reduction = peak_limit / std::abs(wanted);
        out[i] = int16_t(std::lround(std::clamp(wanted * m_reduction, double(-peak_limit), double(peak_limit))));
        m_reduction = std::min(1.0, m_reduction + (1 - m_reduction) * m_release);
    }
}

Resampler::Resampler(int from, int to)
    : m_step(double(from) / double(to))
{
}

void Resampler::process(std::span<const int16_t> in, std::vector<int16_t>& out)
{
    out.clear();
    if (in.empty())
        return;
    if (!m_started) {
        m_previous = in[0];
        m_started = true;
    }
    // m_position runs from -1 (the previous buffer's last sample) to in.size() - 1.
    while (m_position < double(in.size()) - 1) {
        auto index = long(std::floor(m_position));
        double fraction = m_position - double(index);
        double a = index < 0 ? m_previous : in[size_t(index)];
        double b = in[size_t(index + 1)];
        out.push_back(int16_t(std::lround(a + (b - a) * fraction)));
        m_position += m_step;
    }
    m_position -= double(in.size());
    m_previous = in.back();
}

Loudness measure_loudness(std::span<const int16_t> samples, int sample_rate)
{
    Loudness loudness;
    int peak = 0;
    for (auto s : samples)
        peak = std::max(peak, std::abs(int(s)));
    if (peak > 0)
        loudness.peak_dbfs = 20 * std::log10(peak / 32768.0);
    size_t window = size_t(std::max(sample_rate / 50, 1));
    double sum = 0;
    size_t counted = 0;
    for (size_t start = 0; start + window <= samples.size(); start += window) {
        double energy = 0;
        for (size_t i = start; i < start + window; ++i)
            energy += double(samples[i]) * double(samples[i]);
        double mean = energy / double(window);
        if (10 * std::log10(mean / (32768.0 * 32768.0) + 1e-30) < -50)
            continue;
        sum += mean;
        counted += window;
    }
    if (counted > 0)
        loudness.speech_dbfs = 10 * std::log10(sum / double(counted / window) / (32768.0 * 32768.0));
    return loudness;
}

}
