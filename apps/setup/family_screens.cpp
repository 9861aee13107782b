// The family lock and the family menu.
#include "family_screens.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/system/exit_codes.hpp"
#include "../../shell/ui/ui.hpp"

#include <cmath>
#include <cstdlib>

namespace Foyer {

std::string session_kind()
{
    const char* kind = std::getenv("FOYER_SESSION");
    return kind ? kind : "";
}

FamilyLockScreen::FamilyLockScreen(Services& services, std::shared_ptr<SetupApp> app, ScreenMaker then)
    : m_services(services)
    , m_app(std::move(app))
    , m_then(std::move(then))
    , m_has_code(m_app->code().is_set())
    , m_worker(std::make_unique<TaskRunner>(1))
{
}

std::string FamilyLockScreen::title() const
{
    return tr("For the family");
}

std::string FamilyLockScreen::intro() const
{
    if (m_has_code)
        return tr("This part is for the family. Type the family code, then press Go on. If you are not family, press Home.");
    return tr("This part is for the family or a helper: it changes how this computer works. If you are not sure, press Home.");
}

std::string FamilyLockScreen::arrival_speech() const
{
    return title() + ". " + intro();
}

std::vector<FormRow> FamilyLockScreen::rows()
{
    if (!m_has_code)
        return {};
    return { { .kind = FormRowKind::Field, .id = "family.code", .label = tr("Family code"), .value = &m_typed, .field_kind = TextFieldKind::SecretDigits } };
}

FormButton FamilyLockScreen::next_button() const
{
    if (m_checking)
        return { "family.go_on", tr("Checking…"), Icon::Waiting };
    return { "family.go_on", m_has_code ? tr("Go on") : tr("I am family, go on"), Icon::Next };
}

FormButton FamilyLockScreen::back_button() const
{
    return { "family.back", tr("Back"), Icon::Back };
}

void FamilyLockScreen::set_problem(Error problem)
{
    // The keyboard goes back to the code, for another try.
    m_refocus = m_has_code;
    m_services.say(problem.message());
    m_services.activity().record("family", "problem: " + problem.message());
    m_problem = std::move(problem);
}

void FamilyLockScreen::go_on()
{
    auto open_then = [this] {
        m_services.activity().record("family", "unlocked");
        // This screen gives its place to what it guarded, so Back from there does not come back here.
        auto& navigator = m_services.navigator();
        navigator.back();
        navigator.open(m_then(m_services));
    };
    if (!m_has_code) {
        open_then();
        return;
    }
    if (int wait = m_app->attempts().wait_seconds(CodeAttempts::Clock::now()); wait > 0) {
        set_problem(Error::plain(N_("Too many wrong codes. Wait {seconds} seconds, then try again."), { { "seconds", std::to_string(wait) } }));
        return;
    }
    if (m_typed.empty()) {
        set_problem(Error::plain(N_("Type the family code first, with the number keys.")));
        return;
    }
    m_checking = true;
    auto typed = std::exchange(m_typed, {});
    auto& queue = m_services.run_queue();
    std::weak_ptr<int> alive = m_alive;
    std::shared_ptr<SetupApp> app = m_app;
    m_worker->post([app, typed, &queue, alive, this, open_then](std::stop_token) {
        bool matches = app->code().matches(typed);
        queue.post([alive, matches, this, open_then] {
            if (!alive.lock())
                return;
            m_checking = false;
            if (matches) {
                m_app->attempts().succeeded();
                open_then();
                return;
            }
            m_app->attempts().failed(CodeAttempts::Clock::now());
            set_problem(Error::plain(N_("This is not the family code. Try again.")));
        });
    });
}

void FamilyLockScreen::draw(Ui& ui)
{
    auto page_rows = rows();
    auto text = intro();
    auto shown_problem = problem();
    auto next = next_button();
    auto back = back_button();
    auto layout = layout_form(ui, text, page_rows, shown_problem, next, back, ui.content());
    if ((!std::exchange(m_arrived, true) || std::exchange(m_refocus, false)) && m_has_code)
        ui.focus_on("family.code");
    auto pressed = draw_form(ui, layout, text, page_rows, shown_problem, next, back);
    if (m_checking)
        return;
    if (pressed == "family.go_on")
        go_on();
    else if (pressed == "family.back")
        m_services.navigator().back();
}

FamilyMenuLayout layout_family_menu(const Ui& ui, const std::string& intro, const std::string& message,
    const std::vector<FamilyMenuItem>& items, const Rect& area)
{
    auto& m = ui.metrics();
    FamilyMenuLayout layout;
    // Two columns in Large type, else in smaller type, else three columns; the words never smaller than at
    // the next smaller text size, unless nothing else fits.
    std::vector<std::pair<float, size_t>> tries;
    for (float px : m.sizes_to_try({ FontRole::Large, FontRole::Body }))
        for (size_t columns : { size_t(2), size_t(3) })
            if (columns == 2 || px < m.font(FontRole::Large))
                tries.push_back({ px, columns });
    for (auto [px, columns] : tries) {
        layout = {};
        layout.item_px = px;
        Rect rest = area;
        layout.intro = rest.take_top(ui.text_height(intro, FontRole::Body, rest.width));
        rest.take_top(m.gap / 2);
        if (!message.empty()) {
            layout.message = rest.take_top(ui.text_height(message, FontRole::Body, rest.width - m.gap) + m.gap);
            rest.take_top(m.gap / 2);
        }
        float height = px == m.font(FontRole::Large) ? m.button_height : std::round(px * 1.9f);
        size_t rows = (items.size() + columns - 1) / columns;
        float width = (rest.width - float(columns - 1) * m.gap) / float(columns);
        bool fits = float(rows) * height + float(rows ? rows - 1 : 0) * (m.gap / 2) <= rest.height + 0.5f;
        for (size_t i = 0; i < items.size(); ++i) {
            layout.items.push_back({ rest.x + float(i % columns) * (width + m.gap), rest.y + float(i / columns) * (height + m.gap / 2), width, height });
            fits = fits && ui.button_width(items[i].icon, items[i].label, FontRole::Large, px) <= width + 0.5f;
        }
        layout.fits = fits;
        if (fits)
            break;
    }
    return layout;
}

FamilyMenuScreen::FamilyMenuScreen(Services& services, std::shared_ptr<SetupApp> app)
    : m_services(services)
    , m_app(std::move(app))
{
}

std::string FamilyMenuScreen::title() const
{
    return tr("For the family");
}

std::string FamilyMenuScreen::intro() const
{
    if (m_services.safe_mode())
        return tr("Foyer is in safe mode after stopping several times. Check the settings, then press Restart Foyer.");
    return tr("Choose what to change. Each part is saved on its own.");
}

std::string FamilyMenuScreen::arrival_speech() const
{
    auto speech = title() + ". ";
    if (!m_message.empty())
        speech += m_message + " ";
    return speech + intro();
}

std::vector<FamilyMenuItem> FamilyMenuScreen::items() const
{
    std::vector<FamilyMenuItem> items;
    for (auto& chapter : m_app->chapters())
        items.push_back({ "family.chapter." + chapter.id, tr(chapter.title), chapter.icon });
    items.push_back({ "family.whole", tr("Set everything up again"), Icon::Next });
    auto kind = session_kind();
    // Only a supervisor starts Foyer again; started by hand, "restart" would only close it.
    if (!kind.empty())
        items.push_back({ "family.restart", tr("Restart Foyer"), Icon::Home });
    if (kind == "kiosk")
        items.push_back({ "family.leave", tr("Leave the Foyer session"), Icon::Close });
    return items;
}

void FamilyMenuScreen::on_press(const std::string& id)
{
    if (id == "family.whole") {
        m_app->start_whole(m_services);
    } else if (id == "family.restart") {
        m_services.end_session(ExitCode::restart);
    } else if (id == "family.leave") {
        m_services.end_session(ExitCode::leave_session);
    } else if (id.rfind("family.chapter.", 0) == 0) {
        auto chapter = id.substr(std::string_view("family.chapter.").size());
        std::string title;
        for (auto& known : m_app->chapters())
            if (known.id == chapter)
                title = tr(known.title);
        m_message.clear();
        std::weak_ptr<int> alive = m_alive;
        m_app->start_chapter(m_services, chapter, [this, alive, title](ErrorOr<void> result) {
            if (!alive.lock() || result.is_error())
                return;
            // Said when this menu comes back, after the chapter's screens are gone.
            m_message = format(tr("Saved: {part}."), { { "part", title } });
        });
    }
}

void FamilyMenuScreen::draw(Ui& ui)
{
    auto& m = ui.metrics();
    auto text = intro();
    auto menu = items();
    auto layout = layout_family_menu(ui, text, m_message, menu, ui.content());
    ui.text(layout.intro, text, FontRole::Body, SwatchRole::Page);
    if (!m_message.empty()) {
        ui.fill(layout.message, SwatchRole::StatusGood, true);
        ui.text(layout.message.inset(m.gap / 2), m_message, FontRole::Body, SwatchRole::StatusGood);
    }
    std::string pressed;
    for (size_t i = 0; i < menu.size() && i < layout.items.size(); ++i)
        if (ui.button(menu[i].id, layout.items[i], menu[i].icon, menu[i].label, SwatchRole::Tile, FontRole::Large, layout.item_px))
            pressed = menu[i].id;
    if (!pressed.empty())
        on_press(pressed);
}

}
