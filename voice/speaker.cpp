// The speech thread: waits for a sentence, synthesises it buffer by buffer into the output, and checks
// between buffers whether it was interrupted.
#include "speaker.hpp"

#include "../shell/core/system/log.hpp"
#include "speakable.hpp"
#include "speech_chunks.hpp"

namespace Foyer {

Speaker::Speaker(std::unique_ptr<SpeechEngine> engine, std::unique_ptr<AudioOutput> output)
    : m_engine(std::move(engine))
    , m_output(std::move(output))
{
    m_thread = std::thread([this] { run(); });
}

Speaker::~Speaker()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
        drop_waiting();
    }
    ++m_generation;
    m_wake.notify_all();
    m_thread.join();
}

void Speaker::drop_waiting()
{
    for (auto& prompt : m_queue)
        prompt.utterance->end.kind = End::Kind::Stopped;
    m_queue.clear();
}

void Speaker::enqueue(std::string_view text, uint64_t generation, std::shared_ptr<Utterance> utterance)
{
    auto now = std::chrono::steady_clock::now();
    for (auto& piece : speech_chunks(text))
        m_queue.push_back({ std::move(piece), generation, now, utterance });
}

void Speaker::say(std::string text)
{
    read(std::move(text), {});
}

void Speaker::read(std::string text, EndListener ended)
{
    auto utterance = std::make_shared<Utterance>();
    utterance->ended = std::move(ended);
    {
        std::lock_guard lock(m_mutex);
        drop_waiting();
        auto generation = ++m_generation;
        enqueue(text, generation, std::move(utterance));
    }
    m_wake.notify_all();
}

void Speaker::say_next(std::string text)
{
    {
        std::lock_guard lock(m_mutex);
        enqueue(text, m_generation.load(), std::make_shared<Utterance>());
    }
    m_wake.notify_all();
}

void Speaker::stop()
{
    std::lock_guard lock(m_mutex);
    drop_waiting();
    ++m_generation;
}

void Speaker::set_params(SpeechParams params)
{
    std::lock_guard lock(m_mutex);
    if (params == m_params)
        return;
    m_params = std::move(params);
    m_params_changed = true;
}

void Speaker::set_enabled(bool enabled)
{
    {
        std::lock_guard lock(m_mutex);
        m_enabled = enabled;
        if (!enabled) {
            drop_waiting();
        }
    }
    if (!enabled)
        ++m_generation;
}

void Speaker::set_report_listener(ReportListener listener)
{
    std::lock_guard lock(m_mutex);
    m_listener = std::move(listener);
}

bool Speaker::wait_until_idle(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_idle.wait_for(lock, timeout, [this] { return m_queue.empty() && !m_busy; });
}

void Speaker::run()
{
    // The engine starts (and a slow one says its warm-up sentence) while the first screen is being made,
    // so the first sentence is as quick as any other. A failure here is told by the first sentence.
    if (auto ready = m_engine->initialize(); !ready.is_error())
        m_engine_ready = true;
    for (;;) {
        Prompt prompt;
        {
            std::unique_lock lock(m_mutex);
            m_idle.notify_all();
            m_wake.wait(lock, [this] { return m_quit || !m_queue.empty(); });
            if (m_quit)
                return;
            prompt = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = true;
        }
        speak(prompt);
        // Its text's listener hears how it ended (when this was its last piece) before the speaker is idle.
        prompt.utterance.reset();
        std::lock_guard lock(m_mutex);
        m_busy = false;
    }
}

void Speaker::speak(Prompt& prompt)
{
    Report report;
    report.text = prompt.text;
    SpeechParams params;
    bool params_changed;
    bool enabled;
    ReportListener listener;
    {
        std::lock_guard lock(m_mutex);
        params = m_params;
        params_changed = m_params_changed;
        m_params_changed = false;
        enabled = m_enabled;
        listener = m_listener;
    }
    auto finish = [&] {
        if (listener)
            listener(report);
    };
    auto superseded = [&] { return m_generation.load() != prompt.generation; };
    if (superseded()) {
        report.interrupted = true;
        prompt.utterance->end.kind = End::Kind::Stopped;
        return finish();
    }
    if (!enabled) {
        fail(prompt, Error::plain(N_("The voice is turned off in the settings. Everything is written on the screen.")));
        return finish();
    }

    if (!m_engine_ready) {
        auto ready = m_engine->initialize();
        if (ready.is_error()) {
            if (!m_told_no_engine)
                log_error("voice: " + ready.error().detail());
            m_told_no_engine = true;
            fail(prompt, ready.error());
            return finish();
        }
        m_engine_ready = true;
    }
    if (params_changed) {
        auto applied = m_engine->set_params(params);
        if (applied.is_error())
            log_warning("voice: " + applied.error().detail());
    }

    // No device means silence, said once in the log; the screen shows everything anyway. The device is
    // tried again for every sentence, so plugging in speakers later brings the voice back.
    auto opened = m_output->open(m_engine->sample_rate());
    if (opened.is_error()) {
        if (!m_told_no_device)
            log_warning("voice: no sound output, Foyer stays quiet and shows everything on screen ("
                + opened.error().detail() + ")");
        m_told_no_device = true;
        fail(prompt, opened.error());
        return finish();
    }
    if (m_told_no_device) {
        log_info("voice: a sound output is back");
        m_told_no_device = false;
    }

    // Every engine is given the same words for the ear: numbers, dates, codes and symbols already in words.
    auto words = speakable(prompt.text, speech_language(params));
    std::optional<Error> output_failed;
    auto synthesized = m_engine->synthesize(words, [&](std::span<const int16_t> samples) {
        if (superseded()) {
            report.interrupted = true;
            return ChunkFlow::Stop;
        }
        if (report.samples == 0)
            report.first_audio_latency = std::chrono::duration_cast<std::chrono::microseconds>(
                std::chrono::steady_clock::now() - prompt.requested);
        report.samples += samples.size();
        if (auto written = m_output->write(samples); written.is_error()) {
            output_failed = written.error();
            return ChunkFlow::Stop;
        }
        return ChunkFlow::Continue;
    });
    if (synthesized.is_error()) {
        log_warning("voice: " + synthesized.error().detail() + " (on " + std::to_string(prompt.text.size()) + " bytes)");
        fail(prompt, synthesized.error());
    } else if (output_failed) {
        log_warning("voice: " + output_failed->detail());
        fail(prompt, *output_failed);
    }
    if (report.interrupted || output_failed || superseded()) {
        report.interrupted = report.interrupted || superseded();
        if (report.interrupted)
            prompt.utterance->end.kind = End::Kind::Stopped;
        m_output->drop();
    } else {
        m_output->drain();
    }
    m_output->close();
    report.audible = report.samples > 0 && !output_failed;
    finish();
}

void Speaker::fail(Prompt& prompt, Error error)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_queue, [&](const Prompt& waiting) { return waiting.utterance == prompt.utterance; });
    prompt.utterance->end = { End::Kind::Failed, std::move(error) };
}

}
