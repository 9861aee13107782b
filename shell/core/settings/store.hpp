// Loading the settings file with a safety net: a broken file falls back to the last good one, or to the
// defaults, and the family is told once what was wrong.
#pragma once

#include "parse.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace Foyer {

enum class SettingsOrigin {
    // The file was used (possibly with ignored settings, see the problems).
    File,
    // The file is broken; the copy of the last file that was good is used.
    LastGood,
    // The file is broken (or absent) and there is no good copy: the built-in defaults.
    Defaults,
};

struct LoadedSettings {
    Settings settings;
    SettingsOrigin origin { SettingsOrigin::Defaults };
    // Problems of the file that was read, errors and warnings.
    std::vector<SettingsProblem> problems;
    // True when these problems have not been shown for this exact file yet.
    bool notice_due { false };
    // Identifies the file's contents, for remembering that its notice was shown.
    uint64_t file_hash { 0 };

    // The message for the family, in the current language, or empty when there is nothing to say.
    std::string notice_text() const;
};

class SettingsStore {
public:
    // `path`: the settings file; `state_dir`: where the last good copy and the notice memory live; `base`:
    // what the file does not set (the defaults; the demo household for pictures).
    SettingsStore(std::string path, std::string state_dir, Settings base = default_settings());

    // Never fails: the worst case is the defaults with a notice.
    LoadedSettings load();
    // The settings of the last file that loaded fine (kept by load(), written atomically, 0600), or nothing
    // when no file ever did. Safe mode reads only its safe fields (safe_mode_settings()).
    std::optional<Settings> last_good() const;
    // Remembers that the notice of this file was shown, so it is not shown again at the next start.
    void mark_notice_shown(const LoadedSettings&);

    const std::string& path() const { return m_path; }

private:
    std::string last_good_path() const;
    std::string notice_memory_path() const;

    std::string m_path;
    std::string m_state_dir;
    Settings m_base;
};

// What safe mode keeps of `good` (the last good settings): who she is and what she needs to read and get
// help (the name, the text size, the colours, the language, the whole helpline with its helpdesk, so
// "Show my screen" works); the rest is the built-in settings, and only the help tile.
Settings safe_mode_settings(const std::optional<Settings>& good);

// FNV-1a, stable across runs and builds (std::hash is not).
uint64_t content_hash(std::string_view);

}
