// The setup's own steps, in the order of the whole setup. Other apps' steps (the e-mail account, the
// family's contacts, the printer) are given by apps/apps.cpp and go between the helpline and the code.
#pragma once

#include "setup_flow.hpp"

#include <vector>

namespace Foyer {

// The welcome (with the language), the senior's name, text size and colours, the voice.
std::vector<SetupStepEntry> opening_steps();
// The helpline: national or another association; that association's name and number, hours, helpdesk.
std::vector<SetupStepEntry> helpline_steps();
// The family code, then the summary where everything is saved.
std::vector<SetupStepEntry> closing_steps();

// The family menu's chapters for the steps above, in order (the printer's is the print app's).
SetupChapter senior_chapter();
SetupChapter display_chapter();
SetupChapter voice_chapter();
SetupChapter helpline_chapter();
SetupChapter family_code_chapter();

// The sentence the voice step says after each change, so the family hears it.
std::string voice_sample(const SetupDraft&);

}
