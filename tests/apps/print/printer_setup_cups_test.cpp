// The setup's printer step when the printing service (CUPS) does not answer: libcups pointed at a loopback
// port where nothing listens, as when cupsd is stopped. The step says so in plain words (not "restart the
// computer") and offers no button that would only fail, nor "another" printer.
#include "apps/print/print_app.hpp"
#include "apps/print/printer_setup_screen.hpp"
#include "apps/setup/setup_draft.hpp"
#include "shell/core/i18n/translate.hpp"
#include "tests/apps/setup/fake_services.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

using namespace Foyer;
using namespace Foyer::Testing;

TEST(PrinterSetupStep, APrintingServiceThatDoesNotAnswerIsSaidPlainlyWithNoButtonThatWouldFail)
{
    i18n::set_language(Language::English);
    FakeServices services;
    PrintOptions options;
    options.home = temporary_directory("print-home");
    options.server = { "127.0.0.1", unused_loopback_port() };
    PrintContext context { std::make_shared<PrintApp>(options), std::make_shared<PrintHooks>() };
    auto flow = std::make_shared<SetupFlow>(services, std::vector<SetupStepEntry> {}, draft_from(default_settings(), Language::English),
        SetupMode::Chapter, false, [](const SetupDraft&, TaskRunner&, auto) {});
    PrinterSetupScreen page(services, flow, context);
    ASSERT_TRUE(services.run_until([&] { return context.app->situation().kind != PrinterSituation::Kind::Checking; }));
    ASSERT_EQ(context.app->situation().kind, PrinterSituation::Kind::NoService);
    auto rows = page.rows();
    ASSERT_FALSE(rows.empty());
    EXPECT_NE(rows.front().text.find("The printing service of this computer does not answer."), std::string::npos) << rows.front().text;
    EXPECT_EQ(rows.front().text.find("Restart"), std::string::npos) << rows.front().text;
    for (auto& row : rows)
        EXPECT_TRUE(row.choices.empty()) << row.choices.front().label;
}
