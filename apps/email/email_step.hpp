// What every e-mail screen shares: the app's model, the ways to other apps, the shell's services, and the
// rule that an e-mail screen watches the inbox while it exists.
#pragma once

#include "../../shell/core/navigation/screen.hpp"
#include "../../shell/core/navigation/services.hpp"
#include "../../shell/core/system/lifetime.hpp"
#include "email_app.hpp"

#include <functional>
#include <memory>

namespace Foyer {

// Other apps the e-mail app leads to, given by apps/apps.cpp so that e-mail does not depend on them. An
// empty hook means that app is not in this version: its button is simply not drawn.
struct EmailHooks {
    // "Call for help": the helpline screen.
    std::function<std::unique_ptr<Screen>(Services&)> open_help;
    // "Print" beside a photo or a document that came with a message, saved first as a file of its own.
    std::function<std::unique_ptr<Screen>(Services&, const std::string& path)> print_file;
};

struct EmailContext {
    std::shared_ptr<EmailApp> app;
    std::shared_ptr<const EmailHooks> hooks;
};

class EmailStep : public Screen {
public:
    EmailStep(Services& services, EmailContext context)
        : m_services(services)
        , m_context(std::move(context))
        , m_viewer(m_context.app->watch())
    {
        m_context.app->set_settings(services.settings());
    }

protected:
    EmailApp& app() { return *m_context.app; }
    const EmailApp& app() const { return *m_context.app; }
    const EmailHooks& hooks() const { return *m_context.hooks; }
    const EmailContext& context() const { return m_context; }
    // Call at the start of draw(): the family may have changed foyer.toml meanwhile.
    void follow_settings() { m_context.app->set_settings(m_services.settings()); }

    void call_for_help()
    {
        if (!hooks().open_help)
            return;
        m_services.navigator().go_home();
        m_services.navigator().open(hooks().open_help(m_services));
    }

    Services& m_services;
    EmailContext m_context;
    EmailApp::Viewer m_viewer;
    // Callbacks from workers are bound to this: they do nothing once the screen is gone.
    Lifetime m_lifetime;
};

// The e-mail app's first screen (the inbox), as the home tile and --screenshot --screen email open it.
std::unique_ptr<Screen> open_email(Services&, EmailContext);

}
