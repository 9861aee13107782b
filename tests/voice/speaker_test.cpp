// The speech queue: order, interruption, silence without a device, and real espeak-ng synthesis into a
// buffer (the sound card is the only thing replaced).
#include "voice/espeak_engine.hpp"
#include "voice/speaker.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

using namespace Foyer;
using namespace std::chrono_literals;

namespace {

// Keeps what would have been played, and can pretend to be a missing sound card. It can also hold the
// speech thread inside its first write, so a test knows a sentence is being spoken (its first buffer is
// out, the rest is not) without guessing with a sleep.
class MemoryOutput final : public AudioOutput {
public:
    struct Shared {
        std::mutex mutex;
        std::condition_variable changed;
        std::vector<int16_t> samples;
        int opens { 0 };
        int drops { 0 };
        bool missing { false };
        // Every write fails, as a sound card unplugged in the middle of a sentence does.
        bool fail_writes { false };
        // While true, the first write waits (after keeping its samples) until release().
        bool hold_first_write { false };
        bool first_written { false };

        // Waits until the first buffer of speech reached the output.
        bool wait_for_first_write(std::chrono::milliseconds timeout)
        {
            std::unique_lock lock(mutex);
            return changed.wait_for(lock, timeout, [&] { return first_written; });
        }
        void release()
        {
            {
                std::lock_guard lock(mutex);
                hold_first_write = false;
            }
            changed.notify_all();
        }
        // Copies under the mutex: the speech thread writes while the test reads.
        std::vector<int16_t> played()
        {
            std::lock_guard lock(mutex);
            return samples;
        }
        void forget_played()
        {
            std::lock_guard lock(mutex);
            samples.clear();
        }
        int dropped()
        {
            std::lock_guard lock(mutex);
            return drops;
        }
    };
    explicit MemoryOutput(std::shared_ptr<Shared> shared)
        : m_shared(std::move(shared))
    {
    }
    ErrorOr<void> open(int) override
    {
        std::lock_guard lock(m_shared->mutex);
        if (m_shared->missing)
            return Error::plain("No loudspeaker was found, so Foyer cannot speak. Everything is written on the screen. To hear it, check that the loudspeakers are plugged in and switched on.");
        ++m_shared->opens;
        return {};
    }
    ErrorOr<void> write(std::span<const int16_t> samples) override
    {
        std::unique_lock lock(m_shared->mutex);
        if (m_shared->fail_writes)
            return Error::plain("No loudspeaker was found, so Foyer cannot speak. Everything is written on the screen. To hear it, check that the loudspeakers are plugged in and switched on.", {}, "write: device gone");
        m_shared->samples.insert(m_shared->samples.end(), samples.begin(), samples.end());
        if (!m_shared->first_written) {
            m_shared->first_written = true;
            m_shared->changed.notify_all();
            m_shared->changed.wait(lock, [&] { return !m_shared->hold_first_write; });
        }
        return {};
    }
    void drain() override { }
    void drop() override
    {
        std::lock_guard lock(m_shared->mutex);
        ++m_shared->drops;
    }
    void close() override { }

private:
    std::shared_ptr<Shared> m_shared;
};

// Produces one 10 ms chunk per character, slowly, so a test can interrupt in the middle.
class SlowEngine final : public SpeechEngine {
public:
    ErrorOr<void> initialize() override { return {}; }
    int sample_rate() const override { return 1000; }
    ErrorOr<void> set_params(const SpeechParams&) override { return {}; }
    ErrorOr<void> synthesize(std::string_view text, const ChunkSink& sink) override
    {
        std::vector<int16_t> chunk(10, int16_t(text.empty() ? 0 : text[0]));
        for (size_t i = 0; i < text.size(); ++i) {
            std::this_thread::sleep_for(5ms);
            if (sink(chunk) == ChunkFlow::Stop)
                break;
        }
        return {};
    }
};

// Speaks nothing until the test lets it: while it holds, a say() that waited for speech would never return.
class HeldEngine final : public SpeechEngine {
public:
    struct Gate {
        std::mutex mutex;
        std::condition_variable changed;
        bool speaking { false };
        bool open { false };

