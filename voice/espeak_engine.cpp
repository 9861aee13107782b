// libespeak-ng in synchronous mode: espeak_ng_Synthesize returns when the text is done, having called
// our callback with each buffer.
#include "espeak_engine.hpp"

#include <espeak-ng/espeak_ng.h>

#include <cmath>
#include <cstring>
#include <mutex>
#include <string>
#include <strings.h>

namespace Foyer {

namespace {

// The callback gets the sink through the event's user_data, set by espeak_ng_Synthesize.
int on_samples(short* samples, int count, espeak_EVENT* events)
{
    auto* sink = static_cast<const SpeechEngine::ChunkSink*>(events ? events->user_data : nullptr);
    if (!sink || !samples || count <= 0)
        return 0;
    auto flow = (*sink)(std::span<const int16_t>(reinterpret_cast<const int16_t*>(samples), size_t(count)));
    return flow == ChunkFlow::Stop ? 1 : 0;
}

Error espeak_error(espeak_ng_STATUS status, const char* what)
{
    char message[256] = {};
    espeak_ng_GetStatusCodeMessage(status, message, sizeof message);
    return Error::plain(N_("The voice is not working. Everything is still written on the screen."), {},
        std::string(what) + ": " + message);
}

// By its name ("fr", "en-us"), or else by a language it names exactly ("en-gb", which espeak-ng 1.51 calls
// "en"): never a voice of another language that only looks alike.
espeak_ng_STATUS set_voice(const std::string& voice)
{
    auto status = espeak_ng_SetVoiceByName(voice.c_str());
    if (status == ENS_OK)
        return status;
    espeak_VOICE wanted {};
    wanted.languages = voice.c_str();
    if (espeak_SetVoiceByProperties(&wanted) != EE_OK)
        return status;
    auto* current = espeak_GetCurrentVoice();
    // Its languages: a priority byte, then a name, then a zero, until an empty name.
    for (const char* language = current ? current->languages : nullptr; language && *language; language += std::strlen(language + 1) + 2)
        if (strcasecmp(language + 1, voice.c_str()) == 0)
            return ENS_OK;
    return status;
}

// Small buffers: the first sound comes sooner and a new sentence interrupts the old one within ~20 ms.
constexpr int buffer_milliseconds = 20;

}

// libespeak-ng is one global synthesiser per process: it is initialised once, the first time any engine
// needs it, and never terminated (espeak_ng_Terminate can hang joining its internal thread once it was
// initialised twice; the process's exit frees everything anyway).
EspeakEngine::~EspeakEngine() = default;

ErrorOr<void> EspeakEngine::initialize()
{
    if (m_initialized)
        return {};
    static std::once_flag once;
    static espeak_ng_STATUS status = ENS_OK;
    static const char* failed_step = nullptr;
    std::call_once(once, [] {
        espeak_ng_InitializePath(nullptr);
        espeak_ng_ERROR_CONTEXT context = nullptr;
        status = espeak_ng_Initialize(&context);
        if (status != ENS_OK) {
            espeak_ng_ClearErrorContext(&context);
            failed_step = "espeak_ng_Initialize";
            return;
        }
        status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, buffer_milliseconds, nullptr);
        if (status != ENS_OK) {
            failed_step = "espeak_ng_InitializeOutput";
            return;
        }
        espeak_SetSynthCallback(on_samples);
    });
    if (failed_step)
        return espeak_error(status, failed_step);
    m_sample_rate = espeak_ng_GetSampleRate();
    m_initialized = true;
    return {};
}

ErrorOr<void> EspeakEngine::set_params(const SpeechParams& params)
{
    if (m_params_applied && params == m_params)
        return {};
    if (!m_params_applied || params.voice != m_params.voice) {
        auto status = set_voice(params.voice);
        if (status != ENS_OK) {
            // The look-up may have left another language's voice in place: the one before comes back.
            if (m_params_applied)
                set_voice(m_params.voice);
            return espeak_error(status, ("voice " + params.voice).c_str());
        }
    }
    // espeak-ng speaks faster than the rate it is given: at a rate r, `make bench` measures (a passage, the
    // pauses between its sentences included) 1.17 r words a minute in French and 1.24 r in English.
    double words_per_rate = speech_language(params) == Language::English ? 1.24 : 1.17;
    espeak_ng_SetParameter(espeakRATE, int(std::lround(params.rate / words_per_rate)), 0);
    espeak_ng_SetParameter(espeakVOLUME, params.volume, 0);
    m_params = params;
    m_params_applied = true;
    return {};
}

ErrorOr<void> EspeakEngine::synthesize(std::string_view text, const ChunkSink& sink)
{
    std::string nul_terminated(text);
    auto status = espeak_ng_Synthesize(nul_terminated.c_str(), nul_terminated.size() + 1, 0, POS_CHARACTER, 0,
        espeakCHARS_UTF8, nullptr, const_cast<ChunkSink*>(&sink));
    // An interrupted synthesis reports no error: the callback asked it to stop.
    if (status != ENS_OK)
        return espeak_error(status, "espeak_ng_Synthesize");
    return {};
}

}
