// Every page of the setup and the family's screens fits at every screen size, text size and language,
// with the longest mistake shown, and every title fits in the title bar beside Help and Home.
#include "apps/email/account_test.hpp"
#include "apps/email/email_setup_screen.hpp"
#include "apps/setup/family_screens.hpp"
#include "apps/setup/helpdesk_check.hpp"
#include "apps/setup/setup_app.hpp"
#include "apps/setup/setup_step.hpp"
#include "shell/core/i18n/translate.hpp"
#include "tests/apps/setup/fake_services.hpp"
#include "tests/support/headless_ui.hpp"
#include "tests/support/layout_matrix.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <sys/stat.h>

using namespace Foyer;
using namespace Foyer::Testing;

using SetupLayoutTest = LayoutMatrix;

namespace {

Rect content_area(const Metrics& m, float width, float height)
{
    Rect content { 0, 0, width, height };
    content.take_top(m.title_bar);
    return content.inset(m.margin);
}

// The room the shell leaves for a title, beside Help and Home (shell_frame.cpp draws it so, a size smaller
// when it does not fit in the heading size).
float title_room(const Ui& ui, float width)
{
    auto& m = ui.metrics();
    Rect bar { 0, 0, width, m.title_bar };
    Rect inner = bar.inset(m.margin);
    return inner.width - ui.button_width(Icon::Home, tr("Home")) - m.gap - ui.button_width(Icon::Helpline, tr("Help")) - m.gap;
}

// The longest mistake each page can show (pages without a check show none).
// A stand-in pactl first on PATH while it lives, answering `get-default-sink` with `sink`.
class ScopedPactl {
public:
    explicit ScopedPactl(const std::string& sink)
        : m_old_path(std::getenv("PATH") ? std::getenv("PATH") : "")
    {
        auto dir = temporary_directory("pactl");
        write_text(dir + "/pactl", "#!/bin/sh\n[ \"$1\" = get-default-sink ] && echo '" + sink + "' && exit 0\nexit 1\n");
        chmod((dir + "/pactl").c_str(), 0755);
        setenv("PATH", (dir + ":" + m_old_path).c_str(), 1);
    }
    ~ScopedPactl() { setenv("PATH", m_old_path.c_str(), 1); }

private:
    std::string m_old_path;
};

std::optional<Error> longest_problem(std::string_view step)
{
    if (step == "setup.senior")
        return Error::plain(N_("Write the first name Foyer should greet, such as Marie-Martine."));
    if (step == "setup.association")
        return Error::plain(N_("“{value}” is not a telephone number. Write it with digits, as on a telephone, such as 01 23 45 67 89."), { { "value", "appelez le secrétariat svp merci" } });
    if (step == "setup.hours")
        return Error::plain(N_("Foyer did not understand the hours “{hours}”. Write them such as: 9:00-12:00 14:00-18:00."), { { "hours", "9h-12h30 puis 14h jusqu’à 18h30" } });
    if (step == "setup.helpdesk")
        return Error::plain(N_("“{value}” is not a secure web address: it must start with https://. Copy it exactly as the association gave it."), { { "value", "www.france-services-montreuil.example" } });
    if (step == "setup.family_code")
        return Error::plain(N_("This code is too easy to guess. Choose digits that do not follow each other and are not all the same."));
    if (step == "setup.email")
        return Error::plain(N_("This is not an e-mail address. It is written such as marie@orange.fr."));
    if (step == "setup.email_password")
        return Error::plain(N_("Type the e-mail password. For Gmail, it is an “app password” made in the Google account."));
    if (step == "setup.email_servers")
        return Error::plain(N_("“{value}” is not a server name: copy it without spaces, such as mail.example.fr."), { { "value", "serveur de messagerie" } });
    if (step == "setup.contact")
        return Error::plain(N_("A video link starts with https://: copy it whole, or leave it empty."));
    if (step == "setup.finish")
        return Error::plain(N_("Foyer could not save its files. The disk may be full: ask your family or the helpline."));
    return std::nullopt;
}

}

