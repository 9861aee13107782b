// The main loop: sleep until something happens, then run posted work, resolve input, draw once or twice.
#include "shell.hpp"

#include "../../voice/alsa_output.hpp"
#include "../../voice/espeak_engine.hpp"
#include "../../voice/speaker.hpp"
#include "../core/i18n/translate.hpp"
#include "../core/settings/write.hpp"
#include "../core/system/file_watcher.hpp"
#include "../core/system/files.hpp"
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

std::string voice_for(const Settings& settings, Language language)
{
    if (!settings.voice.voice.empty())
        return settings.voice.voice;
    return language == Language::English ? "en-gb" : "fr";
}

// "2025-06-12 10:30" (local time), as FOYER_FIXED_TIME gives it to --screenshot.
std::optional<LocalDateTime> parse_fixed_time(const char* text)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0;
    char end = 0;
    if (!text || std::sscanf(text, "%4d-%2d-%2d %2d:%2d%c", &year, &month, &day, &hour, &minute, &end) != 5)
        return std::nullopt;
    Date date { year, month, day };
    if (!date.is_valid() || hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return std::nullopt;
    return LocalDateTime { date, TimeOfDay { hour * 60 + minute }, 0 };
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

Language Shell::effective_language() const
{
    if (m_options.language)
        return *m_options.language;
    if (m_settings.language)
        return *m_settings.language;
    return language_from_environment();
}

void Shell::load_settings()
{
    if (!m_options.safe_mode) {
        apply_settings(m_store.load());
        return;
    }
    // The settings file may be what crashes, so it is not read; but the senior is still herself: her
    // name, her text size, her colours and language, and her own helpline, from the last file that loaded
    // fine (a copy the store keeps).
    LoadedSettings loaded { safe_mode_settings(m_store.last_good()), SettingsOrigin::LastGood, {}, false };
    apply_settings(std::move(loaded));
    if (std::exchange(m_safe_mode_told, true))
        return;
    // The family is told on the home screen (and the senior hears that there is a message for them).
    m_notice.text = tr("Foyer stopped unexpectedly several times in a minute, so it started in safe mode: only "
                       "“Call for help” is shown. For the family: press Ctrl+Alt+F to check the settings, then "
                       "choose “Restart Foyer”.");
    m_notice.on_dismiss = [this] {
        m_notice.text.clear();
        m_activity.record("notice", "dismissed");
    };
    m_activity.record("notice", m_notice.text);
    log_warning("foyer: started in safe mode");
}

bool Shell::first_run() const
{
    // No settings file yet: the family has not set Foyer up (an empty file counts as set up).
    return !m_options.safe_mode && !read_file(m_store.path()).has_value();
}

void Shell::use_settings(const Settings& settings)
{
    auto previous_language = i18n::current_language();
    m_settings = settings;
    i18n::set_language(effective_language());
    if (m_speaker) {
        m_speaker->set_enabled(m_settings.voice.enabled);
        m_speaker->set_params({ voice_for(m_settings, i18n::current_language()), m_settings.voice.rate, m_settings.voice.volume });
    }
    if (i18n::current_language() != previous_language && m_window)
        m_navigator.announce();
    m_dirty = true;
}

void Shell::try_settings(std::optional<Settings> settings)
{
    VERIFY_MAIN_THREAD();
    if (settings) {
        use_settings(*settings);
        return;
    }
    load_settings();
}

ErrorOr<void> Shell::save_settings(const Settings& settings)
{
    VERIFY_MAIN_THREAD();
    auto saved = save_settings_file(m_store.path(), settings);
    if (saved.is_error()) {
        log_warning("settings: " + saved.error().detail());
        return saved;
    }
    log_info("settings: saved " + m_store.path());
    m_activity.record("settings", "saved");
    // Applied now rather than when the watcher notices, so the next screen already has them; the watcher's
    // reload then finds nothing new. In safe mode they wait for the restart the family asks for.
    if (!m_options.safe_mode)
        apply_settings(m_store.load());
    return {};
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

void Shell::apply_settings(LoadedSettings loaded)
{
    auto previous_language = i18n::current_language();
    use_settings(loaded.settings);
    if (loaded.notice_due) {
        m_notice.text = loaded.notice_text();
        m_notice.on_dismiss = [this] {
            m_notice.text.clear();
            m_activity.record("notice", "dismissed");
        };
        // A screenshot only looks: it must not use up the one time the family is told.
        if (m_options.mode == CommandLine::Mode::Run && !m_options.safe_mode)
            m_store.mark_notice_shown(loaded);
        m_activity.record("notice", m_notice.text);
        // At start, run() says it after the greeting; on a live reload, now.
        if (m_window)
            say_next(tr("There is a message for your family at the top of the screen."));
    } else if (loaded.problems.empty()) {
        m_notice.text.clear();
    }
    (void)previous_language;
    m_dirty = true;
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

void Shell::draw(PixelSize size)
{
    auto metrics = compute_metrics(float(size.width), float(size.height), m_settings.text_size);
    auto& theme = theme_for(m_settings.theme);
    ImGui::SetNextWindowPos({ 0, 0 });
    ImGui::SetNextWindowSize({ float(size.width), float(size.height) });
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, { 0, 0 });
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
    ImGui::Begin("Foyer", nullptr,
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings
            | ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoBackground);
    Ui ui(*ImGui::GetWindowDrawList(), m_fonts, metrics, theme, m_interaction, m_textures.get());
    Rect screen { 0, 0, float(size.width), float(size.height) };
    Screen& current = m_navigator.current();
    for (auto& [id, service] : m_services)
        screen.take_top(service->draw_banner(ui, screen));
    if (current.has_title_bar())
        draw_title_bar(ui, screen, current);
    ui.set_content(screen.inset(metrics.margin));
    current.draw(ui);
    Rect whole { 0, 0, float(size.width), float(size.height) };
    // A modal overlay keeps only its own targets: nothing below can be pressed or focused meanwhile.
    std::optional<size_t> modal_from;
    for (auto& [id, service] : m_services) {
        bool modal = service->modal();
        size_t first = ui.target_count();
        service->draw_overlay(ui, whole);
        if (modal && !modal_from)
            modal_from = first;
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
    if (ui.wants_another_frame())
        m_dirty = true;
    if (ui.typing_in() != m_typing_in) {
        m_typing_in = ui.typing_in();
        // Tests wait for this before typing: the keys go into that field from now on.
        if (m_typing_in)
            m_activity.record("typing", *m_typing_in);
    }
    auto targets = ui.take_targets();
    if (modal_from)
        targets.erase(targets.begin(), targets.begin() + std::ptrdiff_t(std::min(*modal_from, targets.size())));
    record_targets(targets);
    if (m_interaction.set_targets(std::move(targets), m_window ? m_window->time() : 0)) {
        m_dirty = true;
        if (auto& focused = m_interaction.focused())
            m_activity.record("focus", *focused);
    }
    m_interaction.end_frame();
    if (m_window)
        m_window->set_editing(m_interaction.writing());
}

void Shell::draw_title_bar(Ui& ui, Rect& screen, Screen& current)
{
    auto& metrics = ui.metrics();
    Rect bar = screen.take_top(metrics.title_bar);
    ui.fill({ bar.x - metrics.corner, bar.y - metrics.corner, bar.width + 2 * metrics.corner, bar.height + metrics.corner },
        SwatchRole::TitleBar);
    Rect inner = bar.inset(metrics.margin);
    auto home_label = tr("Home");
    Rect home = inner.take_right(ui.button_width(Icon::Home, home_label));
    if (ui.button("home", home, Icon::Home, home_label))
        m_navigator.go_home();
    inner.take_right(metrics.gap);
    // Help is one press away on every screen but the help screens themselves.
    bool in_help = current.id().rfind("help", 0) == 0;
    if (!in_help && find_app(m_apps, "help")) {
        auto help_label = tr("Help");
        Rect help = inner.take_right(ui.button_width(Icon::Helpline, help_label));
        if (ui.button("help", help, Icon::Helpline, help_label))
            open_app("help");
        inner.take_right(metrics.gap);
    }
    // A title too long for the bar beside Help and Home (the largest text on a small screen) is written a
    // size smaller rather than over the buttons.
    auto title = current.title();
    auto role = ui.text_width(title, FontRole::Heading) <= inner.width ? FontRole::Heading : FontRole::Large;
    float height = metrics.font(role);
    ui.text({ inner.x, inner.center().y - height * 0.5f, inner.width, height * 1.2f }, title, role, SwatchRole::TitleBar);
}

void Shell::capture_screen(std::function<void(RgbaImage)> done)
{
    VERIFY_MAIN_THREAD();
    m_capture_requests.push_back(std::move(done));
    m_dirty = true;
}

void Shell::take_pending_captures()
{
    if (m_capture_requests.empty() || !m_window)
        return;
    auto requests = std::exchange(m_capture_requests, {});
    RgbaImage picture;
    // Another program in front (a video call, a browser): the senior is looking at it, not at Foyer.
    if (live_session() && !m_window->focused())
        picture = m_window->capture_desktop();
    if (picture.empty()) {
        auto size = live_session() ? m_window->size() : m_options.screenshot_size;
        auto& theme = theme_for(m_settings.theme);
        auto image = m_window->capture(size, theme.swatch(SwatchRole::Page).background, [&] { draw(size); });
        if (!image.is_error())
            picture = image.release_value();
        else
            log_warning("help: cannot take a picture of the screen: " + image.error().detail());
    }
    for (auto& done : requests)
        done(picture);
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

void Shell::record_targets(const std::vector<Target>& targets)
{
    // What can be pressed and where, each time it changes: the activity trace tells tests (and anyone
    // reading a trace) where to press, as an accessibility tree would.
    std::string line = std::string(m_navigator.current().id());
    for (auto& target : targets)
        line += " " + target.id + "@" + std::to_string(int(target.rect.x)) + "," + std::to_string(int(target.rect.y)) + ","
            + std::to_string(int(target.rect.width)) + "," + std::to_string(int(target.rect.height));
    if (line == m_last_targets)
        return;
    m_last_targets = line;
    m_activity.record("targets", line);
}

std::optional<double> Shell::next_wake_in(double now) const
{
    double wake = m_next_minute - now;
    if (auto dwell = m_interaction.dwell_deadline())
        wake = std::min(wake, *dwell - now);
    return std::max(wake, 0.0);
}

bool Shell::open_screen(const std::string& id)
{
    if (id == "home")
        return true;
    if (auto* app = find_app(m_apps, id)) {
        m_navigator.show_only(app->open(*this));
        return true;
    }
    for (auto& app : m_apps) {
        for (auto& [name, make] : app.sample_screens) {
            if (name == id) {
                m_navigator.show_only(make(*this));
                return true;
            }
        }
    }
    return false;
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
    m_speaker = std::make_unique<Speaker>(std::make_unique<EspeakEngine>(), std::make_unique<AlsaOutput>());
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

int Shell::screenshot()
{
    set_log_to_stderr(true);
    if (const char* fixed = std::getenv("FOYER_FIXED_TIME"); fixed && *fixed) {
        // A picture compared with a reference (tests/golden) shows the same day and time on every run.
        m_fixed_time = parse_fixed_time(fixed);
        if (!m_fixed_time) {
            std::fprintf(stderr, "foyer: FOYER_FIXED_TIME must look like \"2025-06-12 10:30\", not \"%s\"\n", fixed);
            return 2;
        }
    }
    load_settings();
    auto window = Window::open(WindowMode::Hidden, m_options.screenshot_size);
    if (window.is_error()) {
        std::fprintf(stderr, "foyer: %s\n", window.error().message().c_str());
        return 2;
    }
    m_window = window.release_value();
    m_textures = std::make_unique<TextureStore>(m_window->renderer());
    // The apps' services, so their screens look as they do for real; outside a live session they do
    // nothing in the background.
    start_services();
    auto size = m_options.screenshot_size;
    if (m_fonts.build(*ImGui::GetIO().Fonts, compute_metrics(float(size.width), float(size.height), m_settings.text_size)))
        m_window->reload_fonts();
    if (!open_screen(m_options.screen)) {
        std::string names = "home";
        for (auto& app : m_apps) {
            names += ", " + app.id;
            for (auto& [name, make] : app.sample_screens)
                names += ", " + name;
        }
        std::fprintf(stderr, "foyer: %s\n",
            format(tr("There is no screen called \"{name}\". Screens: {names}."),
                { { "name", m_options.screen }, { "names", names } })
                .c_str());
        return 2;
    }
    // As in a session: a picture asked for by the screen being opened shows the screen being left.
    take_pending_captures();
    m_navigator.apply_pending();
    // A screen that asks a worker first (the print app asks the printer) is drawn with the answer.
    for (int waits = 0; waits < 100 && m_navigator.current().waiting_for_answers(); ++waits) {
        m_window->wait(0.05);
        m_run_queue.run_pending();
    }
    auto& theme = theme_for(m_settings.theme);
    // Two passes: the first settles anything that depends on the previous frame, the second is kept.
    ErrorOr<RgbaImage> image = Error::plain(N_("The picture of the screen could not be taken."));
    for (int pass = 0; pass < 2; ++pass)
        image = m_window->capture(size, theme.swatch(SwatchRole::Page).background, [&] { draw(size); });
    if (image.is_error()) {
        std::fprintf(stderr, "foyer: %s (%s)\n", image.error().message().c_str(), image.error().detail().c_str());
        return 1;
    }
    auto written = write_png(m_options.screenshot_path, image.value());
    if (written.is_error()) {
        std::fprintf(stderr, "foyer: %s (%s)\n", written.error().message().c_str(), written.error().detail().c_str());
        return 1;
    }
    return 0;
}

}
