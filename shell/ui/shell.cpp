// The main loop: sleep until something happens, then run posted work, resolve input, draw once or twice.
// The settings (shell_settings.cpp), one frame (shell_frame.cpp) and --screenshot (shell_screenshot.cpp)
// have their own files.
#include "shell.hpp"

#include "../../voice/alsa_output.hpp"
#include "../../voice/speaker.hpp"
#include "../../voice/voice_engine.hpp"
#include "../core/i18n/translate.hpp"
#include "../core/system/file_watcher.hpp"
#include "../core/system/log.hpp"
#include "../core/system/paths.hpp"
#include "../core/theme/theme.hpp"
#include "../core/time/date.hpp"
#include "ui.hpp"

#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace Foyer {

namespace {

std::string settings_file_path(const CommandLine& options)
{
    return options.config_path.empty() ? config_dir() + "/foyer.toml" : options.config_path;
}

// Safe mode keeps what a senior needs to get help and what the family needs to repair: no other app, and
// nothing running in the background but the help's own service (the report's outbox and live help, so
// that "Show my screen to the helper" works: the one thing safe mode exists for).
AppRegistry safe_mode_apps(AppRegistry apps)
{
    AppRegistry kept;
    for (auto& app : apps) {
        if (app.id != "help" && app.id != "setup")
            continue;
        if (app.id != "help")
            app.start_service = {};
        kept.push_back(std::move(app));
    }
    return kept;
}

}

Shell::Shell(CommandLine options, AppRegistry apps)
    : m_options(std::move(options))
    , m_apps(m_options.safe_mode ? safe_mode_apps(std::move(apps)) : std::move(apps))
    // The demo household only where asked for (--demo: pictures, demonstrations); never by default.
    , m_store(settings_file_path(m_options), state_dir(), m_options.demo ? demo_settings() : default_settings())
    // Tests of the real program shorten the guard against double presses (FOYER_REPEAT_GUARD_MS).
    , m_interaction(Interaction::repeat_guard_from_setting(std::getenv("FOYER_REPEAT_GUARD_MS")))
    , m_navigator(std::make_unique<HomeScreen>(*this, m_apps, m_notice))
    , m_fonts(data_dir())
{
    // This thread draws the screens: the run queue made with the shell runs here, and VERIFY_MAIN_THREAD
    // (in Ui, the pictures, these services) catches a worker that would touch the screen instead.
    claim_main_thread();
    VERIFY(m_run_queue.on_owner_thread());
    m_run_queue.set_wake([] { Window::wake(); });
    m_navigator.set_on_arrival([this](Screen& screen) { on_arrival(screen); });
}

Shell::~Shell()
{
    // Stop the threads that post to the run queue before the queue goes away; screens (and their
    // pictures) go before the textures, and the textures before the window's OpenGL context.
    m_watcher.reset();
    m_services.clear();
    m_speaker.reset();
    m_navigator.set_on_arrival({});
    m_navigator.go_home();
    m_navigator.apply_pending();
    m_textures.reset();
}

void Shell::end_session(int exit_code)
{
    VERIFY_MAIN_THREAD();
    log_info("foyer: the family asked to end with code " + std::to_string(exit_code));
    m_activity.record("end", std::to_string(exit_code));
    m_exit_code = exit_code;
    if (m_window)
        m_window->close();
}

void Shell::say(std::string text)
{
    m_activity.record("say", text);
    if (m_speaker)
        m_speaker->say(std::move(text));
}

void Shell::say_next(std::string text)
{
    m_activity.record("say", text);
    if (m_speaker)
        m_speaker->say_next(std::move(text));
}

void Shell::read_aloud(std::string text, std::function<void(const SpeechEnd&)> ended)
{
    m_activity.record("say", text);
    if (!m_speaker) {
        ended({ SpeechEnd::Kind::Failed, Error::plain(N_("The voice is not working. Everything is still written on the screen.")) });
        return;
    }
    m_speaker->read(std::move(text), [this, ended = std::move(ended)](const SpeechEnd& end) {
        m_run_queue.post([this, ended, end] {
            if (end.kind == SpeechEnd::Kind::Failed)
                m_activity.record("read", std::string("failed: ") + (end.error->detail().empty() ? end.error->msgid() : end.error->detail()));
            else
                m_activity.record("read", end.kind == SpeechEnd::Kind::Finished ? "to the end" : "stopped");
            ended(end);
        });
    });
}

void Shell::stop_speaking()
{
    m_activity.record("silence", "");
    if (m_speaker)
        m_speaker->stop();
}

void Shell::on_arrival(Screen& screen)
{
    m_activity.record("screen", screen.id());
    m_interaction.begin_screen();
    // Before the first frame (the first-run setup opened at start), the first frame announces the screen.
    if (m_shown)
        say(screen.arrival_speech());
    m_dirty = true;
}

