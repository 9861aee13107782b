// The printer's state in plain words: every situation a senior may meet, most blocking first.
#include "apps/print/printer_words.hpp"
#include "shell/core/i18n/translate.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

namespace {

Supply ink(std::string colorant, std::optional<int> level)
{
    Supply supply;
    supply.kind = SupplyKind::Colorant;
    supply.colorant = std::move(colorant);
    supply.level = level;
    return supply;
}

PrinterSituation known(PrinterFacts facts)
{
    PrinterSituation situation;
    situation.kind = PrinterSituation::Kind::Known;
    situation.queue.name = "Jet";
    situation.queue.info = "ColorJet";
    situation.queue.state = DeviceState::Idle;
    situation.device = std::move(facts);
    return situation;
}

PrinterFacts idle_with(std::vector<Supply> supplies, std::vector<std::string> reasons = {})
{
    PrinterFacts facts;
    facts.state = DeviceState::Idle;
    facts.supplies = std::move(supplies);
    facts.reasons = std::move(reasons);
    return facts;
}

std::vector<Supply> four_inks(int black)
{
    return { ink("black", black), ink("cyan", 50), ink("magenta", 33), ink("yellow", 67) };
}

class PrinterWords : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
        i18n::set_language(Language::English);
    }
    void TearDown() override { i18n::set_language(Language::English); }
};

}

TEST_F(PrinterWords, ReadyWhenNothingIsWrong)
{
    auto report = describe_printer(known(idle_with(four_inks(75))));
    EXPECT_EQ(report.verdict, PrinterVerdict::Ready);
    EXPECT_EQ(report.headline, "The printer is ready.");
    EXPECT_TRUE(report.advice.empty());
    EXPECT_TRUE(report.can_print());
    EXPECT_TRUE(report.ink_note.empty());
    ASSERT_EQ(report.inks.size(), 4u);
    EXPECT_EQ(report.inks[0].label, "Black ink");
    EXPECT_EQ(report.inks[0].level_text, "75%");
    EXPECT_EQ(report.inks[0].word, InkWord::Fine);
    EXPECT_EQ(report.printer_name, "ColorJet");
}

TEST_F(PrinterWords, BlackInkAtZeroIsEmptyAndBlocksPrinting)
{
    // The printer also says toner-empty-report, as ippeveprinter does.
    auto report = describe_printer(known(idle_with(four_inks(0), { "toner-empty" })));
    EXPECT_EQ(report.verdict, PrinterVerdict::Blocked);
    EXPECT_EQ(report.headline, "The printer has no more black ink.");
    EXPECT_EQ(report.advice, "A new black cartridge is needed.");
    EXPECT_EQ(report.inks[0].word, InkWord::Empty);
    EXPECT_EQ(report.inks[0].level_text, "Empty");
    EXPECT_EQ(report.inks[0].spoken, "Black ink: empty.");
    EXPECT_FALSE(report.can_print());
}

TEST_F(PrinterWords, BlackInkAtFiveIsLowAndPrintingStillWorks)
{
    auto report = describe_printer(known(idle_with(four_inks(5), { "toner-low" })));
    EXPECT_EQ(report.verdict, PrinterVerdict::Warning);
    EXPECT_EQ(report.headline, "The black ink is running low.");
    EXPECT_EQ(report.inks[0].word, InkWord::Low);
    EXPECT_EQ(report.inks[0].level_text, "Low: 5%");
    EXPECT_TRUE(report.can_print());
}

TEST_F(PrinterWords, AnEmptyReasonWithoutAZeroLevelBlamesTheLowestInk)
{
    auto report = describe_printer(known(idle_with({ ink("black", 60), ink("cyan", 3) }, { "marker-supply-empty" })));
    EXPECT_EQ(report.headline, "The printer has no more blue (cyan) ink.");
}

TEST_F(PrinterWords, SeveralEmptyInksAreNamedTogether)
{
    auto report = describe_printer(known(idle_with({ ink("black", 0), ink("cyan", 0), ink("yellow", 0), ink("magenta", 50) })));
    EXPECT_EQ(report.headline, "The printer has no more black, blue (cyan) and yellow ink.");
    EXPECT_EQ(report.advice, "New black, blue (cyan) and yellow cartridges are needed.");
}

// A senior knows blue and red; cyan and magenta are the printers' words, kept after the colour she sees
// because they are written on the cartridge to buy.
TEST_F(PrinterWords, CyanAndMagentaAreCalledBlueAndRedFirst)
{
    auto report = describe_printer(known(idle_with({ ink("cyan", 40), ink("magenta", 0), ink("light-cyan", 3), ink("light-magenta", 60) })));
    ASSERT_EQ(report.inks.size(), 4u);
    EXPECT_EQ(report.inks[0].label, "Blue ink (cyan)");
    EXPECT_EQ(report.inks[1].label, "Red ink (magenta)");
    EXPECT_EQ(report.inks[2].label, "Light blue ink (light cyan)");
    EXPECT_EQ(report.inks[3].label, "Light red ink (light magenta)");
    EXPECT_EQ(report.headline, "The printer has no more red (magenta) ink.");
    EXPECT_EQ(report.also, (std::vector<std::string> { "The light blue (light cyan) ink is running low." }));
    i18n::set_language(Language::French);
    auto french = describe_printer(known(idle_with({ ink("cyan", 0), ink("magenta", 0) })));
    i18n::set_language(Language::English);
    EXPECT_EQ(french.inks[0].label, "Encre bleue (cyan)");
    EXPECT_EQ(french.inks[1].label, "Encre rouge (magenta)");
    EXPECT_EQ(french.headline, "L’imprimante n’a plus d’encre bleue (cyan) et rouge (magenta).");
}

