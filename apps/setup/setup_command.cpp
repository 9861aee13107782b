// The export and import commands: the same backup functions the family's screens would use.
#include "setup_command.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/system/files.hpp"
#include "../../shell/core/system/log.hpp"
#include "../../shell/core/system/paths.hpp"
#include "backup.hpp"

#include <cstdio>

namespace Foyer {

namespace {

int failed(const Error& error)
{
    std::fprintf(stderr, "foyer: %s\n", error.message().c_str());
    if (!error.detail().empty())
        log_warning("settings backup: " + error.detail());
    return 1;
}

}

int run_settings_command(const CommandLine& options, std::string_view version)
{
    set_log_to_stderr(false);
    set_log_file(state_dir() + "/foyer.log");
    auto settings_path = options.config_path.empty() ? config_dir() + "/foyer.toml" : options.config_path;
    if (options.mode == CommandLine::Mode::ExportSettings) {
        auto backup = collect_backup(settings_path, config_dir());
        if (backup.is_error())
            return failed(backup.error());
        auto written = write_file_atomically(options.backup_path, backup_text(backup.value(), local_now(), version), 0600);
        if (written.is_error())
            return failed(written.error());
        log_info("settings backup: written to " + options.backup_path);
        std::printf("%s\n",
            format(tr("The settings are saved in {file}. This file holds the family code: keep it somewhere safe."),
                { { "file", options.backup_path } })
                .c_str());
        return 0;
    }
    auto text = read_file(options.backup_path);
    if (!text)
        return failed(Error::plain(N_("There is no file {file}, or it cannot be read."), { { "file", options.backup_path } }));
    auto backup = parse_backup(*text);
    if (backup.is_error())
        return failed(backup.error());
    auto restored = restore_backup(backup.value(), settings_path, config_dir());
    if (restored.is_error())
        return failed(restored.error());
    log_info("settings backup: restored from " + options.backup_path);
    std::printf("%s\n",
        format(tr("The settings of {date} are restored. A Foyer that is running uses them at once."), { { "date", backup.value().made } })
            .c_str());
    return 0;
}

}
