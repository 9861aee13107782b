// Drawing contact pictures, panels and paging with the shell's widgets.
#include "email_widgets.hpp"

#include <algorithm>

#include "../../shell/core/i18n/translate.hpp"
#include "email_words.hpp"

#include <glib.h>

namespace Foyer {

ContactPictures::ContactPictures(Services& services, EmailApp& app)
    : m_services(services)
    , m_app(app)
{
}

ContactPictures::~ContactPictures()
{
    for (auto& [path, picture] : m_pictures)
        if (picture.image != no_image)
            m_services.images().remove(picture.image);
}

std::string initial_of(const std::string& name)
{
    auto start = name.find_first_not_of(" \t\"'(");
    if (start == std::string::npos)
        return "?";
    const char* first = name.c_str() + start;
    if (!g_utf8_validate(first, -1, nullptr))
        return std::string(1, char(std::toupper((unsigned char)*first)));
    gunichar upper = g_unichar_toupper(g_utf8_get_char(first));
    char buffer[6];
    return std::string(buffer, size_t(g_unichar_to_utf8(upper, buffer)));
}

bool ContactPictures::loading(const std::string& path) const
{
    auto found = m_pictures.find(path);
    return found != m_pictures.end() && found->second.asked && !found->second.answered;
}

void ContactPictures::prefetch(const std::string& path, int screen_height)
{
    auto& picture = m_pictures[path];
    if (picture.asked || path.empty())
        return;
    picture.asked = true;
    // Made at the size drawn on a large screen, so one picture serves every place it appears.
    m_app.load_picture(path, screen_height / 2, m_lifetime.guard([this, path](ErrorOr<RgbaImage> loaded) {
        auto& picture = m_pictures[path];
        picture.answered = true;
        if (loaded.is_error() || loaded.value().empty())
            return;
        picture.image = m_services.images().add(loaded.value());
        picture.width = loaded.value().width;
        picture.height = loaded.value().height;
    }));
}

void ContactPictures::draw(Ui& ui, const Rect& rect, const Contact* contact, SwatchRole on)
{
    (void)on;
    if (contact && !contact->photo.empty()) {
        prefetch(contact->photo, int(ui.metrics().screen_height));
        auto& picture = m_pictures[contact->photo];
        if (picture.image != no_image) {
            ui.image(rect, picture.image, picture.width, picture.height);
            return;
        }
    }
    // No photo (yet): the initial, large, on the buttons' colour, as a name badge.
    ui.fill(rect, SwatchRole::Button);
    auto letter = contact ? initial_of(contact->name) : std::string {};
    if (letter.empty()) {
        ui.icon(rect.center(), Icon::Mail, FontRole::SmallIcon, SwatchRole::Button, rect.height * 0.6f);
        return;
    }
    // As large as the square leaves it, up to the label size: a larger square never gets a smaller letter.
    float px = std::min(ui.metrics().font(FontRole::Label), rect.height / 1.3f);
    ui.text({ rect.x, rect.center().y - px * 0.6f, rect.width, px * 1.2f }, letter, FontRole::Label, SwatchRole::Button, Align::Center, px);
}

float panel_height(const Ui& ui, const std::string& text, float width, FontRole role, float px)
{
    auto& m = ui.metrics();
    float text_w = std::max(0.f, width - 3 * m.gap - m.font(FontRole::SmallIcon));
    return std::max(ui.text_height(text, role, text_w, px), m.font(FontRole::SmallIcon)) + 1.5f * m.gap;
}

void draw_panel(Ui& ui, const Rect& rect, const std::string& text, SwatchRole role, Icon icon, FontRole font, float px)
{
    auto& m = ui.metrics();
    ui.fill(rect, role, true);
    float icon_px = m.font(FontRole::SmallIcon);
    float pad = m.gap * 0.75f;
    float font_px = px > 0 ? px : m.font(font);
    ui.icon({ rect.x + m.gap + icon_px / 2, rect.y + pad + font_px * 0.6f }, icon, FontRole::SmallIcon, role);
    float x = rect.x + 2 * m.gap + icon_px;
    ui.text({ x, rect.y + pad, rect.right() - m.gap - x, rect.height - pad }, text, font, role, Align::Left, px);
}

StrangerNotice take_stranger_notice(const Ui& ui, Rect& area, Sender sender)
{
    if (sender == Sender::Contact)
        return { { area.x, area.y, 0, 0 } };
    StrangerNotice notice { area.take_top(panel_height(ui, scam_warning(), area.width, FontRole::Body)) };
    area.take_top(ui.metrics().gap / 2);
    return notice;
}

StrangerNotice stranger_notice_in(const Ui& ui, const Rect& place)
{
    auto& m = ui.metrics();
    // Body type, else as it is at the next smaller text size (never smaller: past that, taller).
    float body = m.font(FontRole::Body);
    float smaller = m.smaller_font_px[size_t(FontRole::Body)];
    float px = body;
    for (float size : { body, smaller > 0 && smaller < body ? smaller : body }) {
        px = size;
        if (panel_height(ui, scam_warning(), place.width, FontRole::Body, size) <= place.height + 0.5f)
            break;
    }
    float height = std::max(place.height, panel_height(ui, scam_warning(), place.width, FontRole::Body, px));
    return { { place.x, place.y, place.width, height }, px == body ? 0 : px };
}

void draw_stranger_notice(Ui& ui, const StrangerNotice& notice)
{
    if (notice.band.height > 0)
        draw_panel(ui, notice.band, scam_warning(), SwatchRole::Notice, Icon::Closed, FontRole::Body, notice.px);
}

std::string one_line(const Ui& ui, const std::string& text, FontRole role, float width)
{
    std::string line = text.substr(0, text.find('\n'));
    if (ui.text_width(line, role) <= width && line.size() == text.size())
        return line;
    // Cut a character at a time (never inside one), keeping room for the ellipsis.
    while (!line.empty() && ui.text_width(line + "…", role) > width) {
        line.pop_back();
        while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80)
            line.pop_back();
        if (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0xC0)
            line.pop_back();
    }
    while (!line.empty() && line.back() == ' ')
        line.pop_back();
    return line + "…";
}

