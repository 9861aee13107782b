// Every print screen fits at every screen size, text size and language, with its longest words.
#include "apps/print/add_printer_screen.hpp"
#include "apps/print/picker_screen.hpp"
#include "apps/print/preview_screen.hpp"
#include "apps/print/print_screen.hpp"
#include "apps/print/printer_screen.hpp"
#include "apps/print/progress_screen.hpp"
#include "tests/support/headless_ui.hpp"
#include "tests/support/layout_matrix.hpp"

#include <gtest/gtest.h>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

Supply ink(std::string colorant, std::optional<int> level)
{
    Supply supply;
    supply.kind = SupplyKind::Colorant;
    supply.colorant = std::move(colorant);
    supply.level = level;
    supply.color = Color::hex(0x000000);
    return supply;
}

PrinterSituation printer(std::vector<Supply> supplies, std::vector<std::string> reasons = {})
{
    PrinterSituation situation;
    situation.kind = PrinterSituation::Kind::Known;
    situation.queue.info = "HP OfficeJet Pro 9010 series";
    PrinterFacts facts;
    facts.state = DeviceState::Idle;
    facts.supplies = std::move(supplies);
    facts.reasons = std::move(reasons);
    situation.device = facts;
    return situation;
}

std::vector<Supply> four_inks(int black)
{
    return { ink("black", black), ink("cyan", 50), ink("magenta", 33), ink("yellow", 67) };
}

// The reports with the most words: a jam with a low ink (two sentences and an "also"), an empty ink, an
// unreachable printer, no printer, no printing at all.
std::vector<PrinterReport> hard_reports()
{
    std::vector<PrinterReport> reports;
    reports.push_back(describe_printer(printer(four_inks(60))));
    reports.push_back(describe_printer(printer(four_inks(5), { "media-jam", "media-low" })));
    reports.push_back(describe_printer(printer({ ink("black", 0), ink("cyan", 0), ink("light-magenta", 0), ink("yellow", 50) })));
    PrinterSituation unreachable;
    unreachable.kind = PrinterSituation::Kind::Known;
    unreachable.queue.info = "ColorJet";
    unreachable.unreachable = true;
    reports.push_back(describe_printer(unreachable));
    PrinterSituation none;
    none.kind = PrinterSituation::Kind::NoPrinter;
    reports.push_back(describe_printer(none));
    PrinterSituation broken;
    broken.kind = PrinterSituation::Kind::NoService;
    reports.push_back(describe_printer(broken));
    return reports;
}

PrintHooks all_hooks()
{
    // Every way out drawn, the e-mail ones included, as they will be once the e-mail app exists.
    PrintHooks hooks;
    hooks.open_help = [](Services&) { return std::unique_ptr<Screen> {}; };
    hooks.send_by_email = [](Services&, const PreparedPrint&) { return std::unique_ptr<Screen> {}; };
    hooks.choose_from_email = [](Services&) { return std::unique_ptr<Screen> {}; };
    return hooks;
}

class PrintLayoutTest : public LayoutMatrix {
protected:
    void SetUp() override
    {
        LayoutMatrix::SetUp();
        headless = std::make_unique<HeadlessUi>(screen().width, screen().height, text_size());
        auto& m = headless->metrics();
        content = Rect { 0, 0, screen().width, screen().height };
        content.take_top(m.title_bar);
        content = content.inset(m.margin);
    }
    void TearDown() override
    {
        headless.reset();
        LayoutMatrix::TearDown();
    }
    Ui& ui() { return headless->ui(); }
    std::string where() const
    {
        return std::to_string(int(screen().width)) + "x" + std::to_string(int(screen().height)) + " size " + std::to_string(int(text_size()));
    }

    std::unique_ptr<HeadlessUi> headless;
    Rect content;
};

}

