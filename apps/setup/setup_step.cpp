// The shared behaviour of setup steps.
#include "setup_step.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/ui/ui.hpp"

namespace Foyer {

SetupStep::SetupStep(Services& services, std::shared_ptr<SetupFlow> flow, std::string id, const char* title)
    : m_services(services)
    , m_flow(std::move(flow))
    , m_id(std::move(id))
    , m_title(title)
{
}

std::string senior_or_default(const SetupDraft& draft)
{
    return draft.senior_name.empty() ? tr("the senior") : draft.senior_name;
}

std::string SetupStep::title() const
{
    return tr(m_title);
}

std::string SetupStep::intro_text() const
{
    // A page a step opens (one contact of the contacts' list) has no number of its own.
    if (flow().mode() != SetupMode::Whole || flow().count() <= 1 || flow().position(m_id) == 0)
        return intro();
    return format(tr("Step {step} of {count}. {intro}"),
        { { "step", std::to_string(flow().position(m_id)) }, { "count", std::to_string(flow().count()) }, { "intro", intro() } });
}

std::string SetupStep::arrival_speech() const
{
    return title() + ". " + intro_text();
}

FormButton SetupStep::next_button() const
{
    if (flow().saving())
        return { "setup.next", tr("Saving…"), Icon::Waiting };
    if (flow().saves_here(m_id))
        return { "setup.next", tr("Save"), Icon::Checked };
    return { "setup.next", trc("setup", "Next"), Icon::Next };
}

FormButton SetupStep::back_button() const
{
    // The first page of the whole setup has nowhere to go back to but home (the title bar's button).
    if (flow().mode() == SetupMode::Whole && flow().position(m_id) == 1)
        return {};
    return { "setup.back", tr("Back"), Icon::Back };
}

Rect SetupStep::form_area(const Ui& ui) const
{
    auto width = side_width(ui);
    Rect area = ui.content();
    if (width > 0)
        area.take_left(width + ui.metrics().gap);
    return area;
}

Rect SetupStep::side_area(const Ui& ui) const
{
    auto width = side_width(ui);
    Rect area = ui.content();
    return width > 0 ? area.take_left(width) : Rect {};
}

void SetupStep::show_problem(DraftProblem problem)
{
    m_services.say(problem.error.message());
    m_services.activity().record("setup", "problem " + problem.field + ": " + problem.error.message());
    m_focus_request = problem.field;
    m_problem_value.reset();
    for (auto& row : rows())
        if (row.id == problem.field && row.value)
            m_problem_value = *row.value;
    m_problem = std::move(problem);
}

void SetupStep::draw(Ui& ui)
{
    auto page_rows = rows();
    auto intro = intro_text();
    auto problem = problem_text();
    auto next = next_button();
    auto back = back_button();
    auto layout = layout_form(ui, intro, page_rows, problem, next, back, form_area(ui));
    if (auto side = side_area(ui); side.width > 0)
        draw_side(ui, side);
    if (!std::exchange(m_arrived, true) && !first_field().empty())
        ui.focus_on(first_field());
    if (auto field = std::exchange(m_focus_request, std::nullopt))
        ui.focus_on(*field);
    auto pressed = draw_form(ui, layout, intro, page_rows, problem, next, back);
    for (size_t i = 0; i < page_rows.size() && i < layout.rows.size(); ++i)
        if (page_rows[i].picture)
            draw_picture(ui, i, layout.rows[i].picture);
    // The family is correcting what the mistake names: it is no longer the mistake (and its place stays).
    if (m_problem && m_problem_value)
        for (auto& row : page_rows)
            if (row.id == m_problem->field && row.value && *row.value != *m_problem_value)
                clear_problem();
    // What was typed this frame goes to disk, and so does a choice pressed (below) at the next frame.
    flow().keep(m_id);
    if (pressed.empty() || flow().saving())
        return;
    if (pressed == "setup.next" || pressed == "setup.start") {
        if (auto found = check()) {
            show_problem(std::move(*found));
            return;
        }
        clear_problem();
        if (!on_next())
            flow().next(m_id);
    } else if (pressed == "setup.back") {
        flow().back(m_id);
    } else {
        on_press(pressed);
    }
}

}
