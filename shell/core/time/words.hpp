// Dates and times in words, in the current language: "jeudi 26 novembre", "10 h 42", "Tuesday".
#pragma once

#include "date.hpp"

#include <string>

namespace Foyer {

std::string weekday_name(Weekday);
std::string month_name(int month);
// "jeudi 26 novembre" / "Thursday 26 November".
std::string date_in_words(Date);
// "10 h 42" / "10:42 am"; on the hour "9 h" / "9 am".
std::string clock_text(TimeOfDay);
// The same time written for the speech synthesiser ("10 heures 42").
std::string spoken_clock_text(TimeOfDay);
// "Bonjour Marie-Martine" / "Good evening Marie-Martine", by the time of day; no name, no comma.
std::string greeting(std::string_view name, TimeOfDay);

}
