// The settings file, its last good copy, and the memory of which problems the family was already told.
#include "store.hpp"

#include "../i18n/translate.hpp"
#include "../system/files.hpp"
#include "../system/log.hpp"

namespace Foyer {

uint64_t content_hash(std::string_view bytes)
{
    uint64_t hash = 0xcbf29ce484222325ull;
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= 0x100000001b3ull;
    }
    return hash;
}

std::string LoadedSettings::notice_text() const
{
    if (problems.empty())
        return {};
    std::string text;
    switch (origin) {
    case SettingsOrigin::File:
        text = tr("Some settings in the settings file were ignored.");
        break;
    case SettingsOrigin::LastGood:
        text = tr("The settings file has a mistake, so Foyer is using the last settings that worked.");
        break;
    case SettingsOrigin::Defaults:
        text = tr("The settings file has a mistake, so Foyer is using its built-in settings.");
        break;
    }
    for (auto& problem : problems)
        text += "\n" + problem.text();
    return text;
}

SettingsStore::SettingsStore(std::string path, std::string state_dir, Settings base)
    : m_path(std::move(path))
    , m_state_dir(std::move(state_dir))
    , m_base(std::move(base))
{
}

std::string SettingsStore::last_good_path() const
{
    return m_state_dir + "/last-good-settings.toml";
}

std::string SettingsStore::notice_memory_path() const
{
    return m_state_dir + "/settings-notice-shown";
}

LoadedSettings SettingsStore::load()
{
    LoadedSettings loaded { m_base, SettingsOrigin::Defaults, {}, false };
    auto text = read_file(m_path);
    if (!text) {
        // No file is the normal first run: the built-in settings, nothing to tell.
        log_info("settings: no file at " + m_path + ", using the built-in defaults");
        return loaded;
    }
    loaded.file_hash = content_hash(*text);
    auto parsed = parse_settings(*text, m_base);
    loaded.problems = parsed.problems;
    for (auto& problem : parsed.problems)
        log_warning("settings: " + m_path + ": " + problem.text());

    if (!parsed.has_errors()) {
        loaded.settings = std::move(parsed.settings);
        loaded.origin = SettingsOrigin::File;
        auto previous = read_file(last_good_path());
        if (!previous || *previous != *text) {
            auto saved = write_file_atomically(last_good_path(), *text, 0600);
            if (saved.is_error())
                log_warning("settings: cannot keep a good copy: " + saved.error().detail());
        }
    } else if (auto good = read_file(last_good_path())) {
        auto reparsed = parse_settings(*good, m_base);
        if (!reparsed.has_errors()) {
            loaded.settings = std::move(reparsed.settings);
            loaded.origin = SettingsOrigin::LastGood;
        }
    }
    if (loaded.origin != SettingsOrigin::File)
        log_warning(std::string("settings: using ")
            + (loaded.origin == SettingsOrigin::LastGood ? "the last good copy" : "the built-in defaults"));

    if (!loaded.problems.empty()) {
        auto shown = read_file(notice_memory_path());
        loaded.notice_due = !shown || *shown != std::to_string(loaded.file_hash);
    }
    return loaded;
}

std::optional<Settings> SettingsStore::last_good() const
{
    auto good = read_file(last_good_path());
    if (!good)
        return std::nullopt;
    auto parsed = parse_settings(*good, m_base);
    if (parsed.has_errors())
        return std::nullopt;
    return std::move(parsed.settings);
}

Settings safe_mode_settings(const std::optional<Settings>& good)
{
    auto settings = default_settings();
    if (good) {
        settings.senior_name = good->senior_name;
        settings.text_size = good->text_size;
        settings.theme = good->theme;
        settings.language = good->language;
        settings.helpline = good->helpline;
    }
    settings.tiles = { "help" };
    return settings;
}

void SettingsStore::mark_notice_shown(const LoadedSettings& loaded)
{
    if (!loaded.notice_due)
        return;
    auto saved = write_file_atomically(notice_memory_path(), std::to_string(loaded.file_hash), 0600);
    if (saved.is_error())
        log_warning("settings: cannot remember the notice: " + saved.error().detail());
}

}
