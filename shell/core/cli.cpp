// Parsing the command line. Options are the ones README.md documents; later apps add screens, not options.
#include "cli.hpp"

#include "i18n/translate.hpp"

#include <charconv>

namespace Foyer {

std::optional<PixelSize> PixelSize::parse(std::string_view text)
{
    auto x = text.find('x');
    if (x == std::string_view::npos)
        return std::nullopt;
    PixelSize size;
    auto w = text.substr(0, x);
    auto h = text.substr(x + 1);
    auto [wend, werr] = std::from_chars(w.data(), w.data() + w.size(), size.width);
    auto [hend, herr] = std::from_chars(h.data(), h.data() + h.size(), size.height);
    if (werr != std::errc {} || herr != std::errc {} || wend != w.data() + w.size() || hend != h.data() + h.size())
        return std::nullopt;
    if (size.width < 320 || size.height < 240 || size.width > 16384 || size.height > 16384)
        return std::nullopt;
    return size;
}

ErrorOr<CommandLine> parse_command_line(const std::vector<std::string>& arguments)
{
    CommandLine line;
    bool size_given = false;
    bool screen_given = false;
    for (size_t i = 0; i < arguments.size(); ++i) {
        const auto& argument = arguments[i];
        auto value = [&](const char* option) -> ErrorOr<std::string> {
            if (i + 1 >= arguments.size())
                return Error::plain(N_("The option {option} needs a value. See foyer --help."), { { "option", option } });
            return arguments[++i];
        };
        if (argument == "--help" || argument == "-h") {
            line.mode = CommandLine::Mode::Help;
        } else if (argument == "--version") {
            line.mode = CommandLine::Mode::Version;
        } else if (argument == "--diagnose") {
            line.mode = CommandLine::Mode::Diagnose;
        } else if (argument == "--json") {
            line.json = true;
        } else if (argument == "--setup") {
            line.setup = true;
        } else if (argument == "--safe-mode") {
            line.safe_mode = true;
        } else if (argument == "--demo") {
            line.demo = true;
        } else if (argument == "--export-settings" || argument == "--import-settings") {
            auto path = value(argument == "--export-settings" ? "--export-settings" : "--import-settings");
            if (path.is_error())
                return path.error();
            line.mode = argument == "--export-settings" ? CommandLine::Mode::ExportSettings : CommandLine::Mode::ImportSettings;
            line.backup_path = path.value();
        } else if (argument == "--window") {
            line.windowed = true;
            // The size is optional: only a following "WxH" is taken as the size.
            if (i + 1 < arguments.size()) {
                if (auto size = PixelSize::parse(arguments[i + 1])) {
                    line.window_size = *size;
                    ++i;
                }
            }
        } else if (argument == "--config") {
            auto path = value("--config");
            if (path.is_error())
                return path.error();
            line.config_path = path.value();
        } else if (argument == "--lang") {
            auto code = value("--lang");
            if (code.is_error())
                return code.error();
            auto language = parse_language(code.value());
            if (!language || (code.value() != "fr" && code.value() != "en"))
                return Error::plain(N_("Unknown language \"{value}\": use fr or en."), { { "value", code.value() } });
            line.language = language;
        } else if (argument == "--screenshot") {
            auto path = value("--screenshot");
            if (path.is_error())
                return path.error();
            line.mode = CommandLine::Mode::Screenshot;
            line.screenshot_path = path.value();
        } else if (argument == "--size") {
            auto text = value("--size");
            if (text.is_error())
                return text.error();
            auto size = PixelSize::parse(text.value());
            if (!size)
                return Error::plain(N_("\"{value}\" is not a size such as 1920x1080."), { { "value", text.value() } });
            line.screenshot_size = *size;
            size_given = true;
        } else if (argument == "--screen") {
            auto name = value("--screen");
            if (name.is_error())
                return name.error();
            line.screen = name.value();
            screen_given = true;
        } else {
            return Error::plain(N_("Unknown option \"{value}\". See foyer --help."), { { "value", argument } });
        }
    }
    if ((size_given || screen_given) && line.mode != CommandLine::Mode::Screenshot)
        return Error::plain(N_("--size and --screen go with --screenshot PATH."));
    if (line.json && line.mode != CommandLine::Mode::Diagnose)
        return Error::plain(N_("--json goes with --diagnose."));
    // Safe mode may also be drawn (--screenshot --safe-mode), to show the family what it looks like.
    if ((line.setup && line.mode != CommandLine::Mode::Run)
        || (line.safe_mode && line.mode != CommandLine::Mode::Run && line.mode != CommandLine::Mode::Screenshot))
        return Error::plain(N_("--setup and --safe-mode start Foyer: they do not go with --diagnose or the settings' export and import."));
    if (line.setup && line.safe_mode)
        return Error::plain(N_("--setup and --safe-mode cannot be used together."));
    return line;
}

std::string usage_text()
{
    return tr("Usage: foyer [options]\n"
              "\n"
              "Foyer is a simple home screen that speaks, for people who find computers hard.\n"
              "\n"
              "  --window [WxH]       run in a window (default 1366x768) instead of full screen\n"
              "  --config PATH        read the settings from PATH instead of ~/.config/foyer/foyer.toml\n"
              "  --lang fr|en         speak and show this language, whatever the settings say\n"
              "  --screenshot PATH    draw one screen into the PNG file PATH and exit\n"
              "      --size WxH       size of the picture (default 1920x1080)\n"
              "      --screen NAME    which screen: home, help, setup… (default home)\n"
              "  --diagnose [--json]  check the internet, printer, sound, camera and system, print\n"
              "                       what a helper would see, and exit\n"
              "  --setup              open the family setup (after the family code, if there is one)\n"
              "  --safe-mode          start with the help tile only, keeping from the last good settings\n"
              "                       the name, the text size, the colours, the language and the helpline\n"
              "  --demo               show the demo household where the settings file says nothing\n"
              "  --export-settings FILE\n"
              "                       save the settings and the family code into FILE, and exit\n"
              "  --import-settings FILE\n"
              "                       restore them from FILE (made on this or another computer), and exit\n"
              "  --version            print the version and exit\n"
              "  --help               print this help and exit\n");
}

}
