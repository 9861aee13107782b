// The voice: a queue of sentences spoken on its own thread. A new sentence interrupts the old one; the
// caller never waits. A long text is said a piece at a time (speech_chunks), so it can be stopped at once
// and no single call to the synthesiser is asked for a whole letter.
#pragma once

#include "../shell/core/speech_end.hpp"
#include "speech_engine.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace Foyer {

class Speaker {
public:
    // What happened to one sentence; reported from the speech thread.
    struct Report {
        std::string text;
        // From say() to the first PCM buffer.
        std::chrono::microseconds first_audio_latency { 0 };
        size_t samples { 0 };
        bool interrupted { false };
        bool audible { false };
    };
    using ReportListener = std::function<void(const Report&)>;

    using End = SpeechEnd;
    // Called exactly once per read(), from the speech thread or from whichever thread dropped the text (a
    // later say(), stop(), the destructor), possibly under the speaker's lock: it must only post elsewhere.
    using EndListener = std::function<void(const End&)>;

    Speaker(std::unique_ptr<SpeechEngine>, std::unique_ptr<AudioOutput>);
    ~Speaker();
    Speaker(const Speaker&) = delete;
    Speaker& operator=(const Speaker&) = delete;

    // Stops whatever is being said, drops what was waiting, and says this.
    void say(std::string text);
    // Says this after what is being said and what is waiting.
    void say_next(std::string text);
    // Like say(), and `ended` hears how it ended.
    void read(std::string text, EndListener ended);
    // Silence now.
    void stop();

    void set_params(SpeechParams);
    // Disabled: nothing is synthesised (the settings' voice.enabled = false).
    void set_enabled(bool);
    void set_report_listener(ReportListener);

    // For tests and the benchmark: blocks until nothing is being said or waiting (or the timeout).
    bool wait_until_idle(std::chrono::milliseconds timeout);

private:
    // One text given to say() or read(), shared by its pieces: the last piece to go tells how it ended.
    struct Utterance {
        EndListener ended;
        End end;
        ~Utterance()
        {
            if (ended)
                ended(end);
        }
    };
    struct Prompt {
        std::string text;
        uint64_t generation;
        std::chrono::steady_clock::time_point requested;
        std::shared_ptr<Utterance> utterance;
    };

    // Drops what is waiting (its listeners hear Stopped); under m_mutex.
    void drop_waiting();
    // Queues the pieces of `text`; under m_mutex.
    void enqueue(std::string_view text, uint64_t generation, std::shared_ptr<Utterance>);
    void run();
    void speak(Prompt&);
    // The piece could not be said: the rest of its text is dropped and its listener told why.
    void fail(Prompt&, Error);

    std::unique_ptr<SpeechEngine> m_engine;
    std::unique_ptr<AudioOutput> m_output;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Prompt> m_queue;
    SpeechParams m_params;
    bool m_params_changed { true };
    bool m_enabled { true };
    bool m_busy { false };
    bool m_quit { false };
    ReportListener m_listener;
    // Bumped by say() and stop(): a sentence of an older generation stops at its next buffer.
    std::atomic<uint64_t> m_generation { 0 };

    // Speech thread only.
    bool m_engine_ready { false };
    bool m_told_no_engine { false };
    bool m_told_no_device { false };

    std::thread m_thread;
};

}
