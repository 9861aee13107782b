// foyer: the senior's home screen. Parses the command line and hands over to the shell.
#include "../apps/apps.hpp"
#include "core/cli.hpp"
#include "core/i18n/translate.hpp"
#include "core/system/log.hpp"
#include "core/system/paths.hpp"
#include "ui/shell.hpp"

#include <cstdio>

#ifndef FOYER_VERSION
#    define FOYER_VERSION "unknown"
#endif

int main(int argc, char** argv)
{
    using namespace Foyer;
    // Messages before the settings are read follow the environment's language.
    i18n::set_language(language_from_environment());
    if (auto loaded = i18n::load_catalogs(data_dir() + "/locale"); loaded.is_error())
        log_warning("i18n: " + loaded.error().detail() + "; Foyer will speak English");

    auto command_line = parse_command_line(std::vector<std::string>(argv + 1, argv + argc));
    if (command_line.is_error()) {
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
    case CommandLine::Mode::Screenshot:
        return Shell(options, installed_apps()).screenshot();
    case CommandLine::Mode::Run:
        return Shell(options, installed_apps()).run();
    }
    return 0;
}
