// Home: header, optional family notice, tiles.
#include "home_screen.hpp"

#include "../core/home/home_text.hpp"
#include "../core/i18n/translate.hpp"
#include "ui.hpp"

namespace Foyer {

HomeScreen::HomeScreen(Services& services, const AppRegistry& apps, const FamilyNotice& notice)
    : m_services(services)
    , m_apps(apps)
    , m_notice(notice)
{
}

std::string HomeScreen::title() const
{
    return home_text(m_services.settings().senior_name, m_services.now()).greeting;
}

std::string HomeScreen::arrival_speech() const
{
    return home_text(m_services.settings().senior_name, m_services.now()).spoken;
}

void HomeScreen::draw(Ui& ui)
{
    auto& m = ui.metrics();
    Rect area = ui.content();
    auto text = home_text(m_services.settings().senior_name, m_services.now());

    // The header: one line when it fits, else the greeting above the day and time.
    if (ui.text_width(text.one_line, FontRole::Heading) <= area.width) {
        ui.text(area.take_top(m.font(FontRole::Heading) * 1.2f), text.one_line, FontRole::Heading, SwatchRole::Page);
    } else {
        float greeting_h = ui.text_height(text.greeting, FontRole::Heading, area.width);
        ui.text(area.take_top(greeting_h), text.greeting, FontRole::Heading, SwatchRole::Page);
        float date_h = ui.text_height(text.date_time, FontRole::Heading, area.width);
        ui.text(area.take_top(date_h), text.date_time, FontRole::Heading, SwatchRole::Page);
    }
    area.take_top(m.gap);

    if (!m_notice.text.empty()) {
        auto ok_label = tr("OK");
        float ok_w = std::max(ui.button_width(Icon::None, ok_label), m.button_height * 2);
        float text_w = area.width - ok_w - 3 * m.gap;
        float text_h = ui.text_height(m_notice.text, FontRole::Body, text_w);
        Rect panel = area.take_top(std::max(text_h, m.button_height) + 2 * m.gap);
        ui.fill(panel, SwatchRole::Notice, true);
        ui.text({ panel.x + m.gap, panel.y + m.gap, text_w, text_h }, m_notice.text, FontRole::Body, SwatchRole::Notice);
        Rect ok { panel.right() - m.gap - ok_w, panel.center().y - m.button_height / 2, ok_w, m.button_height };
        if (ui.button("notice.ok", ok, Icon::None, ok_label) && m_notice.on_dismiss)
            m_notice.on_dismiss();
        area.take_top(m.gap);
    }

    auto tiles = home_tiles(m_apps, m_services.settings());
    auto rects = tile_grid(area, tiles.size(), m);
    for (size_t i = 0; i < tiles.size(); ++i) {
        auto* app = tiles[i];
        if (ui.tile("tile." + app->id, rects[i], app->icon, tr(app->label)))
            m_services.navigator().open(app->open(m_services));
    }
}

}
