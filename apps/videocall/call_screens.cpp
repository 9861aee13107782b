// Drawing the family's photos and the call's screen; every press goes to the CallService.
#include "call_screens.hpp"

#include "../../shell/core/cli.hpp"
#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/navigation/known_apps.hpp"
#include "../../shell/core/system/image.hpp"
#include "../../shell/core/system/log.hpp"
#include "../../shell/core/system/paths.hpp"
#include "../../shell/ui/ui.hpp"
#include "call_service.hpp"

#include <cmath>
#include <cstdlib>
#include <thread>

namespace Foyer {

namespace {

// "~/Images/a.jpg" and "photos/a.jpg" (beside the settings file) as full paths.
std::string photo_path(const std::string& photo)
{
    return expand_path(photo, config_dir());
}

}

Icon check_row_icon(CheckVerdict verdict)
{
    switch (verdict) {
    case CheckVerdict::Ok:
    case CheckVerdict::Fixed:
        return Icon::Open;
    case CheckVerdict::Problem:
        return Icon::Closed;
    case CheckVerdict::Unknown:
        // The check is over: it could not tell. An hourglass here would tell her to wait for nothing.
        return Icon::Unknown;
    }
    return Icon::None;
}

namespace {

const char* topic_words(CheckTopic topic)
{
    switch (topic) {
    case CheckTopic::Internet:
        return N_("The internet");
    case CheckTopic::Camera:
        return N_("The camera");
    case CheckTopic::Microphone:
        return N_("The microphone");
    case CheckTopic::Speakers:
        return N_("The sound");
    }
    return "";
}

// Buttons side by side, centred at the bottom of `area` (each as wide as its label).
struct Choice {
    std::string id;
    Icon icon;
    std::string label;
    SwatchRole role { SwatchRole::Button };
};

std::string draw_choices(Ui& ui, Rect& area, const std::vector<Choice>& choices)
{
    auto& m = ui.metrics();
    float total = 0;
    for (auto& choice : choices)
        total += ui.button_width(choice.icon, choice.label) + (total > 0 ? m.gap : 0);
    // Too wide for one line: one button per line, full width.
    bool stacked = total > area.width;
    std::string pressed;
    if (stacked) {
        for (auto it = choices.rbegin(); it != choices.rend(); ++it) {
            Rect rect = area.take_bottom(m.button_height);
            area.take_bottom(m.gap);
            if (ui.button(it->id, rect, it->icon, it->label, it->role))
                pressed = it->id;
        }
        return pressed;
    }
    Rect row = area.take_bottom(m.button_height);
    area.take_bottom(m.gap);
    float x = row.x + (row.width - total) / 2;
    for (auto& choice : choices) {
        float width = ui.button_width(choice.icon, choice.label);
        if (ui.button(choice.id, { x, row.y, width, row.height }, choice.icon, choice.label, choice.role))
            pressed = choice.id;
        x += width + m.gap;
    }
    return pressed;
}

}

ContactGridLayout layout_contact_grid(const Metrics& m, const Rect& area, size_t count, bool paged, float previous_width,
    float next_width)
{
    ContactGridLayout layout;
    layout.paged = paged;
    Rect rest = area;
    if (paged) {
        Rect row = rest.take_bottom(m.button_height);
        rest.take_bottom(m.gap);
        layout.previous = { row.x, row.y, previous_width, row.height };
        layout.next = { row.right() - next_width, row.y, next_width, row.height };
    }
    if (count == 0)
        return layout;
    size_t columns = count <= 3 ? count : (count + 1) / 2;
    size_t rows = count <= 3 ? 1 : 2;
    float width = (rest.width - m.gap * float(columns - 1)) / float(columns);
    float height = (rest.height - m.gap * float(rows - 1)) / float(rows);
    // Photos are portraits or squares: no taller than a little more than wide, and no wider than tall
    // (one or two people would otherwise get a strip as wide as the screen).
    height = std::min(height, width * 1.1f);
    width = std::min(width, height);
    float top = rest.y + (rest.height - (height * float(rows) + m.gap * float(rows - 1))) / 2;
    for (size_t i = 0; i < count; ++i) {
        size_t row = i / columns;
        size_t in_row = std::min(columns, count - row * columns);
        float row_width = width * float(in_row) + m.gap * float(in_row - 1);
        float left = rest.x + (rest.width - row_width) / 2;
        layout.tiles.push_back({ left + float(i % columns) * (width + m.gap), top + float(row) * (height + m.gap), width, height });
    }
    return layout;
}

FamilyPhotosScreen::FamilyPhotosScreen(Services& services)
    : m_services(services)
    , m_alive(std::make_shared<bool>(true))
{
    for (auto& contact : services.settings().contacts)
        if (contact.video.kind != VideoKind::None)
            m_contacts.push_back(contact);
    m_photos.resize(m_contacts.size());
    std::vector<std::pair<size_t, std::string>> paths;
    for (size_t i = 0; i < m_contacts.size(); ++i) {
        if (m_contacts[i].photo.empty())
            m_photos[i].loaded = true;
        else
            paths.push_back({ i, photo_path(m_contacts[i].photo) });
    }
    // Photos are read and scaled on a thread; each appears as soon as it is ready.
    // No more pixels than a tile can show: two thirds of the screen's height at most.
    auto screen = PixelSize::parse(services.screen_size());
    int side = screen ? std::max(256, screen->height * 2 / 3) : 720;
    m_loaders.emplace_back([this, paths, side, alive = m_alive](std::stop_token stop) {
        for (auto& [index, path] : paths) {
            if (stop.stop_requested())
                return;
            // Turned the way the phone was held (EXIF), then no larger than a tile needs.
            RgbaImage picture;
            auto read = read_picture(path);
            if (!read.is_error())
                picture = scale_to_fit(read.value(), side, side);
            else
                log_warning("videocall: the photo " + path + " cannot be shown: " + read.error().detail());
            m_services.run_queue().post([this, index, picture = std::move(picture), alive] {
                if (!*alive)
                    return;
                auto& photo = m_photos[index];
                photo.loaded = true;
                if (!picture.empty()) {
                    photo.image = m_services.images().add(picture);
                    photo.width = picture.width;
                    photo.height = picture.height;
                }
            });
        }
    });
}

FamilyPhotosScreen::~FamilyPhotosScreen()
{
    *m_alive = false;
    m_loaders.clear();
    for (auto& photo : m_photos)
        if (photo.image != no_image)
            m_services.images().remove(photo.image);
}

std::string FamilyPhotosScreen::title() const
{
    return tr("Call the family");
}

std::string FamilyPhotosScreen::arrival_speech() const
{
    if (m_contacts.empty())
        return title() + ". " + tr("There is no one to call yet. Your family can add the people you call.");
    return title() + ". " + tr("Press the photo of the person you want to see.");
}

bool FamilyPhotosScreen::waiting_for_answers() const
{
    for (auto& photo : m_photos)
        if (!photo.loaded)
            return true;
    return false;
}

void FamilyPhotosScreen::draw(Ui& ui)
{
    auto& m = ui.metrics();
    Rect area = ui.content();
    if (m_contacts.empty()) {
        float used = ui.text(area, tr("There is no one to call yet."), FontRole::Heading, SwatchRole::Page);
        area.take_top(used + m.gap);
        ui.text(area,
            tr("For the family: add the people to call in Foyer's settings file, ~/.config/foyer/foyer.toml, as "
               "[[contacts]] sections with a name, a photo and a video room (see foyer.example.toml)."),
            FontRole::Body, SwatchRole::Page);
        return;
    }
    size_t pages = (m_contacts.size() + contacts_per_page - 1) / contacts_per_page;
    m_page = std::min(m_page, pages - 1);
    size_t first = m_page * contacts_per_page;
    size_t count = std::min(contacts_per_page, m_contacts.size() - first);
    auto previous_label = tr("Previous");
    auto next_label = tr("More people");
    auto layout = layout_contact_grid(m, area, count, pages > 1, ui.button_width(Icon::Previous, previous_label),
        ui.button_width(Icon::Next, next_label));
    for (size_t i = 0; i < count; ++i) {
        auto& contact = m_contacts[first + i];
        auto& photo = m_photos[first + i];
        auto spoken = format(tr("Call {name}"), { { "name", contact.name } });
        if (ui.picture_tile("videocall.contact." + std::to_string(first + i), layout.tiles[i], photo.image, photo.width,
                photo.height, Icon::Person, contact.name, spoken, FontRole::Heading)) {
            m_services.activity().record("call", "contact " + contact.name);
            m_services.navigator().open(std::make_unique<CallScreen>(m_services, contact));
        }
    }
    if (layout.paged) {
        if (m_page > 0 && ui.button("videocall.previous", layout.previous, Icon::Previous, previous_label)) {
            --m_page;
            m_services.say(format(tr("Page {page} of {pages}."), { { "page", std::to_string(m_page + 1) }, { "pages", std::to_string(pages) } }));
        }
        if (m_page + 1 < pages && ui.button("videocall.next", layout.next, Icon::Next, next_label)) {
            ++m_page;
            m_services.say(format(tr("Page {page} of {pages}."), { { "page", std::to_string(m_page + 1) }, { "pages", std::to_string(pages) } }));
        }
    }
}

CallScreen::CallScreen(Services& services, Contact contact)
    : m_services(services)
    , m_contact(std::move(contact))
{
    if (auto* calls = service()) {
        calls->check(m_contact, [this, alive = m_alive](CallCheck check) {
            if (*alive)
                on_checked(std::move(check));
        });
    }
}

CallScreen::CallScreen(Services& services, Contact contact, Phase phase, CallCheck check, std::optional<Error> failure)
    : m_services(services)
    , m_contact(std::move(contact))
    , m_phase(phase)
    , m_check(std::move(check))
    , m_failure(std::move(failure))
    , m_live(false)
{
}

CallService* CallScreen::service() const
{
    return dynamic_cast<CallService*>(m_services.service("videocall"));
}

std::string CallScreen::title() const
{
    return format(tr("Calling {name}"), { { "name", m_contact.name } });
}

std::string CallScreen::arrival_speech() const
{
    switch (m_phase) {
    case Phase::Checking:
        return title() + ". " + tr("First I check the internet, the camera, the microphone and the sound.");
    case Phase::Problems:
        return title() + ". " + m_check.spoken() + " " + tr("You can call anyway.");
    case Phase::InCall:
        return title() + ". " + tr("To end the call, press the red Hang up bar at the bottom of the screen.");
    case Phase::Failed:
        return title() + ". " + tr("The call could not start.") + " " + (m_failure ? m_failure->message() : std::string {});
    }
    return title();
}

void CallScreen::on_checked(CallCheck check)
{
    m_check = std::move(check);
    m_services.activity().record("call", "checked in " + std::to_string(m_check.elapsed.count()) + " ms");
    if (m_check.has_problems()) {
        m_phase = Phase::Problems;
        m_services.say(m_check.spoken() + " " + tr("You can call anyway."));
        return;
    }
    // What Foyer fixed is said first; the call starts at once all the same.
    if (m_check.has_fixes())
        m_services.say(m_check.spoken());
    start_call();
}

void CallScreen::start_call()
{
    auto* calls = service();
    if (!calls)
        return;
    auto started = calls->start(m_contact, [this, alive = m_alive](CallEnd end) {
        if (*alive && end == CallEnd::FailedToStart)
            fail(Error::plain(N_("The program stopped at once. Try again, or call for help.")));
    });
    if (started.is_error()) {
        log_warning("videocall: " + started.error().detail());
        fail(started.error());
        return;
    }
    m_phase = Phase::InCall;
    auto words = tr("To end the call, press the red Hang up bar at the bottom of the screen.");
    if (m_check.has_fixes())
        m_services.say_next(words);
    else
        m_services.say(words);
}

void CallScreen::fail(const Error& error)
{
    m_phase = Phase::Failed;
    m_failure = error;
    m_services.activity().record("error", error.msgid());
    m_services.say(tr("The call could not start.") + " " + error.message());
}

float CallScreen::draw_check(Ui& ui, Rect area)
{
    auto& m = ui.metrics();
    struct Row {
        Icon icon;
        std::string text;
        // What is wrong stands out on red, so it is seen before it is read.
        SwatchRole swatch { SwatchRole::Page };
    };
    std::vector<Row> rows;
    if (m_phase == Phase::Checking || m_check.items.empty()) {
        for (auto topic : { CheckTopic::Internet, CheckTopic::Camera, CheckTopic::Microphone, CheckTopic::Speakers })
            rows.push_back({ Icon::Waiting, format(tr("{topic}: checking…"), { { "topic", tr(topic_words(topic)) } }) });
    } else {
        for (auto& item : m_check.items)
            rows.push_back({ check_row_icon(item.verdict), item.finding.text(),
                item.verdict == CheckVerdict::Problem ? SwatchRole::StatusBad : SwatchRole::Page });
    }
    // Large type when everything fits, stepped down otherwise (the largest text size on a small screen),
    // never smaller than at the next smaller text size unless nothing else fits.
    auto sizes = m.sizes_to_try({ FontRole::Large, FontRole::Body });
    for (float px : sizes) {
        float icon_px = px * 1.2f;
        // Less room around each line in smaller type: that is the type for when room is short.
        float pad = px >= m.font(FontRole::Large) ? m.gap / 2 : m.gap / 4;
        float text_width = area.width - icon_px - 3 * pad - m.gap;
        float total = 0;
        for (auto& row : rows)
            total += std::max(icon_px, ui.text_height(row.text, FontRole::Large, text_width, px)) + 2 * pad + m.gap / 2;
        if (total > area.height && px != sizes.back())
            continue;
        float y = area.y;
        for (auto& row : rows) {
            float height = std::max(icon_px, ui.text_height(row.text, FontRole::Large, text_width, px)) + 2 * pad;
            if (row.swatch != SwatchRole::Page)
                ui.fill({ area.x, y, area.width, height }, row.swatch);
            ui.icon({ area.x + pad + icon_px / 2, y + pad + icon_px / 2 }, row.icon, FontRole::SmallIcon, row.swatch, icon_px);
            ui.text({ area.x + 2 * pad + icon_px + m.gap, y + pad, text_width, height }, row.text, FontRole::Large, row.swatch, Align::Left, px);
            y += height + m.gap / 2;
        }
        return y - area.y;
    }
    return 0;
}

void CallScreen::draw(Ui& ui)
{
    auto& m = ui.metrics();
    Rect area = ui.content();
    switch (m_phase) {
    case Phase::Checking:
        draw_check(ui, area);
        return;
    case Phase::Problems: {
        std::vector<Choice> choices { { "videocall.anyway", Icon::VideoCall, tr("Call anyway") } };
        if (known_app("help") && m_services.service("help"))
            choices.push_back({ "videocall.help", Icon::Helpline, tr("Call for help") });
        auto pressed = draw_choices(ui, area, choices);
        draw_check(ui, area);
        if (pressed == "videocall.anyway")
            start_call();
        else if (pressed == "videocall.help")
            m_services.open_app("help");
        return;
    }
    case Phase::InCall: {
        float used = ui.text(area, format(tr("The call with {name} is open."), { { "name", m_contact.name } }), FontRole::Heading,
            SwatchRole::Page);
        area.take_top(used + m.gap);
        used = ui.text(area, tr("To end the call, press the red Hang up bar at the bottom of the screen."), FontRole::Large,
            SwatchRole::Page);
        area.take_top(used + m.gap);
        auto label = tr("Hang up");
        float width = std::min(area.width, std::max(ui.button_width(Icon::HangUp, label, FontRole::Heading), area.width / 2));
        float height = std::min(area.height, m.button_height * 1.6f);
        Rect button { area.center().x - width / 2, area.bottom() - height, width, height };
        if (ui.button("videocall.hangup", button, Icon::HangUp, label, SwatchRole::HangUp, FontRole::Heading)) {
            if (auto* calls = service())
                calls->hang_up();
        }
        return;
    }
    case Phase::Failed: {
        std::vector<Choice> choices { { "videocall.retry", Icon::VideoCall, tr("Try again") } };
        if (m_services.service("help"))
            choices.push_back({ "videocall.help", Icon::Helpline, tr("Call for help") });
        auto pressed = draw_choices(ui, area, choices);
        // A short headline first: what happened, before the why and what to do.
        float used = ui.text(area, tr("The call could not start."), FontRole::Heading, SwatchRole::Page);
        area.take_top(used + m.gap);
        auto message = m_failure ? m_failure->message() : std::string {};
        float height = std::min(area.height, ui.text_height(message, FontRole::Large, area.width - 2 * m.gap) + 2 * m.gap);
        Rect panel = area.take_top(height);
        ui.fill(panel, SwatchRole::StatusBad, true);
        ui.text(panel.inset(m.gap), message, FontRole::Large, SwatchRole::StatusBad);
        if (pressed == "videocall.retry" && m_live) {
            m_services.navigator().back();
            m_services.navigator().open(std::make_unique<CallScreen>(m_services, m_contact));
        } else if (pressed == "videocall.help") {
            m_services.open_app("help");
        }
        return;
    }
    }
}

}
