// The natural voices through their real libraries (Pico, RHVoice, opened at run time as Foyer opens them),
// and espeak-ng taking over when one is hidden, broken, or fails on a sentence. A library is hidden for
// real: FOYER_VOICE_LIBRARY_DIR makes a folder of links the only place Foyer looks. Without the non-free
// voices installed these tests skip, by name (`make test` installs them in CI, where a skip fails).
#include "shell/core/system/log.hpp"
#include "tests/support/process.hpp"
#include "voice/espeak_engine.hpp"
#include "voice/pico_engine.hpp"
#include "voice/rhvoice_engine.hpp"
#include "voice/voice_choice.hpp"
#include "voice/voice_engine.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

const char* french = "Bonjour Marie. Vous avez trois nouveaux messages. Le premier vient de votre fille.";
const char* english = "Hello Mary. You have three new messages. The first one is from your daughter.";

#define NEED_PICO()                                                                            \
    if (!PicoEngine::installed(Language::French) || !PicoEngine::installed(Language::English)) \
    GTEST_SKIP() << "Pico is not installed (libttspico0 and libttspico-data, Debian non-free; CI installs them)"
#define NEED_RHVOICE()               \
    if (!RHVoiceEngine::installed()) \
    GTEST_SKIP() << "RHVoice is not installed (librhvoice5 and rhvoice-english, Debian non-free; CI installs them)"

SpeechParams params_in(Language language, VoiceKind kind = VoiceKind::Best, int volume = 100)
{
    SpeechParams params;
    params.voice = language == Language::English ? "en-gb" : "fr";
    params.kind = kind;
    params.volume = volume;
    return params;
}

struct Heard {
    std::vector<int16_t> samples;
    size_t buffers { 0 };
    double seconds(int rate) const { return double(samples.size()) / rate; }
};

// Says `text` and keeps everything; with `stop_after`, asks to stop after that many buffers.
Heard say(SpeechEngine& engine, std::string_view text, size_t stop_after = 0)
{
    Heard heard;
    auto said = engine.synthesize(text, [&](std::span<const int16_t> samples) {
        heard.samples.insert(heard.samples.end(), samples.begin(), samples.end());
        ++heard.buffers;
        return stop_after && heard.buffers >= stop_after ? ChunkFlow::Stop : ChunkFlow::Continue;
    });
    EXPECT_FALSE(said.is_error()) << (said.is_error() ? said.error().detail() : "");
    return heard;
}

double rms(const std::vector<int16_t>& samples)
{
    double sum = 0;
    for (auto s : samples)
        sum += double(s) * s;
    return samples.empty() ? 0 : std::sqrt(sum / double(samples.size()));
}

// A folder holding links to some of the voices' libraries, made the only place Foyer looks.
class VoiceLibraries {
public:
    explicit VoiceLibraries(std::vector<std::string> shown)
        : m_dir(temporary_directory("voice-libraries"))
    {
        for (auto& name : shown)
            for (auto* lib : { "/usr/lib/x86_64-linux-gnu/", "/usr/lib/" })
                if (std::filesystem::exists(std::string(lib) + name)) {
                    std::filesystem::create_symlink(std::string(lib) + name, m_dir + "/" + name);
                    break;
                }
        setenv("FOYER_VOICE_LIBRARY_DIR", m_dir.c_str(), 1);
    }
    ~VoiceLibraries() { unsetenv("FOYER_VOICE_LIBRARY_DIR"); }

private:
    std::string m_dir;
};

size_t logged(std::string_view words)
{
    size_t count = 0;
    for (auto& line : recent_log_problems())
        count += line.find(words) != std::string::npos;
    return count;
}

}

