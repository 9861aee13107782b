// The apps a tile can open. The list itself lives in apps/ (the shell does not depend on the apps).
#pragma once

#include "../icons.hpp"
#include "services.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace Foyer {

struct AppEntry {
    // The identifier used in the settings' tiles and by --screenshot --screen.
    std::string id;
    // English label, marked with N_(); translated when drawn.
    const char* label;
    Icon icon;
    std::function<std::unique_ptr<Screen>(Services&)> open;
};

using AppRegistry = std::vector<AppEntry>;

// The entry for `id`, or nullptr when that app is not part of this version.
const AppEntry* find_app(const AppRegistry&, std::string_view id);

// The tiles the home screen shows: the settings' tiles that exist in this version, in order. The help
// tile is always there: a senior is never left without a way to call for help.
std::vector<const AppEntry*> home_tiles(const AppRegistry&, const std::vector<std::string>& tile_ids);

}