TEST_P(SetupLayoutTest, EveryStepFits)
{
    auto screen = this->screen();
    HeadlessUi headless(screen.width, screen.height, text_size());
    auto& ui = headless.ui();
    auto content = content_area(headless.metrics(), screen.width, screen.height);
    ui.set_content(content);
    FakeServices services;
    // With the e-mail app's steps and pages, as apps/apps.cpp gives them.
    EmailOptions options;
    options.state_dir = temporary_directory("layout-mail");
    options.config_dir = temporary_directory("layout-config");
    options.home = temporary_directory("layout-home");
    EmailContext email { std::make_shared<EmailApp>(options), std::make_shared<EmailHooks>() };
    SetupHooks hooks;
    hooks.app_steps = email_setup_steps();
    hooks.app_steps.push_back(contacts_setup_step(email));
    hooks.app_chapters = { email_chapter(), contacts_chapter() };
    hooks.sample_pages = email_setup_pages(email);
    auto app = std::make_shared<SetupApp>(std::move(hooks), SecretStore(temporary_directory("layout") + "/secrets"));
    size_t steps = 0;
    std::set<std::string> seen;
    for (auto& [id, make] : app->sample_screens()) {
        auto screen_ptr = make(services);
        ASSERT_TRUE(screen_ptr) << id;
        EXPECT_LE(ui.text_width(screen_ptr->title(), FontRole::Large), title_room(ui, screen.width)) << id << ": " << screen_ptr->title();
        auto* step = dynamic_cast<SetupStep*>(screen_ptr.get());
        if (!step)
            continue;
        ++steps;
        seen.insert(id);
        std::vector<std::optional<Error>> problems { std::nullopt };
        if (auto longest = longest_problem(id))
            problems.push_back(longest);
        for (auto& problem : problems) {
            // A fresh page each time, with the mistake shown as the family would see it.
            // The voice page also as it is when the computer has no sound output: a pactl that knows only
            // PulseAudio's stand-in loudspeaker, and the page kept until it has said so.
            std::optional<ScopedPactl> no_sound;
            if (id == "setup.voice" && !problem)
                no_sound.emplace("auto_null");
            auto page = make(services);
            auto* shown = dynamic_cast<SetupStep*>(page.get());
            if (no_sound)
                EXPECT_TRUE(services.run_until([&] {
                    auto now = shown->rows();
                    return std::any_of(now.begin(), now.end(), [](auto& row) { return row.swatch == SwatchRole::StatusBad; });
                })) << "the voice page never said there is no sound output";
            if (problem)
                shown->show_problem({ "setup.next", *problem });
            auto rows = shown->rows();
            // The password page with the longest answer of its Test button (shown until a mistake replaces it).
            if (id == "setup.email_password" && !problem) {
                AccountTestResult result { AccountVerdict::ServerNotFound, true, "imap.laposte.example.net:993", {} };
                rows.push_back({ .kind = FormRowKind::Note, .text = account_test_text(result, "La Poste"), .swatch = SwatchRole::StatusBad });
            }
            // The helpdesk page with the longest answer of its Test button, likewise.
            if (id == "setup.helpdesk" && !problem)
                rows.push_back({ .kind = FormRowKind::Note,
                    .text = helpdesk_check_text(HelpdeskVerdict::NotAHelpdesk, "https://www.france-services-montreuil.example"),
                    .swatch = SwatchRole::StatusBad });
            auto area = shown->form_area(ui);
            auto layout = layout_form(ui, shown->intro_text(), rows, shown->problem_text(), shown->next_button(), shown->back_button(), area);
            EXPECT_TRUE(layout.fits) << id << (problem ? " with a mistake" : "");
            EXPECT_GE(layout.intro_px, headless.metrics().font(FontRole::Body));
            for (auto& row : layout.rows) {
                EXPECT_TRUE(row.field.width == 0 || content.contains(row.field)) << id;
                for (auto& button : row.buttons)
                    EXPECT_TRUE(content.contains(button)) << id;
            }
            EXPECT_TRUE(content.contains(layout.next)) << id;
        }
        // Drawing it (with its text fields) works without a window.
        step->draw(ui);
    }
    EXPECT_GE(steps, 10u);
    for (auto id : { "setup.email", "setup.email_password", "setup.email_servers", "setup.contacts", "setup.contact" })
        EXPECT_TRUE(seen.contains(id)) << id;
}