TEST(PicoEngine, SaysFrenchAndEnglishThroughTheRealLibraryAndStopsInTheMiddleWhenTold)
{
    NEED_PICO();
    PicoEngine engine;
    ASSERT_FALSE(engine.initialize().is_error());
    ASSERT_FALSE(engine.set_params(params_in(Language::French)).is_error());
    auto whole = say(engine, french);
    // About five seconds of speech at 16 kHz, not silence.
    EXPECT_GT(whole.seconds(16000), 3.0);
    EXPECT_LT(whole.seconds(16000), 12.0);
    EXPECT_GT(rms(whole.samples), 300.0);

    // Stopped after its first buffers: a small part of it, and the next sentence is whole again.
    auto stopped = say(engine, french, 3);
    EXPECT_EQ(stopped.buffers, 3u);
    EXPECT_LT(stopped.samples.size(), whole.samples.size() / 10);
    EXPECT_EQ(say(engine, french).samples.size(), whole.samples.size());

    ASSERT_FALSE(engine.set_params(params_in(Language::English)).is_error());
    auto in_english = say(engine, english);
    EXPECT_GT(in_english.seconds(16000), 3.0);
    EXPECT_NE(in_english.samples.size(), whole.samples.size());

    // Faster is shorter.
    auto faster = params_in(Language::English);
    faster.rate = 250;
    ASSERT_FALSE(engine.set_params(faster).is_error());
    EXPECT_LT(double(say(engine, english).samples.size()), 0.8 * double(in_english.samples.size()));
}

TEST(RHVoiceEngine, SaysEnglishThroughTheRealLibraryAndStopsInTheMiddleWhenTold)
{
    NEED_RHVOICE();
    RHVoiceEngine engine;
    ASSERT_FALSE(engine.initialize().is_error());
    ASSERT_FALSE(engine.set_params(params_in(Language::English)).is_error());
    engine.warm_up();
    int rate = engine.sample_rate();
    EXPECT_TRUE(rate == 16000 || rate == 24000) << rate;
    auto whole = say(engine, english);
    EXPECT_GT(whole.seconds(rate), 3.0);
    EXPECT_LT(whole.seconds(rate), 12.0);
    EXPECT_GT(rms(whole.samples), 300.0);

    auto stopped = say(engine, english, 2);
    EXPECT_EQ(stopped.buffers, 2u);
    EXPECT_LT(stopped.samples.size(), whole.samples.size() / 4);
    EXPECT_EQ(say(engine, english).samples.size(), whole.samples.size());

    auto faster = params_in(Language::English);
    faster.rate = 250;
    ASSERT_FALSE(engine.set_params(faster).is_error());
    EXPECT_LT(double(say(engine, english).samples.size()), 0.8 * double(whole.samples.size()));
}

TEST(VoiceEngine, FrenchGoesToPicoAndEnglishToRHVoiceAndEachCanBeChosen)
{
    NEED_PICO();
    NEED_RHVOICE();
    auto voices = VoiceEngine::with_every_voice();
    ASSERT_FALSE(voices->initialize().is_error());
    ASSERT_FALSE(voices->set_params(params_in(Language::French)).is_error());
    EXPECT_EQ(voices->chosen(), VoiceKind::Pico);
    EXPECT_EQ(voices->sample_rate(), 16000);
    say(*voices, french);
    EXPECT_EQ(voices->last_spoken(), VoiceKind::Pico);

    ASSERT_FALSE(voices->set_params(params_in(Language::English)).is_error());
    EXPECT_EQ(voices->chosen(), VoiceKind::RHVoice);
    say(*voices, english);
    EXPECT_EQ(voices->last_spoken(), VoiceKind::RHVoice);

    ASSERT_FALSE(voices->set_params(params_in(Language::English, VoiceKind::Pico)).is_error());
    EXPECT_EQ(voices->chosen(), VoiceKind::Pico);
    ASSERT_FALSE(voices->set_params(params_in(Language::English, VoiceKind::Espeak)).is_error());
    EXPECT_EQ(voices->chosen(), VoiceKind::Espeak);
    EXPECT_EQ(voices->sample_rate(), 22050);
    // RHVoice speaks no French: asked for in French, the best French voice speaks.
    ASSERT_FALSE(voices->set_params(params_in(Language::French, VoiceKind::RHVoice)).is_error());
    EXPECT_EQ(voices->chosen(), VoiceKind::Pico);
}

