// What the shell offers every screen: settings, the voice, navigation, the clock and the main-thread queue.
#pragma once

#include "../error.hpp"
#include "../settings/settings.hpp"
#include "../speech_end.hpp"
#include "../system/activity.hpp"
#include "../system/image.hpp"
#include "../system/run_queue.hpp"
#include "../time/date.hpp"
#include "image_store.hpp"
#include "navigator.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace Foyer {

class Services {
public:
    virtual ~Services() = default;

    virtual const Settings& settings() const = 0;
    // Speaks `text` (interrupting what was being said) and records it; the same words must be on screen.
    virtual void say(std::string text) = 0;
    // Speaks `text` after what is being said.
    virtual void say_next(std::string text) = 0;
    // Reads a long text aloud (a letter) a piece at a time, interrupting what was being said; `ended` runs
    // on the main thread once it was read to the end, cut short, or could not be (with what to show and say).
    virtual void read_aloud(std::string text, std::function<void(const SpeechEnd&)> ended) = 0;
    // Silence now: what is being said or read stops.
    virtual void stop_speaking() = 0;
    virtual Navigator& navigator() = 0;
    virtual RunQueue& run_queue() = 0;
    virtual ActivityLog& activity() = 0;
    virtual LocalDateTime now() const = 0;
    // Pictures to draw; main thread only, once the window exists.
    virtual ImageStore& images() = 0;
    // A picture of what the senior sees now: Foyer's current screen as it was last drawn, or the whole
    // desktop when another program is in front. Taken between frames; `done` runs on the main thread.
    virtual void capture_screen(std::function<void(RgbaImage)> done) = 0;
    // The long-lived part of an app (AppEntry::start_service), or null.
    virtual class AppService* service(std::string_view app_id) = 0;
    // Opens an app's first screen, as its tile does (the help button on every screen uses it).
    virtual void open_app(std::string_view app_id) = 0;
    // "1920x1080".
    virtual std::string screen_size() const = 0;
    // Puts Foyer's window in front with the keyboard (when a video call's browser closes).
    virtual void bring_to_front() { }
    // False while drawing a --screenshot: services then do nothing in the background (no sending).
    virtual bool live_session() const = 0;

    // The settings file this Foyer reads (~/.config/foyer/foyer.toml, or --config PATH).
    virtual const std::string& settings_path() const = 0;
    // Shows and speaks with `settings` (a language, a text size, a voice) before they are saved, so the
    // family sees and hears each choice; nothing: back to the saved settings.
    virtual void try_settings(std::optional<Settings>) = 0;
    // Writes the settings file and applies it at once.
    virtual ErrorOr<void> save_settings(const Settings&) = 0;
    // Started with --safe-mode after repeated crashes: the help tile only, and of the last good settings
    // only who she is and her helpline (safe_mode_settings()).
    virtual bool safe_mode() const = 0;
    // Ends Foyer with one of ExitCode's requests to its supervisor (restart, leave the session).
    virtual void end_session(int exit_code) = 0;
};

}
