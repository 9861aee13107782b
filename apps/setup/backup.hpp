// A backup of Foyer's settings in one file: foyer.toml as written, plus the files beside it (the family's
// secrets, pictures an app keeps there), to restore on this computer or prepare another one.
#pragma once

#include "../../shell/core/error.hpp"
#include "../../shell/core/time/date.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace Foyer {

struct BackupFile {
    // Relative to the configuration directory ("secrets/family-code").
    std::string path;
    unsigned mode { 0600 };
    std::string bytes;

    bool operator==(const BackupFile&) const = default;
};

struct Backup {
    std::string settings_text;
    std::vector<BackupFile> files;
    // When and by which version it was made, for the family reading it.
    std::string made;
    std::string version;
};

// Everything in `config_dir` but the settings file and Foyer's own leftovers (*.previous, half-written
// files), at most 50 MB. The settings file is `settings_path` (usually inside `config_dir`).
ErrorOr<Backup> collect_backup(const std::string& settings_path, const std::string& config_dir);

// The backup as a TOML file a person can open: the settings as they are, the other files in base64.
std::string backup_text(const Backup&, LocalDateTime made, std::string_view version);
// Refuses a file that is not a Foyer backup, or whose settings have mistakes, with a plain sentence.
ErrorOr<Backup> parse_backup(std::string_view text);

// Writes the settings file (keeping the one it replaces as .previous) and every file of the backup.
// Files already there that the backup does not have are left as they are.
ErrorOr<void> restore_backup(const Backup&, const std::string& settings_path, const std::string& config_dir);

// Whether a relative path from a backup may be written under the configuration directory.
bool is_safe_backup_path(std::string_view);

}
