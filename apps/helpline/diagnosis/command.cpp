// The diagnosis from the command line: same collectors, same settings as the help screen.
#include "command.hpp"

#include "../../../shell/core/i18n/translate.hpp"
#include "../../../shell/core/settings/store.hpp"
#include "../../../shell/core/system/log.hpp"
#include "../../../shell/core/system/paths.hpp"

#include <cstdio>

namespace Foyer {

DiagnosisContext diagnosis_context(const Settings& settings, const std::string& foyer_version)
{
    DiagnosisContext context;
    context.helpdesk_url = settings.helpline.helpdesk;
    context.ca_path = expand_path(settings.helpline.ca_file, config_dir());
    context.sites = settings.diagnosis.sites;
    context.foyer_version = foyer_version;
    context.recent_problems = recent_log_problems();
    return context;
}

int run_diagnose_command(const CommandLine& options, const std::string& foyer_version)
{
    auto path = options.config_path.empty() ? config_dir() + "/foyer.toml" : options.config_path;
    // Problems of the settings file go to standard error, where the family sees them.
    auto loaded = SettingsStore(path, state_dir()).load();
    if (!options.language && loaded.settings.language)
        i18n::set_language(*loaded.settings.language);
    auto context = diagnosis_context(loaded.settings, foyer_version);
    auto diagnosis = run_diagnosis(context, standard_collectors());
    auto text = options.json ? diagnosis_json(diagnosis) : diagnosis_text(diagnosis);
    std::fputs(text.c_str(), stdout);
    return 0;
}

}