TEST(VoiceEngine, WithTheNaturalVoicesHiddenEspeakSpeaksAndTheirAbsenceIsNoWarning)
{
    VoiceLibraries none({});
    auto voices = VoiceEngine::with_every_voice();
    ASSERT_FALSE(voices->initialize().is_error());
    for (auto language : all_languages) {
        ASSERT_FALSE(voices->set_params(params_in(language, VoiceKind::Best)).is_error());
        EXPECT_EQ(voices->chosen(), VoiceKind::Espeak);
        // Even when the family chose a natural voice that is no longer there.
        ASSERT_FALSE(voices->set_params(params_in(language, VoiceKind::Pico)).is_error());
        EXPECT_EQ(voices->chosen(), VoiceKind::Espeak);
        auto heard = say(*voices, language == Language::English ? english : french);
        EXPECT_GT(heard.seconds(voices->sample_rate()), 2.0);
        EXPECT_GT(rms(heard.samples), 300.0);
        EXPECT_EQ(voices->last_spoken(), VoiceKind::Espeak);
    }
    EXPECT_EQ(logged("cannot speak"), 0u) << "a voice that is not installed is not a problem for the help report";
}

TEST(VoiceEngine, AVoiceWhoseDataIsBrokenIsReplacedByEspeakAndLoggedOnce)
{
    NEED_PICO();
    // Pico's library, with voice files that are not Pico's.
    auto data = temporary_directory("broken-pico");
    write_text(data + "/fr-FR_ta.bin", "not a voice");
    write_text(data + "/fr-FR_nk0_sg.bin", "not a voice either");
    std::vector<VoiceEngine::Voice> natural;
    natural.push_back({ VoiceKind::Pico, std::make_unique<PicoEngine>(PicoEngine::Place { "libttspico.so.0", data }), { Language::French } });
    VoiceEngine voices(std::make_unique<EspeakEngine>(), std::move(natural));
    ASSERT_FALSE(voices.initialize().is_error());
    for (int sentence = 0; sentence < 3; ++sentence) {
        ASSERT_FALSE(voices.set_params(params_in(Language::French, VoiceKind::Pico)).is_error());
        auto heard = say(voices, french);
        EXPECT_GT(rms(heard.samples), 300.0);
        EXPECT_EQ(voices.last_spoken(), VoiceKind::Espeak);
    }
    EXPECT_EQ(logged("Pico cannot speak, espeak-ng speaks instead"), 1u);
}

namespace {

// Pico, made to fail on the sentences that say "panne": a failure of one sentence, at the interface the
// voices share (a real engine failing on cue cannot be had).
class FailingOnCue final : public SpeechEngine {
public:
    ErrorOr<void> initialize() override { return m_pico.initialize(); }
    int sample_rate() const override { return m_pico.sample_rate(); }
    ErrorOr<void> set_params(const SpeechParams& params) override { return m_pico.set_params(params); }
    ErrorOr<void> synthesize(std::string_view text, const ChunkSink& sink) override
    {
        if (text.find("panne") != std::string_view::npos)
            return Error::plain(N_("The natural voice is not working. Foyer speaks with its other voice."), {}, "on cue");
        return m_pico.synthesize(text, sink);
    }

private:
    PicoEngine m_pico;
};

}

