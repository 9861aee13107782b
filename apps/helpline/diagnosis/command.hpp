// `foyer --diagnose [--json]`: the help report's diagnosis printed for a family member at a terminal.
#pragma once

#include "../../../shell/core/cli.hpp"
#include "../../../shell/core/settings/settings.hpp"
#include "diagnosis.hpp"

#include <string>

namespace Foyer {

// The diagnosis context the settings describe (helpdesk, sites, certificate authority).
DiagnosisContext diagnosis_context(const Settings&, const std::string& foyer_version);

// Prints the diagnosis and returns the exit code (0: the diagnosis ran, whatever it found).
int run_diagnose_command(const CommandLine&, const std::string& foyer_version);

}