std::string page_text(size_t page, size_t pages)
{
    return format(tr("Page {page} of {pages}"), { { "page", std::to_string(page + 1) }, { "pages", std::to_string(pages) } });
}

namespace {

// "Page 98 of 99", or as wide as the widest of `pages` pages.
float page_text_width(const Ui& ui, size_t pages)
{
    return ui.text_width(pages > 99 ? page_text(pages - 1, pages) : page_text(98, 99), FontRole::Body);
}

}

float paging_min_width(const Ui& ui, size_t pages)
{
    auto& m = ui.metrics();
    int buttons = pages >= long_paging_pages ? 6 : 2;
    return float(buttons) * m.button_height * 1.5f + float(buttons) * m.gap + page_text_width(ui, pages);
}

PagingLayout layout_paging(const Ui& ui, const Rect& bar, size_t pages)
{
    auto& m = ui.metrics();
    PagingLayout layout;
    bool jumps = pages >= long_paging_pages;
    float previous_w = ui.button_width(Icon::Previous, tr("Previous"));
    float next_w = ui.button_width(Icon::Next, tr("Next"));
    float first_w = jumps ? ui.button_width(Icon::FirstPage, tr("Beginning")) : 0;
    float back_w = jumps ? ui.button_width(Icon::BackTen, tr("-10")) : 0;
    float forward_w = jumps ? ui.button_width(Icon::ForwardTen, tr("+10")) : 0;
    float last_w = jumps ? ui.button_width(Icon::LastPage, tr("End")) : 0;
    float text_w = page_text_width(ui, pages);
    float gaps = (jumps ? 6 : 2) * m.gap;
    auto too_wide = [&] { return first_w + back_w + previous_w + next_w + forward_w + last_w + text_w + gaps > bar.width; };
    if (too_wide()) {
        // Previous and Next become arrows first (they are the most used, and the arrows say them), so the
        // jumps keep their words ("Beginning", "−10"), which arrows would not say as plainly.
        previous_w = next_w = m.button_height * 1.5f;
        layout.arrows_only = true;
        layout.words_on_jumps = jumps && !too_wide();
        if (jumps && !layout.words_on_jumps)
            first_w = back_w = forward_w = last_w = previous_w;
    }
    float x = bar.x;
    auto left = [&](float w) {
        Rect r { x, bar.y, w, m.button_height };
        x += w + (w > 0 ? m.gap : 0);
        return w > 0 ? r : Rect {};
    };
    layout.first = left(first_w);
    layout.back_ten = left(back_w);
    layout.previous = left(previous_w);
    float right = bar.right();
    auto from_right = [&](float w) {
        Rect r { right - w, bar.y, w, m.button_height };
        right -= w + (w > 0 ? m.gap : 0);
        return w > 0 ? r : Rect {};
    };
    layout.last = from_right(last_w);
    layout.forward_ten = from_right(forward_w);
    layout.next = from_right(next_w);
    layout.text = { x, bar.y, std::max(0.f, layout.next.x - m.gap - x), m.button_height };
    return layout;
}

