// "Call for help": the helpline's name, its number in giant digits, its hours, and whether it is open now.
#pragma once

#include "../../shell/core/layout/geometry.hpp"
#include "../../shell/core/layout/metrics.hpp"
#include "../../shell/core/navigation/screen.hpp"
#include "../../shell/core/navigation/services.hpp"
#include "helpline_text.hpp"

#include <memory>

namespace Foyer {

class Ui;

// Where each block of the help screen goes; `fits` is false when the content is taller or wider than the
// area (tests check it at every screen size, text size and language).
struct HelpLayout {
    Rect name;
    // The "Show my screen to the helper" button, when the helpline has a helpdesk.
    Rect show_screen;
    Rect number;
    FontRole number_font { FontRole::Giant };
    // The hours and the open/closed sentence; the button's label.
    FontRole sentences_font { FontRole::Large };
    FontRole button_font { FontRole::Heading };
    Rect hours;
    Rect status;
    bool fits { false };
};
HelpLayout layout_help(const Ui&, const HelplineText&, const Rect& area, bool with_send_button = false);

class HelpScreen final : public Screen {
public:
    // Asks the shell for a picture of what the senior is looking at now, before this screen appears.
    explicit HelpScreen(Services&);

    std::string_view id() const override { return "help"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;

private:
    bool can_send() const;

    Services& m_services;
    // Filled between frames by the shell (Services::capture_screen).
    std::shared_ptr<RgbaImage> m_picture;
};

}
