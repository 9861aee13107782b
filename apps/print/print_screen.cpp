// Drawing "Print" and leading on to the pickers, the printer's screen, help and "Add a printer".
#include "print_screen.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/ui/ui.hpp"
#include "add_printer_screen.hpp"
#include "picker_screen.hpp"
#include "printer_screen.hpp"

namespace Foyer {

namespace {

// Without a printer, or when CUPS itself does not work, choosing a photo would lead nowhere.
bool offers_choices(const PrinterReport& report)
{
    return !report.no_printer && !(report.verdict == PrinterVerdict::Blocked && report.printer_name.empty());
}

}

std::vector<ButtonSpec> print_home_tiles(const PrinterReport& report, const PrintHooks& hooks, EmailReady email)
{
    if (!offers_choices(report)) {
        // Nothing to print with: the way out is the one big thing on the screen.
        if (hooks.open_help)
            return { { "print.help", Icon::Helpline, tr("Call for help") } };
        return {};
    }
    std::vector<ButtonSpec> tiles { { "print.tile.0", Icon::Photo, tr("A photo") }, { "print.tile.1", Icon::Document, tr("A document") } };
    if (hooks.choose_from_email && email == EmailReady::Yes)
        tiles.push_back({ "print.tile.2", Icon::Mail, tr("An e-mail") });
    return tiles;
}

std::vector<ButtonSpec> print_home_buttons(const PrinterReport& report, const PrintHooks& hooks)
{
    std::vector<ButtonSpec> buttons;
    if (!report.printer_name.empty())
        buttons.push_back({ "print.printer", Icon::Ink, tr("The ink") });
    if (report.verdict == PrinterVerdict::Blocked && hooks.open_help && offers_choices(report))
        buttons.push_back({ "print.help", Icon::Helpline, tr("Call for help") });
    // The family's way in: the last thing on the screen, small, in a corner, behind the family code.
    if (report.no_printer)
        buttons.push_back({ "print.add", Icon::Family, tr("For the family: add a printer"), SwatchRole::Tile });
    return buttons;
}

PrintHomeLayout layout_print_home(const Ui& ui, const PrinterReport& report, const std::vector<ButtonSpec>& tiles,
    const std::vector<ButtonSpec>& buttons, const Rect& area)
{
    auto& m = ui.metrics();
    PrintHomeLayout layout;
    Rect rest = area;
    layout.status = rest.take_top(status_panel_height(ui, report, area.width));
    rest.take_top(m.gap);
    // The buttons sit at the bottom; the tiles take what is left between.
    // The family's button alone goes to the right-hand corner, away from where a senior looks first.
    auto align = buttons.size() == 1 && buttons.front().id == "print.add" ? Align::Right : Align::Center;
    auto probe = layout_button_row(ui, buttons, { rest.x, rest.y, rest.width, rest.height }, align);
    Rect bottom = rest.take_bottom(probe.height);
    layout.buttons = layout_button_row(ui, buttons, bottom, align);
    bool fits = layout.status.bottom() <= area.bottom() + 0.5f && layout.buttons.fits;
    if (!tiles.empty()) {
        rest.take_bottom(m.gap);
        auto all_fit = [&](const std::vector<Rect>& rects) {
            for (size_t i = 0; i < tiles.size(); ++i)
                if (!layout_tile(ui.fonts(), m, rects[i], tiles[i].label).fits || !rest.contains(rects[i]))
                    return false;
            return true;
        };
        // The home screen's grid first (three tiles make two rows); one row when two rows are too low.
        layout.tiles = tile_grid(rest, tiles.size(), m);
        if (!all_fit(layout.tiles) && tiles.size() > 2) {
            float width = (rest.width - float(tiles.size() - 1) * m.gap) / float(tiles.size());
            float height = std::min(rest.height, width * 0.75f);
            std::vector<Rect> row;
            for (size_t i = 0; i < tiles.size(); ++i)
                row.push_back({ rest.x + float(i) * (width + m.gap), rest.y + (rest.height - height) / 2, width, height });
            if (all_fit(row))
                layout.tiles = row;
        }
        if (!all_fit(layout.tiles)) {
            // No room for tiles (the largest type on a small screen, under a long explanation): the
            // choices become tall buttons side by side, still the largest targets on the screen.
            layout.choices_as_buttons = true;
            float width = (rest.width - float(tiles.size() - 1) * m.gap) / float(tiles.size());
            float height = std::min(rest.height, m.button_height * 1.5f);
            layout.tiles.clear();
            for (size_t i = 0; i < tiles.size(); ++i) {
                layout.tiles.push_back({ rest.x + float(i) * (width + m.gap), rest.y + (rest.height - height) / 2, width, height });
                fits = fits && ui.button_width(tiles[i].icon, tiles[i].label) <= width + 0.5f;
            }
            fits = fits && rest.height >= m.button_height * 1.5f;
        }
    }
    layout.fits = fits;
    return layout;
}

PrintScreen::PrintScreen(Services& services, PrintContext context)
    : PrintStep(services, std::move(context))
{
}

std::string PrintScreen::title() const
{
    return tr("Print");
}

std::string PrintScreen::arrival_speech() const
{
    auto state = m_voice.on_arrival(app());
    return state.empty() ? title() : title() + ". " + state;
}

bool PrintScreen::waiting_for_answers() const
{
    return app().situation().kind == PrinterSituation::Kind::Checking;
}

void PrintScreen::draw(Ui& ui)
{
    m_voice.on_draw(services(), app());
    auto report = describe_printer(app().situation());
    auto tiles = print_home_tiles(report, hooks(), email_ready(hooks(), services().settings()));
    auto buttons = print_home_buttons(report, hooks());
    auto layout = layout_print_home(ui, report, tiles, buttons, ui.content());

    draw_status_panel(ui, layout.status, report);
    for (size_t i = 0; i < tiles.size() && i < layout.tiles.size(); ++i) {
        auto& tile = tiles[i];
        bool pressed = layout.choices_as_buttons ? ui.button(tile.id, layout.tiles[i], tile.icon, tile.label, SwatchRole::Tile)
                                                 : ui.tile(tile.id, layout.tiles[i], tile.icon, tile.label);
        if (pressed)
            on_press(tile.id);
    }
    if (auto pressed = draw_button_row(ui, layout.buttons, buttons); !pressed.empty())
        on_press(pressed);
}

void PrintScreen::on_press(const std::string& id)
{
    auto& navigator = services().navigator();
    if (id == "print.tile.0")
        navigator.open(std::make_unique<PickerScreen>(services(), context(), FileChoice::Photos));
    else if (id == "print.tile.1")
        navigator.open(std::make_unique<PickerScreen>(services(), context(), FileChoice::Documents));
    else if (id == "print.tile.2" && hooks().choose_from_email && email_ready(hooks(), services().settings()) == EmailReady::Yes)
        navigator.open(hooks().choose_from_email(services()));
    else if (id == "print.printer")
        navigator.open(std::make_unique<PrinterScreen>(services(), context()));
    else if (id == "print.help")
        call_for_help();
    else if (id == "print.add") {
        auto add = [context = context()](Services& services) -> std::unique_ptr<Screen> { return std::make_unique<AddPrinterScreen>(services, context); };
        navigator.open(hooks().family_only ? hooks().family_only(services(), add) : add(services()));
    }
}

std::unique_ptr<Screen> open_print(Services& services, PrintContext context)
{
    return std::make_unique<PrintScreen>(services, std::move(context));
}

}
