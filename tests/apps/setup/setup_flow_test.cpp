// The walk through the setup, without a window: which steps apply, Next and Back, the live preview put
// back when the family leaves, and saving the settings and the family code.
#include "apps/setup/family_code.hpp"
#include "apps/setup/setup_flow.hpp"
#include "apps/setup/setup_steps.hpp"
#include "shell/core/i18n/translate.hpp"
#include "shell/core/settings/parse.hpp"
#include "shell/core/system/files.hpp"
#include "tests/apps/setup/fake_services.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

class StepScreen final : public Screen {
public:
    explicit StepScreen(std::string id, std::shared_ptr<SetupFlow> flow)
        : m_id(std::move(id))
        , m_flow(std::move(flow))
    {
    }
    std::string_view id() const override { return m_id; }
    std::string title() const override { return m_id; }
    void draw(Ui&) override { }

private:
    std::string m_id;
    std::shared_ptr<SetupFlow> m_flow;
};

SetupStepEntry step(std::string id, std::string chapter, std::function<bool(const SetupDraft&)> applies = {})
{
    return { id, chapter, std::move(applies), [id](Services&, std::shared_ptr<SetupFlow> flow) -> std::unique_ptr<Screen> {
                return std::make_unique<StepScreen>(id, std::move(flow));
            } };
}

std::vector<SetupStepEntry> steps()
{
    auto other = [](const SetupDraft& draft) { return draft.helpline == HelplineChoice::Other; };
    return { step("welcome", ""), step("senior", "senior"), step("helpline", "helpline"), step("association", "helpline", other),
        step("hours", "helpline", other), step("code", "code"), step("finish", "") };
}

// Saves as the setup app does: the code on the worker, then the settings.
SetupSaver saver(FakeServices& services, FamilyCode& code)
{
    return [&services, &code](const SetupDraft& draft, TaskRunner& worker, std::function<void(ErrorOr<void>)> done) {
        auto digits = draft.family_code;
        auto settings = draft.settings;
        worker.post([&services, &code, digits, settings, done](std::stop_token) {
            auto result = digits.empty() ? ErrorOr<void> {} : code.set(digits);
            services.run_queue().post([&services, settings, done, result] { done(result.is_error() ? result : services.save_settings(settings)); });
        });
    };
}

}

TEST(SetupFlowTest, WalksTheStepsThatApplyAndSavesAtTheEnd)
{
    FakeServices services;
    FamilyCode code { SecretStore(temporary_directory("flow") + "/secrets") };
    auto draft = draft_from(default_settings(), Language::French);
    auto flow = std::make_shared<SetupFlow>(services, steps(), draft, SetupMode::Whole, true, saver(services, code));
    flow->start();
    services.navigator().apply_pending();
    EXPECT_EQ(services.navigator().current().id(), "welcome");
    EXPECT_EQ(flow->count(), 5);
    EXPECT_EQ(flow->position("helpline"), 3);
    flow->next("welcome");
    flow->next("senior");
    services.navigator().apply_pending();
    EXPECT_EQ(services.navigator().current().id(), "helpline");
    // Choosing another association adds its steps.
    flow->draft().helpline = HelplineChoice::Other;
    EXPECT_EQ(flow->count(), 7);
    flow->next("helpline");
    services.navigator().apply_pending();
    EXPECT_EQ(services.navigator().current().id(), "association");
    flow->back("association");
    services.navigator().apply_pending();
    EXPECT_EQ(services.navigator().current().id(), "helpline");
    flow->draft().helpline = HelplineChoice::National;
    flow->next("helpline");
    flow->next("code");
    services.navigator().apply_pending();
    EXPECT_EQ(services.navigator().current().id(), "finish");
    EXPECT_TRUE(flow->saves_here("finish"));
    EXPECT_FALSE(flow->saves_here("code"));

    flow->draft().settings.senior_name = "Jocelyne";
    flow->draft().family_code = "2580";
    flow->next("finish");
    EXPECT_TRUE(flow->saving());
    ASSERT_TRUE(services.run_until([&] { return flow->saved(); }));
    EXPECT_EQ(services.saved.senior_name, "Jocelyne");
    EXPECT_TRUE(code.matches("2580"));
    // The whole setup stays on its summary, which now says Foyer is ready.
    EXPECT_EQ(services.navigator().current().id(), "finish");
}

