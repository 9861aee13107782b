// Every app that exists in this version, and what "set up" means for each. An app listed in the settings
// but absent here, or not set up, has no tile, so nothing on screen leads to a dead end:
// - e-mail is set up when the settings have an account (an address); without one, no "My e-mails" tile,
//   no "An e-mail" among the things to print and no "Send it by e-mail";
// - video calls are set up when at least one contact has a video call;
// - print always has its tile: printers are found by the printing service at run time, not in the
//   settings, and with none the print screen says so, with "Call for help" and the family's "Add a
//   printer" (never a photo to choose for nothing);
// - help is always there.
// The settings are read again when the family changes them, and the tiles follow without a restart.
#include "apps.hpp"

#include "../shell/core/navigation/known_apps.hpp"
#include "email/contacts_screen.hpp"
#include "email/email_samples.hpp"
#include "email/email_service.hpp"
#include "email/email_setup_screen.hpp"
#include "email/inbox_screen.hpp"
#include "helpline/help_screen.hpp"
#include "helpline/help_service.hpp"
#include "helpline/report_screens.hpp"
#include "print/preview_screen.hpp"
#include "print/print_step.hpp"
#include "print/printer_setup_screen.hpp"
#include "setup/setup_app.hpp"
#include "videocall/call_screens.hpp"

#include <algorithm>
#include <filesystem>

namespace Foyer {

AppRegistry installed_apps()
{
    auto entry = [](std::string_view id, std::function<std::unique_ptr<Screen>(Services&)> open,
                     std::function<std::unique_ptr<AppService>(Services&)> start = {}) {
        auto* known = known_app(id);
        return AppEntry { std::string(known->id), known->label, known->icon, std::move(open), std::move(start) };
    };
    auto open_help = [](Services& services) -> std::unique_ptr<Screen> { return std::make_unique<HelpScreen>(services); };
    // The print and e-mail apps' models live as long as Foyer (their threads start with their first
    // screen; the e-mail outbox is sent in the background from the start).
    auto print_hooks = std::make_shared<PrintHooks>();
    auto email_hooks = std::make_shared<EmailHooks>();
    auto email_set_up = [](const Settings& settings) { return settings.email.configured(); };
    PrintContext print { std::make_shared<PrintApp>(PrintOptions::from_environment()), print_hooks };
    EmailContext email { std::make_shared<EmailApp>(EmailOptions::from_environment()), email_hooks };
    print_hooks->open_help = open_help;
    print_hooks->email_set_up = email_set_up;
    email_hooks->open_help = open_help;
    // When printing cannot work, the prepared file goes by e-mail to someone who can print it: the photo
    // itself, or the PDF that would have been printed.
    print_hooks->send_by_email = [email](Services& services, const PreparedPrint& prepared) -> std::unique_ptr<Screen> {
        auto path = prepared.thing == PrintedThing::Photo ? prepared.file.path : prepared.pdf_path;
        return std::make_unique<ContactsScreen>(services, email, path);
    };
    // "An e-mail" among the things to print: the inbox, where each photo and document has "Print".
    print_hooks->choose_from_email = [email](Services& services) { return open_email(services, email); };
    email_hooks->print_file = [print](Services& services, const std::string& path) -> std::unique_ptr<Screen> {
        PrintableFile file;
        file.path = path;
        file.name = std::filesystem::path(path).stem().string();
        file.kind = printable_kind(path).value_or(FileKind::Pdf);
        return std::make_unique<PreviewScreen>(services, print, file);
    };
    // The family setup: its own steps, then each app's, in the order the family meets them.
    SetupHooks setup_hooks;
    for (auto& step : email_setup_steps())
        setup_hooks.app_steps.push_back(step);
    setup_hooks.app_steps.push_back(contacts_setup_step(email));
    setup_hooks.app_steps.push_back(printer_setup_step(print));
    setup_hooks.app_chapters.push_back(email_chapter());
    setup_hooks.app_chapters.push_back(contacts_chapter());
    setup_hooks.app_chapters.push_back(printer_chapter());
    setup_hooks.sample_pages = email_setup_pages(email);
    auto setup = std::make_shared<SetupApp>(std::move(setup_hooks), SecretStore::for_user());
    print_hooks->family_only = [setup](Services& services, auto then) { return setup->family_only(services, std::move(then)); };
    auto help = entry(
        "help", [](Services& services) { return std::make_unique<HelpScreen>(services); },
        [](Services& services) { return std::make_unique<HelpService>(services); });
    help.sample_screens = helpline_sample_screens();
    auto email_entry = entry(
        "email", [email](Services& services) { return open_email(services, email); },
        [email](Services& services) { return std::make_unique<EmailService>(services, email.app); });
    email_entry.sample_screens = email_sample_screens(email_hooks);
    email_entry.set_up = email_set_up;
    auto videocall = videocall_app();
    videocall.set_up = [](const Settings& settings) {
        return std::any_of(settings.contacts.begin(), settings.contacts.end(), [](auto& contact) { return contact.video.kind != VideoKind::None; });
    };
    AppRegistry apps;
    apps.push_back(std::move(videocall));
    apps.push_back(std::move(email_entry));
    apps.push_back(entry("print", [print](Services& services) { return open_print(services, print); }));
    apps.push_back(std::move(help));
    apps.push_back(setup_app_entry(setup));
    return apps;
}

}
