// The real foyer under Xvfb against a private cupsd and real ippeveprinter printers: what the senior sees
// and hears about the printer, printing a photo and a PDF by keyboard, a stuck job cancelled, idle when
// closed, and the family adding a printer.
#include "apps/setup/family_code.hpp"
#include "shell/core/system/files.hpp"
#include "shell/core/system/png.hpp"
#include "tests/apps/print/print_lab.hpp"
#include "tests/support/running_foyer.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <sys/stat.h>
#include <thread>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace {

// The swatch backgrounds of the light theme (shell/core/theme/theme.cpp) the state panel is drawn on.
constexpr uint32_t status_bad = 0xFBE1DC;
constexpr uint32_t notice = 0xFFF0B8;

class PrintScreens : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (auto missing = Xvfb::missing_tools())
            GTEST_SKIP() << *missing;
        if (auto missing = PrintLab::missing_tools())
            GTEST_SKIP() << *missing;
        lab = std::make_unique<PrintLab>();
        ASSERT_TRUE(lab->problem().empty()) << lab->problem();
        // foyer and its --screenshot inherit these: they print through the lab's cupsd.
        ::setenv("CUPS_SERVER", lab->cups_server().c_str(), 1);
        ::setenv("FOYER_PRINT_STUCK_SECONDS", "3", 1);
    }

    PrintLab::Printer& printer_with_queue(PrintLab::PrinterOptions options = {})
    {
        auto& printer = lab->start_printer("ColorJet", std::move(options));
        EXPECT_TRUE(lab->add_queue(printer, "Jet")) << lab->problem();
        return printer;
    }

    std::unique_ptr<RunningFoyer> start(int width, int height, std::vector<std::string> arguments = {})
    {
        auto foyer = std::make_unique<RunningFoyer>(width, height, std::move(arguments));
        EXPECT_TRUE(foyer->problem().empty()) << foyer->problem();
        return foyer;
    }

    // A real click on the home screen's Print tile, where the program's trace says it is.
    void open_print(RunningFoyer& foyer)
    {
        ASSERT_TRUE(foyer.press("tile.print")) << "no Print tile on the home screen\n"
                                               << foyer.trace();
        ASSERT_TRUE(foyer.wait_for_trace("screen print\n")) << foyer.trace();
        foyer.x().xdotool({ "mousemove", "0", "0" });
    }

    // Moves the keyboard focus with Tab until it rests on `target` (the trace says where it is), then
    // presses Enter, as a keyboard user does. RunningFoyer Tabs once the screen is drawn and keeps presses
    // apart (the shell ignores a second press within its repeat guard, shortened for tests).
    void press_after_tabs(RunningFoyer& foyer, const std::string& target)
    {
        ASSERT_TRUE(foyer.key_to(target)) << foyer.trace();
        ASSERT_TRUE(foyer.key("Return"));
        ASSERT_TRUE(foyer.wait_for_trace("activate " + target)) << foyer.trace();
    }

    size_t printer_requests(const PrintLab::Printer& printer) const
    {
        auto log = read_text(printer.log);
        size_t count = 0;
        for (size_t at = log.find("Get-Printer-Attributes"); at != std::string::npos; at = log.find("Get-Printer-Attributes", at + 1))
            ++count;
        return count;
    }

    // A picture for the senior's Pictures folder.
    static void put_photo(const std::string& path)
    {
        RgbaImage picture { 120, 80, std::vector<uint8_t>(120 * 80 * 4, 0) };
        for (size_t i = 0; i < picture.pixels.size(); i += 4) {
            picture.pixels[i] = 30;
            picture.pixels[i + 1] = 120;
            picture.pixels[i + 2] = 200;
            picture.pixels[i + 3] = 255;
        }
        std::filesystem::create_directories(std::filesystem::path(path).parent_path());
        ASSERT_FALSE(write_png(path, picture).is_error());
    }

    std::unique_ptr<PrintLab> lab;
};

}