TEST(SetupFlowTest, AChapterSavesOnItsLastStepAndGoesBackToTheMenu)
{
    FakeServices services;
    FamilyCode code { SecretStore(temporary_directory("flow") + "/secrets") };
    std::vector<SetupStepEntry> helpline;
    for (auto& entry : steps())
        if (entry.chapter == "helpline")
            helpline.push_back(entry);
    auto flow = std::make_shared<SetupFlow>(services, helpline, draft_from(default_settings(), Language::English), SetupMode::Chapter, false,
        saver(services, code));
    std::optional<bool> saved;
    flow->set_on_saved([&](ErrorOr<void> result) { saved = !result.is_error(); });
    services.navigator().open(std::make_unique<NoScreen>());
    services.navigator().apply_pending();
    auto depth = services.navigator().depth();
    flow->start();
    services.navigator().apply_pending();
    EXPECT_TRUE(flow->saves_here("helpline")) << "the national line: this one step is the whole chapter";
    flow->draft().helpline = HelplineChoice::Other;
    EXPECT_FALSE(flow->saves_here("helpline"));
    EXPECT_TRUE(flow->saves_here("hours"));
    flow->next("helpline");
    flow->next("association");
    flow->next("hours");
    ASSERT_TRUE(services.run_until([&] { return saved.has_value(); }));
    EXPECT_TRUE(*saved);
    services.navigator().apply_pending();
    EXPECT_EQ(services.navigator().depth(), depth) << "back on the menu";
    EXPECT_FALSE(code.is_set()) << "no code typed: none set";
}

TEST(SetupFlowTest, LeavingUnsavedPutsTheSavedSettingsBackAndKeepsTheDraft)
{
    FakeServices services;
    FamilyCode code { SecretStore(temporary_directory("flow") + "/secrets") };
    std::optional<SetupDraft> kept;
    {
        auto flow = std::make_shared<SetupFlow>(services, steps(), draft_from(default_settings(), Language::English), SetupMode::Whole, true,
            saver(services, code));
        flow->set_on_abandoned([&](SetupDraft draft, std::string) { kept = std::move(draft); });
        flow->start();
        services.navigator().apply_pending();
        flow->draft().settings.text_size = TextSize::Largest;
        flow->draft().senior_name = "Jean-Robert";
        flow->preview();
        EXPECT_EQ(services.settings().text_size, TextSize::Largest) << "seen at once";
        services.navigator().go_home();
        services.navigator().apply_pending();
    }
    EXPECT_EQ(services.settings().text_size, TextSize::Normal) << "the saved settings are back";
    EXPECT_EQ(services.saves, 0);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->senior_name, "Jean-Robert");
}

TEST(SetupSummary, TheHelplineLineSaysItsHours)
{
    i18n::set_language(Language::English);
    Foyer::Testing::FakeServices services;
    auto draft = draft_from(default_settings(), Language::English);
    draft.helpline = HelplineChoice::Other;
    draft.helpline_name = "France Services";
    draft.helpline_number = "01 48 70 60 00";
    draft.helpline_hours = "Tuesday to Thursday 2pm-5pm, Saturday 9:30am-12pm";
    ASSERT_FALSE(apply_helpline_choice(draft));
    auto flow = std::make_shared<SetupFlow>(services, helpline_steps(), draft, SetupMode::Whole, true, [](const SetupDraft&, TaskRunner&, auto) {});
    auto lines = flow->summary();
    ASSERT_FALSE(lines.empty());
    EXPECT_NE(lines[0].find("Helpline: France Services, 01 48 70 60 00\nHours: "), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find("Saturday"), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find("Tuesday"), std::string::npos) << lines[0];
}