TEST_F(PrinterWords, WhenThePrinterGivesNoLevelsItSaysSo)
{
    auto report = describe_printer(known(idle_with({ ink("black", std::nullopt) })));
    EXPECT_EQ(report.verdict, PrinterVerdict::Ready);
    EXPECT_EQ(report.ink_note, "I can't tell how much ink is left.");
    EXPECT_EQ(report.inks[0].level_text, "Level unknown");
    auto nothing = describe_printer(known(idle_with({})));
    EXPECT_EQ(nothing.ink_note, "I can't tell how much ink is left.");
    EXPECT_TRUE(nothing.inks.empty());
}

TEST_F(PrinterWords, AnUnreachablePrinterIsSwitchedOffOrUnreachable)
{
    PrinterSituation situation;
    situation.kind = PrinterSituation::Kind::Known;
    situation.queue.info = "ColorJet";
    situation.unreachable = true;
    auto report = describe_printer(situation);
    EXPECT_EQ(report.verdict, PrinterVerdict::Blocked);
    EXPECT_EQ(report.headline, "The printer is switched off, or I can't reach it.");
    EXPECT_EQ(report.advice, "Check that it is switched on, then wait a moment.");
    // Old levels are not news: it says it cannot know.
    EXPECT_EQ(report.ink_note, "I can't tell how much ink is left.");
}

TEST_F(PrinterWords, PaperProblemsComeBeforeInk)
{
    auto jam = describe_printer(known(idle_with(four_inks(5), { "media-jam", "toner-low" })));
    EXPECT_EQ(jam.headline, "Paper is stuck in the printer.");
    EXPECT_EQ(jam.also, (std::vector<std::string> { "The black ink is running low." }));
    auto empty = describe_printer(known(idle_with(four_inks(80), { "media-empty" })));
    EXPECT_EQ(empty.headline, "The printer has no paper.");
    EXPECT_EQ(empty.advice, "Put paper in the tray.");
    auto door = describe_printer(known(idle_with(four_inks(80), { "cover-open" })));
    EXPECT_EQ(door.headline, "A door or a tray of the printer is open.");
}

TEST_F(PrinterWords, AFullWasteBoxBlocks)
{
    Supply waste;
    waste.kind = SupplyKind::Waste;
    waste.level = 100;
    auto report = describe_printer(known(idle_with({ ink("black", 50), waste })));
    EXPECT_EQ(report.headline, "The printer's box for used ink is full.");
    EXPECT_EQ(report.inks.size(), 1u) << "a waste box is not an ink to show";
}

TEST_F(PrinterWords, AStoppedPrinterWithAnUnknownErrorIsStillExplained)
{
    auto facts = idle_with(four_inks(80), { "other" });
    facts.state = DeviceState::Stopped;
    facts.error_reasons = { "other" };
    auto report = describe_printer(known(facts));
    EXPECT_EQ(report.verdict, PrinterVerdict::Blocked);
    EXPECT_EQ(report.headline, "The printer has stopped.");
}

TEST_F(PrinterWords, NoPrinterNeedsTheFamily)
{
    PrinterSituation situation;
    situation.kind = PrinterSituation::Kind::NoPrinter;
    auto report = describe_printer(situation);
    EXPECT_TRUE(report.no_printer);
    EXPECT_EQ(report.headline, "No printer is set up on this computer.");
    EXPECT_EQ(report.advice, "Your family can add one, or call for help.");
}

TEST_F(PrinterWords, WithoutCupsPrintingDoesNotWork)
{
    PrinterSituation situation;
    situation.kind = PrinterSituation::Kind::NoService;
    auto report = describe_printer(situation);
    EXPECT_EQ(report.verdict, PrinterVerdict::Blocked);
    EXPECT_FALSE(report.no_printer);
    EXPECT_EQ(report.headline, "The printing service of this computer does not answer.");
}

TEST_F(PrinterWords, QueueLevelsAreUsedWhenThePrinterCannotBeAsked)
{
    // A dnssd:// or usb:// queue: nobody to ask but CUPS, which remembers the levels of the last job.
    PrinterSituation situation;
    situation.kind = PrinterSituation::Kind::Known;
    situation.queue.info = "USB printer";
    situation.queue.supplies = { ink("black", 0) };
    auto report = describe_printer(situation);
    EXPECT_EQ(report.headline, "The printer has no more black ink.");
}

TEST_F(PrinterWords, SpokenWordsJoinHeadlineAndAdvice)
{
    auto report = describe_printer(known(idle_with(four_inks(0))));
    EXPECT_EQ(report.spoken(), "The printer has no more black ink. A new black cartridge is needed.");
}

TEST_F(PrinterWords, InFrench)
{
    i18n::set_language(Language::French);
    auto empty = describe_printer(known(idle_with(four_inks(0))));
    EXPECT_EQ(empty.headline, "L’imprimante n’a plus d’encre noire.");
    EXPECT_EQ(empty.inks[0].label, "Encre noire");
    EXPECT_EQ(empty.inks[0].level_text, "Vide");
    auto low = describe_printer(known(idle_with(four_inks(5))));
    EXPECT_EQ(low.headline, "Il reste peu d’encre noire.");
    EXPECT_EQ(low.inks[0].level_text, "Presque vide\u00A0: 5\u00A0%");
    auto two = describe_printer(known(idle_with({ ink("black", 0), ink("yellow", 0) })));
    EXPECT_EQ(two.headline, "L’imprimante n’a plus d’encre noire et jaune.");
    auto unknown = describe_printer(known(idle_with({})));
    EXPECT_EQ(unknown.ink_note, "Je ne peux pas savoir combien d’encre il reste.");
}
