// Drawing the help screen from HelplineText.
#include "help_screen.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/ui/ui.hpp"
#include "help_service.hpp"
#include "report_screens.hpp"

namespace Foyer {

namespace {

std::string joined_lines(const std::vector<std::string>& lines)
{
    std::string text;
    for (auto& line : lines)
        text += (text.empty() ? "" : "\n") + line;
    return text;
}

}

namespace {

// One way of setting out the help screen; layout_help tries them from the most generous to the densest.
struct HelpStyle {
    FontRole number;
    FontRole sentences;
    FontRole button;
};

HelpLayout layout_with(const Ui& ui, const HelplineText& text, const Rect& given, bool with_send_button, HelpStyle style)
{
    auto& m = ui.metrics();
    HelpLayout layout;
    layout.sentences_font = style.sentences;
    layout.button_font = style.button;
    Rect area = given;
    if (with_send_button) {
        auto label = tr("Show my screen to the helper");
        float w = std::min(area.width, std::max(ui.button_width(Icon::ShareScreen, label, style.button), area.width / 2));
        Rect row = area.take_bottom(m.font(style.button) * 2.2f);
        layout.show_screen = { row.center().x - w / 2, row.y, w, row.height };
        area.take_bottom(m.gap);
    }
    float width = area.width;
    float name_h = ui.text_height(text.name, FontRole::Heading, width);

    float icon_w = m.font(FontRole::Icon) + m.gap;
    layout.number_font = style.number;
    float number_h = m.font(layout.number_font) * 1.15f;

    float hours_h = ui.text_height(joined_lines(text.hours), style.sentences, width);
    float status_text_w = width - 2 * m.gap - m.font(FontRole::SmallIcon) - m.gap;
    float status_h = ui.text_height(text.status, style.sentences, status_text_w) + 2 * m.gap;

    float total = name_h + m.gap + number_h + m.gap + hours_h + 2 * m.gap + status_h;
    float top = area.y + std::max(0.f, (area.height - total) / 2);
    layout.name = { area.x, top, width, name_h };
    layout.number = { area.x, layout.name.bottom() + m.gap, width, number_h };
    layout.hours = { area.x, layout.number.bottom() + m.gap, width, hours_h };
    layout.status = { area.x, layout.hours.bottom() + 2 * m.gap, width, status_h };
    bool number_fits = ui.text_width(text.number, layout.number_font) + icon_w <= width;
    layout.fits = total <= area.height && number_fits;
    return layout;
}

}

HelpLayout layout_help(const Ui& ui, const HelplineText& text, const Rect& area, bool with_send_button)
{
    // The number stays giant as long as anything else can give way; at the largest text sizes the
    // sentences and the button step down to the body size first.
    static constexpr HelpStyle styles[] = {
        { FontRole::Giant, FontRole::Large, FontRole::Heading },
        { FontRole::Giant, FontRole::Large, FontRole::Large },
        { FontRole::Giant, FontRole::Body, FontRole::Large },
        { FontRole::Heading, FontRole::Body, FontRole::Large },
        { FontRole::Heading, FontRole::Body, FontRole::Body },
    };
    HelpLayout layout;
    for (auto style : styles) {
        layout = layout_with(ui, text, area, with_send_button, style);
        if (layout.fits)
            break;
    }
    return layout;
}

HelpScreen::HelpScreen(Services& services)
    : m_services(services)
    , m_picture(std::make_shared<RgbaImage>())
{
    services.capture_screen([picture = m_picture](RgbaImage taken) { *picture = std::move(taken); });
}

bool HelpScreen::can_send() const
{
    auto* service = static_cast<HelpService*>(m_services.service("help"));
    return service && service->can_send();
}

std::string HelpScreen::title() const
{
    return tr("Call for help");
}

std::string HelpScreen::arrival_speech() const
{
    return helpline_text(m_services.settings().helpline, m_services.now()).spoken;
}

void HelpScreen::draw(Ui& ui)
{
    auto& m = ui.metrics();
    auto text = helpline_text(m_services.settings().helpline, m_services.now());
    auto layout = layout_help(ui, text, ui.content(), can_send());
    if (can_send()
        && ui.button("help.show", layout.show_screen, Icon::ShareScreen, tr("Show my screen to the helper"),
            SwatchRole::StatusGood, layout.button_font))
        m_services.navigator().open(std::make_unique<ConsentScreen>(m_services, m_picture));

    ui.text(layout.name, text.name, FontRole::Heading, SwatchRole::Page, Align::Center);

    float number_w = ui.text_width(text.number, layout.number_font);
    float icon_px = m.font(FontRole::Icon);
    float left = layout.number.center().x - (number_w + icon_px + m.gap) / 2;
    ui.icon({ left + icon_px / 2, layout.number.center().y }, Icon::Phone, FontRole::Icon, SwatchRole::Page);
    ui.text({ left + icon_px + m.gap, layout.number.y, number_w + 1, layout.number.height }, text.number,
        layout.number_font, SwatchRole::Page);

    ui.text(layout.hours, joined_lines(text.hours), layout.sentences_font, SwatchRole::Page, Align::Center);

    // The status, centred with its icon when it fits on one line, else from the left edge.
    auto role = text.open_now ? SwatchRole::StatusGood : SwatchRole::StatusBad;
    ui.fill(layout.status, role, true);
    Rect inner = layout.status.inset(m.gap);
    float small_icon = m.font(FontRole::SmallIcon);
    float text_w = std::min(ui.text_width(text.status, layout.sentences_font), inner.width - small_icon - m.gap);
    float status_left = inner.x + std::max(0.f, (inner.width - small_icon - m.gap - text_w) / 2);
    ui.icon({ status_left + small_icon / 2, inner.y + m.font(layout.sentences_font) * 0.55f }, text.open_now ? Icon::Open : Icon::Closed,
        FontRole::SmallIcon, role);
    ui.text({ status_left + small_icon + m.gap, inner.y, text_w + 1, inner.height }, text.status, layout.sentences_font, role);
}

}
