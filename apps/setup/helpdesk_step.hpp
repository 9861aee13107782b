// The helpline's helpdesk page of the setup: its address and enrollment code, and a Test that asks the
// address whether it is a Foyer helpdesk, so a mistyped address is seen on the day of the setup.
#pragma once

#include "../../shell/core/system/lifetime.hpp"
#include "../../shell/core/system/task_runner.hpp"
#include "helpdesk_check.hpp"
#include "setup_step.hpp"

#include <functional>
#include <memory>
#include <optional>

namespace Foyer {

class HelpdeskStep final : public SetupStep {
public:
    // `internet`: whether names on the internet can be found at all (tests replace it).
    HelpdeskStep(Services&, std::shared_ptr<SetupFlow>, std::function<bool()> internet = {});

    std::vector<FormRow> rows() override;
    bool waiting_for_answers() const override { return m_testing; }

    // Test: the address as typed (checked first, https:// added), asked on a worker; the answer is shown and said.
    void start_test();
    bool testing() const { return m_testing; }
    std::optional<HelpdeskVerdict> test_verdict() const { return m_verdict; }
    // The last answer, in words (empty before the first test).
    const std::string& test_text() const { return m_test_text; }

private:
    std::string intro() const override;
    std::string first_field() const override { return "setup.helpdesk"; }
    void on_press(const std::string&) override;
    std::optional<DraftProblem> check() override;

    std::function<bool()> m_internet;
    bool m_testing { false };
    std::optional<HelpdeskVerdict> m_verdict;
    std::string m_test_text;
    // The address tested, to forget the answer when the family changes it.
    std::string m_tested;
    Lifetime m_lifetime;
    // Last: joined first (a test in progress gives up at once when the page goes).
    std::unique_ptr<TaskRunner> m_worker;
};

}
