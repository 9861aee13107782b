// Every app that exists in this version. An app listed in the settings but absent here has no tile, so
// nothing on screen leads to a dead end.
#include "apps.hpp"

#include "../shell/core/navigation/known_apps.hpp"
#include "helpline/help_screen.hpp"
#include "helpline/help_service.hpp"
#include "helpline/report_screens.hpp"

namespace Foyer {

AppRegistry installed_apps()
{
    auto entry = [](std::string_view id, std::function<std::unique_ptr<Screen>(Services&)> open,
                     std::function<std::unique_ptr<AppService>(Services&)> start = {}) {
        auto* known = known_app(id);
        return AppEntry { std::string(known->id), known->label, known->icon, std::move(open), std::move(start) };
    };
    auto help = entry(
        "help", [](Services& services) { return std::make_unique<HelpScreen>(services); },
        [](Services& services) { return std::make_unique<HelpService>(services); });
    help.sample_screens = helpline_sample_screens();
    return { std::move(help) };
}

}
