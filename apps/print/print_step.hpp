// What every print screen shares: the app's model, the shell's services, the ways out, and the rule that
// a print screen is open while it exists (the printer is watched only then).
#pragma once

#include "../../shell/core/navigation/screen.hpp"
#include "../../shell/core/navigation/services.hpp"
#include "print_app.hpp"
#include "printer_words.hpp"

#include <functional>
#include <memory>
#include <utility>

namespace Foyer {

// Other apps the print app leads to, given by apps/apps.cpp so that print does not depend on them. An
// empty hook means that app is not in this version: its button is simply not drawn.
struct PrintHooks {
    // "Call for help": the helpline screen.
    std::function<std::unique_ptr<Screen>(Services&)> open_help;
    // Send the prepared PDF by e-mail to a family member or a helper, when printing cannot work.
    // (Left empty until the e-mail app exists.)
    std::function<std::unique_ptr<Screen>(Services&, const PreparedPrint&)> send_by_email;
    // Choose an e-mail or one of its attachments to print. (Left empty until the e-mail app exists.)
    std::function<std::unique_ptr<Screen>(Services&)> choose_from_email;
    // Whether the e-mail app is set up in these settings (an account): without it, neither "An e-mail" nor
    // "Send it by e-mail" is offered, both would be dead ends. Empty: set up whenever the hooks above are.
    std::function<bool(const Settings&)> email_set_up;
    // The family's lock in front of a screen only the family should reach ("Add a printer"): it opens
    // the screen `then` makes once the family code is typed. Empty: `then` opens directly.
    std::function<std::unique_ptr<Screen>(Services&, std::function<std::unique_ptr<Screen>(Services&)> then)> family_only;
};

// Whether the e-mail buttons lead somewhere in these settings (see PrintHooks::email_set_up).
enum class EmailReady {
    Yes,
    No,
};
inline EmailReady email_ready(const PrintHooks& hooks, const Settings& settings)
{
    return !hooks.email_set_up || hooks.email_set_up(settings) ? EmailReady::Yes : EmailReady::No;
}

struct PrintContext {
    std::shared_ptr<PrintApp> app;
    std::shared_ptr<const PrintHooks> hooks;
};

// Says the printer's state when it changes while a screen shows it. What the arrival speech said counts as
// said; the first answer after "Looking at the printer" waits for the title to be spoken.
class StateVoice {
public:
    // The words to say on arrival after the title (empty while nothing is known yet).
    std::string on_arrival(const PrintApp& app) const
    {
        m_revision = app.situation_revision();
        auto report = describe_printer(app.situation());
        m_after_arrival = true;
        if (report.verdict == PrinterVerdict::Checking)
            return {};
        m_said = report.spoken();
        return m_said;
    }
    // Call in draw(): speaks the state if it changed since it was last said.
    void on_draw(Services& services, const PrintApp& app, std::string_view prefix = {}) const
    {
        if (app.situation_revision() == m_revision)
            return;
        m_revision = app.situation_revision();
        auto report = describe_printer(app.situation());
        if (report.verdict == PrinterVerdict::Checking || report.spoken() == m_said)
            return;
        m_said = report.spoken();
        auto text = std::string(prefix) + m_said;
        if (std::exchange(m_after_arrival, false))
            services.say_next(text);
        else
            services.say(text);
    }

private:
    mutable uint64_t m_revision { 0 };
    mutable std::string m_said;
    mutable bool m_after_arrival { false };
};

class PrintStep : public Screen {
public:
    PrintStep(Services& services, PrintContext context)
        : m_services(services)
        , m_context(std::move(context))
        , m_viewer(m_context.app->watch(services.run_queue(), services.activity()))
    {
    }

protected:
    PrintApp& app() { return *m_context.app; }
    const PrintApp& app() const { return *m_context.app; }
    const PrintHooks& hooks() const { return *m_context.hooks; }
    const PrintContext& context() const { return m_context; }
    Services& services() { return m_services; }
    const Services& services() const { return m_services; }

    // Leaves printing for the helpline: home first, so the printer is no longer watched behind it.
    void call_for_help()
    {
        if (!hooks().open_help)
            return;
        m_services.navigator().go_home();
        m_services.navigator().open(hooks().open_help(m_services));
    }

    Services& m_services;
    PrintContext m_context;
    PrintApp::Viewer m_viewer;
    // Callbacks from workers are bound to this: they do nothing once the screen is gone.
    Lifetime m_lifetime;
};

// The print app's first screen, as the home tile and --screenshot --screen print open it.
std::unique_ptr<Screen> open_print(Services&, PrintContext);

}
