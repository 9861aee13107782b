// Drawing the e-mail being written; the draft is saved on every change, files are made ready on workers.
#include "compose_screen.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/ui/ui.hpp"
#include "attach_screen.hpp"
#include "attachments.hpp"
#include "email_words.hpp"
#include "mime_writer.hpp"
#include "sent_screen.hpp"

namespace Foyer {

std::vector<ButtonSpec> compose_buttons()
{
    return { { "email.back", Icon::Back, tr("Back") }, { "email.add.photo", Icon::Photo, tr("Add a photo") },
        { "email.add.document", Icon::Document, tr("Add a document") } };
}

std::string total_size_text(size_t bytes, size_t limit)
{
    return format(tr("{size} of {limit}"), { { "size", megabytes_text(bytes) }, { "limit", megabytes_text(limit) } });
}

namespace {

ComposeLayout layout_compose_with(const Ui& ui, const std::vector<ButtonSpec>& buttons, size_t files, const std::string& notice, const Rect& area,
    bool with_header, float box_lines)
{
    auto& m = ui.metrics();
    ComposeLayout layout;
    Rect rest = area;
    float large = m.font(FontRole::Large) * 1.2f;
    float heading = m.font(FontRole::Heading) * 1.2f;
    float body = m.font(FontRole::Body) * 1.2f;
    if (with_header) {
        // The recipient's face first, large: who this is for, before anything else.
        Rect header = rest.take_top(heading + body + m.gap / 3);
        layout.picture = { header.x, header.y, header.height, header.height };
        layout.to = { layout.picture.right() + m.gap, header.y, header.right() - layout.picture.right() - m.gap, heading };
        layout.subject = { layout.to.x, header.y + heading + m.gap / 3, layout.to.width, body };
        rest.take_top(m.gap / 2);
    }
    // Send on the right of the bottom bar, taller than the others: the one thing to press at the end.
    float send_w = std::max(ui.button_width(Icon::Send, tr("Send"), FontRole::Heading), m.button_height * 3);
    float send_h = m.button_height * 1.25f;
    Rect bar = rest.take_bottom(send_h);
    layout.send = { bar.right() - send_w, bar.y, send_w, send_h };
    Rect left { bar.x, bar.y + (send_h - m.button_height), bar.width - send_w - m.gap, m.button_height };
    // Back in words beside the others, their words stepped down to fit (never smaller than at the next
    // smaller text size); else the others on a line of their own above Back, if the box keeps its three
    // lines; else Back as an arrow beside them, or below them; their words in body type itself only where
    // nothing else fits.
    std::vector<ButtonSpec> without_back(buttons.begin() + (buttons.empty() ? 0 : 1), buttons.end());
    auto at = [](std::vector<ButtonSpec> specs, float px) {
        for (auto& spec : specs)
            spec.px = px;
        return specs;
    };
    auto one_high = [&](const ButtonRowLayout& row) { return row.fits && row.height <= m.button_height + 0.5f; };
    auto sizes = m.sizes_to_try({ FontRole::Large, FontRole::Body });
    // Every size but the last resort (at the smallest text, stepping down reaches body type itself).
    auto stepped = std::vector<float>(sizes.begin(), sizes.end() - (sizes.size() > 2 ? 1 : 0));
    float notice_h = notice.empty() ? 0 : panel_height(ui, notice, rest.width, FontRole::Body) + m.gap / 2;
    // (What the line above costs: itself and the half gap under it; the half gap above the bar is taken anyway.)
    bool room_above = rest.height - m.gap - m.button_height - notice_h >= large * box_lines;
    float arrow = m.button_height * 1.5f;
    Rect after_arrow { left.x + arrow + m.gap, left.y, left.width - arrow - m.gap, left.height };
    auto place = [&]() {
        for (float px : stepped) {
            if (auto row = layout_button_row(ui, at(buttons, px), left, Align::Left); one_high(row)) {
                layout.buttons = row;
                layout.buttons_px = px;
                return;
            }
        }
        if (room_above && !buttons.empty()) {
            Rect back { left.x, left.y, ui.button_width(buttons.front().icon, buttons.front().label), left.height };
            Rect line_above = rest;
            line_above.take_bottom(m.gap / 2);
            Rect others = line_above.take_bottom(m.button_height);
            for (float px : stepped) {
                if (auto row = layout_button_row(ui, at(without_back, px), others, Align::Left); one_high(row) && back.width <= left.width) {
                    rest.take_bottom(m.gap / 2 + m.button_height);
                    layout.back = back;
                    layout.buttons = row;
                    layout.buttons_px = px;
                    return;
                }
            }
        }
        layout.back_arrow = true;
        for (float px : sizes) {
            if (auto row = layout_button_row(ui, at(without_back, px), after_arrow, Align::Left); one_high(row)) {
                layout.back = { left.x, left.y, arrow, m.button_height };
                layout.buttons = row;
                layout.buttons_px = px;
                return;
            }
        }
        rest.take_bottom(m.gap / 2);
        Rect above = rest.take_bottom(m.button_height);
        layout.back = { above.x, above.y, arrow, m.button_height };
        Rect others { above.x + arrow + m.gap, above.y, above.width - arrow - m.gap, above.height };
        for (float px : sizes) {
            if (auto row = layout_button_row(ui, at(without_back, px), others, Align::Left); one_high(row)) {
                // One line in smaller type rather than two in large type: the box keeps its three lines.
                layout.buttons = row;
                layout.buttons_px = px;
                return;
            }
        }
        // Stacked: the line above grows upwards.
        auto probe = layout_button_row(ui, without_back, others, Align::Left);
        rest.take_bottom(probe.height - m.button_height);
        others.y -= probe.height - m.button_height;
        others.height = probe.height;
        layout.buttons = layout_button_row(ui, without_back, others, Align::Left);
    };
    place();
    if (layout.buttons_px == m.font(FontRole::Large))
        layout.buttons_px = 0;
    rest.take_bottom(m.gap / 2);
    if (!notice.empty()) {
        layout.notice = rest.take_bottom(panel_height(ui, notice, rest.width, FontRole::Body));
        rest.take_bottom(m.gap / 2);
    }
    if (files > 0) {
        layout.files = rest.take_right(rest.width * 0.34f);
        rest.take_right(m.gap);
    }
    layout.text = rest;
    layout.fits = layout.buttons.fits && layout.text.height >= large * box_lines && layout.send.x >= bar.x;
    return layout;
}

}

ComposeLayout layout_compose(const Ui& ui, const std::vector<ButtonSpec>& buttons, size_t files, const std::string& notice, const Rect& area, float box_lines)
{
    // In the largest type on a small screen, with a long notice, the box keeps its lines: the recipient's
    // name stays in the title bar.
    auto layout = layout_compose_with(ui, buttons, files, notice, area, true, box_lines);
    return layout.fits ? layout : layout_compose_with(ui, buttons, files, notice, area, false, box_lines);
}

ComposeLayout layout_compose_for(const Ui& ui, const std::vector<ButtonSpec>& buttons, size_t files, const std::string& notice_text, const Rect& area,
    Sender sender, StrangerNotice& notice)
{
    Rect rest = area;
    notice = take_stranger_notice(ui, rest, sender);
    if (sender == Sender::Contact)
        return layout_compose(ui, buttons, files, notice_text, rest);
    // The warning takes its room from the box, down to two lines (enough to begin a reply; it scrolls), then
    // its words go to the size they have at the next smaller text (never smaller than there), before anything
    // else gets smaller: Back keeps its word, the recipient's face and name stay.
    auto layout = layout_compose(ui, buttons, files, notice_text, rest, 3);
    auto whole = [](const ComposeLayout& tried) { return tried.fits && tried.picture.width > 0 && !tried.back_arrow; };
    if (whole(layout))
        return layout;
    if (auto shorter = layout_compose_with(ui, buttons, files, notice_text, rest, true, 2); whole(shorter))
        return shorter;
    auto smaller = stranger_notice_in(ui, { area.x, area.y, area.width, 0 });
    Rect under = area;
    under.take_top(smaller.band.height + ui.metrics().gap / 2);
    if (auto shorter = layout_compose_with(ui, buttons, files, notice_text, under, true, 2); whole(shorter)) {
        notice = smaller;
        return shorter;
    }
    if (layout.fits)
        return layout;
    // Too few lines left for the box: the warning takes the place of the recipient's picture and name
    // instead (the title bar says who the reply is for).
    auto in_header = layout_compose(ui, buttons, files, notice_text, area);
    if (in_header.fits && in_header.picture.width > 0) {
        notice = stranger_notice_in(ui, { area.x, area.y, area.width, in_header.text.y - area.y - ui.metrics().gap / 2 });
        in_header.picture = in_header.to = in_header.subject = {};
        return in_header;
    }
    // No header to take the place of (the largest type on a squarer screen): above it all, in smaller type.
    auto under_smaller = layout_compose(ui, buttons, files, notice_text, under);
    if (!under_smaller.fits)
        return layout;
    notice = smaller;
    return under_smaller;
}

ComposeScreen::ComposeScreen(Services& services, EmailContext context, Draft draft)
    : EmailStep(services, std::move(context))
    , m_draft(std::move(draft))
    , m_pictures(services, *m_context.app)
{
    app().open_draft(m_draft, m_lifetime.guard([this](Draft loaded) {
        m_draft = std::move(loaded);
        m_edit.set_text(m_draft.text);
        m_ready = true;
        if (!m_draft.empty())
            m_services.say_next(tr("What you had started to write is here."));
    }));
}

std::string ComposeScreen::title() const
{
    auto name = m_draft.to.name.empty() ? m_draft.to.address : m_draft.to.name;
    return m_draft.is_reply() ? format(tr("Reply to {name}"), { { "name", name } }) : format(tr("E-mail to {name}"), { { "name", name } });
}

Sender ComposeScreen::recipient_kind() const
{
    // Writing anew goes to a contact; a reply can go to anyone who wrote.
    return m_draft.is_reply() && !contact_for(app().settings().contacts, m_draft.to.address) ? Sender::Stranger : Sender::Contact;
}

std::string ComposeScreen::arrival_speech() const
{
    auto warning = recipient_kind() == Sender::Stranger ? scam_warning() + " " : std::string {};
    return title() + ". " + warning + tr("Write your message in the white box, then press Send.");
}

size_t ComposeScreen::limit() const
{
    return size_t(app().settings().email.max_message_mb) * 1000 * 1000;
}

size_t ComposeScreen::total_bytes() const
{
    std::vector<Attachment> sizes;
    for (auto& file : m_draft.files)
        sizes.push_back({ file.filename, file.content_type, std::string() });
    size_t total = encoded_size(sizes, m_draft.text.size());
    for (auto& file : m_draft.files)
        total += (file.size + 2) / 3 * 4 + file.size / 57 * 2;
    return total;
}

void ComposeScreen::set_notice(std::string text, SwatchRole role)
{
    m_notice = std::move(text);
    m_notice_role = role;
    if (!m_notice.empty())
        m_services.say(m_notice);
}

void ComposeScreen::changed()
{
    m_draft.text = m_edit.text();
    app().save_draft(m_draft);
}

void ComposeScreen::add(FileChoice choice)
{
    auto on_chosen = m_lifetime.guard([this, choice](PrintableFile file) {
        m_busy = true;
        set_notice(choice == FileChoice::Photos ? tr("Adding the photo…") : tr("Adding the document…"), SwatchRole::Notice);
        app().add_file(m_draft, file.path, m_lifetime.guard([this, choice](ErrorOr<Draft> added) { this->added(std::move(added), choice); }));
    });
    m_services.navigator().open(std::make_unique<AttachScreen>(m_services, context(), choice, std::move(on_chosen)));
}

void ComposeScreen::added(ErrorOr<Draft> added, FileChoice choice)
{
    m_busy = false;
    if (added.is_error()) {
        set_notice(added.error().message(), SwatchRole::StatusBad);
        return;
    }
    // The files as saved; the words as they are on screen now.
    m_draft.files = added.value().files;
    changed();
    auto size = megabytes_text(m_draft.files.empty() ? 0 : m_draft.files.back().size);
    auto text = format(choice == FileChoice::Photos ? tr("The photo is added ({size}).") : tr("The document is added ({size})."), { { "size", size } });
    if (total_bytes() > limit()) {
        set_notice(text + " " + format(tr("But together they are too big to send in one e-mail: {size}, and {provider} accepts {limit}. Remove one and send it in another e-mail."), { { "size", megabytes_text(total_bytes()) }, { "provider", provider_name(app().settings().email) }, { "limit", megabytes_text(limit()) } }),
            SwatchRole::StatusBad);
        return;
    }
    set_notice(text, SwatchRole::StatusGood);
}

void ComposeScreen::send()
{
    if (m_busy || !m_ready)
        return;
    m_draft.text = m_edit.text();
    if (m_draft.empty()) {
        set_notice(tr("Write something first, or add a photo."), SwatchRole::Notice);
        return;
    }
    m_busy = true;
    app().send(m_draft, m_lifetime.guard([this](ErrorOr<QueuedMail> queued) {
        m_busy = false;
        if (queued.is_error()) {
            set_notice(queued.error().message(), SwatchRole::StatusBad);
            return;
        }
        // The e-mail is safe in the outbox: this screen gives way to the one that follows it out.
        m_services.navigator().back();
        m_services.navigator().open(std::make_unique<SentScreen>(m_services, context(), queued.value()));
    }));
}

void ComposeScreen::draw(Ui& ui)
{
    follow_settings();
    auto& m = ui.metrics();
    auto buttons = compose_buttons();
    StrangerNotice warning;
    auto layout = layout_compose_for(ui, buttons, m_draft.files.size(), m_notice, ui.content(), recipient_kind(), warning);
    draw_stranger_notice(ui, warning);
    auto* contact = contact_for(app().settings().contacts, m_draft.to.address);
    Contact shown = contact ? *contact : Contact { m_draft.to.name.empty() ? m_draft.to.address : m_draft.to.name, "", m_draft.to.address };
    if (layout.picture.width > 0)
        m_pictures.draw(ui, layout.picture, &shown, SwatchRole::Page);
    if (layout.to.height > 0) {
        auto name = format(tr("To {name}"), { { "name", shown.name } });
        ui.text(layout.to, one_line(ui, name, FontRole::Heading, layout.to.width), FontRole::Heading, SwatchRole::Page);
        // Under the name: the subject answered, or the address it goes to.
        auto under = m_draft.is_reply() ? reply_subject(m_draft.reply_subject) : m_draft.to.address;
        ui.text(layout.subject, one_line(ui, under, FontRole::Body, layout.subject.width), FontRole::Body, SwatchRole::Page);
    }

    if (!m_ready) {
        ui.text(layout.text, tr("Opening…"), FontRole::Large, SwatchRole::Page);
        return;
    }
    // The box first and Send right after it, so Tab goes from the words to Send.
    if (ui.text_area("email.text", layout.text, m_edit, tr("The box to write your message"), tr("Press here and write your message.")))
        changed();
    if (ui.button("email.send", layout.send, Icon::Send, m_busy ? tr("Wait…") : tr("Send"), SwatchRole::Button, FontRole::Heading))
        send();
    for (auto& spec : buttons)
        spec.px = layout.buttons_px;
    bool back_apart = layout.back.width > 0;
    auto pressed = back_apart ? draw_button_row(ui, layout.buttons, std::vector<ButtonSpec>(buttons.begin() + 1, buttons.end()))
                              : draw_button_row(ui, layout.buttons, buttons);
    if (back_apart && (layout.back_arrow ? ui.icon_button("email.back", layout.back, Icon::Back, tr("Back")) : ui.button("email.back", layout.back, Icon::Back, tr("Back"))))
        pressed = "email.back";

    if (!m_notice.empty())
        draw_panel(ui, layout.notice, m_notice, m_notice_role, m_notice_role == SwatchRole::StatusGood ? Icon::Open : Icon::Closed, FontRole::Body);
    if (layout.files.width > 0) {
        float y = layout.files.y;
        float row_h = m.button_height;
        auto total = total_size_text(total_bytes(), limit());
        ui.text({ layout.files.x, y, layout.files.width, m.font(FontRole::Body) * 1.2f }, total, FontRole::Body, SwatchRole::Page);
        y += m.font(FontRole::Body) * 1.2f + m.gap / 2;
        for (size_t i = 0; i < m_draft.files.size() && y + row_h <= layout.files.bottom() + 0.5f; ++i) {
            auto& file = m_draft.files[i];
            Rect row { layout.files.x, y, layout.files.width, row_h };
            Rect remove = row.take_right(row_h);
            bool photo = is_picture_type(file.content_type);
            ui.icon({ row.x + m.font(FontRole::SmallIcon) / 2, row.center().y }, photo ? Icon::Photo : Icon::Document, FontRole::SmallIcon, SwatchRole::Page);
            float x = row.x + m.font(FontRole::SmallIcon) + m.gap / 2;
            float name_w = row.right() - x - m.gap / 2;
            // The whole name, on two lines where it needs them; cut short only where even two are too few.
            float name_h = ui.text_height(file.filename, FontRole::Body, name_w);
            bool whole = name_h <= row_h;
            auto name = whole ? file.filename : one_line(ui, file.filename, FontRole::Body, name_w);
            if (!whole)
                name_h = m.font(FontRole::Body) * 1.2f;
            ui.text({ x, row.center().y - name_h / 2, name_w, row_h }, name, FontRole::Body, SwatchRole::Page);
            if (ui.icon_button("email.remove." + std::to_string(i), remove, Icon::Close, format(tr("Remove {name}"), { { "name", file.filename } })) && !m_busy) {
                m_busy = true;
                app().remove_file(m_draft, i, m_lifetime.guard([this, name = file.filename](ErrorOr<Draft> removed) {
                    m_busy = false;
                    if (removed.is_error()) {
                        set_notice(removed.error().message(), SwatchRole::StatusBad);
                        return;
                    }
                    m_draft.files = removed.value().files;
                    changed();
                    set_notice(format(tr("{name} is removed."), { { "name", name } }), SwatchRole::Notice);
                }));
            }
            y += row_h + m.gap / 3;
        }
    }
    if (pressed == "email.back")
        m_services.navigator().back();
    else if (pressed == "email.add.photo" && !m_busy)
        add(FileChoice::Photos);
    else if (pressed == "email.add.document" && !m_busy)
        add(FileChoice::Documents);
}

}
