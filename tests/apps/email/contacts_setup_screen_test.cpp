// The setup's list of the family's contacts shows each one's face beside their name: their photo when
// the family chose one, their initial otherwise, at every screen and text size.
#include "apps/email/email_samples.hpp"
#include "apps/email/email_setup_screen.hpp"
#include "apps/setup/setup_flow.hpp"
#include "shell/core/system/files.hpp"
#include "tests/apps/setup/fake_services.hpp"
#include "tests/support/headless_ui.hpp"
#include "tests/support/layout_matrix.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace Foyer;
using namespace Foyer::Testing;

using ContactsListTest = LayoutMatrix;

TEST_P(ContactsListTest, ShowsEachContactsPhotoBesideTheirName)
{
    auto screen = this->screen();
    HeadlessUi headless(screen.width, screen.height, text_size());
    auto& ui = headless.ui();
    auto& m = headless.metrics();
    Rect content { 0, 0, screen.width, screen.height };
    content.take_top(m.title_bar);
    content = content.inset(m.margin);

    FakeServices services;
    EmailOptions options;
    options.state_dir = temporary_directory("contacts-mail");
    options.config_dir = temporary_directory("contacts-config");
    options.home = temporary_directory("contacts-home");
    EmailContext email { std::make_shared<EmailApp>(options), std::make_shared<EmailHooks>() };
    auto photo = options.home + "/sophie.png";
    ASSERT_FALSE(write_file_atomically(photo, sample_photo(600, 400, 1), 0600).is_error());
    SetupDraft draft;
    draft.contacts = { { "Sophie", photo, "sophie.martin@example.org", "", {} }, { "Lucas", "", "", "https://meet.jit.si/Lucas-3Kp9", {} } };
    std::vector<SetupStepEntry> steps { contacts_setup_step(email) };
    auto flow = std::make_shared<SetupFlow>(services, steps, draft, SetupMode::Whole, true, [](const SetupDraft&, TaskRunner&, auto) {});
    ContactsSetupScreen list(services, flow, email);
    ASSERT_TRUE(services.run_until([&] { return !list.waiting_for_answers(); })) << "Sophie's photo never arrived";

    ui.set_content(content);
    DrawRecorder recorder;
    ui.set_recorder(&recorder);
    list.draw(ui);
    ui.set_recorder(nullptr);
    (void)ui.take_targets();

    // Sophie's photo beside her name and buttons, as tall as they are, its proportions kept.
    auto rows = list.rows();
    auto layout = layout_form(ui, list.intro_text(), rows, list.problem_text(), list.next_button(), list.back_button(), list.form_area(ui));
    ASSERT_TRUE(layout.fits);
    ASSERT_GE(layout.rows.size(), 2u);
    auto& face = layout.rows[0].picture;
    EXPECT_GE(face.height, m.button_height * 0.9f);
    EXPECT_TRUE(content.contains(face));
    for (auto& button : layout.rows[0].buttons)
        EXPECT_GE(button.x, face.right()) << "a button over Sophie's face";
    EXPECT_GE(layout.rows[0].label.x, face.right());
    // (Loaded at the size the screen draws photos, proportions kept.)
    auto pictures = std::count_if(recorder.elements.begin(), recorder.elements.end(), [](auto& element) { return element.kind == DrawnKind::Picture; });
    EXPECT_EQ(pictures, 1) << "Sophie's photo is not on the list";
    for (auto& element : recorder.elements)
        if (element.kind == DrawnKind::Picture)
            EXPECT_NEAR(element.size, face.width * 400 / 600, 1.f);
    // Lucas has no photo: his initial, on his square.
    EXPECT_GT(layout.rows[1].picture.height, 0);
    EXPECT_TRUE(std::any_of(recorder.elements.begin(), recorder.elements.end(),
        [](auto& element) { return element.kind == DrawnKind::Text && element.key == "L"; }))
        << "Lucas's initial is not on the list";
}

INSTANTIATE_TEST_SUITE_P(AllSizes, ContactsListTest, every_layout_case(), layout_case_name);