        bool wait_until_speaking(std::chrono::milliseconds timeout)
        {
            std::unique_lock lock(mutex);
            return changed.wait_for(lock, timeout, [&] { return speaking; });
        }
        void let_go()
        {
            {
                std::lock_guard lock(mutex);
                open = true;
            }
            changed.notify_all();
        }
    };
    explicit HeldEngine(std::shared_ptr<Gate> gate)
        : m_gate(std::move(gate))
    {
    }
    ErrorOr<void> initialize() override { return {}; }
    int sample_rate() const override { return 1000; }
    ErrorOr<void> set_params(const SpeechParams&) override { return {}; }
    ErrorOr<void> synthesize(std::string_view, const ChunkSink& sink) override
    {
        std::unique_lock lock(m_gate->mutex);
        m_gate->speaking = true;
        m_gate->changed.notify_all();
        m_gate->changed.wait(lock, [&] { return m_gate->open; });
        lock.unlock();
        std::vector<int16_t> chunk(10, 1);
        sink(chunk);
        return {};
    }

private:
    std::shared_ptr<Gate> m_gate;
};

// Keeps the words it was given to say, and says one chunk for them.
class ListeningEngine final : public SpeechEngine {
public:
    struct Heard {
        std::mutex mutex;
        std::vector<std::string> texts;
        std::vector<std::string> copy()
        {
            std::lock_guard lock(mutex);
            return texts;
        }
    };
    explicit ListeningEngine(std::shared_ptr<Heard> heard)
        : m_heard(std::move(heard))
    {
    }
    ErrorOr<void> initialize() override { return {}; }
    int sample_rate() const override { return 1000; }
    ErrorOr<void> set_params(const SpeechParams&) override { return {}; }
    ErrorOr<void> synthesize(std::string_view text, const ChunkSink& sink) override
    {
        {
            std::lock_guard lock(m_heard->mutex);
            m_heard->texts.emplace_back(text);
        }
        std::vector<int16_t> chunk(10, 1);
        sink(chunk);
        return {};
    }

private:
    std::shared_ptr<Heard> m_heard;
};

struct Recorder {
    std::mutex mutex;
    std::vector<Speaker::Report> reports;
    void operator()(const Speaker::Report& report)
    {
        std::lock_guard lock(mutex);
        reports.push_back(report);
    }
    std::vector<Speaker::Report> copy()
    {
        std::lock_guard lock(mutex);
        return reports;
    }
};

double rms(const std::vector<int16_t>& samples)
{
    double sum = 0;
    for (auto s : samples)
        sum += double(s) * s;
    return samples.empty() ? 0 : std::sqrt(sum / double(samples.size()));
}

}

TEST(Speaker, QueuedSentencesAreSpokenInOrder)
{
    auto output = std::make_shared<MemoryOutput::Shared>();
    auto recorder = std::make_shared<Recorder>();
    Speaker speaker(std::make_unique<SlowEngine>(), std::make_unique<MemoryOutput>(output));
    speaker.set_report_listener([recorder](auto& report) { (*recorder)(report); });
    speaker.say("first");
    speaker.say_next("second");
    speaker.say_next("third");
    ASSERT_TRUE(speaker.wait_until_idle(5s));
    auto reports = recorder->copy();
    ASSERT_EQ(reports.size(), 3u);
    EXPECT_EQ(reports[0].text, "first");
    EXPECT_EQ(reports[1].text, "second");
    EXPECT_EQ(reports[2].text, "third");
    for (auto& report : reports) {
        EXPECT_FALSE(report.interrupted);
        EXPECT_TRUE(report.audible);
        EXPECT_EQ(report.samples, report.text.size() * 10);
    }
}

