// SVOX Pico (Debian libttspico0, non-free), French and English, opened at run time: Foyer never depends on
// it. 16 kHz mono; about 6 ms to its first sample and a twentieth of real time on this kind of machine.
#pragma once

#include "shared_library.hpp"
#include "speech_engine.hpp"

#include <memory>
#include <optional>
#include <vector>

namespace Foyer {

class PicoEngine final : public SpeechEngine {
public:
    struct Place {
        std::string library { "libttspico.so.0" };
        // The voices' data (libttspico-data).
        std::string data { "/usr/share/pico/lang" };
    };
    PicoEngine();
    explicit PicoEngine(Place);
    ~PicoEngine() override;

    // Whether its library and its data for `language` are on this computer, without starting it.
    static bool installed(Language);
    static bool installed(Language, const Place&);

    ErrorOr<void> initialize() override;
    int sample_rate() const override { return 16000; }
    ErrorOr<void> set_params(const SpeechParams&) override;
    ErrorOr<void> synthesize(std::string_view text, const ChunkSink& sink) override;

    struct Api;

private:
    ErrorOr<void> use_language(Language);
    void release();
    void unload_voice();

    Place m_place;
    std::optional<SharedLibrary> m_library;
    std::unique_ptr<Api> m_api;
    std::vector<unsigned char> m_memory;
    void* m_system { nullptr };
    void* m_engine { nullptr };
    std::vector<void*> m_resources;
    std::optional<Language> m_language;
    // Pico's own speed, in percent of its normal one.
    int m_speed { 100 };
};

}
