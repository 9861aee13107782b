// The foyer-helpdesk subcommands; each returns the process's exit status (0 ok, 1 failed, 2 misused).
#pragma once

#include "arguments.hpp"

namespace Foyer::Helpdesk {

int serve_command(Arguments&);
int add_mediator_command(Arguments&);
int cases_command(Arguments&);
int purge_command(Arguments&);

}