TEST(VoiceEngine, ASentenceTheNaturalVoiceCannotSayIsSaidByEspeakAtTheSameSampleRate)
{
    NEED_PICO();
    std::vector<VoiceEngine::Voice> natural;
    natural.push_back({ VoiceKind::Pico, std::make_unique<FailingOnCue>(), { Language::French } });
    VoiceEngine voices(std::make_unique<EspeakEngine>(), std::move(natural));
    ASSERT_FALSE(voices.initialize().is_error());
    ASSERT_FALSE(voices.set_params(params_in(Language::French)).is_error());
    EXPECT_EQ(voices.sample_rate(), 16000);

    auto failed = say(voices, "Une panne de voix.");
    EXPECT_EQ(voices.last_spoken(), VoiceKind::Espeak);
    EXPECT_GT(rms(failed.samples), 300.0);
    // espeak-ng's 22 kHz resampled to the 16 kHz the output was opened with: about as long as it should be.
    EspeakEngine espeak;
    ASSERT_FALSE(espeak.initialize().is_error());
    ASSERT_FALSE(espeak.set_params(params_in(Language::French)).is_error());
    double expected = say(espeak, "Une panne de voix.").seconds(22050);
    EXPECT_NEAR(failed.seconds(16000), expected, 0.05 * expected);

    say(voices, french);
    EXPECT_EQ(voices.last_spoken(), VoiceKind::Pico) << "the next sentence is the natural voice's again";
    EXPECT_EQ(logged("Pico cannot speak, espeak-ng speaks instead (on cue)"), 1u);
}

TEST(VoiceEngine, EveryVoiceSpeaksAtOneLoudnessWithNoPeakAboveMinusOneDbfs)
{
    NEED_PICO();
    NEED_RHVOICE();
    auto voices = VoiceEngine::with_every_voice();
    ASSERT_FALSE(voices->initialize().is_error());
    struct Case {
        Language language;
        VoiceKind kind;
    };
    std::vector<double> levels;
    for (auto [language, kind] : { Case { Language::French, VoiceKind::Espeak }, Case { Language::French, VoiceKind::Pico },
             Case { Language::English, VoiceKind::Espeak }, Case { Language::English, VoiceKind::Pico },
             Case { Language::English, VoiceKind::RHVoice } }) {
        for (int volume : { 100, 200 }) {
            ASSERT_FALSE(voices->set_params(params_in(language, kind, volume)).is_error());
            ASSERT_EQ(voices->chosen(), kind);
            auto heard = say(*voices, language == Language::English ? english : french);
            auto loudness = measure_loudness(heard.samples, voices->sample_rate());
            SCOPED_TRACE(std::string(voice_name(kind)) + (language == Language::English ? " in English" : " in French") + " at volume "
                + std::to_string(volume));
            EXPECT_LE(loudness.peak_dbfs, -1.0 + 0.01);
            if (volume == 100)
                levels.push_back(loudness.speech_dbfs);
        }
    }
    auto [quietest, loudest] = std::minmax_element(levels.begin(), levels.end());
    EXPECT_LE(*loudest - *quietest, 3.0) << "from " << *quietest << " to " << *loudest << " dBFS";
}

TEST(VoiceEngine, NoVoiceStartsWithMoreThanTwentyMillisecondsOfSilence)
{
    NEED_PICO();
    NEED_RHVOICE();
    auto voices = VoiceEngine::with_every_voice();
    ASSERT_FALSE(voices->initialize().is_error());
    for (auto [language, kind] : { std::pair { Language::French, VoiceKind::Pico }, std::pair { Language::English, VoiceKind::Pico },
             std::pair { Language::English, VoiceKind::RHVoice }, std::pair { Language::French, VoiceKind::Espeak } }) {
        ASSERT_FALSE(voices->set_params(params_in(language, kind)).is_error());
        auto heard = say(*voices, language == Language::English ? english : french);
        auto first = std::find_if(heard.samples.begin(), heard.samples.end(), [](int16_t s) { return std::abs(int(s)) > audible_threshold; });
        ASSERT_NE(first, heard.samples.end());
        // Pico and RHVoice begin with 50 to 110 ms of silence of their own: the listener would wait for it.
        EXPECT_LE(size_t(first - heard.samples.begin()), size_t(voices->sample_rate() / 50)) << voice_name(kind);
    }
}

