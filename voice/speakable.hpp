// Words for the ear: the text a screen gives to speech, with every number, date, time, telephone number,
// code, amount, unit and abbreviation written the way people say it in that language, so that every voice
// (espeak-ng, Pico, RHVoice) reads it the same way. It does not speak, and it knows nothing of engines.
#pragma once

#include "../shell/core/i18n/language.hpp"

#include <string>
#include <string_view>

namespace Foyer {

// The text as it should be said: "jeudi 26 novembre, 10 h 42" becomes "jeudi vingt-six novembre, dix
// heures quarante-deux", "01 70 77 23 72" becomes "zéro un, soixante-dix, …", "12,50 €" becomes "douze
// euros cinquante". Punctuation is never read aloud (runs such as "!!!" or "?!" become one sentence end),
// quotes, brackets and pictographs are dropped. A text with nothing of this comes back unchanged; broken
// UTF-8 is dropped, never a reason to throw.
std::string speakable(std::string_view text, Language);

// A whole number in words: "vingt et un", "soixante et onze", "quatre-vingts", "deux cent un";
// "twenty-one", "one hundred and five", "two thousand and twenty-six".
std::string number_in_words(long long, Language);

// "premier", "deuxième", "vingt et unième"; "first", "second", "twenty-sixth". Zero and below are said as
// the number.
std::string ordinal_in_words(int, Language);

// A code said in the groups it is shown ("1124 1820", "123 456 789"), ending with a full stop. French
// reads an even group as pairs of numbers, a pair starting with 0 as "zéro" and its digit ("onze
// vingt-quatre, dix-huit vingt."), an odd group digit by digit ("un, deux, trois. quatre, …"); English
// reads every group digit by digit ("one, one, two, four. one, eight, two, zero.").
std::string code_for_ear(std::string_view grouped, Language);

}
