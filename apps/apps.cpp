// Every app that exists in this version. An app listed in the settings but absent here has no tile, so
// nothing on screen leads to a dead end.
#include "apps.hpp"

#include "../shell/core/navigation/known_apps.hpp"
#include "helpline/help_screen.hpp"
#include "helpline/help_service.hpp"
#include "helpline/report_screens.hpp"
#include "print/print_step.hpp"
#include "print/printer_setup_screen.hpp"
#include "setup/setup_app.hpp"

namespace Foyer {

AppRegistry installed_apps()
{
    auto entry = [](std::string_view id, std::function<std::unique_ptr<Screen>(Services&)> open,
                     std::function<std::unique_ptr<AppService>(Services&)> start = {}) {
        auto* known = known_app(id);
        return AppEntry { std::string(known->id), known->label, known->icon, std::move(open), std::move(start) };
    };
    // The print app's model lives as long as Foyer (its threads start with the first print screen).
    auto print_hooks = std::make_shared<PrintHooks>();
    print_hooks->open_help = [](Services& services) { return std::make_unique<HelpScreen>(services); };
    // send_by_email and choose_from_email stay empty until the e-mail app exists.
    PrintContext print { std::make_shared<PrintApp>(PrintOptions::from_environment()), print_hooks };
    // The family setup: its own steps, then each app's, in the order the family meets them. The e-mail
    // account and the family's contacts go after the printer when their apps arrive.
    SetupHooks setup_hooks;
    setup_hooks.app_steps.push_back(printer_setup_step(print));
    setup_hooks.app_chapters.push_back(printer_chapter());
    auto setup = std::make_shared<SetupApp>(std::move(setup_hooks), SecretStore::for_user());
    print_hooks->family_only = [setup](Services& services, auto then) { return setup->family_only(services, std::move(then)); };
    auto help = entry(
        "help", [](Services& services) { return std::make_unique<HelpScreen>(services); },
        [](Services& services) { return std::make_unique<HelpService>(services); });
    help.sample_screens = helpline_sample_screens();
    AppRegistry apps;
    apps.push_back(entry("print", [print](Services& services) { return open_print(services, print); }));
    apps.push_back(std::move(help));
    apps.push_back(setup_app_entry(setup));
    return apps;
}

}
