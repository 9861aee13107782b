// The home screen: the greeting with the day and time, and the giant tiles of the configured apps.
#pragma once

#include "../core/navigation/app_registry.hpp"
#include "../core/navigation/screen.hpp"

#include <functional>
#include <string>

namespace Foyer {

// A message for the family (a settings problem), shown on the home screen until they press OK.
struct FamilyNotice {
    std::string text;
    std::function<void()> on_dismiss;
};

class HomeScreen final : public Screen {
public:
    HomeScreen(Services&, const AppRegistry&, const FamilyNotice& notice);

    std::string_view id() const override { return "home"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;
    bool has_title_bar() const override { return false; }

private:
    Services& m_services;
    const AppRegistry& m_apps;
    const FamilyNotice& m_notice;
};

}
