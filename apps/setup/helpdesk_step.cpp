// The helpdesk page: the two fields, Test, and its answer below them (where it never moves a field).
#include "helpdesk_step.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/text/text.hpp"
#include "../email/account_test.hpp"

namespace Foyer {

HelpdeskStep::HelpdeskStep(Services& services, std::shared_ptr<SetupFlow> flow, std::function<bool()> internet)
    : SetupStep(services, std::move(flow), "setup.helpdesk", N_("The helpdesk"))
    , m_internet(internet ? std::move(internet) : std::function<bool()>(internet_answers))
{
}

std::string HelpdeskStep::intro() const
{
    return tr("If the association gave you a helpdesk address, “Show my screen to the helper” sends there. "
              "Otherwise, leave both fields empty.");
}

std::optional<DraftProblem> HelpdeskStep::check()
{
    return check_helpdesk(draft());
}

std::vector<FormRow> HelpdeskStep::rows()
{
    // The answer is about the address tested: once the family changes it, it no longer holds.
    if (!m_testing && m_verdict && draft().helpdesk != m_tested) {
        m_verdict.reset();
        m_test_text.clear();
    }
    std::vector<FormRow> rows {
        // Test beside the address it tests: a row of its own would not leave room for its answer at the largest text.
        // Its label stays while testing (the hourglass and the note below say it), so the field never changes width.
        { .kind = FormRowKind::Field,
            .id = "setup.helpdesk",
            .label = tr("Helpdesk address (https://…)"),
            .value = &draft().helpdesk,
            .choices = { { "setup.helpdesk.test", tr("Test"), false, m_testing ? Icon::Waiting : Icon::Internet } } },
        { .kind = FormRowKind::Field, .id = "setup.enrollment_code", .label = tr("Enrollment code, if there is one"), .value = &draft().enrollment_code },
    };
    // A mistake shown below replaces the last answer (there is room for one sentence of each kind).
    if (m_testing)
        rows.push_back({ .kind = FormRowKind::Note, .text = tr("Testing the helpdesk…"), .swatch = SwatchRole::Notice });
    else if (m_verdict && problem_text().empty())
        rows.push_back({ .kind = FormRowKind::Note,
            .text = m_test_text,
            .swatch = *m_verdict == HelpdeskVerdict::Answers ? SwatchRole::StatusGood : SwatchRole::StatusBad });
    return rows;
}

void HelpdeskStep::on_press(const std::string& id)
{
    if (id == "setup.helpdesk.test")
        start_test();
}

void HelpdeskStep::start_test()
{
    if (m_testing)
        return;
    if (trimmed(draft().helpdesk).empty()) {
        show_problem({ "setup.helpdesk", Error::plain(N_("Write the helpdesk address first, then press Test.")) });
        return;
    }
    // The same check as Next: a missing https:// is added, and the address tested is the one saved.
    if (auto problem = check()) {
        show_problem(std::move(*problem));
        return;
    }
    clear_problem();
    m_testing = true;
    m_verdict.reset();
    m_test_text.clear();
    m_tested = draft().helpdesk;
    m_services.say(tr("Testing the helpdesk…"));
    m_services.activity().record("setup", "testing the helpdesk " + m_tested);
    if (!m_worker)
        m_worker = std::make_unique<TaskRunner>(1);
    auto& queue = m_services.run_queue();
    auto address = m_tested;
    auto done = m_lifetime.guard([this, address](HelpdeskCheck check) {
        m_testing = false;
        if (check.verdict == HelpdeskVerdict::Stopped)
            return;
        m_verdict = check.verdict;
        m_test_text = helpdesk_check_text(check.verdict, address);
        m_services.activity().record("setup", "helpdesk test: " + check.detail);
        m_services.say(m_test_text);
    });
    // The helpline's own certificate authority, if it has one: the help report will be checked against it.
    auto ca_file = draft().settings.helpline.ca_file;
    m_worker->post([address, ca_file, internet = m_internet, &queue, done](std::stop_token stop) {
        auto check = check_helpdesk_answers(address, ca_file, stop, internet);
        queue.post([done, check = std::move(check)]() mutable { done(std::move(check)); });
    });
}

}
