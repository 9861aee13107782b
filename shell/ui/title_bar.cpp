// The title bar: the title as large as its room allows, Help and Home.
#include "title_bar.hpp"

#include "../core/i18n/translate.hpp"

namespace Foyer {

TitleBarPress draw_title_bar(Ui& ui, const Rect& bar, std::string_view title, bool with_help)
{
    auto& metrics = ui.metrics();
    TitleBarPress pressed = TitleBarPress::None;
    ui.fill({ bar.x - metrics.corner, bar.y - metrics.corner, bar.width + 2 * metrics.corner, bar.height + metrics.corner },
        SwatchRole::TitleBar);
    Rect inner = bar.inset(metrics.margin);
    auto home_label = tr("Home");
    Rect home = inner.take_right(ui.button_width(Icon::Home, home_label));
    if (ui.button("home", home, Icon::Home, home_label))
        pressed = TitleBarPress::Home;
    inner.take_right(metrics.gap);
    if (with_help) {
        auto help_label = tr("Help");
        Rect help = inner.take_right(ui.button_width(Icon::Helpline, help_label));
        if (ui.button("help", help, Icon::Helpline, help_label))
            pressed = TitleBarPress::Help;
        inner.take_right(metrics.gap);
    }
    // A title too long for the bar beside Help and Home (the largest text on a small screen) is written
    // smaller rather than over the buttons.
    auto sizes = metrics.sizes_to_try({ FontRole::Heading, FontRole::Large });
    float px = sizes.back();
    for (float size : sizes) {
        if (ui.text_width(title, FontRole::Heading, size) <= inner.width) {
            px = size;
            break;
        }
    }
    ui.text({ inner.x, inner.center().y - px * 0.5f, inner.width, px * 1.2f }, title, FontRole::Heading, SwatchRole::TitleBar, Align::Left, px);
    return pressed;
}

}