void Shell::handle(const InputEvent& event)
{
    switch (m_interaction.handle(event)) {
    case Outcome::Activated:
        if (auto& focused = m_interaction.focused())
            m_activity.record("activate", *focused);
        // The widget reacts while the next frame is drawn; what it changed is drawn by one more.
        m_redraw_after_frame = true;
        break;
    case Outcome::GoHome:
        if (auto modal = std::find_if(m_services.begin(), m_services.end(), [](auto& entry) { return entry.second->modal(); });
            modal != m_services.end()) {
            // Escape closes what the senior is reading, like its OK; the focus stays on nothing below.
            m_activity.record("activate", "key.dismiss");
            modal->second->dismiss();
            break;
        }
        m_activity.record("activate", "key.home");
        if (m_navigator.at_home())
            m_navigator.announce();
        else
            m_navigator.go_home();
        break;
    case Outcome::IgnoredRepeat:
        m_activity.record("ignored-repeat", "");
        break;
    case Outcome::Family: {
        // The family's settings, from anywhere but the family's own screens.
        auto current = m_navigator.current().id();
        m_activity.record("activate", "key.family");
        if (current.rfind("setup", 0) != 0 && current.rfind("family", 0) != 0)
            open_app("setup");
        break;
    }
    case Outcome::FocusMoved:
        if (auto& focused = m_interaction.focused())
            m_activity.record("focus", *focused);
        break;
    case Outcome::Pressed:
    case Outcome::Typed:
    case Outcome::Nothing:
        break;
    }
    m_dirty = true;
    if (m_window)
        m_window->set_editing(m_interaction.writing());
}

AppService* Shell::service(std::string_view app_id)
{
    VERIFY_MAIN_THREAD();
    for (auto& [id, service] : m_services)
        if (id == app_id)
            return service.get();
    return nullptr;
}

void Shell::open_app(std::string_view app_id)
{
    VERIFY_MAIN_THREAD();
    if (auto* app = find_app(m_apps, app_id))
        m_navigator.open(app->open(*this));
}

std::string Shell::screen_size() const
{
    if (!m_window)
        return {};
    auto size = m_window->size();
    return std::to_string(size.width) + "x" + std::to_string(size.height);
}

void Shell::start_services()
{
    for (auto& app : m_apps)
        if (app.start_service)
            m_services.emplace_back(app.id, app.start_service(*this));
}

std::optional<double> Shell::next_wake_in(double now) const
{
    double wake = m_next_minute - now;
    if (auto dwell = m_interaction.dwell_deadline())
        wake = std::min(wake, *dwell - now);
    return std::max(wake, 0.0);
}

int Shell::run()
{
    auto started = std::chrono::steady_clock::now();
    auto since_start = [&] {
        return std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count()) + " ms";
    };
    set_log_file(state_dir() + "/foyer.log");
    log_info("foyer: starting");
    if (std::getenv("FOYER_REPEAT_GUARD_MS"))
        log_info("foyer: presses closer than " + std::to_string(int(Interaction::repeat_guard_from_setting(std::getenv("FOYER_REPEAT_GUARD_MS")) * 1000))
            + " ms count once (FOYER_REPEAT_GUARD_MS)");
    m_speaker = std::make_unique<Speaker>(VoiceEngine::with_every_voice(), std::make_unique<AlsaOutput>());
    load_settings();
    auto mode = m_options.windowed ? WindowMode::Windowed : WindowMode::FullScreen;
    auto window = Window::open(mode, m_options.window_size);
    if (window.is_error()) {
        std::fprintf(stderr, "foyer: %s\n", window.error().message().c_str());
        log_info("foyer: " + window.error().detail());
        return 2;
    }
    m_window = window.release_value();
    m_textures = std::make_unique<TextureStore>(m_window->renderer());
    log_info("foyer: window open after " + since_start());
    start_services();
    // In safe mode the settings file is not read at all (it may be what crashes): no watching either.
    if (!m_options.safe_mode)
        m_watcher = std::make_unique<FileWatcher>(m_store.path(), [this] {
            m_run_queue.post([this] {
                log_info("settings: the file changed, reading it again");
                apply_settings(m_store.load());
            });
        });

    if (m_options.setup || first_run()) {
        log_info(m_options.setup ? "foyer: opening the family setup (--setup)" : "foyer: no settings file, opening the family setup");
        open_app("setup");
        m_navigator.apply_pending();
    }

    m_next_minute = m_window->time() + seconds_to_next_minute();
    while (!m_window->should_close()) {
        if (m_dirty)
            m_window->poll();
        else
            m_window->wait(next_wake_in(m_window->time()));
        double now = m_window->time();
        if (m_run_queue.run_pending() > 0)
            m_dirty = true;
        for (auto& event : m_window->take_events())
            handle(event);
        if (m_window->take_damage())
            m_dirty = true;
        if (auto words = m_interaction.take_dwell_speech(now))
            say(*words);
        if (now >= m_next_minute) {
            m_next_minute = now + seconds_to_next_minute();
            m_dirty = true;
        }
        // Drawing may ask to change screens; the new screen is drawn at once, in the same wake-up.
        for (int frames = 0; m_dirty && frames < 3; ++frames) {
            m_dirty = false;
            auto size = m_window->size();
            if (m_fonts.build(*ImGui::GetIO().Fonts,
                    compute_metrics(float(size.width), float(size.height), m_settings.text_size))) {
                m_window->reload_fonts();
                log_info("foyer: fonts ready after " + since_start());
            }
            auto& theme = theme_for(m_settings.theme);
            m_window->frame(theme.swatch(SwatchRole::Page).background, [&] { draw(size); });
            if (!m_shown) {
                // Speak once the screen is there to see (and not compete with the first frame for the CPU).
                m_shown = true;
                log_info("foyer: first frame after " + since_start());
                m_activity.record("ready", m_navigator.current().id());
                m_navigator.announce();
                if (!m_notice.text.empty())
                    say_next(tr("There is a message for your family at the top of the screen."));
            }
            if (std::exchange(m_redraw_after_frame, false))
                m_dirty = true;
            // A picture of the screen being left is taken before the next one replaces it.
            take_pending_captures();
            if (m_navigator.apply_pending())
                m_dirty = true;
        }
    }
    log_info("foyer: window closed, stopping");
    return m_exit_code;
}

}
