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
};

ErrorOr<CommandLine> parse_command_line(const std::vector<std::string>& arguments);
// The --help text, in the current language.
std::string usage_text();

}