TEST_F(PrintScreens, EmptyAndLowBlackInkAreShownAndSpoken)
{
    auto& printer = printer_with_queue();
    // ColorJet's supplies: waste, black, cyan, magenta, yellow.
    ASSERT_TRUE(lab->set_supplies(printer, { 25, 0, 50, 33, 67 }));
    auto foyer = start(1366, 768);
    open_print(*foyer);
    EXPECT_TRUE(foyer->wait_for_trace("say L’imprimante n’a plus d’encre noire. Il faut une nouvelle cartouche noire.")) << foyer->trace();
    EXPECT_TRUE(foyer->wait_for_trace("printer L’imprimante n’a plus d’encre noire.")) << foyer->trace();
    // On screen: the state panel in the "blocked" colour, and exactly what --screenshot draws with the
    // same printer (docs/screenshots/print-*.png are made that way).
    auto m = foyer->metrics();
    Point panel { m.margin + m.gap, m.title_bar + m.margin + m.gap };
    EXPECT_TRUE(eventually([&] { return foyer->grab().pixel(int(panel.x), int(panel.y)) == status_bad; })) << std::hex << foyer->grab().pixel(int(panel.x), int(panel.y));
    EXPECT_LT(foyer->difference_from_expected("print"), 0.001);

    // The level changes while the screen is open: it is seen and said within five seconds, unasked.
    ASSERT_TRUE(lab->set_supplies(printer, { 25, 5, 50, 33, 67 }));
    EXPECT_TRUE(foyer->wait_for_trace("say Il reste peu d’encre noire. Vous pouvez encore imprimer.", 1, 6s)) << foyer->trace();
    EXPECT_TRUE(eventually([&] { return foyer->grab().pixel(int(panel.x), int(panel.y)) == notice; }));

    // The printer's own screen gives every ink as a gauge and says the levels.
    press_after_tabs(*foyer, "print.printer");
    EXPECT_TRUE(foyer->wait_for_trace("say L’imprimante. Il reste peu d’encre noire.")) << foyer->trace();
    EXPECT_TRUE(foyer->wait_for_trace("Encre noire\u00a0: presque vide, 5 pour cent. Encre bleue (cyan)\u00a0: 50 pour cent.")) << foyer->trace();
}

TEST_F(PrintScreens, ClosedPrintingStaysIdleAndASwitchedOffPrinterIsSaidUnreachable)
{
    auto& printer = printer_with_queue();
    auto foyer = start(1366, 768);
    open_print(*foyer);
    ASSERT_TRUE(foyer->wait_for_trace("say L’imprimante est prête.")) << foyer->trace();

    // Home: printing is closed, and the printer is asked nothing more (it was, every few seconds). A
    // question already on its way when printing closed may still arrive: half a second for it, then
    // four and a half seconds of watching that nothing else does (staying idle can only be watched).
    ASSERT_TRUE(foyer->key("Escape"));
    ASSERT_TRUE(foyer->wait_for_trace("screen home", 2)) << foyer->trace();
    std::this_thread::sleep_for(500ms);
    auto requests = printer_requests(printer);
    auto trace = foyer->trace();
    std::this_thread::sleep_for(4500ms);
    EXPECT_EQ(printer_requests(printer), requests);
    EXPECT_EQ(foyer->trace(), trace) << "something happened while idle";

    // Back in printing, the printer is switched off: seen and said within a few seconds.
    open_print(*foyer);
    ASSERT_TRUE(foyer->wait_for_trace("say L’imprimante est prête.", 2)) << foyer->trace();
    lab->switch_off(printer);
    EXPECT_TRUE(foyer->wait_for_trace("say L’imprimante est éteinte, ou je n’arrive pas à la joindre. Vérifiez qu’elle est allumée", 1, 8s))
        << foyer->trace();
    EXPECT_TRUE(eventually([&] { return foyer->grab().pixel(int(foyer->metrics().margin + foyer->metrics().gap),
                                            int(foyer->metrics().title_bar + foyer->metrics().margin + foyer->metrics().gap))
                                     == status_bad; }));
}

