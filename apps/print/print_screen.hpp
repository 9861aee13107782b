// "Print": the printer's state in words at the top, then "A photo" and "A document", and the ways on:
// the printer's ink, call for help, and (no printer set up) the family's "Add a printer".
#pragma once

#include "print_step.hpp"
#include "print_widgets.hpp"

namespace Foyer {

struct PrintHomeLayout {
    Rect status;
    std::vector<Rect> tiles;
    bool choices_as_buttons { false };
    ButtonRowLayout buttons;
    bool fits { false };
};

// The tiles ("A photo", "A document"; "Call for help" alone when printing cannot be set up) and the
// buttons under them, for this report.
std::vector<ButtonSpec> print_home_tiles(const PrinterReport&, const PrintHooks&, EmailReady = EmailReady::Yes);
std::vector<ButtonSpec> print_home_buttons(const PrinterReport&, const PrintHooks&);
PrintHomeLayout layout_print_home(const Ui&, const PrinterReport&, const std::vector<ButtonSpec>& tiles,
    const std::vector<ButtonSpec>& buttons, const Rect& area);

class PrintScreen final : public PrintStep {
public:
    PrintScreen(Services&, PrintContext);

    std::string_view id() const override { return "print"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;
    bool waiting_for_answers() const override;

private:
    void on_press(const std::string& id);

    StateVoice m_voice;
};

}
