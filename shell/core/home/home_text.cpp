// The home header's words, in the current language.
#include "home_text.hpp"

#include "../i18n/translate.hpp"
#include "../time/words.hpp"

namespace Foyer {

HomeText home_text(const std::string& senior_name, LocalDateTime now)
{
    HomeText text;
    text.greeting = greeting(senior_name, now.time);
    text.date_time = format(tr("{date}, {time}"), { { "date", date_in_words(now.date) }, { "time", clock_text(now.time) } });
    text.one_line = text.greeting + " — " + text.date_time;
    text.spoken = format(tr("{greeting}. It is {date}, {time}."),
        { { "greeting", text.greeting }, { "date", date_in_words(now.date) }, { "time", spoken_clock_text(now.time) } });
    return text;
}

}
