// What every setup step screen shares: its place in the flow, the page shape (setup_form), Next that checks
// the step first, Back, and a mistake said and shown with the focus put back in the field.
#pragma once

#include "../../shell/core/navigation/screen.hpp"
#include "../../shell/core/navigation/services.hpp"
#include "setup_flow.hpp"
#include "setup_form.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Foyer {

class SetupStep : public Screen {
public:
    // `title` is English, marked with N_().
    SetupStep(Services&, std::shared_ptr<SetupFlow>, std::string id, const char* title);

    std::string_view id() const override { return m_id; }
    std::string title() const override;
    // The title, then the intro (with "Step 3 of 10" in the whole setup).
    std::string arrival_speech() const override;
    void draw(Ui&) override;

    // What the page shows, for drawing and for the layout tests: the intro with the step's position, the
    // rows, and the buttons.
    std::string intro_text() const;
    virtual std::vector<FormRow> rows() = 0;
    virtual FormButton next_button() const;
    virtual FormButton back_button() const;
    // Where the form goes: the content, less a column at the left when the page has one (a contact's photo).
    Rect form_area(const Ui&) const;
    // The mistake shown now (empty: none).
    std::string problem_text() const { return m_problem ? m_problem->error.message() : std::string {}; }
    void show_problem(DraftProblem);

protected:
    virtual std::string intro() const = 0;
    // A choice or an action of rows() was pressed.
    virtual void on_press(const std::string&) { }
    // Next: the step's own check; a problem keeps the family here.
    virtual std::optional<DraftProblem> check() { return std::nullopt; }
    // The field that gets the keyboard on arrival, if any.
    virtual std::string first_field() const { return {}; }
    // A column at the left of the form, drawn by draw_side() (0: none).
    virtual float side_width(const Ui&) const { return 0; }
    virtual void draw_side(Ui&, const Rect&) { }
    // The picture of the row at `row` of rows() (FormRow::picture), in `square`.
    virtual void draw_picture(Ui&, size_t /*row*/, const Rect& /*square*/) { }
    Rect side_area(const Ui&) const;
    // Next was checked and is about to move on: a step may replace moving on (the summary, once saved).
    virtual bool on_next() { return false; }

    SetupFlow& flow() { return *m_flow; }
    const SetupFlow& flow() const { return *m_flow; }
    SetupDraft& draft() { return m_flow->draft(); }
    const SetupDraft& draft() const { return m_flow->draft(); }
    Services& services() { return m_services; }
    const Services& services() const { return m_services; }
    void clear_problem()
    {
        m_problem.reset();
        m_problem_value.reset();
    }

    Services& m_services;

private:
    std::shared_ptr<SetupFlow> m_flow;
    std::string m_id;
    const char* m_title;
    std::optional<DraftProblem> m_problem;
    // What the field the mistake names held when it was shown: once that changes, the mistake goes.
    std::optional<std::string> m_problem_value;
    std::optional<std::string> m_focus_request;
    bool m_arrived { false };
};

// "Marie-Martine", or "the senior" while no name is known: the setup's sentences name the person.
std::string senior_or_default(const SetupDraft&);

}
