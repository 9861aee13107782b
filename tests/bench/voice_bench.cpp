// make bench, section 7: the voices. For each installed engine, through VoiceEngine as Foyer speaks:
// - first sample after a fresh start (the warm-up included) and warm, to the first sample of a sentence;
// - first audible sample: the time to the first sound above -40 dBFS, its leading silence included (the
//   silence is played before it, in real time);
// - real-time factor (synthesis time / duration of the audio), words a minute at the default rate;
// - peak and speech loudness, and the loudness difference with espeak-ng;
// - for English, the word error rate of pocketsphinx (Debian, en-us model) on what each voice says.
#include "voice_bench.hpp"

#include "figures.hpp"
#include "tests/support/process.hpp"
#include "voice/espeak_engine.hpp"
#include "voice/rhvoice_engine.hpp"
#include "voice/sound_level.hpp"
#include "voice/speakable.hpp"
#include "voice/voice_choice.hpp"
#include "voice/voice_engine.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace std::chrono;

namespace Foyer::Bench {

namespace {

double max_of(const std::vector<double>& values)
{
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

const std::vector<const char*> french_prompts {
    "Bonjour Marie. Nous sommes le jeudi 26 novembre, il est 10 h 42.",
    "Vous avez 3 nouveaux messages. Le premier vient de votre fille.",
    "Appeler à l’aide. Solidarité numérique, téléphone 01 70 77 23 72.",
    "L’imprimante n’a plus d’encre noire. Il faut une nouvelle cartouche noire.",
    "Votre code : 123 456 789. Dites-le à la personne au téléphone.",
    "Votre photo est imprimée.",
    "Votre fils vous appelle. Appuyez sur le bouton vert pour répondre.",
    "Ouvert du lundi au vendredi, de 9 h à 18 h.",
};

// What Foyer says in English, as a recogniser with a general English model can be asked to hear it.
const std::vector<const char*> english_prompts {
    "Hello Mary. You have three new messages.",
    "The first one is from your daughter.",
    "The printer has no more black ink.",
    "A new black cartridge is needed.",
    "Your photo is printed.",
    "Press the green button to answer.",
    "Do you want to read the letter aloud?",
    "Your son is calling you.",
    "The picture could not be made.",
    "Check that the loudspeakers are plugged in and switched on.",
    "Write to your grandson.",
    "Today is Thursday 26 November.",
    "It is 10 o'clock in the morning.",
    "Show my screen to the helper.",
    "The message was sent to your daughter.",
    "Your code is 123 456 789.",
    "Call for help.",
    "Everything is written on the screen.",
};

// A screen's worth of speech said as one text, for words a minute with the pauses between sentences.
const char* french_passage = "Bonjour Marie. Vous avez trois nouveaux messages. Le premier vient de votre fille Sophie, "
                             "qui vous envoie des photos de ses enfants. Le deuxième vient de la pharmacie : votre commande "
                             "est prête, vous pouvez passer la chercher quand vous voulez. Le troisième vient de votre "
                             "voisin, qui vous propose de venir prendre le café dimanche après-midi.";
const char* english_passage = "Hello Mary. You have three new messages. The first one is from your daughter Sophie, who "
                              "sends you pictures of her children. The second one is from the chemist: your order is "
                              "ready, and you can pick it up whenever you like. The third one is from your neighbour, "
                              "who asks you to come round for a cup of tea on Sunday afternoon.";

struct Said {
    std::vector<int16_t> samples;
    int sample_rate { 0 };
    double first_sample_ms { 0 };
    double first_audible_ms { 0 };
    double total_ms { 0 };
    bool failed { false };
};

Said say(SpeechEngine& engine, const std::string& text)
{
    Said said;
    said.sample_rate = engine.sample_rate();
    auto start = steady_clock::now();
    bool first = true;
    std::optional<double> audible_at;
    auto result = engine.synthesize(text, [&](std::span<const int16_t> chunk) {
        auto now = duration<double, std::milli>(steady_clock::now() - start).count();
        if (first) {
            said.first_sample_ms = now;
            first = false;
        }
        if (!audible_at) {
            for (size_t i = 0; i < chunk.size(); ++i) {
                if (std::abs(int(chunk[i])) > audible_threshold) {
                    // Played from the first sample on, in real time: the silence before it counts.
                    double offset_ms = double(said.samples.size() + i) * 1000.0 / said.sample_rate;
                    audible_at = said.first_sample_ms + offset_ms;
                    break;
                }
            }
        }
        said.samples.insert(said.samples.end(), chunk.begin(), chunk.end());
        return ChunkFlow::Continue;
    });
    said.total_ms = duration<double, std::milli>(steady_clock::now() - start).count();
    said.failed = result.is_error();
    said.first_audible_ms = audible_at.value_or(said.total_ms);
    return said;
}

// Seconds of speech between the first and the last sound, for words a minute.
double speech_seconds(const Said& said)
{
    size_t first = 0, last = said.samples.size();
    while (first < last && std::abs(int(said.samples[first])) <= audible_threshold)
        ++first;
    while (last > first && std::abs(int(said.samples[last - 1])) <= audible_threshold)
        --last;
    return double(last - first) / said.sample_rate;
}

size_t word_count(const std::string& text)
{
    std::istringstream words(text);
    size_t count = 0;
    for (std::string word; words >> word;)
        count += std::any_of(word.begin(), word.end(), [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
    return count;
}

// Lower-case words, hyphens and apostrophes as the recogniser's dictionary spells them.
std::vector<std::string> words_of(const std::string& text)
{
    std::string cleaned;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '\'')
            cleaned += char(std::tolower(c));
        else
            cleaned += ' ';
    }
    std::istringstream stream(cleaned);
    std::vector<std::string> words;
    for (std::string word; stream >> word;)
        words.push_back(word);
    return words;
}

size_t edit_distance(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t above = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[b.size()];
}

void write_wav_16k(const std::string& path, const Said& said)
{
    std::vector<int16_t> pcm;
    Resampler resampler(said.sample_rate, 16000);
    resampler.process(said.samples, pcm);
    // Half a second of silence before and after the speech, as the recogniser expects around an utterance.
    pcm.insert(pcm.begin(), 8000, 0);
    pcm.insert(pcm.end(), 8000, 0);
    auto put32 = [](std::ofstream& out, uint32_t v) { out.write(reinterpret_cast<const char*>(&v), 4); };
    auto put16 = [](std::ofstream& out, uint16_t v) { out.write(reinterpret_cast<const char*>(&v), 2); };
    std::ofstream out(path, std::ios::binary);
    uint32_t bytes = uint32_t(pcm.size() * 2);
    out.write("RIFF", 4);
    put32(out, 36 + bytes);
    out.write("WAVEfmt ", 8);
    put32(out, 16);
    put16(out, 1);
    put16(out, 1);
    put32(out, 16000);
    put32(out, 32000);
    put16(out, 2);
    put16(out, 16);
    out.write("data", 4);
    put32(out, bytes);
    out.write(reinterpret_cast<const char*>(pcm.data()), std::streamsize(bytes));
}

// What pocketsphinx hears in the file: its hypothesis, the last line it prints on stdout.
std::optional<std::string> recognise(const std::string& wav)
{
    const std::string model = "/usr/share/pocketsphinx/model/en-us";
    auto result = Testing::run({ "pocketsphinx_continuous", "-infile", wav, "-hmm", model + "/en-us", "-lm",
                                   model + "/en-us.lm.bin", "-dict", model + "/cmudict-en-us.dict", "-logfn", "/dev/null" },
        {}, seconds(60));
    if (result.exit_code != 0)
        return std::nullopt;
    std::string heard;
    std::istringstream lines(result.output);
    for (std::string line; std::getline(lines, line);)
        if (!line.empty())
            heard += (heard.empty() ? "" : " ") + line;
    return heard;
}

struct Row {
    const char* name;
    VoiceKind kind;
    Language language;
};

SpeechParams params_for(const Row& row)
{
    SpeechParams params;
    params.voice = row.language == Language::English ? "en-gb" : "fr";
    params.kind = row.kind;
    return params;
}

}

void voices()
{
    std::vector<Row> rows { { "espeak-ng fr", VoiceKind::Espeak, Language::French },
        { "Pico fr-FR", VoiceKind::Pico, Language::French }, { "espeak-ng en", VoiceKind::Espeak, Language::English },
        { "Pico en-GB", VoiceKind::Pico, Language::English }, { "RHVoice bdl", VoiceKind::RHVoice, Language::English } };
    int rounds = quick() ? 1 : 3;
    auto wer_ready = Testing::have_program("pocketsphinx_continuous")
        && std::filesystem::exists("/usr/share/pocketsphinx/model/en-us/en-us.lm.bin");
    auto folder = Testing::temporary_directory("foyer-voice-bench");

    std::printf("\n7. Voices, through VoiceEngine as Foyer speaks (default rate %d words a minute)\n", SpeechParams {}.rate);
    std::printf("   %-13s %9s %9s %9s %9s %7s %6s %7s %7s %6s %6s\n", "voice", "cold ms", "warm ms", "warm max",
        "audible", "RTF", "wpm", "peak", "loud", "diff", "WER");
    std::printf("   %-13s %9s %9s %9s %9s %7s %6s %7s %7s %6s %6s\n", "", "(start)", "(median)", "", "ms (max)", "",
        "", "dBFS", "dBFS", "dB", "%");
    double espeak_loudness[2] { 0, 0 };
    for (auto& row : rows) {
        auto installed = installed_voices(row.language);
        if (std::find(installed.begin(), installed.end(), row.kind) == installed.end()) {
            std::printf("   %-13s not installed (Debian non-free; `make test` installs it in CI)\n", row.name);
            continue;
        }
        auto params = params_for(row);
        // A fresh start, as when Foyer opens: its warm-up included, then the first sentence.
        auto start = steady_clock::now();
        auto fresh = VoiceEngine::with_every_voice();
        if (fresh->initialize().is_error() || fresh->set_params(params).is_error()) {
            std::printf("   %-13s could not start\n", row.name);
            continue;
        }
        auto first = say(*fresh, speakable(row.language == Language::French ? french_prompts[0] : english_prompts[0], row.language));
        double cold_ms = duration<double, std::milli>(steady_clock::now() - start).count();
        (void)first;
        cold_ms = cold_ms - first.total_ms + first.first_sample_ms;

        std::vector<double> warm, audible, rtf;
        double words = 0, seconds_of_speech = 0;
        std::vector<int16_t> all;
        int rate = fresh->sample_rate();
        auto& prompts = row.language == Language::French ? french_prompts : english_prompts;
        size_t errors = 0, reference_words = 0;
        bool wer_done = wer_ready && row.language == Language::English;
        for (int round = 0; round < rounds; ++round) {
            for (size_t i = 0; i < prompts.size(); ++i) {
                auto text = speakable(prompts[i], row.language);
                auto said = say(*fresh, text);
                if (said.failed || said.samples.empty())
                    continue;
                warm.push_back(said.first_sample_ms);
                audible.push_back(said.first_audible_ms);
                double audio_ms = double(said.samples.size()) * 1000.0 / said.sample_rate;
                rtf.push_back(said.total_ms / audio_ms);
                all.insert(all.end(), said.samples.begin(), said.samples.end());
                if (round == 0 && wer_done) {
                    auto wav = folder + "/prompt-" + std::to_string(i) + ".wav";
                    write_wav_16k(wav, said);
                    auto heard = recognise(wav);
                    if (!heard) {
                        wer_done = false;
                        continue;
                    }
                    auto reference = words_of(text);
                    errors += edit_distance(reference, words_of(*heard));
                    if (std::getenv("BENCH_VERBOSE"))
                        std::printf("     %s | heard: %s\n", text.c_str(), heard->c_str());
                    reference_words += reference.size();
                }
            }
        }
        // Words a minute: the passage, from its first sound to its last, the pauses between sentences included.
        for (int round = 0; round < rounds; ++round) {
            auto passage = speakable(row.language == Language::French ? french_passage : english_passage, row.language);
            auto said = say(*fresh, passage);
            if (!said.failed && !said.samples.empty()) {
                words += double(word_count(passage));
                seconds_of_speech += speech_seconds(said);
            }
        }
        auto level = measure_loudness(all, rate);
        int language_index = row.language == Language::French ? 0 : 1;
        if (row.kind == VoiceKind::Espeak)
            espeak_loudness[language_index] = level.speech_dbfs;
        double wpm = seconds_of_speech > 0 ? words / seconds_of_speech * 60 : 0;
        char wer[16] = "-";
        if (wer_done && reference_words > 0)
            std::snprintf(wer, sizeof wer, "%.1f", 100.0 * double(errors) / double(reference_words));
        std::printf("   %-13s %9.1f %9.2f %9.2f %4.0f (%3.0f) %7.4f %6.0f %7.1f %7.1f %+6.1f %6s\n", row.name, cold_ms,
            median(warm), max_of(warm), median(audible), max_of(audible), median(rtf), wpm, level.peak_dbfs,
            level.speech_dbfs, level.speech_dbfs - espeak_loudness[language_index], wer);
    }
    std::printf("   goals: warm <= 20 ms, audible <= 100 ms, RTF <= 0.05, 150-180 wpm, peak <= -1 dBFS, loudness within 3 dB"
                " of espeak-ng, English WER of the default voice <= 10 %%\n");
    if (!wer_ready)
        std::printf("   WER not measured: pocketsphinx and pocketsphinx-en-us are not installed (make deps-test installs them)\n");
    else
        std::printf("   WER: pocketsphinx 0.8 (Debian, en-us model), %zu English prompts said once, words for the ear as reference\n",
            english_prompts.size());

    // RHVoice is the one voice slow the first time: its first sentence with and without the warm-up.
    if (RHVoiceEngine::installed()) {
        std::vector<double> cold, warmed;
        for (int i = 0; i < (quick() ? 1 : 5); ++i) {
            for (bool warm_up : { false, true }) {
                RHVoiceEngine engine;
                if (engine.initialize().is_error())
                    break;
                SpeechParams params;
                params.voice = "en-gb";
                (void)engine.set_params(params);
                if (warm_up)
                    engine.warm_up();
                auto said = say(engine, "Hello Mary. You have three new messages.");
                (warm_up ? warmed : cold).push_back(said.first_sample_ms);
            }
        }
        std::printf("   RHVoice, first sentence after start: %.1f ms without the warm-up, %.1f ms after it  ratio %.1f\n",
            median(cold), median(warmed), median(warmed) > 0 ? median(cold) / median(warmed) : 0);
    }
    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
}

}
