// RHVoice's C API, as RHVoice.h describes it, bound by name at run time. The structures below are that
// header's, field for field (the ABI of libRHVoice.so.5): the library is found at run time, its headers
// are not needed to build Foyer.
#include "rhvoice_engine.hpp"

#include <filesystem>

namespace Foyer {

namespace {

struct Callbacks {
    int (*set_sample_rate)(int, void*);
    int (*play_speech)(const short*, unsigned, void*);
    int (*process_mark)(const char*, void*);
    int (*word_starts)(unsigned, unsigned, void*);
    int (*word_ends)(unsigned, unsigned, void*);
    int (*sentence_starts)(unsigned, unsigned, void*);
    int (*sentence_ends)(unsigned, unsigned, void*);
    int (*play_audio)(const char*, void*);
    void (*done)(void*);
};

struct InitParams {
    const char* data_path;
    const char* config_path;
    const char** resource_paths;
    Callbacks callbacks;
    unsigned options;
};

struct SynthParams {
    const char* voice_profile;
    double absolute_rate, absolute_pitch, absolute_volume;
    double relative_rate, relative_pitch, relative_volume;
    int punctuation_mode;
    const char* punctuation_list;
    int capitals_mode;
    int flags;
};

constexpr int message_text = 0;
constexpr int punctuation_none = 1;
constexpr int capitals_default = 0;
// Words a minute at the normal speed of RHVoice's bdl, as `make bench` measures every voice (a passage, the pauses
// between its sentences included).
constexpr int native_words_a_minute = 217;

// What one synthesis hears from the library's callbacks.
struct Listening {
    const SpeechEngine::ChunkSink* sink { nullptr };
    int* sample_rate { nullptr };
    bool stopped { false };
};

int on_sample_rate(int rate, void* data)
{
    auto* listening = static_cast<Listening*>(data);
    if (listening && listening->sample_rate && rate > 0)
        *listening->sample_rate = rate;
    return 1;
}

int on_speech(const short* samples, unsigned count, void* data)
{
    auto* listening = static_cast<Listening*>(data);
    if (!listening || !listening->sink)
        return 1;
    if ((*listening->sink)(std::span<const int16_t>(reinterpret_cast<const int16_t*>(samples), count)) == ChunkFlow::Stop) {
        listening->stopped = true;
        return 0;
    }
    return 1;
}

Error rhvoice_error(std::string detail)
{
    return Error::plain(N_("The natural voice is not working. Foyer speaks with its other voice."), {}, "rhvoice: " + std::move(detail));
}

}

struct RHVoiceEngine::Api {
    void* (*new_engine)(const InitParams*);
    void (*delete_engine)(void*);
    void* (*new_message)(void*, const char*, unsigned, int, const SynthParams*, void*);
    void (*delete_message)(void*);
    int (*speak)(void*);
};

RHVoiceEngine::RHVoiceEngine()
    : RHVoiceEngine(Place {})
{
}

RHVoiceEngine::RHVoiceEngine(Place place)
    : m_place(std::move(place))
{
}

RHVoiceEngine::~RHVoiceEngine()
{
    if (m_api && m_engine)
        m_api->delete_engine(m_engine);
}

bool RHVoiceEngine::installed()
{
    return installed(Place {});
}

bool RHVoiceEngine::installed(const Place& place)
{
    std::error_code error;
    if (!std::filesystem::exists(place.data + "/voices/" + place.voice, error) || !std::filesystem::exists(place.data + "/languages/English", error))
        return false;
    return !SharedLibrary::open(place.library).is_error();
}

ErrorOr<void> RHVoiceEngine::initialize()
{
    if (m_engine)
        return {};
    auto library = SharedLibrary::open(m_place.library);
    if (library.is_error())
        return rhvoice_error(library.error().detail());
    m_library = library.release_value();
    auto api = std::make_unique<Api>();
    auto& l = *m_library;
    if (!(l.bind(api->new_engine, "RHVoice_new_tts_engine") && l.bind(api->delete_engine, "RHVoice_delete_tts_engine")
            && l.bind(api->new_message, "RHVoice_new_message") && l.bind(api->delete_message, "RHVoice_delete_message")
            && l.bind(api->speak, "RHVoice_speak"))) {
        m_library.reset();
        return rhvoice_error(m_place.library + " lacks a function of RHVoice's API");
    }
    InitParams init {};
    init.data_path = m_place.data.c_str();
    init.config_path = m_place.config.c_str();
    init.callbacks.set_sample_rate = on_sample_rate;
    init.callbacks.play_speech = on_speech;
    // The library throws C++ exceptions through its C API when its data is broken; none may reach Foyer.
    try {
        m_engine = api->new_engine(&init);
    } catch (...) {
        m_engine = nullptr;
    }
    if (!m_engine)
        return rhvoice_error("RHVoice_new_tts_engine failed (data in " + m_place.data + ")");
    m_api = std::move(api);
    return {};
}

ErrorOr<void> RHVoiceEngine::set_params(const SpeechParams& params)
{
    if (!m_engine)
        return rhvoice_error("not initialised");
    m_relative_rate = double(params.rate) / native_words_a_minute;
    return {};
}

void RHVoiceEngine::warm_up()
{
    (void)synthesize("Hello.", [](std::span<const int16_t>) { return ChunkFlow::Continue; });
}

ErrorOr<void> RHVoiceEngine::synthesize(std::string_view text, const ChunkSink& sink)
{
    if (!m_engine)
        return rhvoice_error("not initialised");
    SynthParams params {};
    params.voice_profile = m_place.voice.c_str();
    params.relative_rate = m_relative_rate;
    params.relative_pitch = 1;
    params.relative_volume = 1;
    params.punctuation_mode = punctuation_none;
    params.capitals_mode = capitals_default;
    Listening listening { &sink, &m_sample_rate };
    std::string owned(text);
    void* message = nullptr;
    int spoken = 0;
    try {
        message = m_api->new_message(m_engine, owned.c_str(), unsigned(owned.size()), message_text, &params, &listening);
        if (!message)
            return rhvoice_error("RHVoice_new_message failed for voice " + m_place.voice);
        spoken = m_api->speak(message);
    } catch (...) {
        spoken = 0;
    }
    if (message)
        m_api->delete_message(message);
    if (!spoken && !listening.stopped)
        return rhvoice_error("RHVoice_speak failed");
    return {};
}

}
