// The helpline steps: the national helpline or another association, then that association's name and
// number, its hours (with what Foyer understood), and its helpdesk (helpdesk_step.cpp).
#include "setup_steps.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../helpline/helpline_text.hpp"
#include "helpdesk_step.hpp"
#include "hours_text.hpp"
#include "setup_step.hpp"

namespace Foyer {

namespace {

bool other_association(const SetupDraft& draft)
{
    return draft.helpline == HelplineChoice::Other;
}

std::string hours_in_words(const OpeningHours& hours)
{
    std::string text;
    for (auto& line : opening_hours_lines(hours))
        text += (text.empty() ? "" : " ") + line + (line.back() == '.' ? "" : ".");
    return text;
}

class HelplineStep final : public SetupStep {
public:
    HelplineStep(Services& services, std::shared_ptr<SetupFlow> flow)
        : SetupStep(services, std::move(flow), "setup.helpline", N_("The helpline"))
    {
    }

    std::vector<FormRow> rows() override
    {
        bool national = draft().helpline == HelplineChoice::National;
        auto line = national_helpline();
        std::vector<FormRow> rows { { .kind = FormRowKind::Choices,
            .choices = { { "setup.helpline.national", tr("Solidarité numérique"), national },
                { "setup.helpline.other", tr("Another association"), !national } } } };
        if (national) {
            rows.push_back({ .kind = FormRowKind::Note,
                .text = format(tr("Free national helpline, {number}. {hours}"), { { "number", line.number }, { "hours", hours_in_words(line.hours) } }),
                .swatch = SwatchRole::Notice });
        } else {
            rows.push_back({ .kind = FormRowKind::Note,
                // Only another association may have a helpdesk: the national line sends no picture of the screen.
                .text = tr("Next, write the association’s name, telephone number and hours, as it gave them to you. If it has a "
                           "helpdesk, Foyer can also send its helpers a picture of the screen."),
                .swatch = SwatchRole::Notice });
        }
        return rows;
    }

private:
    std::string intro() const override
    {
        // No gender: the setup does not know it ("Qui Jocelyne appelle-t-il ?" was wrong half the time). And no
        // promise of sending the screen here: only a line with a helpdesk offers it (said below for those).
        return format(tr("Which helpline for {name}? Foyer shows its number and says whether the line is open now."),
            { { "name", senior_or_default(draft()) } });
    }

    void on_press(const std::string& id) override
    {
        draft().helpline = id == "setup.helpline.other" ? HelplineChoice::Other : HelplineChoice::National;
        m_services.say(draft().helpline == HelplineChoice::Other ? tr("Another association") : tr("Solidarité numérique"));
    }

    std::optional<DraftProblem> check() override
    {
        // The national line needs nothing more; another association's details come in the next steps.
        if (draft().helpline == HelplineChoice::National)
            return apply_helpline_choice(draft());
        return std::nullopt;
    }
};

class AssociationStep final : public SetupStep {
public:
    AssociationStep(Services& services, std::shared_ptr<SetupFlow> flow)
        : SetupStep(services, std::move(flow), "setup.association", N_("The association"))
    {
    }

    std::vector<FormRow> rows() override
    {
        return {
            { .kind = FormRowKind::Field, .id = "setup.helpline_name", .label = tr("Name of the association"), .value = &draft().helpline_name },
            { .kind = FormRowKind::Field, .id = "setup.helpline_number", .label = tr("Its telephone number"), .value = &draft().helpline_number },
        };
    }

private:
    std::string intro() const override
    {
        return format(tr("Write the association’s name, as {name} knows it, and its telephone number."), { { "name", senior_or_default(draft()) } });
    }
    std::string first_field() const override { return "setup.helpline_name"; }
    std::optional<DraftProblem> check() override { return check_helpline_details(draft()); }
};

class HoursStep final : public SetupStep {
public:
    HoursStep(Services& services, std::shared_ptr<SetupFlow> flow)
        : SetupStep(services, std::move(flow), "setup.hours", N_("Opening hours"))
    {
    }

    std::vector<FormRow> rows() override
    {
        std::vector<FormRow> rows {
            { .kind = FormRowKind::Field, .id = "setup.helpline_hours", .label = tr("Days and hours"), .value = &draft().helpline_hours },
        };
        // What Foyer understood, as the help screen will say it, while the family types.
        auto hours = parse_hours_text(draft().helpline_hours);
        if (!hours.is_error()) {
            OpeningHours understood = draft().settings.helpline.hours;
            understood.weekly = hours.release_value();
            rows.push_back({ .kind = FormRowKind::Note,
                .text = format(tr("Foyer understands: {hours}"), { { "hours", hours_in_words(understood) } }),
                .swatch = SwatchRole::StatusGood });
        }
        return rows;
    }

private:
    std::string intro() const override
    {
        return tr("When can the association be called? Write the days, then the hours, such as: "
                  "monday-friday 9:00-12:00 14:00-18:00; saturday 9:00-12:00");
    }
    std::string first_field() const override { return "setup.helpline_hours"; }
    std::optional<DraftProblem> check() override { return check_helpline_hours(draft()); }
};

template<typename Step>
SetupStepEntry step(std::string id, std::function<bool(const SetupDraft&)> applies = {})
{
    return { std::move(id), "helpline", std::move(applies),
        [](Services& services, std::shared_ptr<SetupFlow> flow) -> std::unique_ptr<Screen> { return std::make_unique<Step>(services, std::move(flow)); } };
}

}

SetupChapter helpline_chapter()
{
    return { "helpline", N_("The helpline"), Icon::Helpline };
}

std::vector<SetupStepEntry> helpline_steps()
{
    auto choice = step<HelplineStep>("setup.helpline");
    choice.summary = [](const SetupDraft& draft) {
        auto& line = draft.settings.helpline;
        auto text = format(tr("Helpline: {name}, {number}"), { { "name", line.name }, { "number", line.number } });
        if (!line.helpdesk.empty())
            text += format(tr(", helpdesk {address}"), { { "address", line.helpdesk } });
        // The hours as the help screen will say them: a mistake there is seen now, not on the day of trouble.
        return text + "\n" + format(tr("Hours: {hours}"), { { "hours", hours_in_words(line.hours) } });
    };
    return {
        choice,
        step<AssociationStep>("setup.association", other_association),
        step<HoursStep>("setup.hours", other_association),
        step<HelpdeskStep>("setup.helpdesk", other_association),
    };
}

}