TEST_P(SetupLayoutTest, AMistakeShownNeverMovesTheFields)
{
    auto screen = this->screen();
    HeadlessUi headless(screen.width, screen.height, text_size());
    auto& ui = headless.ui();
    ui.set_content(content_area(headless.metrics(), screen.width, screen.height));
    FakeServices services;
    EmailOptions options;
    options.state_dir = temporary_directory("layout-mail");
    options.config_dir = temporary_directory("layout-config");
    options.home = temporary_directory("layout-home");
    EmailContext email { std::make_shared<EmailApp>(options), std::make_shared<EmailHooks>() };
    SetupHooks hooks;
    hooks.app_steps = email_setup_steps();
    hooks.app_steps.push_back(contacts_setup_step(email));
    hooks.sample_pages = email_setup_pages(email);
    auto app = std::make_shared<SetupApp>(std::move(hooks), SecretStore(temporary_directory("layout") + "/secrets"));
    size_t checked = 0;
    for (auto& [id, make] : app->sample_screens()) {
        // The summary gives its place to a failed save on purpose: what to do now matters more.
        auto longest = longest_problem(id);
        if (!longest || id == "setup.finish")
            continue;
        auto page = make(services);
        auto* step = dynamic_cast<SetupStep*>(page.get());
        ASSERT_TRUE(step) << id;
        auto lay_out = [&] { return layout_form(ui, step->intro_text(), step->rows(), step->problem_text(), step->next_button(), step->back_button(), step->form_area(ui)); };
        auto without = lay_out();
        // Two lines are kept for a mistake (setup_form.cpp): one as long as that, at this size, moves nothing.
        float width = step->form_area(ui).width - 2 * ui.metrics().gap;
        if (ui.text_height(longest->message(), FontRole::Body, width) > ui.text_height("X\nX", FontRole::Body, width))
            continue;
        // A page too full to keep the place (the e-mail page, in the largest text on a 5:4 screen) gets
        // the mistake by moving up; every other page keeps it.
        if (without.problem_place.height == 0) {
            EXPECT_TRUE(text_size() == TextSize::Largest) << id << " keeps no place for a mistake";
            continue;
        }
        step->show_problem({ "setup.next", *longest });
        auto with = lay_out();
        ASSERT_EQ(without.rows.size(), with.rows.size()) << id;
        EXPECT_EQ(without.intro, with.intro) << id;
        for (size_t i = 0; i < with.rows.size(); ++i) {
            EXPECT_EQ(without.rows[i].field, with.rows[i].field) << id << " row " << i;
            EXPECT_EQ(without.rows[i].label, with.rows[i].label) << id << " row " << i;
            EXPECT_EQ(without.rows[i].buttons, with.rows[i].buttons) << id << " row " << i;
        }
        EXPECT_EQ(without.next, with.next) << id;
        ++checked;
    }
    EXPECT_GE(checked, 4u);
}

TEST_P(SetupLayoutTest, AMistakeGoesAsSoonAsTheFieldItNamesIsChanged)
{
    auto screen = this->screen();
    HeadlessUi headless(screen.width, screen.height, text_size());
    auto& ui = headless.ui();
    ui.set_content(content_area(headless.metrics(), screen.width, screen.height));
    FakeServices services;
    auto app = std::make_shared<SetupApp>(SetupHooks {}, SecretStore(temporary_directory("layout") + "/secrets"));
    for (auto& [id, make] : app->sample_screens()) {
        if (id != "setup.association")
            continue;
        auto page = make(services);
        auto* step = dynamic_cast<SetupStep*>(page.get());
        ASSERT_TRUE(step);
        step->show_problem({ "setup.helpline_number", Error::plain(N_("Write the association’s telephone number, such as 01 23 45 67 89.")) });
        step->draw(ui);
        EXPECT_FALSE(step->problem_text().empty()) << "shown until the family changes the field";
        // Another field changing leaves it.
        *step->rows()[0].value += " ";
        step->draw(ui);
        EXPECT_FALSE(step->problem_text().empty());
        *step->rows()[1].value += "0";
        step->draw(ui);
        EXPECT_TRUE(step->problem_text().empty()) << "the field it names was changed";
        return;
    }
    FAIL() << "no setup.association page";
}

TEST_P(SetupLayoutTest, TheFamilyLockAndMenuFit)
{
    auto screen = this->screen();
    HeadlessUi headless(screen.width, screen.height, text_size());
    auto& ui = headless.ui();
    auto content = content_area(headless.metrics(), screen.width, screen.height);
    FakeServices services;
    auto secrets = temporary_directory("layout") + "/secrets";
    auto app = std::make_shared<SetupApp>(SetupHooks { {}, { email_chapter(), contacts_chapter(), { "printer", "The printer", Icon::Print } } }, SecretStore(secrets));
    for (bool with_code : { false, true }) {
        if (with_code)
            write_text(secrets + "/family-code", "x");
        FamilyLockScreen lock(services, app, [](Services&) { return nullptr; });
        lock.set_problem(Error::plain(N_("Too many wrong codes. Wait {seconds} seconds, then try again."), { { "seconds", "600" } }));
        auto rows = lock.rows();
        EXPECT_EQ(rows.size(), with_code ? 1u : 0u);
        EXPECT_TRUE(layout_form(ui, lock.intro(), rows, lock.problem(), lock.next_button(), lock.back_button(), content).fits)
            << (with_code ? "with a code" : "without a code");
    }
    // The menu with every item a Foyer session offers, and the "saved" message.
    ::setenv("FOYER_SESSION", "kiosk", 1);
    FamilyMenuScreen menu(services, app);
    auto items = menu.items();
    ::unsetenv("FOYER_SESSION");
    EXPECT_EQ(items.size(), 11u);
    auto saved = format(tr("Saved: {part}."), { { "part", tr("Text size and colours") } });
    auto layout = layout_family_menu(ui, menu.intro(), saved, items, content);
    EXPECT_TRUE(layout.fits);
    for (auto& item : layout.items)
        EXPECT_TRUE(content.contains(item));
}

INSTANTIATE_TEST_SUITE_P(AllSizes, SetupLayoutTest, every_layout_case(), layout_case_name);
