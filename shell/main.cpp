// foyer: the senior's home screen. Parses the command line and hands over to the shell.
#include "../apps/apps.hpp"
#include "../apps/helpline/diagnosis/command.hpp"
#include "../apps/setup/setup_command.hpp"
#include "core/cli.hpp"
#include "core/i18n/translate.hpp"
#include "core/system/log.hpp"
#include "core/system/paths.hpp"
#include "ui/shell.hpp"

#include <cstdio>

#ifndef FOYER_VERSION
#define FOYER_VERSION "unknown"
#endif

int main(int argc, char** argv)
{
    using namespace Foyer;
    // Messages before the settings are read follow the environment's language.
    i18n::set_language(language_from_environment());
    if (auto loaded = i18n::load_catalogs(data_dir() + "/locale"); loaded.is_error())
        log_warning("i18n: " + loaded.error().detail() + "; Foyer will speak English");

    std::vector<std::string> arguments(argv + 1, argv + argc);
    auto command_line = parse_command_line(arguments);
    if (command_line.is_error()) {
        // Say what is wrong in the language asked for, even when something else on the line is wrong.
        for (size_t i = 0; i + 1 < arguments.size(); ++i)
            if (arguments[i] == "--lang")
                if (auto language = parse_language(arguments[i + 1]))
                    i18n::set_language(*language);
        std::fprintf(stderr, "foyer: %s\n", command_line.error().message().c_str());
        return 2;
    }
    auto options = command_line.release_value();
    if (options.language)
        i18n::set_language(*options.language);
    switch (options.mode) {
    case CommandLine::Mode::Help:
        std::fputs(usage_text().c_str(), stdout);
        return 0;
    case CommandLine::Mode::Version:
        std::printf("foyer %s\n", FOYER_VERSION);
        return 0;
    case CommandLine::Mode::Diagnose:
        return run_diagnose_command(options, FOYER_VERSION);
    case CommandLine::Mode::ExportSettings:
    case CommandLine::Mode::ImportSettings:
        return run_settings_command(options, FOYER_VERSION);
    case CommandLine::Mode::Screenshot:
        return Shell(options, installed_apps()).screenshot();
    case CommandLine::Mode::Run:
        return Shell(options, installed_apps()).run();
    }
    return 0;
}
