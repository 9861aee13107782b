// The real foyer binary under a real X server, in a private home, with its activity trace readable.
#pragma once

#include "process.hpp"
#include "shell/core/layout/metrics.hpp"
#include "shell/core/system/png.hpp"
#include "xvfb.hpp"

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

class RunningFoyer {
public:
    // Starts Xvfb at that size and foyer full screen on it, in French unless `extra_args` says otherwise.
    // `asoundrc` is the private home's ALSA configuration: by default a silent sink that accepts sound.
    RunningFoyer(int width, int height, std::vector<std::string> extra_args = {}, std::string settings = {},
        std::string asoundrc = "pcm.!default { type null }\n", SettingsFile = SettingsFile::Write);
    ~RunningFoyer();

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

    bool click(float x, float y);
    // Where a widget is on the current screen, from the trace's latest "targets" line that has it.
    std::optional<Point> where(const std::string& widget_id) const;
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
    // The share of pixels where the live screen differs from `expected` (retried once across a minute
    // change, since the home screen shows the time).
    double difference_from_expected(const std::string& screen, const std::string& language = "fr") const;

private:
    int m_width;
    int m_height;
    std::string m_home;
    std::string m_trace;
    std::string m_problem;
    std::unique_ptr<Xvfb> m_xvfb;
    std::unique_ptr<Process> m_foyer;
};

// The share of pixels that differ between two images of the same size (1.0 when the sizes differ).
double difference(const RgbaImage&, const RgbaImage&);

}