TEST_F(PrintScreens, PrintsAPhotoAndAPdfAndSaysSo)
{
    auto& printer = printer_with_queue();
    auto foyer = start(1920, 1080, { "--lang", "en" });
    put_photo(foyer->home() + "/Pictures/Grandchildren.png");
    open_print(*foyer);
    ASSERT_TRUE(foyer->wait_for_trace("say The printer is ready.")) << foyer->trace();

    // A photo -> the first photo -> Print.
    press_after_tabs(*foyer, "print.tile.0");
    ASSERT_TRUE(foyer->wait_for_trace("say 1 photo, the newest first.")) << foyer->trace();
    press_after_tabs(*foyer, "print.file.0");
    ASSERT_TRUE(foyer->wait_for_trace("say This is how your photo will come out. 1 copy.")) << foyer->trace();
    // One more copy, then one fewer: the count is said each time.
    press_after_tabs(*foyer, "print.more");
    ASSERT_TRUE(foyer->wait_for_trace("say 2 copies")) << foyer->trace();
    press_after_tabs(*foyer, "print.more");
    ASSERT_TRUE(foyer->wait_for_trace("say 3 copies")) << foyer->trace();
    ASSERT_TRUE(foyer->key("shift+Tab"));
    ASSERT_TRUE(foyer->key("Return"));
    ASSERT_TRUE(foyer->wait_for_trace("say 2 copies", 2)) << foyer->trace();
    // From "fewer": "more", then Print (apart, above Back).
    press_after_tabs(*foyer, "print.print");
    ASSERT_TRUE(foyer->wait_for_trace("screen print.progress")) << foyer->trace();
    EXPECT_TRUE(foyer->wait_for_trace("say Your photo is printed.", 1, 20s)) << foyer->trace();
    ASSERT_TRUE(eventually([&] { return lab->spooled_files(printer).size() == 1; })) << printer.spool;

    // Print something else -> A document -> the PDF the printer just received -> Print.
    auto pdf = lab->spooled_files(printer).front();
    std::filesystem::create_directories(foyer->home() + "/Documents");
    std::filesystem::copy_file(pdf, foyer->home() + "/Documents/Letter.pdf");
    press_after_tabs(*foyer, "print.again");
    ASSERT_TRUE(foyer->wait_for_trace("screen print\n", 2)) << foyer->trace();
    press_after_tabs(*foyer, "print.tile.1");
    ASSERT_TRUE(foyer->wait_for_trace("say 1 document, the newest first.")) << foyer->trace();
    press_after_tabs(*foyer, "print.file.0");
    ASSERT_TRUE(foyer->wait_for_trace("say This is how your document will come out: 1 page. 1 copy.")) << foyer->trace();
    // Home, fewer, more, Print.
    press_after_tabs(*foyer, "print.print");
    EXPECT_TRUE(foyer->wait_for_trace("say Your document is printed.", 1, 20s)) << foyer->trace();
    ASSERT_TRUE(eventually([&] { return lab->spooled_files(printer).size() == 2; })) << printer.spool;
    for (auto& file : lab->spooled_files(printer))
        EXPECT_EQ(read_text(file).substr(0, 5), "%PDF-") << file;
}

TEST_F(PrintScreens, AStuckJobIsExplainedAndCancelledWithOneButton)
{
    auto sleeper = lab->directory() + "/never-finishes.sh";
    write_text(sleeper, "#!/bin/sh\nexec sleep 60\n");
    ::chmod(sleeper.c_str(), 0755);
    printer_with_queue({ sleeper });
    auto foyer = start(1366, 768, { "--lang", "en" });
    put_photo(foyer->home() + "/Pictures/Garden.png");
    open_print(*foyer);
    ASSERT_TRUE(foyer->wait_for_trace("say The printer is ready.")) << foyer->trace();
    press_after_tabs(*foyer, "print.tile.0");
    press_after_tabs(*foyer, "print.file.0");
    ASSERT_TRUE(foyer->wait_for_trace("say This is how your photo will come out.")) << foyer->trace();
    press_after_tabs(*foyer, "print.print");
    // FOYER_PRINT_STUCK_SECONDS=3 stands for the two minutes.
    ASSERT_TRUE(foyer->wait_for_trace("say Nothing has come out of the printer for 1 minute. You can cancel this printing", 1, 15s))
        << foyer->trace();
    press_after_tabs(*foyer, "print.cancel");
    EXPECT_TRUE(foyer->wait_for_trace("say Printing is cancelled.", 1, 15s)) << foyer->trace();
    EXPECT_NE(lab->lpstat({ "-W", "completed", "-o" }).find("Jet-1"), std::string::npos) << "CUPS no longer holds the job";
}

