// The closing steps: the family code, then the summary where everything is saved and the family is told
// how to come back.
#include "setup_steps.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "setup_step.hpp"

namespace Foyer {

namespace {

class FamilyCodeStep final : public SetupStep {
public:
    FamilyCodeStep(Services& services, std::shared_ptr<SetupFlow> flow)
        : SetupStep(services, std::move(flow), "setup.family_code", N_("The family code"))
    {
    }

    std::vector<FormRow> rows() override
    {
        return {
            { .kind = FormRowKind::Field, .id = "setup.code", .label = tr("Family code (4 to 8 digits)"), .value = &draft().family_code, .field_kind = TextFieldKind::SecretDigits },
            { .kind = FormRowKind::Field, .id = "setup.code_again", .label = tr("The same code again"), .value = &draft().family_code_again, .field_kind = TextFieldKind::SecretDigits },
        };
    }

private:
    std::string intro() const override
    {
        if (flow().code_required())
            return tr("Choose a code for the family. Foyer asks for it before anyone changes these settings or adds a printer, so "
                      "nothing changes by chance. Keep it somewhere safe.");
        return tr("To change the family code, type the new one twice. To keep the current code, leave both fields empty.");
    }
    std::string first_field() const override { return "setup.code"; }
    std::optional<DraftProblem> check() override { return check_family_code(draft(), flow().code_required()); }
};

class FinishStep final : public SetupStep {
public:
    FinishStep(Services& services, std::shared_ptr<SetupFlow> flow)
        : SetupStep(services, std::move(flow), "setup.finish", N_("Ready"))
    {
        SetupFlow& shared = this->flow();
        shared.set_on_saved([this](ErrorOr<void> result) {
            if (result.is_error()) {
                show_problem({ "setup.next", result.error() });
                return;
            }
            m_services.say(intro());
        });
    }

    ~FinishStep() override { flow().set_on_saved({}); }

    std::vector<FormRow> rows() override
    {
        // After a failed save the mistake takes the summary's place: what to do now matters more.
        if (flow().saved() || !problem_text().empty())
            return {};
        std::string lines;
        for (auto& line : flow().summary())
            lines += (lines.empty() ? "" : "\n") + line;
        return { { .kind = FormRowKind::Note, .text = lines, .swatch = SwatchRole::Notice } };
    }

    FormButton next_button() const override
    {
        if (flow().saved())
            return { "setup.start", tr("Start Foyer"), Icon::Home };
        return SetupStep::next_button();
    }

    FormButton back_button() const override
    {
        if (flow().saved())
            return {};
        return SetupStep::back_button();
    }

private:
    std::string intro() const override
    {
        if (flow().saved())
            return format(tr("Everything is saved: Foyer is ready for {name}. To change these settings later, press the Ctrl, Alt "
                             "and F keys together, then type the family code."),
                { { "name", senior_or_default(draft()) } });
        return tr("Here is what Foyer will use. Press Save to finish, or Back to change something.");
    }

    // Once saved, the button starts Foyer for the senior.
    bool on_next() override
    {
        if (!flow().saved())
            return false;
        m_services.navigator().go_home();
        return true;
    }
};

template<typename Step>
SetupStepEntry step(std::string id, std::string chapter)
{
    return { std::move(id), std::move(chapter), {},
        [](Services& services, std::shared_ptr<SetupFlow> flow) -> std::unique_ptr<Screen> { return std::make_unique<Step>(services, std::move(flow)); } };
}

}

SetupChapter family_code_chapter()
{
    return { "family_code", N_("The family code"), Icon::Family };
}

std::vector<SetupStepEntry> closing_steps()
{
    auto code = step<FamilyCodeStep>("setup.family_code", "family_code");
    code.summary = [](const SetupDraft& draft) { return draft.family_code.empty() ? tr("Family code: unchanged") : tr("Family code: chosen"); };
    return { code, step<FinishStep>("setup.finish", "") };
}

}