PageMove draw_paging(Ui& ui, const PagingLayout& layout, const std::string& id_prefix, size_t page, size_t pages)
{
    if (pages <= 1)
        return PageMove::None;
    auto& m = ui.metrics();
    auto text = page_text(page, pages);
    float y = layout.text.center().y - m.font(FontRole::Body) * 0.6f;
    if (ui.text_width(text, FontRole::Body) <= layout.text.width)
        ui.text({ layout.text.x, y, layout.text.width, layout.text.height }, text, FontRole::Body, SwatchRole::Page, Align::Center);
    auto button = [&](const std::string& id, const Rect& rect, Icon icon, const std::string& label) {
        return layout.arrows_only ? ui.icon_button(id, rect, icon, label) : ui.button(id, rect, icon, label);
    };
    // Only the ways that lead somewhere are drawn: no "Next" on the last page.
    PageMove move = PageMove::None;
    if (page > 0 && button(id_prefix + ".previous", layout.previous, Icon::Previous, tr("Previous")))
        move = PageMove::Previous;
    if (page + 1 < pages && button(id_prefix + ".next", layout.next, Icon::Next, tr("Next")))
        move = PageMove::Next;
    return move;
}

std::optional<size_t> draw_page_jumps(Ui& ui, const PagingLayout& layout, const std::string& id_prefix, size_t page, size_t pages)
{
    if (layout.first.width <= 0 || pages <= 1)
        return {};
    auto button = [&](const std::string& id, const Rect& rect, Icon icon, const std::string& label) {
        return layout.arrows_only && !layout.words_on_jumps ? ui.icon_button(id, rect, icon, label) : ui.button(id, rect, icon, label);
    };
    // As with Previous and Next, only the ways that lead somewhere: none back from the first page.
    std::optional<size_t> to;
    if (page > 0 && button(id_prefix + ".first", layout.first, Icon::FirstPage, tr("Beginning")))
        to = 0;
    if (page > 0 && button(id_prefix + ".back10", layout.back_ten, Icon::BackTen, tr("-10")))
        to = page > 10 ? page - 10 : 0;
    if (page + 1 < pages && button(id_prefix + ".forward10", layout.forward_ten, Icon::ForwardTen, tr("+10")))
        to = std::min(pages - 1, page + 10);
    if (page + 1 < pages && button(id_prefix + ".last", layout.last, Icon::LastPage, tr("End")))
        to = pages - 1;
    return to;
}

}
