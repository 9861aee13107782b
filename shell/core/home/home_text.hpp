// The words of the home screen's header: the greeting, the day and the time, and how they are spoken.
#pragma once

#include "../time/date.hpp"

#include <string>

namespace Foyer {

struct HomeText {
    // "Bonjour Marie-Martine"
    std::string greeting;
    // "jeudi 26 novembre, 10 h 42"
    std::string date_time;
    // "Bonjour Marie-Martine — jeudi 26 novembre, 10 h 42", when it fits on one line.
    std::string one_line;
    // What the voice says on arrival at home.
    std::string spoken;
};

HomeText home_text(const std::string& senior_name, LocalDateTime now);

}
