// Drawing the preview: the sheet on the left, the choices on the right; preparing happens on a worker.
#include "preview_screen.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/ui/ui.hpp"
#include "progress_screen.hpp"

#include <cmath>

namespace Foyer {

namespace {

PagePlacement a4_portrait()
{
    PaperSize a4;
    return place_page(a4, a4.width, a4.height);
}

// The sheet as large as fits in `area`, and where the picture goes on it.
void place_sheet(const PagePlacement& placement, const Rect& area, Rect& sheet, Rect& picture)
{
    if (placement.sheet_width <= 0 || placement.sheet_height <= 0)
        return;
    float scale = float(std::min(area.width / placement.sheet_width, area.height / placement.sheet_height));
    sheet = { 0, 0, float(placement.sheet_width) * scale, float(placement.sheet_height) * scale };
    sheet.x = area.x + (area.width - sheet.width) / 2;
    sheet.y = area.y + (area.height - sheet.height) / 2;
    picture = { sheet.x + float(placement.picture.x) * scale, sheet.y + float(placement.picture.y) * scale,
        float(placement.picture.width) * scale, float(placement.picture.height) * scale };
}

}

std::vector<ButtonSpec> preview_buttons(const PrinterReport& report, const PrintHooks& hooks, bool prepared, EmailReady email)
{
    if (report.verdict != PrinterVerdict::Blocked)
        return { { "print.back", Icon::Back, tr("Back") }, { "print.print", Icon::Print, tr("Print") } };
    // Printing cannot work: the ways out take the place of Back and Print (Home is still in the title bar).
    // Back stays while nothing could be prepared (a file that cannot be read): the senior goes back to the
    // e-mail or the files they came from rather than being stuck here.
    std::vector<ButtonSpec> buttons;
    if (!prepared)
        buttons.push_back({ "print.back", Icon::Back, tr("Back") });
    if (hooks.send_by_email && prepared && email == EmailReady::Yes)
        buttons.push_back({ "print.email", Icon::Mail, tr("Send it by e-mail") });
    if (hooks.open_help)
        buttons.push_back({ "print.help", Icon::Helpline, tr("Call for help") });
    if (buttons.empty())
        buttons.push_back({ "print.back", Icon::Back, tr("Back") });
    return buttons;
}

std::string preview_name(const PrintableFile& file, int pages)
{
    if (file.kind == FileKind::Picture)
        return file.name;
    return format(trn("{name}, {count} page", "{name}, {count} pages", pages), { { "name", file.name }, { "count", std::to_string(pages) } });
}

std::string copies_text(int copies)
{
    return format(trn("{count} copy", "{count} copies", copies), { { "count", std::to_string(copies) } });
}

PreviewLayout layout_preview(const Ui& ui, const PagePlacement& placement_or_empty, const std::string& name,
    const PrinterReport& report, const std::vector<ButtonSpec>& buttons, const Rect& area)
{
    auto& m = ui.metrics();
    auto placement = placement_or_empty.sheet_width > 0 ? placement_or_empty : a4_portrait();
    PreviewLayout layout;
    // The column of choices takes what it needs; the sheet gets the rest. Wider columns are tried when the
    // words (large text, French) need more room.
    bool blocked = report.verdict == PrinterVerdict::Blocked;
    layout.copies_shown = !blocked;
    // When printing cannot work the sheet matters less than the explanation: the column may take more.
    std::vector<float> shares { 0.42f, 0.5f, 0.58f, 0.66f };
    if (blocked)
        shares.push_back(0.75f);
    for (float share : shares) {
        Rect column = { area.right() - area.width * share, area.y, area.width * share, area.height };
        Rect sheet_area = { area.x, area.y, column.x - m.gap - area.x, area.height };

        // At the bottom, Back and Print side by side (Print on the right, under the hand), or stacked.
        Rect bottom = column;
        auto probe = layout_button_row(ui, buttons, column, Align::Right);
        layout.buttons = layout_button_row(ui, buttons, bottom.take_bottom(probe.height), Align::Right);

        // From the top: the file's name (when there is room), the copies, the printer's state.
        float square = m.button_height;
        float count_w = ui.text_width("5", FontRole::Heading) + m.gap;
        float label_w = ui.text_width(tr("Copies"), FontRole::Large);
        bool copies_on_one_line = label_w + m.gap + 2 * square + count_w + 2 * m.gap <= column.width;
        float copies_h = blocked ? 0 : (copies_on_one_line ? square : 2 * square + m.gap / 2) + m.gap;
        float status_h = status_panel_height(ui, report, column.width);
        float needed = layout.buttons.height + m.gap + copies_h + status_h;
        float name_h = ui.text_height(name, FontRole::Body, column.width);
        bool with_name = needed + name_h + m.gap / 2 <= column.height;

        Rect top = column;
        layout.name = with_name ? top.take_top(name_h) : Rect {};
        if (with_name)
            top.take_top(m.gap / 2);
        if (!blocked) {
            layout.copies_label = top.take_top(square);
            if (!copies_on_one_line) {
                top.take_top(m.gap / 2);
                Rect controls = top.take_top(square);
                layout.fewer = { controls.x, controls.y, square, square };
            } else {
                layout.fewer = { column.x + label_w + m.gap, layout.copies_label.y, square, square };
            }
            layout.count = { layout.fewer.right() + m.gap, layout.fewer.y, count_w, square };
            layout.more = { layout.count.right() + m.gap, layout.fewer.y, square, square };
            top.take_top(m.gap);
        }
        layout.status = top.take_top(status_h);

        layout.fits = needed <= column.height + 0.5f && layout.buttons.fits && sheet_area.width >= area.width * (blocked ? 0.2f : 0.3f);
        layout.print = {};
        if (layout.fits && !blocked && buttons.size() >= 2 && buttons.back().id == "print.print") {
            std::vector<ButtonSpec> others(buttons.begin(), buttons.end() - 1);
            auto row = layout_button_row(ui, others, column, Align::Right);
            float print_h = m.button_height * 1.4f;
            float apart = row.height + m.gap + print_h + m.gap + copies_h + status_h + (with_name ? name_h + m.gap / 2 : 0);
            if (apart <= column.height + 0.5f && ui.button_width(Icon::Print, buttons.back().label) <= column.width) {
                Rect bottom_apart = column;
                layout.buttons = layout_button_row(ui, others, bottom_apart.take_bottom(row.height), Align::Right);
                bottom_apart.take_bottom(m.gap);
                layout.print = bottom_apart.take_bottom(print_h);
            }
        }
        place_sheet(placement, sheet_area, layout.sheet, layout.picture);
        if (layout.fits)
            break;
    }
    return layout;
}

PreviewScreen::PreviewScreen(Services& services, PrintContext context, PrintableFile file)
    : PrintStep(services, std::move(context))
    , m_file(std::move(file))
{
}

PreviewScreen::~PreviewScreen()
{
    if (m_image != no_image)
        m_services.images().remove(m_image);
}

std::string PreviewScreen::title() const
{
    return m_file.kind == FileKind::Picture ? tr("Print this photo?") : tr("Print this document?");
}

std::string PreviewScreen::arrival_speech() const
{
    auto state = m_voice.on_arrival(app());
    auto text = title();
    if (m_prepared)
        text += " " + copies_text(m_copies) + ".";
    if (!state.empty())
        text += " " + state;
    return text;
}

void PreviewScreen::prepare(const PreviewLayout& layout)
{
    if (m_requested)
        return;
    m_requested = true;
    // The preview is made at the size it is drawn (the sheet's area, whatever its orientation).
    int size = int(std::max(layout.sheet.width, layout.sheet.height));
    app().prepare(m_file, size, size, m_lifetime.guard([this](ErrorOr<std::shared_ptr<const PreparedPrint>> prepared) {
        if (prepared.is_error()) {
            m_error = prepared.error();
            m_services.say(m_error->message());
            return;
        }
        m_prepared = prepared.release_value();
        if (!m_prepared->preview.empty())
            m_image = m_services.images().add(m_prepared->preview);
        auto ready = m_prepared->thing == PrintedThing::Photo
            ? tr("This is how your photo will come out.")
            : format(trn("This is how your document will come out: {count} page.", "This is how your document will come out: {count} pages.",
                         m_prepared->pages),
                { { "count", std::to_string(m_prepared->pages) } });
        m_services.say_next(ready + " " + copies_text(m_copies) + ".");
    }));
}

void PreviewScreen::change_copies(int by)
{
    int wanted = m_copies + by;
    if (wanted < min_copies) {
        m_services.say(tr("One copy is the fewest."));
        return;
    }
    if (wanted > max_copies) {
        m_services.say(format(tr("{count} copies is the most."), { { "count", std::to_string(max_copies) } }));
        return;
    }
    m_copies = wanted;
    m_services.say(copies_text(m_copies));
}

void PreviewScreen::print()
{
    auto report = describe_printer(app().situation());
    if (report.verdict == PrinterVerdict::Blocked) {
        // The button stays where it is, so nothing moves under a hand; it explains instead of printing.
        m_services.say(report.spoken());
        return;
    }
    if (!m_prepared) {
        m_services.say(m_error ? m_error->message() : tr("Wait a moment: I am getting it ready."));
        return;
    }
    m_services.navigator().open(std::make_unique<ProgressScreen>(m_services, context(), m_prepared, m_copies));
}

void PreviewScreen::draw(Ui& ui)
{
    auto& m = ui.metrics();
    m_voice.on_draw(m_services, app());
    auto report = describe_printer(app().situation());
    auto buttons = preview_buttons(report, hooks(), m_prepared != nullptr, email_ready(hooks(), m_services.settings()));
    auto name = preview_name(m_file, m_prepared ? m_prepared->pages : 1);
    auto layout = layout_preview(ui, m_prepared ? m_prepared->placement : PagePlacement {}, name, report, buttons, ui.content());
    prepare(layout);

    // The sheet, exactly as it will come out; words on it while it is being prepared.
    ui.paper(layout.sheet);
    if (m_prepared && m_image != no_image) {
        ui.image(layout.picture, m_image, m_services.images().width(m_image), m_services.images().height(m_image), Outline::No);
    } else {
        auto words = m_error ? m_error->message() : tr("Getting it ready…");
        Rect inner = layout.sheet.inset(m.gap);
        float h = ui.text_height(words, FontRole::Large, inner.width);
        ui.text({ inner.x, inner.center().y - h / 2, inner.width, h + 1 }, words, FontRole::Large, SwatchRole::Paper, Align::Center);
    }

    if (layout.name.height > 0)
        ui.text(layout.name, name, FontRole::Body, SwatchRole::Page);
    if (layout.copies_shown) {
        float large = m.font(FontRole::Large);
        ui.text({ layout.copies_label.x, layout.copies_label.center().y - large * 0.6f, layout.copies_label.width, large * 1.2f },
            tr("Copies"), FontRole::Large, SwatchRole::Page);
        if (ui.icon_button("print.fewer", layout.fewer, Icon::Remove, tr("One copy fewer")))
            change_copies(-1);
        float heading = m.font(FontRole::Heading);
        ui.text({ layout.count.x, layout.count.center().y - heading * 0.6f, layout.count.width, heading * 1.2f },
            std::to_string(m_copies), FontRole::Heading, SwatchRole::Page, Align::Center);
        if (ui.icon_button("print.more", layout.more, Icon::Add, tr("One copy more")))
            change_copies(+1);
    }
    draw_status_panel(ui, layout.status, report);
    std::string pressed;
    if (layout.print.width > 0) {
        // Print apart, drawn first so that the keyboard reaches it before Back, as the eye does.
        if (ui.button(buttons.back().id, layout.print, buttons.back().icon, buttons.back().label))
            pressed = buttons.back().id;
        buttons.pop_back();
    }
    if (auto in_row = draw_button_row(ui, layout.buttons, buttons); !in_row.empty())
        pressed = in_row;
    if (pressed == "print.print")
        print();
    else if (pressed == "print.back")
        m_services.navigator().back();
    else if (pressed == "print.help")
        call_for_help();
    else if (pressed == "print.email" && m_prepared && hooks().send_by_email)
        m_services.navigator().open(hooks().send_by_email(m_services, *m_prepared));
}

}
