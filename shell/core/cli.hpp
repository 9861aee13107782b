// Foyer's command line: what to do (run, screenshot, version, help) and with which options.
#pragma once

#include "error.hpp"
#include "i18n/language.hpp"

#include <optional>
#include <string>
#include <vector>

namespace Foyer {

struct PixelSize {
    int width { 0 };
    int height { 0 };

    bool operator==(const PixelSize&) const = default;
    // "1920x1080".
    static std::optional<PixelSize> parse(std::string_view);
};

struct CommandLine {
    enum class Mode {
        Run,
        Screenshot,
        Version,
        Help,
        // Print the help report's diagnosis and exit.
        Diagnose,
        // Write the settings (and the family's secrets) to a backup file, or restore them from one.
        ExportSettings,
        ImportSettings,
    };
    Mode mode { Mode::Run };
    // --window [WxH]: a window instead of full screen.
    bool windowed { false };
    PixelSize window_size { 1366, 768 };
    std::string config_path;
    std::optional<Language> language;
    std::string screenshot_path;
    PixelSize screenshot_size { 1920, 1080 };
    std::string screen { "home" };
    // --diagnose --json
    bool json { false };
    // --setup: open the family setup at once (behind the family code when there is one).
    bool setup { false };
    // --safe-mode: the help tile only, with the safe fields of the last good settings (foyer-session after
    // repeated crashes).
    bool safe_mode { false };
    // --demo: the demo household ("Marie-Martine", an account, a contact) where the settings file says
    // nothing, for pictures and demonstrations; a senior's session never shows it.
    bool demo { false };
    // The backup file of --export-settings FILE / --import-settings FILE.
    std::string backup_path;
};

ErrorOr<CommandLine> parse_command_line(const std::vector<std::string>& arguments);
// The --help text, in the current language.
std::string usage_text();

}