TEST(VoiceChoice, TheVoicesOfferedAreThoseWhoseLibrariesCanBeOpened)
{
    NEED_PICO();
    NEED_RHVOICE();
    {
        VoiceLibraries none({});
        EXPECT_EQ(installed_voices(Language::French), std::vector { VoiceKind::Espeak });
        EXPECT_EQ(installed_voices(Language::English), std::vector { VoiceKind::Espeak });
        EXPECT_EQ(natural_voice_install_command(Language::French), "sudo apt install libttspico0 libttspico-data");
        EXPECT_EQ(natural_voice_install_command(Language::English), "sudo apt install librhvoice5 rhvoice-english");
    }
    {
        VoiceLibraries pico({ "libttspico.so.0" });
        EXPECT_EQ(installed_voices(Language::French), (std::vector { VoiceKind::Pico, VoiceKind::Espeak }));
        EXPECT_EQ(installed_voices(Language::English), (std::vector { VoiceKind::Pico, VoiceKind::Espeak }));
        EXPECT_EQ(natural_voice_install_command(Language::French), std::nullopt);
        EXPECT_EQ(natural_voice_install_command(Language::English), "sudo apt install librhvoice5 rhvoice-english");
    }
    VoiceLibraries both({ "libttspico.so.0", "libRHVoice.so.5" });
    EXPECT_EQ(installed_voices(Language::English), (std::vector { VoiceKind::RHVoice, VoiceKind::Pico, VoiceKind::Espeak }));
    EXPECT_EQ(natural_voice_install_command(Language::English), std::nullopt);
}

TEST(VoiceChoice, TheBestVoiceTheChosenOneAndTheFallbackAreOfferedNotASecondNaturalVoiceNobodyChose)
{
    std::vector all { VoiceKind::RHVoice, VoiceKind::Pico, VoiceKind::Espeak };
    EXPECT_EQ(offered_voices(all, VoiceKind::Best), (std::vector { VoiceKind::RHVoice, VoiceKind::Espeak }));
    EXPECT_EQ(offered_voices(all, VoiceKind::Espeak), (std::vector { VoiceKind::RHVoice, VoiceKind::Espeak }));
    EXPECT_EQ(offered_voices(all, VoiceKind::Pico), all);
    EXPECT_EQ(offered_voices({ VoiceKind::Espeak }, VoiceKind::Pico), std::vector { VoiceKind::Espeak });
    EXPECT_EQ(offered_voices({ VoiceKind::Pico, VoiceKind::Espeak }, VoiceKind::RHVoice), (std::vector { VoiceKind::Pico, VoiceKind::Espeak }));
}

TEST(VoiceChoice, TheSettingsWordsBecomeTheVoiceAndAnEspeakNameStaysEspeak)
{
    VoiceSettings settings;
    EXPECT_EQ(speech_params_for(settings, Language::French).kind, VoiceKind::Best);
    EXPECT_EQ(speech_params_for(settings, Language::French).voice, "fr");
    EXPECT_EQ(speech_params_for(settings, Language::English).voice, "en-gb");
    settings.voice = "pico";
    EXPECT_EQ(speech_params_for(settings, Language::English).kind, VoiceKind::Pico);
    settings.voice = "rhvoice";
    EXPECT_EQ(speech_params_for(settings, Language::English).kind, VoiceKind::RHVoice);
    settings.voice = "espeak";
    EXPECT_EQ(speech_params_for(settings, Language::English).kind, VoiceKind::Espeak);
    EXPECT_EQ(speech_params_for(settings, Language::English).voice, "en-gb");
    settings.voice = "fr-be";
    EXPECT_EQ(speech_params_for(settings, Language::French).kind, VoiceKind::Espeak);
    EXPECT_EQ(speech_params_for(settings, Language::French).voice, "fr-be");
    settings.rate = 170;
    settings.volume = 140;
    EXPECT_EQ(speech_params_for(settings, Language::French).rate, 170);
    EXPECT_EQ(speech_params_for(settings, Language::French).volume, 140);
}