TEST(Speaker, ANewSentenceInterruptsTheOldOneAndDropsTheQueue)
{
    auto output = std::make_shared<MemoryOutput::Shared>();
    auto recorder = std::make_shared<Recorder>();
    Speaker speaker(std::make_unique<SlowEngine>(), std::make_unique<MemoryOutput>(output));
    speaker.set_report_listener([recorder](auto& report) { (*recorder)(report); });
    output->hold_first_write = true;
    speaker.say(std::string(200, 'a')); // 200 buffers of "speech"
    speaker.say_next("never said");
    // In the middle of the sentence: its first buffer is out and the speech thread is held there.
    ASSERT_TRUE(output->wait_for_first_write(5s));
    speaker.say("now");
    output->release();
    ASSERT_TRUE(speaker.wait_until_idle(5s));
    auto reports = recorder->copy();
    ASSERT_EQ(reports.size(), 2u);
    EXPECT_EQ(reports[0].text, std::string(200, 'a'));
    EXPECT_TRUE(reports[0].interrupted);
    // It stops at the next buffer: only the one written before "now" was spoken.
    EXPECT_EQ(reports[0].samples, 10u);
    EXPECT_EQ(reports[1].text, "now");
    EXPECT_FALSE(reports[1].interrupted);
    EXPECT_EQ(reports[1].samples, 3u * 10);
    EXPECT_GE(output->dropped(), 1) << "what was not played yet of the old sentence is dropped";
}

TEST(Speaker, EveryEngineIsGivenWordsForTheEarInTheVoicesLanguage)
{
    auto heard = std::make_shared<ListeningEngine::Heard>();
    auto recorder = std::make_shared<Recorder>();
    Speaker speaker(std::make_unique<ListeningEngine>(heard), std::make_unique<MemoryOutput>(std::make_shared<MemoryOutput::Shared>()));
    speaker.set_report_listener([recorder](auto& report) { (*recorder)(report); });
    speaker.set_params({ "fr", 160, 100 });
    speaker.say("Nous sommes le jeudi 26 novembre, il est 10 h 42.");
    ASSERT_TRUE(speaker.wait_until_idle(5s));
    speaker.set_params({ "en-gb", 160, 100 });
    speaker.say("It is 10:42. Call 0800 123 4567.");
    ASSERT_TRUE(speaker.wait_until_idle(5s));
    auto texts = heard->copy();
    ASSERT_EQ(texts.size(), 2u);
    EXPECT_EQ(texts[0], "Nous sommes le jeudi vingt-six novembre, il est dix heures quarante-deux.");
    EXPECT_EQ(texts[1], "It is ten forty-two. Call oh eight oh oh, one two three, four five six seven.");
    // What was said is reported as the screen wrote it (the trace, the tests).
    auto reports = recorder->copy();
    ASSERT_EQ(reports.size(), 2u);
    EXPECT_EQ(reports[0].text, "Nous sommes le jeudi 26 novembre, il est 10 h 42.");
}

TEST(Speaker, SayNeverWaitsForSpeech)
{
    auto output = std::make_shared<MemoryOutput::Shared>();
    auto gate = std::make_shared<HeldEngine::Gate>();
    Speaker speaker(std::make_unique<HeldEngine>(gate), std::make_unique<MemoryOutput>(output));
    speaker.say("first");
    ASSERT_TRUE(gate->wait_until_speaking(5s));
    // The engine is held in the middle of "first" and will stay so: a say() that waited for speech, or for
    // the speech thread, would never return. The 5 s are only there to fail instead of hanging; how long
    // say() takes (microseconds) is a figure of `make bench` (3. Speech).
    auto calls = std::async(std::launch::async, [&] {
        for (int i = 0; i < 100; ++i)
            speaker.say(std::string(100, 'x'));
    });
    EXPECT_EQ(calls.wait_for(5s), std::future_status::ready) << "say() waited for the sentence being spoken";
    gate->let_go();
    calls.wait();
    ASSERT_TRUE(speaker.wait_until_idle(5s));
}

