// The help report's printer findings against a real private cupsd and a real ippeveprinter whose ink
// levels the test sets (RECIPES.md).
#include "apps/helpline/diagnosis/diagnosis.hpp"
#include "shell/core/i18n/translate.hpp"
#include "tests/apps/print/print_lab.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

const Finding* find(const std::vector<Finding>& findings, std::string_view id)
{
    for (auto& finding : findings)
        if (finding.id == id)
            return &finding;
    return nullptr;
}

}

TEST(PrinterDiagnosis, BlackInkEmptyThenLowThenAPrinterSwitchedOff)
{
    if (auto missing = PrintLab::missing_tools())
        GTEST_SKIP() << *missing;
    ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
    PrintLab lab;
    ASSERT_TRUE(lab.problem().empty()) << lab.problem();
    setenv("CUPS_SERVER", lab.cups_server().c_str(), 1);
    auto& printer = lab.start_printer("ColorJet");
    ASSERT_TRUE(lab.add_queue(printer, "ColorJet"));
    DiagnosisContext context;

    // ColorJet's supplies: waste, black, cyan, magenta, yellow.
    ASSERT_TRUE(lab.set_supplies(printer, { 10, 0, 50, 50, 50 }));
    auto findings = collect_printers(context, {});
    auto* ink = find(findings, "printer.ink");
    ASSERT_NE(ink, nullptr);
    EXPECT_EQ(ink->status, Verdict::Fail);
    EXPECT_EQ(ink->text_en, "The printer has no more black ink.");
    EXPECT_EQ(ink->text_fr, "L’imprimante n’a plus d’encre noire.");
    EXPECT_EQ(ink->details["source"], "printer") << "asked of the printer itself, not the queue's stale copy";
    ASSERT_NE(find(findings, "printer.default"), nullptr);
    EXPECT_EQ(find(findings, "printer.default")->status, Verdict::Ok);
    EXPECT_EQ(find(findings, "printer.jobs")->status, Verdict::Ok);

    ASSERT_TRUE(lab.set_supplies(printer, { 10, 5, 50, 50, 50 }));
    findings = collect_printers(context, {});
    EXPECT_EQ(find(findings, "printer.ink")->status, Verdict::Warn);
    EXPECT_EQ(find(findings, "printer.ink")->text_en, "The black ink is low (5 %).");

    lab.switch_off(printer);
    findings = collect_printers(context, {});
    ASSERT_NE(find(findings, "printer.state"), nullptr);
    EXPECT_EQ(find(findings, "printer.state")->status, Verdict::Fail);
    EXPECT_EQ(find(findings, "printer.state")->text_en, "The printer does not answer: it may be switched off.");
    unsetenv("CUPS_SERVER");
}
