// The real foyer binary under a real X server, in a private home, with its activity trace readable.
#pragma once

#include "process.hpp"
#include "shell/core/layout/metrics.hpp"
#include "shell/core/system/png.hpp"
#include "xvfb.hpp"

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace Foyer::Testing {

// Without a settings file Foyer opens the family setup (a first run); tests of anything else start with
// a settings file, empty by default (the built-in settings).
enum class SettingsFile {
    Write,
    None,
};

// RunningFoyer starts foyer with --lang fr unless its arguments name a language, or hold this marker
// (removed before starting): the settings' language (or the environment's) applies then, as for a senior.
inline const std::string language_from_settings = "--language-from-settings";

// RunningFoyer sets the guard against double presses to `test_repeat_guard` (FOYER_REPEAT_GUARD_MS),
// so tests need not wait 0.8 s between two presses; with this marker among the arguments (removed before
// starting) foyer keeps its real guard, for the test that proves a double press counts once.
inline const std::string real_repeat_guard = "--real-repeat-guard";
// None: foyer stamps a press when it reads it, and on a busy machine two clicks sent well apart can be read
// closer together than any short guard, so the second was lost (seen in CI). One click is still one press.
inline constexpr std::chrono::milliseconds test_repeat_guard { 0 };

class RunningFoyer {
public:
    // Starts Xvfb at that size and foyer full screen on it, in French unless `extra_args` says otherwise.
    // `asoundrc` is the private home's ALSA configuration: by default a silent sink that accepts sound.
    RunningFoyer(int width, int height, std::vector<std::string> extra_args = {}, std::string settings = {},
        std::string asoundrc = "pcm.!default { type null }\n", SettingsFile = SettingsFile::Write);
    ~RunningFoyer();

    // Kills foyer with SIGKILL (as a power cut or a crash would), then starts it again in the same home with
    // the same arguments; the trace starts afresh (the old one is kept as trace-before-kill.log). False when
    // it does not show its first screen again.
    bool kill_and_start_again();

    // Why it could not start (empty when it did).
    const std::string& problem() const { return m_problem; }
    Xvfb& x() { return *m_xvfb; }
    Process& process() { return *m_foyer; }
    const std::string& home() const { return m_home; }
    std::string settings_path() const { return m_home + "/.config/foyer/foyer.toml"; }
    std::string log() const { return read_text(m_home + "/.local/state/foyer/foyer.log"); }
    Metrics metrics(TextSize size = TextSize::Normal) const { return compute_metrics(float(m_width), float(m_height), size); }

    // The trace lines so far ("<ms> <kind> <detail>").
    std::string trace() const;
    size_t count_in_trace(const std::string& needle) const;
    // The time (ms since foyer started) of the first trace line holding `needle`, or -1.
    long trace_time(const std::string& needle) const;
    bool wait_for_trace(const std::string& needle, size_t occurrences = 1, std::chrono::milliseconds timeout = std::chrono::seconds(15)) const;
    // Types `text` into the field that has the keyboard, once the trace says it has it ("typing ID").
    bool type_into(const std::string& field_id, const std::string& text);

    // Presses (clicks, taps, and the keys that press: Enter, Space, Escape, Home) are sent at least twice
    // the shortened guard apart, so each counts as a press of its own, as a person's would.
    bool click(float x, float y);
    // Where a widget is on the current screen, from the trace's latest "targets" line, once that line is
    // the current screen's (it names the screen of the latest "screen" line): nothing before a new screen
    // is drawn.
    std::optional<Point> where(const std::string& widget_id) const;
    // The same, the widget's whole rectangle.
    std::optional<Rect> rect_of(const std::string& widget_id) const;
    // Waits until the widget is drawn on the current screen (its "targets" line says so).
    bool wait_for_widget(const std::string& widget_id, std::chrono::milliseconds timeout = std::chrono::seconds(10)) const;
    // Waits until the widget is on screen, then clicks its middle.
    bool press(const std::string& widget_id, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // A press and release with no pause between them (the tap a quick finger makes).
    bool tap(float x, float y);
    bool key(const std::string& name);
    // A chord held for a moment ("ctrl+a"): ImGui 1.86 reads the keys' state once a frame, so a chord
    // pressed and released between two frames would be missed by a text field.
    bool chord(const std::string& keys);
    // Presses Tab until the keyboard focus is on `widget_id` (at most once round the screen's targets).
    bool key_to(const std::string& widget_id);
    // The X root window as an image.
    RgbaImage grab() const;
    // What `foyer --screenshot` draws for that screen with the same settings, language and size.
    RgbaImage expected(const std::string& screen, const std::string& language = "fr") const;
    // The share of pixels where the live screen differs from `expected`: the live screen is grabbed until
    // it matches (within 0.1 %) or `settle` has passed, since the last frame may still be on its way; the
    // expected picture is drawn again once across a minute change, since the home screen shows the time.
    double difference_from_expected(const std::string& screen, const std::string& language = "fr",
        std::chrono::milliseconds settle = std::chrono::seconds(5)) const;

private:
    // Waits, if need be, until the last press sent is twice the shortened guard old.
    void keep_presses_apart();

    int m_width;
    int m_height;
    std::string m_home;
    std::string m_trace;
    std::string m_problem;
    std::unique_ptr<Xvfb> m_xvfb;
    std::unique_ptr<Process> m_foyer;
    std::vector<std::string> m_argv;
    std::map<std::string, std::string> m_environment;
    bool m_real_guard { false };
    std::chrono::steady_clock::time_point m_last_press {};
};

// The share of pixels that differ between two images of the same size (1.0 when the sizes differ); a
// pixel differs when one of its channels is more than `channel_tolerance` away.
double difference(const RgbaImage&, const RgbaImage&, int channel_tolerance = 0);

// How Foyer greets in French at this hour ("Bonjour" until 18 h, then "Bonsoir"), so that a test of the
// greeting holds whatever the time it runs at.
std::string french_greeting_now();

}
