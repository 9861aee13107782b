// Which settings the shell runs on: the file's (or, in safe mode, the last good one's), applied to the
// language and the voice, reloaded when the family saves, and the family's notice when the file has problems.
#include "shell.hpp"

#include "../../voice/speaker.hpp"
#include "../../voice/voice_choice.hpp"
#include "../core/i18n/translate.hpp"
#include "../core/settings/write.hpp"
#include "../core/system/files.hpp"
#include "../core/system/log.hpp"

namespace Foyer {

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
        m_speaker->set_params(speech_params_for(m_settings.voice, i18n::current_language()));
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

}
