// Drawing the inbox and leading on to a message, "Write to…" and an unfinished e-mail.
#include "inbox_screen.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/ui/ui.hpp"
#include "compose_screen.hpp"
#include "contacts_screen.hpp"
#include "mail_errors.hpp"
#include "message_screen.hpp"

#include <algorithm>

namespace Foyer {

InboxStatus inbox_status(InboxState state, const std::optional<Error>& error, size_t waiting_to_leave, bool has_messages)
{
    InboxStatus status;
    if (state == InboxState::NotSetUp) {
        status.text = mail_error(MailFailure::NotSetUp, {}).message();
        status.offer_help = true;
        return status;
    }
    if (state == InboxState::Failed && error) {
        auto failure = mail_failure(*error);
        if (failure == MailFailure::NoNetwork || failure == MailFailure::ServerBusy) {
            status.text = error->message() + " "
                + (has_messages ? tr("Here are the e-mails already on this computer; new ones will come when it works again.")
                                : tr("Your e-mails will come when it works again."));
            return status;
        }
        status.text = error->message();
        status.role = SwatchRole::StatusBad;
        status.offer_help = true;
        return status;
    }
    if (waiting_to_leave > 0) {
        status.text = format(trn("One e-mail is waiting to leave. It will go by itself as soon as the internet works.",
                                 "{count} e-mails are waiting to leave. They will go by themselves as soon as the internet works.", long(waiting_to_leave)),
            { { "count", std::to_string(waiting_to_leave) } });
        status.icon = Icon::Schedule;
    }
    return status;
}

std::vector<ButtonSpec> inbox_buttons(bool configured, const std::optional<Draft>& unfinished, bool offer_help, bool has_contacts, bool short_labels)
{
    std::vector<ButtonSpec> buttons;
    if (offer_help)
        return { { "email.help", Icon::Helpline, tr("Call for help") } };
    if (configured && has_contacts)
        buttons.push_back({ "email.write", Icon::Send, tr("Write to…") });
    if (configured && unfinished) {
        auto name = unfinished->to.name.empty() ? unfinished->to.address : unfinished->to.name;
        auto label = short_labels ? tr("Finish my e-mail") : format(tr("Finish my e-mail to {name}"), { { "name", name } });
        buttons.push_back({ "email.unfinished", Icon::Document, label });
    }
    return buttons;
}

float others_heading_height(const Ui& ui, float width)
{
    auto& m = ui.metrics();
    return m.font(FontRole::Large) * 1.2f + m.gap / 4 + ui.text_height(scam_warning(), FontRole::Body, width - 2 * m.gap) + m.gap * 0.6f;
}

namespace {

enum class ActionsPlace {
    BesidePaging,
    // Beside Previous and Next alone: the page number shows only if room is left (it is spoken anyway).
    BesideArrows,
    OwnBar,
};

InboxLayout layout_inbox_with(const Ui& ui, const std::vector<ButtonSpec>& buttons, const InboxStatus& status, const Rect& area, ActionsPlace place)
{
    auto& m = ui.metrics();
    InboxLayout layout;
    Rect rest = area;
    if (!status.text.empty()) {
        layout.status = rest.take_top(panel_height(ui, status.text, rest.width, FontRole::Body));
        rest.take_top(m.gap / 2);
    }
    if (place != ActionsPlace::OwnBar) {
        // The paging needs Previous, the page number and Next, as arrows at least.
        float paging_w = 3 * m.button_height + m.gap;
        if (place == ActionsPlace::BesidePaging)
            paging_w += m.gap + ui.text_width(page_text(8, 9), FontRole::Body);
        Rect bar = rest.take_bottom(m.button_height);
        layout.actions = layout_button_row(ui, buttons, { bar.x, bar.y, bar.width - paging_w - m.gap, bar.height }, Align::Left);
        layout.actions.fits = layout.actions.fits && layout.actions.height <= m.button_height + 0.5f;
        float used = layout.actions.buttons.empty() ? bar.x : layout.actions.buttons.back().right() + m.gap;
        layout.paging = layout_paging(ui, { used, bar.y, bar.right() - used, bar.height });
    } else {
        layout.paging = layout_paging(ui, rest.take_bottom(m.button_height));
        rest.take_bottom(m.gap / 2);
        auto probe = layout_button_row(ui, buttons, rest, Align::Left);
        layout.actions = layout_button_row(ui, buttons, rest.take_bottom(probe.height), Align::Left);
    }
    rest.take_bottom(m.gap / 2);
    layout.list = rest;
    // A row: the sender's name in large type over the subject, beside their picture.
    layout.row_height = m.font(FontRole::Large) * 1.2f + m.font(FontRole::Body) * 1.2f + m.gap * 1.1f;
    layout.heading_height = others_heading_height(ui, area.width);
    // The "Other messages" heading always goes with the first message it introduces (see paginate_inbox).
    layout.fits = layout.actions.fits && layout.list.height >= layout.heading_height + m.gap / 2 + layout.row_height;
    return layout;
}

}

InboxLayout layout_inbox(const Ui& ui, const std::vector<ButtonSpec>& buttons, const InboxStatus& status, const Rect& area)
{
    // Beside the paging in large type; else on a bar of their own; else beside the arrows in body type
    // (the largest type on a squarer screen, with a problem to tell above the list).
    auto layout = layout_inbox_with(ui, buttons, status, area, ActionsPlace::BesidePaging);
    if (layout.fits)
        return layout;
    auto own_bar = layout_inbox_with(ui, buttons, status, area, ActionsPlace::OwnBar);
    if (own_bar.fits)
        return own_bar;
    auto smaller = buttons;
    for (auto& spec : smaller)
        spec.font = FontRole::Body;
    auto beside_smaller = layout_inbox_with(ui, smaller, status, area, ActionsPlace::BesideArrows);
    beside_smaller.small_buttons = true;
    return beside_smaller.fits ? beside_smaller : own_bar;
}

std::vector<InboxPage> paginate_inbox(const std::vector<InboxItem>& items, float row_height, float heading_height, float list_height, float gap)
{
    std::vector<InboxPage> pages;
    float used = list_height + 1;
    bool among_others = false;
    for (size_t i = 0; i < items.size(); ++i) {
        bool heading = items[i].kind == InboxItem::Kind::OthersHeading;
        float h = heading ? heading_height : row_height;
        // The heading never ends a page: it goes with the first message it introduces.
        float needed = heading && i + 1 < items.size() ? h + gap + row_height : h;
        if (used + needed > list_height + 0.5f) {
            if (!pages.empty())
                pages.back().end = i;
            pages.push_back({ i, items.size(), among_others && !heading });
            // A page that begins among the others begins with their heading again (the layout leaves
            // room for it and one row: see layout_inbox).
            used = pages.back().repeats_heading ? heading_height + gap : 0;
        }
        used += h + gap;
        among_others = among_others || heading;
    }
    if (pages.empty())
        pages.push_back({ 0, 0, false });
    return pages;
}

std::optional<size_t> others_heading_above(const std::vector<InboxItem>& items, const InboxPage& page)
{
    for (size_t i = page.begin; i < page.end && i < items.size(); ++i) {
        if (items[i].kind == InboxItem::Kind::OthersHeading)
            return i + 1 < page.end ? std::optional<size_t>(i + 1) : std::nullopt;
    }
    return page.repeats_heading && page.begin < page.end ? std::optional<size_t>(page.begin) : std::nullopt;
}

InboxScreen::InboxScreen(Services& services, EmailContext context)
    : EmailStep(services, std::move(context))
    , m_pictures(services, *m_context.app)
{
    app().list_drafts(m_lifetime.guard([this](std::vector<Draft> drafts) {
        if (!drafts.empty())
            m_unfinished = drafts.front();
    }));
}

std::string InboxScreen::title() const
{
    return tr("My e-mails");
}

std::string InboxScreen::summary() const
{
    size_t unread = 0, family_unread = 0;
    auto& settings = app().settings();
    for (auto& envelope : app().inbox().envelopes) {
        if (envelope.seen)
            continue;
        ++unread;
        family_unread += contact_for(settings.contacts, envelope.from.address) != nullptr;
    }
    if (unread == 0 && app().inbox().envelopes.empty())
        // Unknown while the server cannot be read (a certificate, a password...): the problem is said instead.
        return app().inbox_state() == InboxState::Failed ? std::string {} : tr("There are no e-mails yet.");
    if (unread == 0)
        return tr("No new e-mail.");
    auto text = format(trn("One new e-mail.", "{count} new e-mails.", long(unread)), { { "count", std::to_string(unread) } });
    if (family_unread > 0)
        text += " " + format(trn("One is from your family.", "{count} are from your family.", long(family_unread)), { { "count", std::to_string(family_unread) } });
    return text;
}

std::string InboxScreen::arrival_speech() const
{
    // The counts are said once the server has answered (or could not be reached): before that, the
    // cache may not know of today's e-mails.
    if (app().inbox_state() != InboxState::UpToDate && app().inbox_state() != InboxState::Failed)
        return title();
    m_summary_said = true;
    m_announced_up_to = app().inbox().max_uid();
    // A problem comes first: what is wrong and what to do, then what the computer already holds.
    auto text = title() + ".";
    auto status = inbox_status(app().inbox_state(), app().inbox_error(), 0, !app().inbox().envelopes.empty());
    if (!status.text.empty()) {
        text += " " + status.text;
        m_said_status = status.text;
    }
    if (auto counts = summary(); !counts.empty())
        text += " " + counts;
    return text;
}

void InboxScreen::on_changes()
{
    if (m_revision == app().inbox_revision())
        return;
    m_revision = app().inbox_revision();
    m_items = arrange_inbox(app().inbox().envelopes, app().settings().contacts);
    auto state = app().inbox_state();
    // A problem is said once when it appears (and again if it changes), before any count.
    auto status = inbox_status(state, app().inbox_error(), 0, !app().inbox().envelopes.empty());
    if (!status.text.empty() && status.text != m_said_status)
        m_services.say_next(status.text);
    m_said_status = status.text;
    if (!m_summary_said && (state == InboxState::UpToDate || state == InboxState::Failed)) {
        m_summary_said = true;
        m_announced_up_to = app().inbox().max_uid();
        if (auto counts = summary(); !counts.empty())
            m_services.say_next(counts);
    } else if (m_summary_said && app().inbox().max_uid() > m_announced_up_to) {
        // E-mails that came while the inbox is open are said as they come.
        auto& settings = app().settings();
        std::vector<std::string> senders;
        for (auto& envelope : app().inbox().envelopes)
            if (envelope.uid > m_announced_up_to && !envelope.seen)
                senders.push_back(sender_name(envelope.from, contact_for(settings.contacts, envelope.from.address)));
        m_announced_up_to = app().inbox().max_uid();
        if (senders.size() == 1)
            m_services.say_next(format(tr("A new e-mail from {name}."), { { "name", senders.front() } }));
        else if (senders.size() > 1)
            m_services.say_next(format(tr("{count} new e-mails."), { { "count", std::to_string(senders.size()) } }));
    }
}

void InboxScreen::draw_row(Ui& ui, const Rect& rect, const InboxItem& item, size_t slot)
{
    auto& m = ui.metrics();
    auto& envelope = app().inbox().envelopes[item.envelope];
    auto now = m_services.now();
    auto spoken = row_speech(envelope, item.contact, now);
    if (ui.custom_button("email.row." + std::to_string(slot), rect, spoken, [&](SwatchRole role) {
            float pad = m.gap / 2;
            Rect picture { rect.x + pad, rect.y + pad, rect.height - 2 * pad, rect.height - 2 * pad };
            if (item.contact)
                m_pictures.draw(ui, picture, item.contact, role);
            else
                ui.icon(picture.center(), Icon::Mail, FontRole::SmallIcon, role, picture.height * 0.6f);
            float x = picture.right() + m.gap;
            float right = rect.right() - m.gap;
            auto when = when_in_words(envelope.date, now);
            float when_w = ui.text_width(when, FontRole::Body);
            float large = m.font(FontRole::Large);
            float line1 = rect.y + pad;
            auto name = one_line(ui, sender_name(envelope.from, item.contact), FontRole::Large, right - x - when_w - m.gap);
            ui.text({ x, line1, right - x, large * 1.2f }, name, FontRole::Large, role);
            ui.text({ right - when_w, line1 + (large - m.font(FontRole::Body)) * 0.6f, when_w + 1, large }, when, FontRole::Body, role);
            float line2 = line1 + large * 1.2f;
            float badge_w = 0;
            if (!envelope.seen) {
                // "New" on the good-news colour and in words, so it does not rely on colour alone.
                auto label = tr("New");
                badge_w = ui.text_width(label, FontRole::Body) + m.gap;
                Rect badge { right - badge_w, line2, badge_w, m.font(FontRole::Body) * 1.25f };
                ui.fill(badge, SwatchRole::StatusGood, true);
                ui.text({ badge.x, badge.y + m.font(FontRole::Body) * 0.05f, badge.width, badge.height }, label, FontRole::Body, SwatchRole::StatusGood, Align::Center);
                badge_w += m.gap;
            }
            ui.text({ x, line2, right - x - badge_w, m.font(FontRole::Body) * 1.2f }, one_line(ui, subject_text(envelope.subject), FontRole::Body, right - x - badge_w),
                FontRole::Body, role);
        }))
        m_services.navigator().open(std::make_unique<MessageScreen>(m_services, context(), envelope.uid));
}

void InboxScreen::draw_others_heading(Ui& ui, const Rect& rect)
{
    auto& m = ui.metrics();
    ui.fill(rect, SwatchRole::Notice, true);
    float large = m.font(FontRole::Large);
    ui.text({ rect.x + m.gap, rect.y + m.gap * 0.3f, rect.width - 2 * m.gap, large * 1.2f }, tr("Other messages"), FontRole::Large, SwatchRole::Notice);
    ui.text({ rect.x + m.gap, rect.y + m.gap * 0.3f + large * 1.2f + m.gap / 4, rect.width - 2 * m.gap, rect.height }, scam_warning(), FontRole::Body,
        SwatchRole::Notice);
}

void InboxScreen::draw(Ui& ui)
{
    follow_settings();
    on_changes();
    auto& m = ui.metrics();
    auto& settings = app().settings();
    bool configured = settings.email.configured();
    auto status = inbox_status(app().inbox_state(), app().inbox_error(), app().outbox().size(), !app().inbox().envelopes.empty());
    bool help = status.offer_help && hooks().open_help;
    bool has_contacts = !contacts_with_email(settings.contacts).empty();
    auto buttons = inbox_buttons(configured, m_unfinished, help, has_contacts);
    auto layout = layout_inbox(ui, buttons, status, ui.content());
    if (!layout.fits) {
        buttons = inbox_buttons(configured, m_unfinished, help, has_contacts, true);
        layout = layout_inbox(ui, buttons, status, ui.content());
    }

    if (layout.small_buttons)
        for (auto& spec : buttons)
            spec.font = FontRole::Body;
    auto pressed = draw_button_row(ui, layout.actions, buttons);
    if (!status.text.empty())
        draw_panel(ui, layout.status, status.text, status.role, status.icon, FontRole::Body);
    if (app().inbox_state() == InboxState::Checking && !m_items.empty()) {
        // A quiet word in the page number's place while the server is asked: the list is usable meanwhile.
        auto text = tr("Looking for new e-mails…");
        if (ui.text_width(text, FontRole::Body) <= layout.paging.text.width && m_pages.size() <= 1)
            ui.text({ layout.paging.text.x, layout.paging.text.center().y - m.font(FontRole::Body) * 0.6f, layout.paging.text.width, m.button_height }, text,
                FontRole::Body, SwatchRole::Page, Align::Center);
    }

    if (app().inbox_state() == InboxState::Loading || (m_items.empty() && app().inbox_state() == InboxState::Checking)) {
        ui.text({ layout.list.x, layout.list.center().y - m.font(FontRole::Large), layout.list.width, layout.list.height / 2 }, tr("Looking for your e-mails…"),
            FontRole::Large, SwatchRole::Page, Align::Center);
    } else if (m_items.empty() && configured && app().inbox_state() == InboxState::UpToDate) {
        ui.text({ layout.list.x, layout.list.center().y - m.font(FontRole::Large), layout.list.width, layout.list.height / 2 }, tr("There are no e-mails yet."),
            FontRole::Large, SwatchRole::Page, Align::Center);
    }

    m_pages = paginate_inbox(m_items, layout.row_height, layout.heading_height, layout.list.height, m.gap / 2);
    for (size_t p = 0; p < m_pages.size() && m_show_others; ++p) {
        if (others_heading_above(m_items, m_pages[p]) && !m_pages[p].repeats_heading) {
            m_page = *m_show_others == OthersPage::Next && p + 1 < m_pages.size() ? p + 1 : p;
            m_show_others.reset();
        }
    }
    m_page = std::min(m_page, m_pages.size() - 1);
    auto& page = m_pages[m_page];
    auto heading_above = others_heading_above(m_items, page);
    float y = layout.list.y;
    for (size_t i = page.begin; i < page.end; ++i) {
        if (heading_above == i) {
            draw_others_heading(ui, { layout.list.x, y, layout.list.width, layout.heading_height });
            y += layout.heading_height + m.gap / 2;
        }
        if (m_items[i].kind == InboxItem::Kind::Message) {
            draw_row(ui, { layout.list.x, y, layout.list.width, layout.row_height }, m_items[i], i - page.begin);
            y += layout.row_height + m.gap / 2;
        }
    }
    switch (draw_paging(ui, layout.paging, "email", m_page, m_pages.size())) {
    case PageMove::Previous:
        --m_page;
        m_services.say(page_text(m_page, m_pages.size()));
        break;
    case PageMove::Next:
        ++m_page;
        m_services.say(page_text(m_page, m_pages.size()));
        break;
    case PageMove::None:
        break;
    }

    if (pressed == "email.write")
        m_services.navigator().open(std::make_unique<ContactsScreen>(m_services, context()));
    else if (pressed == "email.unfinished" && m_unfinished)
        m_services.navigator().open(std::make_unique<ComposeScreen>(m_services, context(), *m_unfinished));
    else if (pressed == "email.help")
        call_for_help();
}

std::unique_ptr<Screen> open_email(Services& services, EmailContext context)
{
    return std::make_unique<InboxScreen>(services, std::move(context));
}

}
