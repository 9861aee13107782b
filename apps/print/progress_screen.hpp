// "Printing": what the printer is doing with the job, "Your photo is printed" said aloud at the end, and
// a job stuck for too long explained with one button to cancel it.
#pragma once

#include "print_step.hpp"
#include "print_widgets.hpp"

namespace Foyer {

struct ProgressLayout {
    Point icon;
    // Heading and large type, or large and body type when the words need more room.
    FontRole headline_role { FontRole::Heading };
    FontRole detail_role { FontRole::Large };
    Rect headline;
    Rect detail;
    Rect status;
    ButtonRowLayout buttons;
    bool fits { false };
};
// `status` is shown when the printer's state explains a problem (stuck or failed job); else null.
ProgressLayout layout_progress(const Ui&, const std::string& headline, const std::string& detail, const PrinterReport* status,
    const std::vector<ButtonSpec>&, const Rect& area);
std::vector<ButtonSpec> progress_buttons(const std::optional<JobStatus>&, bool send_failed, const PrintHooks&);

class ProgressScreen final : public PrintStep {
public:
    ProgressScreen(Services&, PrintContext, std::shared_ptr<const PreparedPrint>, int copies);

    std::string_view id() const override { return "print.progress"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;

private:
    JobText text() const;
    void on_button(const std::string&);

    std::shared_ptr<const PreparedPrint> m_prepared;
    int m_copies;
    std::optional<Error> m_send_error;
    // Cancelling failed: said, and shown in place of the advice, while the job stays on screen.
    std::optional<Error> m_cancel_error;
    uint64_t m_seen_revision { 0 };
    std::optional<JobStatus> m_said;
};

}
