// Where Foyer finds its settings, keeps its state, and reads its installed data (fonts, translations).
#pragma once

#include <string>

namespace Foyer {

// $XDG_CONFIG_HOME/foyer (default ~/.config/foyer).
std::string config_dir();
// $XDG_STATE_HOME/foyer (default ~/.local/state/foyer): logs, last good settings, queues.
std::string state_dir();
// The installed data: $FOYER_DATA_DIR, else <executable>/../share/foyer (the build tree has the same
// layout as an installation), else the compiled-in install prefix.
std::string data_dir();
// The directory the running executable is in.
std::string executable_dir();

}
