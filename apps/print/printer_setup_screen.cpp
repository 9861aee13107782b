// The setup's printer step, drawn with the setup's page shape and the print app's model.
#include "printer_setup_screen.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "add_printer_screen.hpp"
#include "print_widgets.hpp"

namespace Foyer {

PrinterSetupScreen::PrinterSetupScreen(Services& services, std::shared_ptr<SetupFlow> flow, PrintContext context)
    : SetupStep(services, std::move(flow), "setup.printer", N_("The printer"))
    , m_context(std::move(context))
    , m_viewer(m_context.app->watch(services.run_queue(), services.activity()))
{
}

bool PrinterSetupScreen::waiting_for_answers() const
{
    return m_context.app->situation().kind == PrinterSituation::Kind::Checking;
}

std::string PrinterSetupScreen::intro() const
{
    return tr("Switch the printer on. Foyer prints on this computer’s printer: print a test page to check that it works.");
}

std::string PrinterSetupScreen::test_page_text() const
{
    if (m_test_error)
        return m_test_error->message();
    if (!m_test_sent)
        return {};
    auto& job = m_context.app->job();
    if (!job)
        return tr("Sending the test page…");
    return job_text(*job, PrintedThing::Document, 1, 1).headline;
}

std::vector<FormRow> PrinterSetupScreen::rows()
{
    auto& situation = m_context.app->situation();
    return printer_setup_rows(describe_printer(situation), test_page_text(), m_test_error.has_value(),
        situation.kind == PrinterSituation::Kind::NoService);
}

std::vector<FormRow> printer_setup_rows(const PrinterReport& report, const std::string& test_page, bool test_failed, bool no_service)
{
    std::string state = report.headline;
    if (!report.advice.empty())
        state += " " + report.advice;
    std::vector<FormRow> rows { { .kind = FormRowKind::Note, .text = state, .swatch = swatch_for(report.verdict) } };
    // Without the printing service there is nothing to print on, and no printer to add yet: no button that
    // would only fail (nor "another" printer, when none is known).
    if (no_service) {
        if (!test_page.empty())
            rows.push_back({ .kind = FormRowKind::Note, .text = test_page, .swatch = test_failed ? SwatchRole::StatusBad : SwatchRole::Page });
        return rows;
    }
    std::vector<FormChoice> actions;
    if (!report.no_printer && report.verdict != PrinterVerdict::Checking)
        actions.push_back({ "setup.test_page", tr("Print a test page"), false, Icon::Print });
    actions.push_back({ "setup.add_printer", report.no_printer ? tr("Add a printer") : tr("Add another printer"), false, Icon::Add });
    rows.push_back({ .kind = FormRowKind::Actions, .choices = actions });
    if (!test_page.empty())
        rows.push_back({ .kind = FormRowKind::Note, .text = test_page, .swatch = test_failed ? SwatchRole::StatusBad : SwatchRole::Page });
    return rows;
}

void PrinterSetupScreen::on_press(const std::string& id)
{
    if (id == "setup.add_printer") {
        m_services.navigator().open(std::make_unique<AddPrinterScreen>(m_services, m_context));
        return;
    }
    if (id != "setup.test_page")
        return;
    m_test_sent = true;
    m_test_error.reset();
    m_said_stage.reset();
    m_services.say(tr("Sending the test page…"));
    std::vector<std::string> lines { tr("Foyer: test page"), tr("If you can read this page, printing works."),
        tr("Below, one square for each ink: black, cyan, magenta, yellow.") };
    m_context.app->print_test_page(lines, m_lifetime.guard([this](ErrorOr<int> sent) {
        if (sent.is_error()) {
            m_test_error = sent.error();
            m_services.say(sent.error().message());
        }
    }));
}

void PrinterSetupScreen::draw(Ui& ui)
{
    m_voice.on_draw(m_services, *m_context.app);
    // The test page's progress is said as it changes (sent, printing, printed), like the print app does.
    if (m_test_sent && m_context.app->job() && m_said_stage != m_context.app->job()->stage) {
        m_said_stage = m_context.app->job()->stage;
        auto text = job_text(*m_context.app->job(), PrintedThing::Document, 1, 1);
        m_services.activity().record("print", "test page: " + text.headline);
        m_services.say(text.spoken);
    }
    SetupStep::draw(ui);
}

SetupStepEntry printer_setup_step(PrintContext context)
{
    SetupStepEntry entry { "setup.printer", "printer", {},
        [context](Services& services, std::shared_ptr<SetupFlow> flow) -> std::unique_ptr<Screen> {
            return std::make_unique<PrinterSetupScreen>(services, std::move(flow), context);
        } };
    // The summary names the printer Foyer will use, as the print app sees it now (main thread).
    entry.summary = [context](const SetupDraft&) {
        auto& situation = context.app->situation();
        switch (situation.kind) {
        case PrinterSituation::Kind::Checking:
            return tr("Printer: still being looked for");
        case PrinterSituation::Kind::NoService:
            return tr("Printer: the printing service does not answer");
        case PrinterSituation::Kind::NoPrinter:
            return tr("Printer: none yet");
        case PrinterSituation::Kind::Known:
            break;
        }
        auto& name = situation.queue.info.empty() ? situation.queue.name : situation.queue.info;
        return format(tr("Printer: {name}"), { { "name", name } });
    };
    return entry;
}

SetupChapter printer_chapter()
{
    return { "printer", N_("The printer"), Icon::Print };
}

}
