// The built-in defaults, and the demo household that pictures of Foyer show.
#include "settings.hpp"

namespace Foyer {

Settings default_settings()
{
    Settings settings;
    settings.tiles = { "videocall", "email", "print", "help" };
    settings.helpline.name = "Solidarité numérique";
    settings.helpline.number = "01 70 77 23 72";
    for (int day = 0; day < 5; ++day)
        settings.helpline.hours.weekly[size_t(day)] = { TimeRange { TimeOfDay { 9 * 60 }, TimeOfDay { 18 * 60 } } };
    settings.helpline.hours.holidays = HolidayCalendar::France;
    return settings;
}

Settings demo_settings()
{
    auto settings = default_settings();
    settings.senior_name = "Marie-Martine";
    // An account and someone to call, so that every tile of a picture leads somewhere; a screenshot sends
    // and fetches nothing (Services::live_session()).
    settings.email.address = "marie-martine@example.fr";
    Contact sophie;
    sophie.name = "Sophie";
    sophie.email = "sophie@example.fr";
    sophie.video = { VideoKind::Jitsi, "https://meet.jit.si/famille-exemple", {} };
    settings.contacts.push_back(std::move(sophie));
    return settings;
}

}