TEST_P(PrintLayoutTest, PrintScreenFitsEveryState)
{
    // With the ways out of this version, and with the e-mail ones that will come (send by e-mail); the
    // third choice, "An e-mail", is checked below where it fits today.
    auto future = all_hooks();
    future.choose_from_email = {};
    for (auto& hooks : { PrintHooks {}, future }) {
        for (auto& report : hard_reports()) {
            auto tiles = print_home_tiles(report, hooks);
            auto buttons = print_home_buttons(report, hooks);
            auto layout = layout_print_home(ui(), report, tiles, buttons, content);
            EXPECT_TRUE(layout.fits) << where() << ": " << report.headline << " with " << tiles.size() << " tiles";
            EXPECT_TRUE(content.contains(layout.status)) << where();
            for (auto& button : layout.buttons.buttons)
                EXPECT_TRUE(content.contains(button)) << where();
        }
    }
}

// "An e-mail" as a third choice (once the e-mail app gives the hook) fits on wide screens, at every text
// size and in both languages. On 1280x1024 it does not in every state yet: the e-mail app must settle that
// when it adds the choice.
TEST(PrintLayout, AThirdChoiceFitsOnWideScreens)
{
    ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
    for (auto [width, height] : { std::pair { 1366.f, 768.f }, std::pair { 1920.f, 1080.f }, std::pair { 3840.f, 2160.f } }) {
        for (auto size : { TextSize::Normal, TextSize::Large, TextSize::Largest }) {
            for (auto language : { Language::French, Language::English }) {
                i18n::set_language(language);
                HeadlessUi headless(width, height, size);
                auto& m = headless.metrics();
                Rect content { 0, 0, width, height };
                content.take_top(m.title_bar);
                content = content.inset(m.margin);
                for (auto& report : hard_reports()) {
                    auto tiles = print_home_tiles(report, all_hooks());
                    auto buttons = print_home_buttons(report, all_hooks());
                    EXPECT_TRUE(layout_print_home(headless.ui(), report, tiles, buttons, content).fits)
                        << width << "x" << height << " size " << int(size) << ": " << report.headline;
                }
            }
        }
    }
    i18n::set_language(Language::English);
}

TEST_P(PrintLayoutTest, PrinterScreenFitsFourAndEightInks)
{
    std::vector<PrinterReport> reports {
        describe_printer(printer(four_inks(5), { "media-low" })),
        describe_printer(printer({ ink("black", 0), ink("photo-black", 40), ink("matte-black", 20), ink("cyan", 5), ink("light-cyan", 60),
            ink("magenta", 70), ink("light-magenta", std::nullopt), ink("yellow", 90) })),
    };
    for (auto& report : reports) {
        auto buttons = printer_screen_buttons(report, all_hooks());
        auto layout = layout_printer_screen(ui(), report, buttons, content);
        EXPECT_TRUE(layout.fits) << where() << ": " << report.inks.size() << " inks";
        for (auto& row : layout.gauges.rows) {
            EXPECT_TRUE(content.contains(row.label)) << where();
            EXPECT_TRUE(content.contains(row.level)) << where();
        }
    }
}

TEST_P(PrintLayoutTest, PickerKeepsThumbnailsLarge)
{
    auto layout = layout_picker(ui(), content);
    EXPECT_TRUE(layout.fits) << where();
    EXPECT_GE(layout.cells.size(), 3u) << where();
    // A thumbnail stays at least as tall as a fifth of the screen: something an old eye can recognise.
    EXPECT_GE(layout.cells.front().height, screen().height / 5) << where();
    for (auto& cell : layout.cells)
        EXPECT_TRUE(content.contains(cell)) << where();
    EXPECT_TRUE(content.contains(layout.next)) << where();
    EXPECT_GT(layout.previous.x, layout.back.right()) << where();
}

