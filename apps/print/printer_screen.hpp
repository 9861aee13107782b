// "The printer": its state in words and every ink as a big gauge, refreshed while the screen is open.
#pragma once

#include "print_step.hpp"
#include "print_widgets.hpp"

namespace Foyer {

struct PrinterScreenLayout {
    Rect status;
    Rect name;
    GaugesLayout gauges;
    ButtonRowLayout buttons;
    bool fits { false };
};
std::vector<ButtonSpec> printer_screen_buttons(const PrinterReport&, const PrintHooks&);
PrinterScreenLayout layout_printer_screen(const Ui&, const PrinterReport&, const std::vector<ButtonSpec>&, const Rect& area);
// "Printer: ColorJet".
std::string printer_name_line(const PrinterReport&);

class PrinterScreen final : public PrintStep {
public:
    PrinterScreen(Services&, PrintContext);

    std::string_view id() const override { return "print.printer"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;
    bool waiting_for_answers() const override;

private:
    StateVoice m_voice;
};

}