TEST_F(PrintScreens, TheFamilyAddsAPrinterFoundOnTheNetwork)
{
    auto& printer = lab->start_printer("ColorJet");
    lab->make_discoverable(printer);
    auto foyer = start(1366, 768);
    open_print(*foyer);
    ASSERT_TRUE(foyer->wait_for_trace("say Aucune imprimante n’est installée sur cet ordinateur.")) << foyer->trace();
    // Targets: Home, Call for help, For the family: add a printer. No family code was set up here, so the
    // family lock only asks "I am family, go on" (TheFamilyCodeGuardsAddingAPrinter has a code).
    press_after_tabs(*foyer, "print.add");
    ASSERT_TRUE(foyer->wait_for_trace("say Pour la famille. Cette partie est pour la famille ou une personne qui aide")) << foyer->trace();
    EXPECT_EQ(lab->lpstat({ "-v" }).find("ColorJet"), std::string::npos) << "nothing happens before the family goes on";
    press_after_tabs(*foyer, "family.go_on");
    ASSERT_TRUE(foyer->wait_for_trace("screen print.add")) << foyer->trace();
    ASSERT_TRUE(foyer->wait_for_trace("say J’ai trouvé cette imprimante.")) << foyer->trace();
    // The focused button has gone with the search: Tab starts again from Home.
    press_after_tabs(*foyer, "print.found.0");
    ASSERT_TRUE(foyer->wait_for_trace("say L’imprimante Test ColorJet est ajoutée.")) << foyer->trace();
    EXPECT_NE(lab->lpstat({ "-d" }).find("Test_ColorJet"), std::string::npos) << lab->lpstat({ "-d" });
    // Back to printing, which says at once that the printer is ready now.
    press_after_tabs(*foyer, "print.done");
    EXPECT_TRUE(foyer->wait_for_trace("say Imprimer. L’imprimante est prête.", 1, 8s)) << foyer->trace();
}

TEST_F(PrintScreens, TheFamilyCodeGuardsAddingAPrinter)
{
    auto foyer = start(1366, 768);
    ASSERT_FALSE(FamilyCode(SecretStore(foyer->home() + "/.config/foyer/secrets")).set("2580").is_error());
    open_print(*foyer);
    ASSERT_TRUE(foyer->wait_for_trace("say Aucune imprimante n’est installée sur cet ordinateur.")) << foyer->trace();
    press_after_tabs(*foyer, "print.add");
    ASSERT_TRUE(foyer->wait_for_trace("screen family.lock")) << foyer->trace();
    ASSERT_TRUE(foyer->type_into("family.code", "1397"));
    ASSERT_TRUE(foyer->key("Return"));
    ASSERT_TRUE(foyer->key("Return"));
    ASSERT_TRUE(foyer->wait_for_trace("say Ce n’est pas le code de la famille.")) << foyer->trace();
    EXPECT_EQ(foyer->count_in_trace("screen print.add"), 0u);
    ASSERT_TRUE(foyer->type_into("family.code", "2580"));
    ASSERT_TRUE(foyer->key("Return"));
    ASSERT_TRUE(foyer->key("Return"));
    ASSERT_TRUE(foyer->wait_for_trace("screen print.add")) << foyer->trace();
    // Back from adding goes to printing, not to the lock again.
    press_after_tabs(*foyer, "print.back");
    ASSERT_TRUE(foyer->wait_for_trace("screen print\n", 2)) << foyer->trace();
}

TEST_F(PrintScreens, TheSetupPrintsATestPage)
{
    auto& printer = printer_with_queue();
    auto foyer = start(1366, 768, { "--setup" });
    // --setup on a computer already set up (an empty settings file) and without a code: the family menu.
    ASSERT_TRUE(foyer->wait_for_trace("screen family.menu")) << foyer->trace();
    press_after_tabs(*foyer, "family.chapter.printer");
    ASSERT_TRUE(foyer->wait_for_trace("screen setup.printer")) << foyer->trace();
    ASSERT_TRUE(foyer->wait_for_trace("setup.test_page@")) << "the button appears once the printer answered\n"
                                                           << foyer->trace();
    press_after_tabs(*foyer, "setup.test_page");
    EXPECT_TRUE(foyer->wait_for_trace("say Votre document est imprimé.", 1, 20s)) << foyer->trace();
    ASSERT_TRUE(eventually([&] { return lab->spooled_files(printer).size() == 1; })) << printer.spool;
    EXPECT_EQ(read_text(lab->spooled_files(printer).front()).substr(0, 5), "%PDF-");
}
