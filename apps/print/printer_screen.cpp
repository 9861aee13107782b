// Drawing the printer's own screen: the state panel, the printer's name, the ink gauges.
#include "printer_screen.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/ui/ui.hpp"

namespace Foyer {

std::vector<ButtonSpec> printer_screen_buttons(const PrinterReport& report, const PrintHooks& hooks)
{
    std::vector<ButtonSpec> buttons { { "print.back", Icon::Back, tr("Back") } };
    if (report.verdict == PrinterVerdict::Blocked && hooks.open_help)
        buttons.push_back({ "print.help", Icon::Helpline, tr("Call for help") });
    return buttons;
}

std::string printer_name_line(const PrinterReport& report)
{
    return report.printer_name.empty() ? std::string {} : format(tr("Printer: {name}"), { { "name", report.printer_name } });
}

PrinterScreenLayout layout_printer_screen(const Ui& ui, const PrinterReport& report, const std::vector<ButtonSpec>& buttons,
    const Rect& area)
{
    auto& m = ui.metrics();
    PrinterScreenLayout layout;
    Rect rest = area;
    layout.status = rest.take_top(status_panel_height(ui, report, area.width));
    rest.take_top(m.gap / 2);
    auto probe = layout_button_row(ui, buttons, rest, Align::Left);
    layout.buttons = layout_button_row(ui, buttons, rest.take_bottom(probe.height), Align::Left);
    rest.take_bottom(m.gap / 2);
    // The printer's name, when there is room for it beside the gauges (it says which printer this is,
    // which matters less than the ink).
    auto name = printer_name_line(report);
    float name_h = name.empty() ? 0 : ui.text_height(name, FontRole::Body, area.width) + m.gap / 2;
    auto with_name = rest;
    with_name.take_top(name_h);
    layout.gauges = layout_gauges(ui, report.inks, with_name);
    if (name_h > 0 && layout.gauges.fits) {
        layout.name = rest.take_top(name_h - m.gap / 2);
        rest.take_top(m.gap / 2);
    } else {
        layout.gauges = layout_gauges(ui, report.inks, rest);
    }
    float needed = layout.status.height + m.gap / 2 + probe.height + m.gap / 2;
    layout.fits = needed <= area.height + 0.5f && layout.buttons.fits && layout.gauges.fits;
    return layout;
}

PrinterScreen::PrinterScreen(Services& services, PrintContext context)
    : PrintStep(services, std::move(context))
{
}

std::string PrinterScreen::title() const
{
    return tr("The printer");
}

std::string PrinterScreen::arrival_speech() const
{
    auto text = title() + ".";
    auto state = m_voice.on_arrival(app());
    if (!state.empty())
        text += " " + state;
    for (auto& gauge : describe_printer(app().situation()).inks)
        text += " " + gauge.spoken;
    return text;
}

bool PrinterScreen::waiting_for_answers() const
{
    return app().situation().kind == PrinterSituation::Kind::Checking;
}

void PrinterScreen::draw(Ui& ui)
{
    m_voice.on_draw(services(), app());
    auto report = describe_printer(app().situation());
    auto buttons = printer_screen_buttons(report, hooks());
    auto layout = layout_printer_screen(ui, report, buttons, ui.content());
    draw_status_panel(ui, layout.status, report);
    if (layout.name.height > 0)
        ui.text(layout.name, printer_name_line(report), FontRole::Body, SwatchRole::Page);
    draw_gauges(ui, layout.gauges, report.inks);
    auto pressed = draw_button_row(ui, layout.buttons, buttons);
    if (pressed == "print.back")
        services().navigator().back();
    else if (pressed == "print.help")
        call_for_help();
}

}
