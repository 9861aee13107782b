// RHVoice (Debian rhvoice-english, non-free), for English, opened at run time: Foyer never depends on it.
// Its voices were the best understood here by an English recogniser; the first sentence after start is
// slow (90-250 ms), so it is warmed up with one that is not played.
#pragma once

#include "shared_library.hpp"
#include "speech_engine.hpp"

#include <memory>
#include <optional>

namespace Foyer {

class RHVoiceEngine final : public SpeechEngine {
public:
    struct Place {
        std::string library { "libRHVoice.so.5" };
        std::string data { "/usr/share/RHVoice" };
        std::string config { "/etc/RHVoice" };
        // One of the English voices of rhvoice-english: bdl, a man's voice, the best understood by the
        // bench's English recogniser (clb and slt, women's voices, had twice its word errors), and a lower
        // voice is the easier one for ears that lose the high tones with age.
        std::string voice { "bdl" };
    };
    RHVoiceEngine();
    explicit RHVoiceEngine(Place);
    ~RHVoiceEngine() override;

    static bool installed();
    static bool installed(const Place&);

    ErrorOr<void> initialize() override;
    int sample_rate() const override { return m_sample_rate; }
    ErrorOr<void> set_params(const SpeechParams&) override;
    void warm_up() override;
    ErrorOr<void> synthesize(std::string_view text, const ChunkSink& sink) override;

    struct Api;

private:
    Place m_place;
    std::optional<SharedLibrary> m_library;
    std::unique_ptr<Api> m_api;
    void* m_engine { nullptr };
    int m_sample_rate { 24000 };
    double m_relative_rate { 1.0 };
};

}
