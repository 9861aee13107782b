// Where Foyer finds its settings, keeps its state, and reads its installed data (fonts, translations).
#pragma once

#include <string>
#include <string_view>

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
// The senior's home folder: $HOME, else (unset or empty) the account's home, else /tmp.
std::string home_dir();
// A path as the family writes it in the settings, made usable; the one way the whole program does it.
// "~" and "~/…" go under home_dir(); a relative path goes under `base` (the settings file's folder)
// when one is given, else stays relative; an absolute path and "" stay as they are. "~marie/…" (another
// account's home) is left as written: Foyer runs for one person and never looks into other accounts.
std::string expand_path(std::string_view path, std::string_view base = {});

}