TEST_P(PrintLayoutTest, PreviewFitsPortraitAndLandscapeWithEveryWayOut)
{
    PaperSize a4;
    a4.top = a4.bottom = a4.left = a4.right = 500;
    PrintableFile file { "/x/Lettre de réclamation à la caisse de retraite.pdf", "Lettre de réclamation à la caisse de retraite",
        FileKind::Pdf, 0 };
    for (auto& placement : { place_picture(a4, 3000, 4000), place_picture(a4, 4000, 3000) }) {
        for (auto& report : hard_reports()) {
            auto buttons = preview_buttons(report, all_hooks(), true);
            auto layout = layout_preview(ui(), placement, preview_name(file, 12), report, buttons, content);
            EXPECT_TRUE(layout.fits) << where() << ": " << report.headline;
            EXPECT_TRUE(content.contains(layout.sheet)) << where();
            EXPECT_TRUE(layout.sheet.contains(layout.picture)) << where();
            for (auto& button : layout.buttons.buttons) {
                EXPECT_TRUE(content.contains(button)) << where();
                EXPECT_FALSE(button.intersects(layout.status)) << where();
            }
            if (layout.print.width > 0) {
                EXPECT_TRUE(content.contains(layout.print)) << where();
                EXPECT_FALSE(layout.print.intersects(layout.status)) << where();
            }
            if (layout.copies_shown) {
                EXPECT_TRUE(content.contains(layout.more)) << where();
                EXPECT_FALSE(layout.more.intersects(layout.status)) << where();
            }
            // The preview is never a thumbnail: it takes most of the screen's height or width (when printing
            // cannot work, the explanation may take more room).
            if (report.verdict != PrinterVerdict::Blocked) {
                EXPECT_GE(std::max(layout.sheet.height / content.height, layout.sheet.width / content.width), 0.55f) << where();
            }
        }
    }
}

TEST_P(PrintLayoutTest, ProgressFitsAStuckJobWithItsExplanation)
{
    auto report = hard_reports()[3];
    JobStatus stuck { 3, JobStage::Waiting, 0, true, 2 };
    auto text = job_text(stuck, PrintedThing::Document, 12, 5);
    auto buttons = progress_buttons(stuck, false, all_hooks());
    auto layout = layout_progress(ui(), text.headline, text.detail, &report, buttons, content);
    EXPECT_TRUE(layout.fits) << where();
    EXPECT_TRUE(content.contains(layout.status)) << where();
    JobStatus done { 3, JobStage::Done };
    auto done_text = job_text(done, PrintedThing::Photo, 1, 1);
    auto done_layout = layout_progress(ui(), done_text.headline, done_text.detail, nullptr, progress_buttons(done, false, all_hooks()), content);
    EXPECT_TRUE(done_layout.fits) << where();
}

TEST_P(PrintLayoutTest, AddPrinterFitsEveryStage)
{
    std::vector<std::string> printers { "HP OfficeJet Pro 9010 series", "Brother MFC-L2710DW series", "Canon PIXMA TS5150",
        "EPSON ET-2750 Series" };
    for (auto stage : { AddStage::Searching, AddStage::Found, AddStage::Adding, AddStage::Added, AddStage::Failed }) {
        auto message = add_printer_message(stage, printers.size(), printers[0],
            tr("This computer did not allow adding a printer. The person who installed it can do it, or call for help."));
        auto names = stage == AddStage::Found ? printers : std::vector<std::string> {};
        auto layout = layout_add_printer(ui(), message, names, add_printer_buttons(stage), content);
        EXPECT_TRUE(layout.fits) << where() << " stage " << int(stage);
        for (auto& row : layout.printers)
            EXPECT_TRUE(content.contains(row)) << where();
    }
}

INSTANTIATE_TEST_SUITE_P(AllSizes, PrintLayoutTest, every_layout_case(), layout_case_name);

TEST(PreviewButtons, AFileThatCannotBeReadWithTheWayBlockedStillHasBack)
{
    PrinterReport blocked;
    blocked.verdict = PrinterVerdict::Blocked;
    PrintHooks hooks;
    hooks.open_help = [](Services&) -> std::unique_ptr<Screen> { return nullptr; };
    auto buttons = preview_buttons(blocked, hooks, false);
    EXPECT_TRUE(std::any_of(buttons.begin(), buttons.end(), [](auto& button) { return button.id == "print.back"; })) << "no way back from a file that cannot be read";
}
