// The shell: ties the window, the settings, the voice, the screens and the input together, and runs the
// event-driven main loop.
#pragma once

#include "../core/cli.hpp"
#include "../core/input/interaction.hpp"
#include "../core/navigation/app_registry.hpp"
#include "../core/settings/store.hpp"
#include "../core/system/main_thread.hpp"
#include "fonts.hpp"
#include "home_screen.hpp"
#include "texture_store.hpp"
#include "window.hpp"

#include <memory>
#include <optional>

namespace Foyer {

class Speaker;
class FileWatcher;

class Shell final : public Services {
public:
    Shell(CommandLine, AppRegistry);
    ~Shell() override;

    // The senior's session: until the window is closed. Returns the process exit code.
    int run();
    // Draws one screen into a PNG and returns the exit code.
    int screenshot();

    // Services
    const Settings& settings() const override { return m_settings; }
    void say(std::string text) override;
    void say_next(std::string text) override;
    void read_aloud(std::string text, std::function<void(const SpeechEnd&)> ended) override;
    void stop_speaking() override;
    Navigator& navigator() override
    {
        VERIFY_MAIN_THREAD();
        return m_navigator;
    }
    RunQueue& run_queue() override { return m_run_queue; }
    ActivityLog& activity() override { return m_activity; }
    LocalDateTime now() const override { return m_fixed_time ? *m_fixed_time : local_now(); }
    ImageStore& images() override
    {
        VERIFY_MAIN_THREAD();
        return *m_textures;
    }
    void capture_screen(std::function<void(RgbaImage)> done) override;
    AppService* service(std::string_view app_id) override;
    void open_app(std::string_view app_id) override;
    std::string screen_size() const override;
    void bring_to_front() override
    {
        if (m_window && live_session())
            m_window->bring_to_front();
    }
    bool live_session() const override { return m_options.mode == CommandLine::Mode::Run; }
    const std::string& settings_path() const override { return m_store.path(); }
    void try_settings(std::optional<Settings>) override;
    ErrorOr<void> save_settings(const Settings&) override;
    bool safe_mode() const override { return m_options.safe_mode; }
    void end_session(int exit_code) override;

private:
    void load_settings();
    void apply_settings(LoadedSettings);
    // Language, voice and look follow `settings` from the next frame.
    void use_settings(const Settings&);
    bool first_run() const;
    Language effective_language() const;
    void handle(const InputEvent&);
    void on_arrival(Screen&);
    void draw(PixelSize);
    std::optional<double> next_wake_in(double now) const;
    bool open_screen(const std::string& id);
    void start_services();
    void take_pending_captures();
    void draw_title_bar(Ui&, Rect& screen, Screen& current);
    void record_targets(const std::vector<Target>&);

    CommandLine m_options;
    AppRegistry m_apps;
    SettingsStore m_store;
    Settings m_settings;
    FamilyNotice m_notice;
    RunQueue m_run_queue;
    ActivityLog m_activity;
    Interaction m_interaction;
    Navigator m_navigator;
    FontSet m_fonts;
    std::unique_ptr<Window> m_window;
    std::unique_ptr<TextureStore> m_textures;
    std::unique_ptr<Speaker> m_speaker;
    std::unique_ptr<FileWatcher> m_watcher;
    std::vector<std::pair<std::string, std::unique_ptr<AppService>>> m_services;
    std::vector<std::function<void(RgbaImage)>> m_capture_requests;
    // The clock a --screenshot shows when FOYER_FIXED_TIME says so (golden pictures must not change
    // with the day); a live session always has the real clock.
    std::optional<LocalDateTime> m_fixed_time;
    double m_next_minute { 0 };
    bool m_dirty { true };
    bool m_redraw_after_frame { false };
    std::string m_last_targets;
    std::optional<WidgetId> m_typing_in;
    int m_exit_code { 0 };
    bool m_safe_mode_told { false };
    // Whether the first frame was presented.
    bool m_shown { false };
};

}