TEST(Speaker, WithNoSoundDeviceItStaysQuietAndKeepsWorking)
{
    auto output = std::make_shared<MemoryOutput::Shared>();
    output->missing = true;
    auto recorder = std::make_shared<Recorder>();
    Speaker speaker(std::make_unique<SlowEngine>(), std::make_unique<MemoryOutput>(output));
    speaker.set_report_listener([recorder](auto& report) { (*recorder)(report); });
    speaker.say("hello");
    speaker.say_next("again");
    ASSERT_TRUE(speaker.wait_until_idle(5s));
    auto reports = recorder->copy();
    ASSERT_EQ(reports.size(), 2u);
    EXPECT_FALSE(reports[0].audible);
    EXPECT_EQ(reports[0].samples, 0u);
    // Speakers plugged in later: the voice comes back.
    {
        std::lock_guard lock(output->mutex);
        output->missing = false;
    }
    speaker.say("back");
    ASSERT_TRUE(speaker.wait_until_idle(5s));
    EXPECT_TRUE(recorder->copy().back().audible);
}

TEST(Speaker, DisabledSaysNothing)
{
    auto output = std::make_shared<MemoryOutput::Shared>();
    Speaker speaker(std::make_unique<SlowEngine>(), std::make_unique<MemoryOutput>(output));
    speaker.set_enabled(false);
    speaker.say("hello");
    ASSERT_TRUE(speaker.wait_until_idle(5s));
    EXPECT_TRUE(output->played().empty());
}

TEST(EspeakEngine, SynthesisesFrenchAndEnglishIntoABuffer)
{
    auto output = std::make_shared<MemoryOutput::Shared>();
    auto recorder = std::make_shared<Recorder>();
    Speaker speaker(std::make_unique<EspeakEngine>(), std::make_unique<MemoryOutput>(output));
    speaker.set_report_listener([recorder](auto& report) { (*recorder)(report); });
    speaker.set_params({ "fr", 150, 100 });
    speaker.say("Bonjour Marie-Martine. Il est 10 heures 42.");
    ASSERT_TRUE(speaker.wait_until_idle(10s));
    auto reports = recorder->copy();
    ASSERT_EQ(reports.size(), 1u);
    // About two seconds of 22 kHz audio that is not silence.
    double seconds = double(reports[0].samples) / 22050.0;
    EXPECT_GT(seconds, 1.0);
    EXPECT_LT(seconds, 8.0);
    EXPECT_GT(rms(output->played()), 300.0);
    // Speech starts at once: the promise is well under a second (a few milliseconds on a quiet machine, a
    // figure of `make bench`); the margin for a loaded machine, the engine's first load included, is 2 s.
    EXPECT_GT(reports[0].first_audio_latency, 0us);
    EXPECT_LT(reports[0].first_audio_latency, 2s);

    // Faster speech is shorter; English is available too.
    output->forget_played();
    speaker.set_params({ "fr", 300, 100 });
    speaker.say("Bonjour Marie-Martine. Il est 10 heures 42.");
    ASSERT_TRUE(speaker.wait_until_idle(10s));
    EXPECT_LT(double(recorder->copy().back().samples), double(reports[0].samples) * 0.8);
    speaker.set_params({ "en-gb", 150, 100 });
    speaker.say("Good morning Marie-Martine.");
    ASSERT_TRUE(speaker.wait_until_idle(10s));
    EXPECT_TRUE(recorder->copy().back().audible);
    EXPECT_GT(recorder->copy().back().samples, 22050u / 2);
}

TEST(EspeakEngine, AnUnknownVoiceIsReportedNotFatal)
{
    EspeakEngine engine;
    ASSERT_FALSE(engine.initialize().is_error());
    EXPECT_TRUE(engine.set_params({ "no-such-voice", 150, 100 }).is_error());
    EXPECT_FALSE(engine.set_params({ "fr", 150, 100 }).is_error());
    // The settings' English voice: espeak-ng 1.51 names it "en" and lists "en-gb" among its languages.
    EXPECT_FALSE(engine.set_params({ "en-gb", 150, 100 }).is_error());
}

