// The setup's printer step fits with the longest printer state, both buttons and the test page's news.
#include "apps/print/printer_setup_screen.hpp"
#include "shell/core/i18n/translate.hpp"
#include "tests/support/headless_ui.hpp"
#include "tests/support/layout_matrix.hpp"

#include <gtest/gtest.h>

using namespace Foyer;
using namespace Foyer::Testing;

using PrinterSetupLayoutTest = LayoutMatrix;

TEST_P(PrinterSetupLayoutTest, FitsWithTheLongestStateAndTheTestPage)
{
    auto screen = this->screen();
    HeadlessUi headless(screen.width, screen.height, text_size());
    auto& m = headless.metrics();
    Rect content { 0, 0, screen.width, screen.height };
    content.take_top(m.title_bar);
    content = content.inset(m.margin);
    // A printer that is switched off: the longest headline and advice.
    PrinterSituation situation;
    situation.kind = PrinterSituation::Kind::Known;
    situation.queue.name = "Test_ColorJet";
    situation.unreachable = true;
    auto report = describe_printer(situation);
    ASSERT_FALSE(report.headline.empty());
    auto rows = printer_setup_rows(report, tr("Nothing has come out of the printer for 1 minute. You can cancel this printing"), true);
    FormButton next { "setup.next", tr("Next"), Icon::Next };
    FormButton back { "setup.back", tr("Back"), Icon::Back };
    auto intro = format(tr("Step {step} of {count}. {intro}"),
        { { "step", "10" }, { "count", "12" },
            { "intro", tr("Switch the printer on. Foyer prints on this computer’s printer: print a test page to check that it works.") } });
    EXPECT_TRUE(layout_form(headless.ui(), intro, rows, {}, next, back, content).fits);
}

INSTANTIATE_TEST_SUITE_P(AllSizes, PrinterSetupLayoutTest, every_layout_case(), layout_case_name);
