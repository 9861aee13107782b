// make bench, section 7: every installed voice measured as Foyer uses it (through VoiceEngine, with the
// words for the ear), against espeak-ng measured in the same run.
#pragma once

namespace Foyer::Bench {

void voices();

}
