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

namespace {

// The header's height at the sizes of `at`: one line when it fits, else the greeting above the day and time.
float header_height(const Ui& ui, const Metrics& at, const HomeText& text, float width)
{
    float px = at.font(FontRole::Heading);
    if (ui.text_width(text.one_line, FontRole::Heading, px) <= width)
        return px * 1.2f;
    return ui.text_height(text.greeting, FontRole::Heading, width, px) + ui.text_height(text.date_time, FontRole::Heading, width, px);
}

struct NoticeLayout {
    float ok_width { 0 };
    float text_width { 0 };
    float text_height { 0 };
    float height { 0 };
};
NoticeLayout notice_layout(const Ui& ui, const Metrics& at, const std::string& text, float width)
{
    NoticeLayout layout;
    if (text.empty())
        return layout;
    layout.ok_width = std::max(ui.button_width(Icon::None, tr("OK"), FontRole::Large, at.font(FontRole::Large)), at.button_height * 2);
    layout.text_width = width - layout.ok_width - 3 * at.gap;
    layout.text_height = ui.text_height(text, FontRole::Body, layout.text_width, at.font(FontRole::Body));
    layout.height = std::max(layout.text_height, at.button_height) + 2 * at.gap;
    return layout;
}

// The room the tiles get at the sizes of `at`, below the header and the notice.
Rect tiles_area(const Ui& ui, const Metrics& at, const HomeText& text, const std::string& notice)
{
    Rect area = ui.content();
    area.take_top(header_height(ui, at, text, area.width) + at.gap);
    if (auto layout = notice_layout(ui, at, notice, area.width); layout.height > 0)
        area.take_top(layout.height + at.gap);
    return area;
}

}

void HomeScreen::draw(Ui& ui)
{
    auto& m = ui.metrics();
    Rect area = ui.content();
    auto text = home_text(m_services.settings().senior_name, m_services.now());

    float header_h = header_height(ui, m, text, area.width);
    if (ui.text_width(text.one_line, FontRole::Heading) <= area.width) {
        ui.text(area.take_top(header_h), text.one_line, FontRole::Heading, SwatchRole::Page);
    } else {
        float greeting_h = ui.text_height(text.greeting, FontRole::Heading, area.width);
        ui.text(area.take_top(greeting_h), text.greeting, FontRole::Heading, SwatchRole::Page);
        ui.text(area.take_top(header_h - greeting_h), text.date_time, FontRole::Heading, SwatchRole::Page);
    }
    area.take_top(m.gap);

    if (auto notice = notice_layout(ui, m, m_notice.text, area.width); notice.height > 0) {
        Rect panel = area.take_top(notice.height);
        ui.fill(panel, SwatchRole::Notice, true);
        ui.text({ panel.x + m.gap, panel.y + m.gap, notice.text_width, notice.text_height }, m_notice.text, FontRole::Body, SwatchRole::Notice);
        Rect ok { panel.right() - m.gap - notice.ok_width, panel.center().y - m.button_height / 2, notice.ok_width, m.button_height };
        if (ui.button("notice.ok", ok, Icon::None, tr("OK")) && m_notice.on_dismiss)
            m_notice.on_dismiss();
        area.take_top(m.gap);
    }

    auto tiles = home_tiles(m_apps, m_services.settings());
    auto rects = tile_grid(area, tiles.size(), m);
    // The icons are alike, as large as every tile leaves them at the largest text, so that a larger text
    // never makes one smaller (a label on two lines in a lower tile leaves less room for its icon).
    auto largest = compute_metrics(m.screen_width, m.screen_height, TextSize::Largest);
    auto largest_rects = tile_grid(tiles_area(ui, largest, text, m_notice.text), tiles.size(), largest);
    float icon_most = m.font(FontRole::Icon);
    for (size_t i = 0; i < tiles.size(); ++i)
        icon_most = std::min(icon_most, layout_tile(ui.fonts(), largest, largest_rects[i], tr(tiles[i]->label)).icon_px);
    for (size_t i = 0; i < tiles.size(); ++i) {
        auto* app = tiles[i];
        if (ui.tile("tile." + app->id, rects[i], app->icon, tr(app->label), icon_most))
            m_services.navigator().open(app->open(m_services));
    }
}

}
