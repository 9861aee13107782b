// Drawing the family's grid and opening the e-mail to the one pressed.
#include "contacts_screen.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/ui/ui.hpp"
#include "compose_screen.hpp"
#include "drafts.hpp"
#include "email_words.hpp"

#include <algorithm>
#include <cmath>

namespace Foyer {

ContactsLayout layout_contacts(const Ui& ui, const Rect& area)
{
    auto& m = ui.metrics();
    ContactsLayout layout;
    Rect rest = area;
    Rect bar = rest.take_bottom(m.button_height);
    rest.take_bottom(m.gap);
    float back_w = ui.button_width(Icon::Back, tr("Back"));
    layout.back = { bar.x, bar.y, back_w, bar.height };
    layout.paging = layout_paging(ui, { bar.x + back_w + m.gap, bar.y, bar.width - back_w - m.gap, bar.height });
    size_t columns = rest.width >= rest.height * 1.3f ? 3 : 2;
    size_t rows = 2;
    float cell_w = (rest.width - float(columns - 1) * m.gap) / float(columns);
    float cell_h = (rest.height - float(rows - 1) * m.gap) / float(rows);
    // The faces keep their size at every text size: they are as tall as the largest text leaves them (its
    // title bar, margins, buttons and gaps are larger), so that a larger text never makes them smaller.
    auto largest = compute_metrics(m.screen_width, m.screen_height, TextSize::Largest);
    float largest_rest = area.height + (m.title_bar - largest.title_bar) + 2 * (m.margin - largest.margin)
        - largest.button_height - largest.gap;
    cell_h = std::min(cell_h, (largest_rest - float(rows - 1) * largest.gap) / float(rows));
    for (size_t row = 0; row < rows; ++row)
        for (size_t column = 0; column < columns; ++column)
            layout.cells.push_back({ rest.x + float(column) * (cell_w + m.gap), rest.y + float(row) * (cell_h + m.gap), cell_w, cell_h });
    // A face must stay recognisable above a name on one line.
    layout.fits = cell_h - m.font(FontRole::Large) * 1.2f - m.gap >= m.font(FontRole::Icon) * 0.8f;
    return layout;
}

ContactsScreen::ContactsScreen(Services& services, EmailContext context, std::optional<std::string> attach)
    : EmailStep(services, std::move(context))
    , m_attach(std::move(attach))
    , m_pictures(services, *m_context.app)
{
}

void ContactsScreen::write_to(const Contact& contact)
{
    Draft draft;
    draft.key = draft_key(contact.email, "");
    draft.to = { contact.name, contact.email };
    if (!m_attach) {
        m_services.navigator().open(std::make_unique<ComposeScreen>(m_services, context(), std::move(draft)));
        return;
    }
    if (m_busy)
        return;
    m_busy = true;
    m_services.say(tr("Adding the document…"));
    app().add_file(std::move(draft), *m_attach, m_lifetime.guard([this](ErrorOr<Draft> added) {
        m_busy = false;
        if (added.is_error()) {
            m_services.say(added.error().message());
            return;
        }
        m_services.navigator().back();
        m_services.navigator().open(std::make_unique<ComposeScreen>(m_services, context(), added.release_value()));
    }));
}

std::string ContactsScreen::title() const
{
    return m_attach ? tr("Send it by e-mail to…") : tr("Write to…");
}

std::string ContactsScreen::arrival_speech() const
{
    auto contacts = contacts_with_email(app().settings().contacts);
    if (contacts.empty())
        return title() + " " + tr("Your family has not added anyone to write to yet.");
    std::string names;
    for (size_t i = 0; i < contacts.size() && i < 6; ++i)
        names += (i == 0 ? "" : ", ") + contacts[i]->name;
    return title() + " " + names + ".";
}

void ContactsScreen::draw(Ui& ui)
{
    follow_settings();
    auto& m = ui.metrics();
    auto contacts = contacts_with_email(app().settings().contacts);
    auto layout = layout_contacts(ui, ui.content());
    if (ui.button("email.back", layout.back, Icon::Back, tr("Back")))
        m_services.navigator().back();
    if (contacts.empty()) {
        auto text = tr("Your family has not added anyone to write to yet. They can add people in Foyer's settings.");
        draw_panel(ui, { ui.content().x, ui.content().y, ui.content().width, panel_height(ui, text, ui.content().width) }, text, SwatchRole::Notice, Icon::Family);
        return;
    }
    size_t per_page = layout.cells.size();
    size_t pages = (contacts.size() + per_page - 1) / per_page;
    m_page = std::min(m_page, pages - 1);
    for (size_t i = 0; i < per_page; ++i) {
        size_t index = m_page * per_page + i;
        if (index >= contacts.size())
            break;
        auto* contact = contacts[index];
        auto& cell = layout.cells[i];
        auto spoken = format(tr("Write to {name}"), { { "name", contact->name } });
        if (ui.custom_button("email.contact." + std::to_string(i), cell, spoken, [&](SwatchRole role) {
                Rect inner = cell.inset(m.gap / 2);
                float caption_h = m.font(FontRole::Large) * 1.2f;
                float side = std::min(inner.width, inner.height - caption_h - m.gap / 4);
                Rect picture { inner.center().x - side / 2, inner.y, side, side };
                m_pictures.draw(ui, picture, contact, role);
                ui.text({ inner.x, inner.bottom() - caption_h, inner.width, caption_h }, one_line(ui, contact->name, FontRole::Large, inner.width),
                    FontRole::Large, role, Align::Center);
            }))
            write_to(*contact);
    }
    switch (draw_paging(ui, layout.paging, "email", m_page, pages)) {
    case PageMove::Previous:
        --m_page;
        m_services.say(page_text(m_page, pages));
        break;
    case PageMove::Next:
        ++m_page;
        m_services.say(page_text(m_page, pages));
        break;
    case PageMove::None:
        break;
    }
}

}
