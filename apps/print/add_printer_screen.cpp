// The family's "Add a printer": search through CUPS, add with the driverless model.
#include "add_printer_screen.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/ui/ui.hpp"

namespace Foyer {

std::string add_printer_message(AddStage stage, size_t found, const std::string& printer, const std::string& error)
{
    switch (stage) {
    case AddStage::Searching:
        return tr("Looking for printers on the network…");
    case AddStage::Found:
        if (found == 0)
            return tr("No printer was found. Check that the printer is switched on and connected to the same network (Wi-Fi) as this computer, then look again.");
        return trn("I found this printer. Press it to add it.", "I found these printers. Press the one to add.", long(found));
    case AddStage::Adding:
        return format(tr("Adding the printer {printer}…"), { { "printer", printer } });
    case AddStage::Added:
        return format(tr("The printer {printer} is added. Foyer will print on it."), { { "printer", printer } });
    case AddStage::Failed:
        return error;
    }
    return {};
}

std::vector<ButtonSpec> add_printer_buttons(AddStage stage)
{
    switch (stage) {
    case AddStage::Searching:
    case AddStage::Adding:
        return { { "print.back", Icon::Back, tr("Back") } };
    case AddStage::Found:
    case AddStage::Failed:
        return { { "print.back", Icon::Back, tr("Back") }, { "print.search", Icon::Search, tr("Look again") } };
    case AddStage::Added:
        return { { "print.done", Icon::Print, tr("Back to printing") } };
    }
    return {};
}

AddPrinterLayout layout_add_printer(const Ui& ui, const std::string& message, const std::vector<std::string>& printers,
    const std::vector<ButtonSpec>& buttons, const Rect& area)
{
    auto& m = ui.metrics();
    AddPrinterLayout layout;
    Rect rest = area;
    float message_h = ui.text_height(message, FontRole::Large, area.width - 2 * m.gap) + 2 * m.gap;
    layout.message = rest.take_top(message_h);
    rest.take_top(m.gap);
    auto probe = layout_button_row(ui, buttons, rest);
    layout.buttons = layout_button_row(ui, buttons, rest.take_bottom(probe.height));
    rest.take_bottom(m.gap);
    bool fits = message_h + m.gap + probe.height <= area.height + 0.5f && layout.buttons.fits;
    // The printers as tiles (their names may be long: a tile wraps them on two lines), side by side, or
    // two by two when four are found.
    if (!printers.empty()) {
        size_t columns = printers.size() <= 2 ? printers.size() : 2;
        size_t rows = (printers.size() + columns - 1) / columns;
        float width = (rest.width - float(columns - 1) * m.gap) / float(columns);
        float height = std::min((rest.height - float(rows - 1) * m.gap) / float(rows), m.button_height * 2.5f);
        for (size_t i = 0; i < printers.size(); ++i)
            layout.printers.push_back({ rest.x + float(i % columns) * (width + m.gap), rest.y + float(i / columns) * (height + m.gap), width, height });
        // Room for an icon above the two lines of the name.
        auto room_for = [&](FontRole role) { return height >= 2 * m.font(role) * 1.2f + m.font(FontRole::SmallIcon) * 0.75f; };
        layout.caption_role = room_for(FontRole::Large) ? FontRole::Large : FontRole::Body;
        fits = fits && room_for(layout.caption_role);
    }
    layout.fits = fits;
    return layout;
}

AddPrinterScreen::AddPrinterScreen(Services& services, PrintContext context)
    : PrintStep(services, std::move(context))
{
    // The family is already past the family code: the search starts at once, and the arrival says so.
    start_search();
}

std::string AddPrinterScreen::title() const
{
    return tr("Add a printer");
}

std::string AddPrinterScreen::message() const
{
    return add_printer_message(m_stage, m_found.size(), m_printer, m_error);
}

std::string AddPrinterScreen::arrival_speech() const
{
    return title() + ". " + message();
}

void AddPrinterScreen::set_stage(AddStage stage)
{
    m_stage = stage;
    m_services.activity().record("print", std::string("add printer: ") + message());
    m_services.say(message());
}

void AddPrinterScreen::search()
{
    start_search();
    set_stage(AddStage::Searching);
}

void AddPrinterScreen::start_search()
{
    m_found.clear();
    m_stage = AddStage::Searching;
    app().discover(m_lifetime.guard([this](ErrorOr<std::vector<FoundPrinter>> found) {
        if (found.is_error()) {
            m_error = found.error().message();
            set_stage(AddStage::Failed);
            return;
        }
        m_found = found.release_value();
        if (m_found.size() > max_listed_printers)
            m_found.resize(max_listed_printers);
        set_stage(AddStage::Found);
    }));
}

void AddPrinterScreen::add(const FoundPrinter& printer)
{
    m_printer = printer.name;
    set_stage(AddStage::Adding);
    app().add_printer(printer, m_lifetime.guard([this](ErrorOr<std::string> added) {
        if (added.is_error()) {
            m_error = added.error().message();
            set_stage(AddStage::Failed);
            return;
        }
        set_stage(AddStage::Added);
    }));
}

void AddPrinterScreen::draw(Ui& ui)
{
    auto& m = ui.metrics();
    auto text = message();
    std::vector<std::string> names;
    if (m_stage == AddStage::Found)
        for (auto& printer : m_found)
            names.push_back(printer.name);
    auto buttons = add_printer_buttons(m_stage);
    auto layout = layout_add_printer(ui, text, names, buttons, ui.content());

    auto role = m_stage == AddStage::Failed ? SwatchRole::StatusBad : m_stage == AddStage::Added ? SwatchRole::StatusGood
                                                                                                 : SwatchRole::Notice;
    ui.fill(layout.message, role, true);
    ui.text(layout.message.inset(m.gap), text, FontRole::Large, role);
    for (size_t i = 0; i < names.size() && i < layout.printers.size(); ++i)
        if (ui.picture_tile("print.found." + std::to_string(i), layout.printers[i], no_image, 0, 0, Icon::Print, names[i], names[i],
                layout.caption_role))
            add(m_found[i]);
    auto pressed = draw_button_row(ui, layout.buttons, buttons);
    if (pressed == "print.back" || pressed == "print.done")
        m_services.navigator().back();
    else if (pressed == "print.search")
        search();
}

}