namespace {

// How read() ended, from whichever thread told it.
struct Ends {
    std::mutex mutex;
    std::vector<SpeechEnd> ends;
    Speaker::EndListener listener()
    {
        return [this](const SpeechEnd& end) {
            std::lock_guard lock(mutex);
            ends.push_back(end);
        };
    }
    std::vector<SpeechEnd> copy()
    {
        std::lock_guard lock(mutex);
        return ends;
    }
};

std::string long_letter()
{
    std::string letter;
    for (int i = 0; i < 60; ++i)
        letter += "Phrase " + std::to_string(i) + " de la lettre de Mathilde. " + (i % 5 == 4 ? "\n\n" : "");
    return letter;
}

}

TEST(Speaker, ALongTextIsSaidAPieceAtATimeAndTellsItWasReadToTheEnd)
{
    auto output = std::make_shared<MemoryOutput::Shared>();
    auto recorder = std::make_shared<Recorder>();
    Ends ends;
    Speaker speaker(std::make_unique<EspeakEngine>(), std::make_unique<MemoryOutput>(output));
    speaker.set_params({ "fr", 450, 100 });
    speaker.set_report_listener([recorder](auto& report) { (*recorder)(report); });
    speaker.read(long_letter(), ends.listener());
    ASSERT_TRUE(speaker.wait_until_idle(60s));
    auto reports = recorder->copy();
    EXPECT_GT(reports.size(), 3u) << "one call to the synthesiser for the whole letter";
    for (auto& report : reports)
        EXPECT_TRUE(report.audible) << report.text;
    ASSERT_EQ(ends.copy().size(), 1u);
    EXPECT_EQ(ends.copy()[0].kind, SpeechEnd::Kind::Finished);
}

TEST(Speaker, AReadingStoppedInTheMiddleSaysNothingMoreAndTellsItWasStopped)
{
    auto output = std::make_shared<MemoryOutput::Shared>();
    auto recorder = std::make_shared<Recorder>();
    Ends ends;
    Speaker speaker(std::make_unique<SlowEngine>(), std::make_unique<MemoryOutput>(output));
    speaker.set_report_listener([recorder](auto& report) { (*recorder)(report); });
    output->hold_first_write = true;
    speaker.read(long_letter(), ends.listener());
    ASSERT_TRUE(output->wait_for_first_write(5s));
    speaker.stop();
    output->release();
    ASSERT_TRUE(speaker.wait_until_idle(5s));
    EXPECT_EQ(recorder->copy().size(), 1u) << "a piece after the stop was said";
    ASSERT_EQ(ends.copy().size(), 1u);
    EXPECT_EQ(ends.copy()[0].kind, SpeechEnd::Kind::Stopped);
}

TEST(Speaker, AReadingTheVoiceCannotSayFailsWithPlainWordsAndTriesNoMoreOfIt)
{
    auto output = std::make_shared<MemoryOutput::Shared>();
    auto recorder = std::make_shared<Recorder>();
    Ends ends;
    Speaker speaker(std::make_unique<SlowEngine>(), std::make_unique<MemoryOutput>(output));
    speaker.set_report_listener([recorder](auto& report) { (*recorder)(report); });
    output->fail_writes = true;
    speaker.read(long_letter(), ends.listener());
    ASSERT_TRUE(speaker.wait_until_idle(5s));
    EXPECT_EQ(recorder->copy().size(), 1u) << "the rest of the letter was tried after a failure";
    ASSERT_EQ(ends.copy().size(), 1u);
    EXPECT_EQ(ends.copy()[0].kind, SpeechEnd::Kind::Failed);
    ASSERT_TRUE(ends.copy()[0].error);
    EXPECT_NE(ends.copy()[0].error->message().find("loudspeaker"), std::string::npos);

    // No loudspeaker at all: told the same way.
    {
        std::lock_guard lock(output->mutex);
        output->fail_writes = false;
        output->missing = true;
    }
    speaker.read("Bonjour.", ends.listener());
    ASSERT_TRUE(speaker.wait_until_idle(5s));
    ASSERT_EQ(ends.copy().size(), 2u);
    EXPECT_EQ(ends.copy()[1].kind, SpeechEnd::Kind::Failed);
}
