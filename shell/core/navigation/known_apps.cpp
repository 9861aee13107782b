// The four apps of the product (BRIEF.md): call the family, e-mails, print, call for help.
#include "known_apps.hpp"

#include "../i18n/mark.hpp"

#include <array>

namespace Foyer {

namespace {

constexpr std::array<KnownApp, 4> apps { {
    { "videocall", N_("Call the family"), Icon::VideoCall },
    { "email", N_("My e-mails"), Icon::Mail },
    { "print", N_("Print"), Icon::Print },
    { "help", N_("Call for help"), Icon::Helpline },
} };

}

std::span<const KnownApp> known_apps()
{
    return apps;
}

const KnownApp* known_app(std::string_view id)
{
    for (auto& app : apps)
        if (app.id == id)
            return &app;
    return nullptr;
}

}
