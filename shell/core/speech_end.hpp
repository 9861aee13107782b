// How a text read aloud ended: to its last word, cut short, or failed with what to show and say.
#pragma once

#include "error.hpp"

#include <optional>

namespace Foyer {

struct SpeechEnd {
    enum class Kind {
        // Said to its last word.
        Finished,
        // Cut short: something else was said, the senior pressed Stop, the voice was turned off meanwhile.
        Stopped,
        // The voice could not say it (no synthesiser, no loudspeaker, a piece it failed on, the voice turned
        // off in the settings): `error` says so in plain words, and nothing more of that text was tried.
        Failed,
    };
    Kind kind { Kind::Finished };
    std::optional<Error> error;
};

}
