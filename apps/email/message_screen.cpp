// Drawing a message a page at a time; opening it happens on a worker (from the disk, else the server).
#include "message_screen.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/ui/ui.hpp"
#include "../common/user_files.hpp"
#include "attachments.hpp"
#include "compose_screen.hpp"
#include "email_words.hpp"

#include <cstdio>

namespace Foyer {

std::vector<ButtonSpec> message_buttons(bool can_reply, bool reading)
{
    // One button that reads and stops: the keyboard stays on it.
    std::vector<ButtonSpec> buttons { { "email.back", Icon::Back, tr("Back") },
        reading ? ButtonSpec { "email.read", Icon::Stop, tr("Stop reading") } : ButtonSpec { "email.read", Icon::Speak, tr("Read aloud") } };
    if (can_reply)
        buttons.push_back({ "email.reply", Icon::Send, tr("Reply") });
    return buttons;
}

namespace {

// How many lines of words a page of `layout` holds.
size_t lines_in(const Ui& ui, const MessageLayout& layout)
{
    return size_t(std::max(0.f, layout.body.height) / (ui.metrics().font(FontRole::Large) * 1.2f));
}

// The sender's row: the picture, the name and the date under it beside it, the subject under them; or,
// `compact`, the date after the name and the subject under them beside the picture: one line more for the
// words, and nothing smaller.
MessageLayout layout_message_with(const Ui& ui, const std::vector<ButtonSpec>& actions, const Rect& area, size_t pages, bool compact)
{
    auto& m = ui.metrics();
    MessageLayout layout;
    Rect rest = area;
    float large = m.font(FontRole::Large) * 1.2f;
    float body = m.font(FontRole::Body) * 1.2f;
    // The subject in headline type: it stands apart from the words that follow, which are in large type too.
    float heading = m.font(FontRole::Heading) * 1.2f;
    float picture = large + body;
    if (compact) {
        Rect header = rest.take_top(std::max(picture, large + heading));
        layout.picture = { header.x, header.y, picture, picture };
        float x = layout.picture.right() + m.gap;
        layout.name = { x, header.y, header.right() - x, large };
        // On the name's line (its letters' foot, about 0.8 of the type size down, as the name's).
        float down = (m.font(FontRole::Large) - m.font(FontRole::Body)) * 0.8f;
        layout.when = { x, header.y + down, header.right() - x, body };
        layout.when_after_name = true;
        layout.subject = { x, header.y + large, header.right() - x, heading };
    } else {
        Rect header = rest.take_top(picture);
        layout.picture = { header.x, header.y, picture, picture };
        layout.name = { layout.picture.right() + m.gap, header.y, header.right() - layout.picture.right() - m.gap, large };
        layout.when = { layout.name.x, header.y + large, layout.name.width, body };
        rest.take_top(m.gap / 3);
        layout.subject = rest.take_top(heading);
    }
    rest.take_top(m.gap / 2);
    // The actions on the left of the bottom bar, the pages on the right; two bars when one is too short.
    // A message of one page has no pages to turn: no room kept for them (the words are one line taller).
    // (A short message's estimate is photo_area's too: the two must agree on one bar or two.)
    float paging_w = pages >= long_paging_pages ? paging_min_width(ui, pages) : 3 * m.button_height + 2 * m.gap + ui.text_width(page_text(8, 9), FontRole::Body);
    auto one_line = layout_button_row(ui, actions, { rest.x, rest.y, rest.width - paging_w - m.gap, rest.height }, Align::Left);
    if (pages == 1) {
        auto probe = layout_button_row(ui, actions, rest, Align::Left);
        layout.bar = rest.take_bottom(probe.height);
        layout.actions = layout_button_row(ui, actions, layout.bar, Align::Left);
    } else if (one_line.height <= m.button_height + 0.5f && one_line.fits) {
        layout.bar = rest.take_bottom(m.button_height);
        layout.actions = layout_button_row(ui, actions, layout.bar, Align::Left);
        float used = layout.actions.buttons.empty() ? layout.bar.x : layout.actions.buttons.back().right() + m.gap;
        layout.paging = layout_paging(ui, { used, layout.bar.y, layout.bar.right() - used, layout.bar.height }, pages);
    } else {
        Rect paging_bar = rest.take_bottom(m.button_height);
        rest.take_bottom(m.gap / 2);
        auto probe = layout_button_row(ui, actions, rest, Align::Left);
        layout.bar = rest.take_bottom(probe.height);
        layout.actions = layout_button_row(ui, actions, layout.bar, Align::Left);
        layout.paging = layout_paging(ui, paging_bar, pages);
    }
    rest.take_bottom(m.gap / 2);
    layout.body = rest;
    layout.fits = layout.actions.fits && layout.body.height >= m.font(FontRole::Large) * 1.2f * 3;
    return layout;
}

}

MessageLayout layout_message(const Ui& ui, const std::vector<ButtonSpec>& actions, const Rect& area, size_t pages, float subject_width)
{
    // Where the words would have few lines (the largest text on a small screen), the date goes after the
    // name, if the subject still fits beside the picture (else it would be cut where it was whole).
    auto full = layout_message_with(ui, actions, area, pages, false);
    if (lines_in(ui, full) >= roomy_message_lines)
        return full;
    auto compact = layout_message_with(ui, actions, area, pages, true);
    bool subject_fits = subject_width <= compact.subject.width || subject_width > full.subject.width;
    return subject_fits && lines_in(ui, compact) > lines_in(ui, full) ? compact : full;
}

MessageLayout layout_message_for(const Ui& ui, const std::vector<ButtonSpec>& actions, const Rect& area, Sender sender, StrangerNotice& notice, size_t pages,
    float subject_width)
{
    Rect rest = area;
    notice = take_stranger_notice(ui, rest, sender);
    auto layout = layout_message(ui, actions, rest, pages, subject_width);
    if (layout.fits || sender == Sender::Contact)
        return layout;
    // Its words as large as at the next smaller text (never smaller than there), if that leaves enough.
    auto smaller = stranger_notice_in(ui, { area.x, area.y, area.width, 0 });
    rest = area;
    rest.take_top(smaller.band.height + ui.metrics().gap / 2);
    if (auto under = layout_message(ui, actions, rest, pages, subject_width); under.fits) {
        notice = smaller;
        return under;
    }
    // Too few lines left for the words: the warning takes the place of the sender's picture, name and date
    // instead (the title bar says who it is from).
    layout = layout_message_with(ui, actions, area, pages, false);
    notice = stranger_notice_in(ui, { area.x, area.y, area.width, layout.subject.y - area.y - ui.metrics().gap / 3 });
    layout.picture = layout.name = layout.when = {};
    return layout;
}

Rect photo_area(const Ui& ui, const MessageLayout& layout, const std::vector<ButtonSpec>& actions)
{
    auto& m = ui.metrics();
    // Above the photo's own line, at the bottom of the body.
    float bottom = layout.body.bottom() - m.button_height - m.gap / 2;
    Rect area { layout.body.x, ui.content().y, layout.body.width, std::max(0.f, bottom - ui.content().y) };
    // At the largest text: a taller title bar, then the photo's own line, and the actions and the pages on
    // one line if they fit there as layout_message puts them, else on two (the margins and gaps do not
    // change with the text size, only the words and the buttons' height).
    auto largest = compute_metrics(m.screen_width, m.screen_height, TextSize::Largest);
    float px = largest.font(FontRole::Large);
    float actions_w = 0;
    for (auto& action : actions)
        actions_w += std::max(ui.button_width(action.icon, action.label, FontRole::Large, px), largest.button_height * 2) + m.gap;
    float paging_w = 3 * largest.button_height + 2 * m.gap + ui.text_width(page_text(8, 9), FontRole::Body, largest.font(FontRole::Body));
    bool one_line = actions_w + paging_w <= ui.content().width + 0.5f;
    float bars = one_line ? largest.button_height + m.gap / 2 : 2 * largest.button_height + m.gap;
    float at_largest = ui.content().height - (largest.title_bar - m.title_bar) - bars - largest.button_height - m.gap / 2;
    float height = std::clamp(at_largest, 0.f, area.height);
    return { area.x, area.y + (area.height - height) / 2, area.width, height };
}

std::vector<MessagePage> paginate_message(const Ui& ui, const MessageContent& content, const Rect& body)
{
    std::vector<MessagePage> pages;
    float px = ui.metrics().font(FontRole::Large);
    size_t per_page = std::max<size_t>(1, size_t(body.height / (px * 1.2f)));
    auto lines = wrap_lines(*ui.fonts().font(FontRole::Large), px, content.text, body.width);
    for (size_t first = 0; first < lines.size();) {
        // A page never begins with the blank line between two paragraphs: it would be a line lost.
        while (first > 0 && first < lines.size() && lines[first].find_first_not_of(" \t\r") == std::string_view::npos)
            ++first;
        if (first >= lines.size())
            break;
        size_t last = std::min(lines.size(), first + per_page) - 1;
        MessagePage page;
        page.begin = size_t(lines[first].data() - content.text.data());
        page.end = size_t(lines[last].data() + lines[last].size() - content.text.data());
        pages.push_back(page);
        first = last + 1;
    }
    if (pages.empty() && content.photos.empty() && content.attachments.empty())
        pages.push_back({});
    for (size_t i = 0; i < content.photos.size(); ++i)
        pages.push_back({ MessagePage::Kind::Photo, 0, 0, i });
    if (!content.attachments.empty())
        pages.push_back({ MessagePage::Kind::Files });
    return pages;
}

size_t page_showing(const std::vector<MessagePage>& pages, size_t offset)
{
    size_t found = 0;
    for (size_t i = 0; i < pages.size() && pages[i].kind == MessagePage::Kind::Text; ++i) {
        found = i;
        if (offset < pages[i].end)
            break;
    }
    return found;
}

std::string read_aloud_text(const MessageContent& content, const std::string& sender, const LocalDateTime& now, size_t from)
{
    std::string text;
    if (from == 0 || from >= content.text.size()) {
        text = format(tr("From {name}, {when}."), { { "name", sender }, { "when", content.date ? when_spoken(content.date, now) : tr("date unknown") } });
        text += " " + as_sentence(subject_text(content.subject)) + " " + content.text;
    } else {
        text = content.text.substr(from);
    }
    size_t photos = content.photos.size(), files = content.attachments.size();
    if (photos > 0)
        text += " " + format(trn("With one photo.", "With {count} photos.", long(photos)), { { "count", std::to_string(photos) } });
    if (files > 0)
        text += " " + format(trn("With one document.", "With {count} documents.", long(files)), { { "count", std::to_string(files) } });
    return text;
}

std::string message_notice(const OpenedMessage& message)
{
    std::string notice;
    size_t photos = message.content.photos.size(), files = message.content.attachments.size(), unreadable = message.unreadable_photos.size();
    auto photos_text = format(trn("one photo", "{count} photos", long(photos)), { { "count", std::to_string(photos) } });
    auto files_text = format(trn("one document", "{count} documents", long(files)), { { "count", std::to_string(files) } });
    if (photos > 0 && files > 0)
        notice = format(tr("This e-mail comes with {photos} and {files}. Press Next to see them."), { { "photos", photos_text }, { "files", files_text } });
    else if (photos + files == 1)
        notice = photos ? tr("This e-mail comes with one photo. Press Next to see it.") : tr("This e-mail comes with one document. Press Next to see it.");
    else if (photos + files > 0)
        notice = format(tr("This e-mail comes with {things}. Press Next to see them."), { { "things", photos > 0 ? photos_text : files_text } });
    if (unreadable > 0) {
        auto broken = unreadable == 1 && photos == 0
            ? tr("This photo could not be opened.")
            : format(trn("One photo could not be opened.", "{count} photos could not be opened.", long(unreadable)), { { "count", std::to_string(unreadable) } });
        notice += (notice.empty() ? "" : " ") + broken + " " + (unreadable == 1 ? tr("Ask for it to be sent again.") : tr("Ask for them to be sent again."));
    }
    return notice;
}

MessageScreen::MessageScreen(Services& services, EmailContext context, uint32_t uid)
    : EmailStep(services, std::move(context))
    , m_uid(uid)
    , m_pictures(services, *m_context.app)
{
    if (auto* envelope = app().inbox().find(uid))
        m_envelope = *envelope;
    // Asked at once (not at the first frame): the photos are made at the screen's size, and drawn smaller.
    int width = 1920, height = 1080;
    std::sscanf(services.screen_size().c_str(), "%dx%d", &width, &height);
    request(std::max(width, 640), std::max(height, 480));
}

MessageScreen::~MessageScreen()
{
    for (auto image : m_photos)
        m_services.images().remove(image);
}

const Contact* MessageScreen::contact() const
{
    auto& address = m_message ? m_message->content.from.address : m_envelope ? m_envelope->from.address
                                                                             : std::string {};
    return contact_for(app().settings().contacts, address);
}

std::string MessageScreen::sender() const
{
    if (m_message)
        return sender_name(m_message->content.from, contact());
    return m_envelope ? sender_name(m_envelope->from, contact()) : std::string {};
}

std::string MessageScreen::subject() const
{
    return m_message ? m_message->content.subject : m_envelope ? m_envelope->subject
                                                               : std::string {};
}

std::string MessageScreen::title() const
{
    auto name = sender();
    return name.empty() ? tr("An e-mail") : format(tr("E-mail from {name}"), { { "name", name } });
}

Sender MessageScreen::sender_kind() const
{
    // Not known yet (neither the envelope nor the message): nothing to warn about.
    return contact() || (!m_message && !m_envelope) ? Sender::Contact : Sender::Stranger;
}

std::string MessageScreen::arrival_speech() const
{
    auto text = title();
    // The warning as it is written at the top (it ends with its own full stop), before the rest.
    if (sender_kind() == Sender::Stranger)
        text += ". " + scam_warning();
    if (m_envelope)
        text += (text.ends_with('.') ? " " : ". ") + when_spoken(m_envelope->date, m_services.now()) + ". " + as_sentence(subject_text(m_envelope->subject));
    return text;
}

void MessageScreen::request(int photo_width, int photo_height)
{
    app().open_message(m_uid, photo_width, photo_height,
        m_lifetime.guard([this](ErrorOr<std::shared_ptr<const OpenedMessage>> opened) {
            if (opened.is_error()) {
                m_error = opened.error();
                m_services.say(m_error->message() + " " + tr("This e-mail can be read once it works again."));
                return;
            }
            m_message = opened.release_value();
            for (auto& photo : m_message->photos)
                m_photos.push_back(m_services.images().add(photo));
            m_paged_for = {};
            // Said as it is written under the words.
            if (auto notice = message_notice(*m_message); !notice.empty())
                m_services.say_next(notice);
        }));
}

void MessageScreen::read_aloud()
{
    if (m_reading) {
        m_services.stop_speaking();
        m_reading = false;
        return;
    }
    m_voice_error.reset();
    if (!m_message) {
        m_services.say(arrival_speech());
        return;
    }
    // From the page shown: a letter of many pages is not read from its beginning again.
    size_t from = m_page > 0 && m_page < m_pages.size() && m_pages[m_page].kind == MessagePage::Kind::Text ? m_pages[m_page].begin : 0;
    m_reading = true;
    m_services.read_aloud(read_aloud_text(m_message->content, sender(), m_services.now(), from), m_lifetime.guard([this](const SpeechEnd& end) {
        m_reading = false;
        if (end.kind != SpeechEnd::Kind::Failed)
            return;
        // Written where the words are, and said (the voice may fail on a letter, not on a short sentence).
        m_voice_error = end.error;
        m_services.say(end.error->message());
    }));
}

void MessageScreen::paginate(Ui& ui, const Rect& words)
{
    // The words in view stay in view when the room changes (a larger text, a button that got wider).
    std::optional<size_t> shown;
    if (!m_pages.empty() && m_pages[m_page].kind == MessagePage::Kind::Text && m_page > 0)
        shown = m_pages[m_page].begin;
    auto kind = m_pages.empty() ? MessagePage::Kind::Text : m_pages[m_page].kind;
    size_t beyond_text = 0;
    for (size_t i = 0; i < m_pages.size() && i < m_page; ++i)
        beyond_text += m_pages[i].kind != MessagePage::Kind::Text;
    m_pages = paginate_message(ui, m_message->content, words);
    m_paged_for = words;
    if (m_first_kind) {
        for (size_t i = 0; i < m_pages.size(); ++i) {
            if (m_pages[i].kind == *m_first_kind) {
                m_page = i;
                break;
            }
        }
        m_first_kind.reset();
    } else if (m_first_page) {
        m_page = std::min(*m_first_page, m_pages.size() - 1);
        m_first_page.reset();
    } else if (shown) {
        m_page = page_showing(m_pages, *shown);
    } else if (kind != MessagePage::Kind::Text) {
        // The same photo or the files: counted from the end, which does not move.
        size_t after = 0;
        for (auto& page : m_pages)
            after += page.kind == MessagePage::Kind::Text;
        m_page = std::min(m_pages.size() - 1, after + beyond_text);
    } else {
        m_page = 0;
    }
}

void MessageScreen::reply()
{
    if (!m_message)
        return;
    auto& content = m_message->content;
    Draft draft;
    draft.key = draft_key(content.from.address, content.message_id.empty() ? std::to_string(m_uid) : content.message_id);
    draft.to = { sender(), content.from.address };
    draft.reply_subject = content.subject;
    draft.in_reply_to = content.message_id;
    draft.references = content.references;
    m_services.navigator().open(std::make_unique<ComposeScreen>(m_services, context(), std::move(draft)));
}

void MessageScreen::print(const Attachment& attachment)
{
    if (!hooks().print_file)
        return;
    app().save_attachment(attachment, m_lifetime.guard([this](ErrorOr<std::string> path) {
        if (path.is_error()) {
            m_services.say(path.error().message());
            return;
        }
        m_services.navigator().open(hooks().print_file(m_services, path.value()));
    }));
}

void MessageScreen::draw_page(Ui& ui, const MessageLayout& layout, const std::vector<ButtonSpec>& actions, const MessagePage& page)
{
    auto& m = ui.metrics();
    auto& content = m_message->content;
    Rect body = layout.body;
    if (page.kind == MessagePage::Kind::Text) {
        if (content.text.empty()) {
            ui.text(body, tr("This e-mail has no words, only what comes with it."), FontRole::Large, SwatchRole::Page);
            return;
        }
        ui.text(body, std::string_view(content.text).substr(page.begin, page.end - page.begin), FontRole::Large, SwatchRole::Page);
        return;
    }
    if (page.kind == MessagePage::Kind::Photo) {
        bool printable = bool(hooks().print_file);
        Rect bar = body.take_bottom(m.button_height);
        Rect photo = photo_area(ui, layout, actions);
        if (page.photo < m_photos.size())
            ui.image(photo, m_photos[page.photo], m_services.images().width(m_photos[page.photo]), m_services.images().height(m_photos[page.photo]));
        auto caption = format(tr("Photo {number} of {count}"), { { "number", std::to_string(page.photo + 1) }, { "count", std::to_string(content.photos.size()) } });
        ui.text({ bar.x, bar.center().y - m.font(FontRole::Large) * 0.6f, bar.width, bar.height }, caption, FontRole::Large, SwatchRole::Page);
        auto label = tr("Print this photo");
        float w = ui.button_width(Icon::Print, label);
        if (printable && ui.button("email.print.photo", { bar.right() - w, bar.y, w, bar.height }, Icon::Print, label))
            print(content.photos[page.photo]);
        return;
    }
    // The files: one line each, with Print for what can be printed.
    float row_h = m.button_height;
    float y = body.y;
    ui.text({ body.x, y, body.width, m.font(FontRole::Large) * 1.2f }, tr("Documents with this e-mail:"), FontRole::Large, SwatchRole::Page);
    y += m.font(FontRole::Large) * 1.2f + m.gap / 2;
    for (size_t i = 0; i < content.attachments.size() && y + row_h <= body.bottom() + 0.5f; ++i) {
        auto& file = content.attachments[i];
        bool printable = hooks().print_file && printable_kind(file.filename).has_value();
        auto label = tr("Print");
        float button_w = printable ? ui.button_width(Icon::Print, label) : 0;
        ui.icon({ body.x + m.font(FontRole::SmallIcon) / 2, y + row_h / 2 }, Icon::Document, FontRole::SmallIcon, SwatchRole::Page);
        float x = body.x + m.font(FontRole::SmallIcon) + m.gap;
        auto size = megabytes_text(file.data.size());
        float size_w = ui.text_width(size, FontRole::Body);
        float name_w = body.right() - x - button_w - size_w - 3 * m.gap;
        ui.text({ x, y + (row_h - m.font(FontRole::Large) * 1.2f) / 2, name_w, row_h }, one_line(ui, file.filename, FontRole::Large, name_w), FontRole::Large, SwatchRole::Page);
        ui.text({ x + name_w + m.gap, y + (row_h - m.font(FontRole::Body) * 1.2f) / 2, size_w + 1, row_h }, size, FontRole::Body, SwatchRole::Page);
        if (printable && ui.button("email.print.file." + std::to_string(i), { body.right() - button_w, y, button_w, row_h }, Icon::Print, label))
            print(file);
        y += row_h + m.gap / 2;
    }
}

void MessageScreen::draw_header(Ui& ui, const MessageLayout& layout)
{
    // (No sender's row where a stranger's warning takes its place: see layout_message_for.)
    if (layout.picture.width > 0) {
        auto* shown_contact = contact();
        m_pictures.draw(ui, layout.picture, shown_contact, SwatchRole::Page);
        if (!shown_contact) {
            ui.fill(layout.picture, SwatchRole::Page);
            ui.icon(layout.picture.center(), Icon::Mail, FontRole::SmallIcon, SwatchRole::Page, layout.picture.height * 0.7f);
        }
    }
    std::time_t date = m_message && m_message->content.date ? m_message->content.date : m_envelope ? m_envelope->date
                                                                                                   : 0;
    auto when = date ? when_in_words(date, m_services.now()) : std::string {};
    Rect when_rect = layout.when;
    if (layout.name.height > 0) {
        // The date after the name on one row: the name gives way to it when the two are too long.
        float when_w = layout.when_after_name && !when.empty() ? ui.text_width(when, FontRole::Body) + 2 * ui.metrics().gap : 0;
        auto name = one_line(ui, sender(), FontRole::Large, layout.name.width - when_w);
        ui.text(layout.name, name, FontRole::Large, SwatchRole::Page);
        if (layout.when_after_name) {
            float x = layout.name.x + ui.text_width(name, FontRole::Large) + 2 * ui.metrics().gap;
            when_rect = { x, layout.when.y, layout.when.right() - x, layout.when.height };
        }
    }
    if (!when.empty() && when_rect.height > 0)
        ui.text(when_rect, when, FontRole::Body, SwatchRole::Page);
    ui.text(layout.subject, one_line(ui, subject_text(subject()), FontRole::Heading, layout.subject.width), FontRole::Heading, SwatchRole::Page);
}

void MessageScreen::draw(Ui& ui)
{
    follow_settings();
    auto& m = ui.metrics();
    bool can_reply = m_message && !m_message->content.from.address.empty() && app().settings().email.configured();
    auto buttons = message_buttons(can_reply, m_reading);
    // What comes with the message is written under its words (and spoken when it opened), or what the voice
    // said when it could not read it: their pages leave room.
    auto comes_with = m_voice_error ? m_voice_error->message() : m_message && !m_error ? message_notice(*m_message)
                                                                                       : std::string {};
    StrangerNotice notice;
    MessageLayout layout, words;
    Rect comes_with_rect;
    float subject_w = ui.text_width(subject_text(subject()), FontRole::Heading);
    auto lay_out = [&](size_t pages) {
        layout = layout_message_for(ui, buttons, ui.content(), sender_kind(), notice, pages, subject_w);
        words = layout;
        if (!comes_with.empty()) {
            comes_with_rect = words.body.take_bottom(panel_height(ui, comes_with, words.body.width, FontRole::Body));
            words.body.take_bottom(m.gap / 2);
        }
    };
    lay_out(m_pages.size());
    if (m_message && !m_error && (m_paged_for.width != words.body.width || m_paged_for.height != words.body.height)) {
        paginate(ui, words.body);
        // Laid out for as many pages as it has, the words may have another room: one page has no paging
        // bar, a long letter has the jumps. Once more settles it (one page stays one in more room; more pages
        // keep at least as many in less).
        lay_out(m_pages.size());
        if (m_paged_for.width != words.body.width || m_paged_for.height != words.body.height)
            paginate(ui, words.body);
    }
    bool photo_page = m_message && !m_error && m_pages[m_page].kind == MessagePage::Kind::Photo;
    // A photo page keeps its whole height (see photo_area): the warning is on the words' pages.
    if (!photo_page) {
        draw_stranger_notice(ui, notice);
        draw_header(ui, layout);
    }
    if (m_error) {
        auto text = m_error->message() + " " + tr("This e-mail can be read once it works again.");
        draw_panel(ui, { layout.body.x, layout.body.y, layout.body.width, panel_height(ui, text, layout.body.width) }, text, SwatchRole::Notice, Icon::Closed);
    } else if (!m_message) {
        ui.text({ layout.body.x, layout.body.center().y - m.font(FontRole::Large), layout.body.width, layout.body.height / 2 }, tr("Opening the e-mail…"),
            FontRole::Large, SwatchRole::Page, Align::Center);
    } else if (m_pages[m_page].kind == MessagePage::Kind::Text) {
        draw_page(ui, words, buttons, m_pages[m_page]);
        if (!comes_with.empty())
            draw_panel(ui, comes_with_rect, comes_with, SwatchRole::Notice, !m_voice_error && m_message->unreadable_photos.empty() ? Icon::Photo : Icon::Closed, FontRole::Body);
    } else {
        draw_page(ui, layout, buttons, m_pages[m_page]);
    }

    auto pressed = draw_button_row(ui, layout.actions, buttons);
    if (auto to = draw_page_jumps(ui, layout.paging, "email", m_page, m_pages.size())) {
        m_page = *to;
        m_services.say(page_text(m_page, m_pages.size()));
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
    if (pressed == "email.back")
        m_services.navigator().back();
    else if (pressed == "email.read")
        read_aloud();
    else if (pressed == "email.reply")
        reply();
}

}
