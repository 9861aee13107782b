// The apps of this version of Foyer, for the home tiles and --screenshot --screen.
#pragma once

#include "../shell/core/navigation/app_registry.hpp"

namespace Foyer {

AppRegistry installed_apps();

}
