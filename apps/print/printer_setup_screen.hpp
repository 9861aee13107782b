// The printer's step of the family setup: where the printer stands, a test page, and "Add a printer".
// The print app contributes it to the setup through apps/apps.cpp (SetupHooks).
#pragma once

#include "../setup/setup_step.hpp"
#include "print_step.hpp"

namespace Foyer {

class PrinterSetupScreen final : public SetupStep {
public:
    PrinterSetupScreen(Services&, std::shared_ptr<SetupFlow>, PrintContext);

    std::vector<FormRow> rows() override;
    bool waiting_for_answers() const override;
    void draw(Ui&) override;

private:
    std::string intro() const override;
    void on_press(const std::string&) override;
    // What the test page is doing, in words; empty before it is sent.
    std::string test_page_text() const;

    PrintContext m_context;
    PrintApp::Viewer m_viewer;
    StateVoice m_voice;
    bool m_test_sent { false };
    std::optional<Error> m_test_error;
    std::optional<JobStage> m_said_stage;
    Lifetime m_lifetime;
};

// The step's rows for a printer report and the test page's progress (empty before it is sent): where the
// printer stands, the test page and "Add a printer", and how the test page is doing.
// `no_service`: the printing service (CUPS) does not answer: no action is offered.
std::vector<FormRow> printer_setup_rows(const PrinterReport&, const std::string& test_page, bool test_failed, bool no_service = false);

SetupStepEntry printer_setup_step(PrintContext);
SetupChapter printer_chapter();

}
