// The voice: a queue of sentences spoken on its own thread. A new sentence interrupts the old one; the
// caller never waits.
#pragma once

#include "speech_engine.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
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

    Speaker(std::unique_ptr<SpeechEngine>, std::unique_ptr<AudioOutput>);
    ~Speaker();
    Speaker(const Speaker&) = delete;
    Speaker& operator=(const Speaker&) = delete;

    // Stops whatever is being said, drops what was waiting, and says this.
    void say(std::string text);
    // Says this after what is being said and what is waiting.
    void say_next(std::string text);
    // Silence now.
    void stop();

    void set_params(SpeechParams);
    // Disabled: nothing is synthesised (the settings' voice.enabled = false).
    void set_enabled(bool);
    void set_report_listener(ReportListener);

    // For tests and the benchmark: blocks until nothing is being said or waiting (or the timeout).
    bool wait_until_idle(std::chrono::milliseconds timeout);

private:
    struct Prompt {
        std::string text;
        uint64_t generation;
        std::chrono::steady_clock::time_point requested;
    };

    void run();
    void speak(const Prompt&);

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
