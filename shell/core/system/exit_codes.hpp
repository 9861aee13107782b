// How foyer tells foyer-session (its supervisor) why it ended: any other ending is a crash.
#pragma once

namespace Foyer::ExitCode {

// Closed on purpose (Alt+F4 inside a usual desktop): the supervisor of a Foyer session starts it again,
// the one inside a usual desktop lets it be.
constexpr int closed = 0;
// It cannot start at all (no screen, a bad command line): starting it again would not help.
constexpr int cannot_start = 2;
// The family asked for a fresh start in normal mode (after safe mode, or after fixing the settings).
constexpr int restart = 75;
// The family asked to leave the Foyer session (back to the login screen).
constexpr int leave_session = 76;

}
