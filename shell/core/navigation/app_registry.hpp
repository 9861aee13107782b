// The apps a tile can open. The list itself lives in apps/ (the shell does not depend on the apps).
#pragma once

#include "../icons.hpp"
#include "../layout/geometry.hpp"
#include "services.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace Foyer {

class Ui;

// The part of an app that lives as long as Foyer, not as long as a screen: the help report's outbox and
// live help, later a video call. It may draw above every screen (a banner, a message from a helper).
class AppService {
public:
    virtual ~AppService() = default;
    // Draws at the top of `screen` and returns the height it took (0: nothing to show). Called every
    // frame, on the main thread, before the current screen is drawn below it.
    virtual float draw_banner(Ui&, const Rect& screen)
    {
        (void)screen;
        return 0;
    }
    // Draws above everything (a helper's message), after the current screen.
    virtual void draw_overlay(Ui&, const Rect& screen) { (void)screen; }
    // Whether the overlay drawn now is modal: only its own buttons can be pressed or focused, and Escape
    // closes it (dismiss()) instead of going home — the senior finishes reading before anything else.
    virtual bool modal() const { return false; }
    virtual void dismiss() { }
};

struct AppEntry {
    // The identifier used in the settings' tiles and by --screenshot --screen.
    std::string id;
    // English label, marked with N_(); translated when drawn.
    const char* label;
    Icon icon;
    std::function<std::unique_ptr<Screen>(Services&)> open;
    // Started with Foyer when set.
    std::function<std::unique_ptr<AppService>(Services&)> start_service {};
    // Later steps of the app that --screenshot --screen NAME can draw, each with sample contents (a code,
    // a picture) since they are normally reached through the app's own flow.
    std::vector<std::pair<std::string, std::function<std::unique_ptr<Screen>(Services&)>>> sample_screens {};
    // Whether the family has set the app up in these settings (an e-mail account, a contact to call).
    // An app that is not set up has no tile: it would lead to a dead end. Empty: always set up.
    std::function<bool(const Settings&)> set_up {};

    bool is_set_up(const Settings& settings) const { return !set_up || set_up(settings); }
};

using AppRegistry = std::vector<AppEntry>;

// The entry for `id`, or nullptr when that app is not part of this version.
const AppEntry* find_app(const AppRegistry&, std::string_view id);

// The tiles the home screen shows: the settings' tiles that exist in this version and are set up, in
// order. The help tile is always there: a senior is never left without a way to call for help.
std::vector<const AppEntry*> home_tiles(const AppRegistry&, const Settings&);

}
