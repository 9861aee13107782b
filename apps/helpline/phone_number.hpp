// Telephone numbers grouped the way people read them ("01 70 77 23 72"), and written for the voice.
#pragma once

#include "../../shell/core/i18n/language.hpp"

#include <string>
#include <string_view>

namespace Foyer {

struct PhoneNumberText {
    // For the giant digits: "01 70 77 23 72", "+33 1 70 77 23 72", "39 39".
    std::string grouped;
    // For the voice, in words (voice/speakable): French reads pairs as numbers ("zéro un, soixante-dix"),
    // English digit by digit ("oh one, seven oh").
    std::string spoken;
};

PhoneNumberText phone_number_text(std::string_view number, Language);

}
