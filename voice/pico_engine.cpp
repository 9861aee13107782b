// Pico's C API, as picoapi.h describes it, bound by name at run time: one system (a block of memory the
// library works in), the text-analysis and signal resources of one language, a voice made of them, and an
// engine that takes UTF-8 text and gives 16-bit samples a few hundred at a time.
#include "pico_engine.hpp"

#include <algorithm>
#include <filesystem>

namespace Foyer {

namespace {

using Status = int;
constexpr Status ok = 0;
constexpr Status step_idle = 200;
constexpr Status step_busy = 201;
constexpr int reset_soft = 0x10;
constexpr short pcm_16bit = 1;
// What picoapi.h returns messages in.
using Message = char[200];
// Words a minute at Pico's normal speed, as `make bench` measures every voice (a passage, the pauses between
// its sentences included): so that a rate of 160 is 160 words a minute with every voice.
constexpr int native_words_a_minute_french = 170;
constexpr int native_words_a_minute_english = 202;
// The library asks for about 2.5 MB to work in.
constexpr size_t working_memory = 2500000;

struct Files {
    const char* text_analysis;
    const char* signal;
    const char* voice;
};

Files files_for(Language language)
{
    if (language == Language::English)
        return { "en-GB_ta.bin", "en-GB_kh0_sg.bin", "foyer-en-GB" };
    return { "fr-FR_ta.bin", "fr-FR_nk0_sg.bin", "foyer-fr-FR" };
}

Error pico_error(std::string detail)
{
    return Error::plain(N_("The natural voice is not working. Foyer speaks with its other voice."), {}, "pico: " + std::move(detail));
}

}

struct PicoEngine::Api {
    Status (*initialize)(void*, unsigned, void**);
    Status (*terminate)(void**);
    Status (*load_resource)(void*, const unsigned char*, void**);
    Status (*unload_resource)(void*, void**);
    Status (*resource_name)(void*, void*, Message);
    Status (*create_voice)(void*, const unsigned char*);
    Status (*add_resource_to_voice)(void*, const unsigned char*, const unsigned char*);
    Status (*release_voice)(void*, const unsigned char*);
    Status (*new_engine)(void*, const unsigned char*, void**);
    Status (*dispose_engine)(void*, void**);
    Status (*put_text)(void*, const unsigned char*, short, short*);
    Status (*get_data)(void*, void*, short, short*, short*);
    Status (*reset_engine)(void*, int);
    Status (*system_message)(void*, Status, Message);
};

PicoEngine::PicoEngine()
    : PicoEngine(Place {})
{
}

PicoEngine::PicoEngine(Place place)
    : m_place(std::move(place))
{
}

PicoEngine::~PicoEngine()
{
    release();
}

bool PicoEngine::installed(Language language)
{
    return installed(language, Place {});
}

bool PicoEngine::installed(Language language, const Place& place)
{
    auto files = files_for(language);
    std::error_code error;
    if (!std::filesystem::exists(place.data + "/" + files.text_analysis, error) || !std::filesystem::exists(place.data + "/" + files.signal, error))
        return false;
    return !SharedLibrary::open(place.library).is_error();
}

void PicoEngine::release()
{
    if (!m_api || !m_system)
        return;
    unload_voice();
    m_api->terminate(&m_system);
    m_system = nullptr;
    m_language.reset();
}

// The engine, the voice and its resources of the language in use, given back to Pico's system.
void PicoEngine::unload_voice()
{
    if (m_engine)
        m_api->dispose_engine(m_system, &m_engine);
    if (m_language)
        m_api->release_voice(m_system, reinterpret_cast<const unsigned char*>(files_for(*m_language).voice));
    for (auto& resource : m_resources)
        m_api->unload_resource(m_system, &resource);
    m_resources.clear();
}

ErrorOr<void> PicoEngine::initialize()
{
    if (m_system)
        return {};
    auto library = SharedLibrary::open(m_place.library);
    if (library.is_error())
        return pico_error(library.error().detail());
    m_library = library.release_value();
    auto api = std::make_unique<Api>();
    auto& l = *m_library;
    bool bound = l.bind(api->initialize, "pico_initialize") && l.bind(api->terminate, "pico_terminate")
        && l.bind(api->load_resource, "pico_loadResource") && l.bind(api->unload_resource, "pico_unloadResource")
        && l.bind(api->resource_name, "pico_getResourceName") && l.bind(api->create_voice, "pico_createVoiceDefinition")
        && l.bind(api->add_resource_to_voice, "pico_addResourceToVoiceDefinition")
        && l.bind(api->release_voice, "pico_releaseVoiceDefinition") && l.bind(api->new_engine, "pico_newEngine")
        && l.bind(api->dispose_engine, "pico_disposeEngine") && l.bind(api->put_text, "pico_putTextUtf8")
        && l.bind(api->get_data, "pico_getData") && l.bind(api->reset_engine, "pico_resetEngine")
        && l.bind(api->system_message, "pico_getSystemStatusMessage");
    if (!bound) {
        m_library.reset();
        return pico_error(m_place.library + " lacks a function of Pico's API");
    }
    m_memory.assign(working_memory, 0);
    if (auto status = api->initialize(m_memory.data(), unsigned(m_memory.size()), &m_system); status != ok) {
        m_system = nullptr;
        return pico_error("pico_initialize: " + std::to_string(status));
    }
    m_api = std::move(api);
    return {};
}

ErrorOr<void> PicoEngine::use_language(Language language)
{
    if (m_language == language && m_engine)
        return {};
    unload_voice();
    m_language.reset();

    auto files = files_for(language);
    auto voice = reinterpret_cast<const unsigned char*>(files.voice);
    auto say_why = [&](const char* step, Status status) {
        Message message {};
        m_api->system_message(m_system, status, message);
        return pico_error(std::string(step) + ": " + message);
    };
    std::vector<std::string> names;
    for (auto* file : { files.text_analysis, files.signal }) {
        auto path = m_place.data + "/" + file;
        void* resource = nullptr;
        if (auto status = m_api->load_resource(m_system, reinterpret_cast<const unsigned char*>(path.c_str()), &resource); status != ok)
            return say_why(path.c_str(), status);
        m_resources.push_back(resource);
        Message name {};
        m_api->resource_name(m_system, resource, name);
        names.push_back(name);
    }
    if (auto status = m_api->create_voice(m_system, voice); status != ok)
        return say_why("pico_createVoiceDefinition", status);
    m_language = language;
    for (auto& name : names)
        if (auto status = m_api->add_resource_to_voice(m_system, voice, reinterpret_cast<const unsigned char*>(name.c_str())); status != ok)
            return say_why("pico_addResourceToVoiceDefinition", status);
    if (auto status = m_api->new_engine(m_system, voice, &m_engine); status != ok) {
        m_engine = nullptr;
        return say_why("pico_newEngine", status);
    }
    return {};
}

ErrorOr<void> PicoEngine::set_params(const SpeechParams& params)
{
    if (!m_system)
        return pico_error("not initialised");
    auto native = speech_language(params) == Language::English ? native_words_a_minute_english : native_words_a_minute_french;
    m_speed = std::clamp(params.rate * 100 / native, 20, 500);
    return use_language(speech_language(params));
}

ErrorOr<void> PicoEngine::synthesize(std::string_view text, const ChunkSink& sink)
{
    if (!m_engine)
        return pico_error("no voice loaded");
    // Pico reads its own markup in the text: the speed is one, and a '<' of the text must not open another.
    std::string marked = "<speed level='" + std::to_string(m_speed) + "'>";
    for (char c : text)
        marked += c == '<' || c == '>' ? ' ' : c;
    marked += "</speed>";
    marked += '\0';

    short buffer[256];
    auto drain = [&](bool& stopped) -> ErrorOr<void> {
        for (;;) {
            short received = 0;
            short type = 0;
            auto status = m_api->get_data(m_engine, buffer, short(sizeof buffer), &received, &type);
            if (received > 0 && type == pcm_16bit
                && sink(std::span<const int16_t>(reinterpret_cast<const int16_t*>(buffer), size_t(received) / 2)) == ChunkFlow::Stop) {
                stopped = true;
                m_api->reset_engine(m_engine, reset_soft);
                return {};
            }
            if (status == step_idle)
                return {};
            if (status != step_busy) {
                m_api->reset_engine(m_engine, reset_soft);
                return pico_error("pico_getData: " + std::to_string(status));
            }
        }
    };

    size_t put = 0;
    bool stopped = false;
    while (put < marked.size() && !stopped) {
        auto piece = short(std::min<size_t>(marked.size() - put, 4096));
        short taken = 0;
        if (auto status = m_api->put_text(m_engine, reinterpret_cast<const unsigned char*>(marked.data() + put), piece, &taken); status != ok) {
            m_api->reset_engine(m_engine, reset_soft);
            return pico_error("pico_putTextUtf8: " + std::to_string(status));
        }
        put += size_t(taken);
        if (auto drained = drain(stopped); drained.is_error())
            return drained;
    }
    return {};
}

}
