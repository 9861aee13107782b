// The print model against a real private cupsd and real ippeveprinter printers on loopback, no window:
// reading the printer's own state and ink, printing into its spool, cancelling, discovering, adding.
#include "apps/print/cups_client.hpp"
#include "apps/print/documents.hpp"
#include "apps/print/print_app.hpp"
#include "apps/print/printer_words.hpp"
#include "shell/core/i18n/translate.hpp"
#include "shell/core/system/png.hpp"
#include "tests/apps/print/print_lab.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <sys/stat.h>
#include <thread>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace {

class CupsLab : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (auto missing = PrintLab::missing_tools())
            GTEST_SKIP() << *missing;
        lab = std::make_unique<PrintLab>();
        ASSERT_TRUE(lab->problem().empty()) << lab->problem();
        i18n::set_language(Language::English);
    }

    CupsServer server() const { return { "127.0.0.1", std::stoi(lab->cups_server().substr(lab->cups_server().find(':') + 1)) }; }
    CupsClient client() const { return CupsClient(server()); }

    PrintLab::Printer& printer_with_queue(PrintLab::PrinterOptions options = {})
    {
        auto& printer = lab->start_printer("ColorJet", std::move(options));
        EXPECT_TRUE(lab->problem().empty()) << lab->problem();
        EXPECT_TRUE(lab->add_queue(printer, "Jet")) << lab->problem();
        return printer;
    }

    PrinterReport report()
    {
        return describe_printer(client().read_situation({}));
    }

    // A one-page PDF of a photo, as the app makes it.
    std::string photo_pdf()
    {
        RgbaImage picture { 40, 30, std::vector<uint8_t>(40 * 30 * 4, 200) };
        PaperSize a4;
        a4.name = "iso_a4_210x297mm";
        auto path = temporary_directory("pdf") + "/photo.pdf";
        EXPECT_FALSE(write_photo_pdf(picture, place_picture(a4, 40, 30), path).is_error());
        return path;
    }

    JobState wait_for_job(int id, std::initializer_list<JobState> states)
    {
        JobState last = JobState::Pending;
        eventually([&] {
            auto facts = client().read_job(id, {});
            if (facts.is_error())
                return false;
            last = facts.value().state;
            return std::find(states.begin(), states.end(), last) != states.end();
        },
            20s);
        return last;
    }

    std::unique_ptr<PrintLab> lab;
};

}

TEST_F(CupsLab, WithoutAQueueThereIsNoPrinter)
{
    auto situation = client().read_situation({});
    EXPECT_EQ(situation.kind, PrinterSituation::Kind::NoPrinter);
}

TEST_F(CupsLab, WithoutCupsPrintingDoesNotWork)
{
    auto situation = CupsClient({ "127.0.0.1", free_port() }).read_situation({});
    EXPECT_EQ(situation.kind, PrinterSituation::Kind::NoService);
}

TEST_F(CupsLab, AsksThePrinterItselfForItsInk)
{
    auto& printer = printer_with_queue();
    auto situation = client().read_situation({});
    ASSERT_EQ(situation.kind, PrinterSituation::Kind::Known);
    EXPECT_EQ(situation.queue.name, "Jet");
    EXPECT_EQ(situation.queue.device_uri, printer.uri());
    ASSERT_TRUE(situation.device.has_value()) << "the printer's own address was not asked";
    EXPECT_FALSE(situation.unreachable);
    EXPECT_GT(situation.queue.paper.width, 0);

    // ColorJet's supplies: waste, black, cyan, magenta, yellow.
    ASSERT_TRUE(lab->set_supplies(printer, { 25, 0, 50, 33, 67 }));
    auto empty = report();
    EXPECT_EQ(empty.verdict, PrinterVerdict::Blocked);
    EXPECT_EQ(empty.headline, "The printer has no more black ink.");
    ASSERT_EQ(empty.inks.size(), 4u);
    EXPECT_EQ(empty.inks[0].label, "Black ink");
    EXPECT_EQ(empty.inks[0].word, InkWord::Empty);

    ASSERT_TRUE(lab->set_supplies(printer, { 25, 5, 50, 33, 67 }));
    auto low = report();
    EXPECT_EQ(low.verdict, PrinterVerdict::Warning);
    EXPECT_EQ(low.headline, "The black ink is running low.");
    EXPECT_EQ(low.inks[0].level_text, "Low: 5%");

    ASSERT_TRUE(lab->set_supplies(printer, { 25, 80, 50, 33, 67 }));
    EXPECT_EQ(report().headline, "The printer is ready.");
}

TEST_F(CupsLab, ASwitchedOffPrinterIsUnreachable)
{
    auto& printer = printer_with_queue();
    lab->switch_off(printer);
    auto situation = client().read_situation({});
    EXPECT_TRUE(situation.unreachable);
    EXPECT_EQ(describe_printer(situation).headline, "The printer is switched off, or I can't reach it.");
}

TEST_F(CupsLab, AHungPrinterNeverHoldsAWorkerPastItsStop)
{
    auto& printer = printer_with_queue();
    // Frozen: the kernel still accepts connections, nothing ever answers.
    printer.process->signal(SIGSTOP);
    std::stop_source stop;
    auto started = std::chrono::steady_clock::now();
    std::thread stopper([&] {
        std::this_thread::sleep_for(300ms);
        stop.request_stop();
    });
    auto situation = client().read_situation(stop.get_token());
    auto took = std::chrono::steady_clock::now() - started;
    stopper.join();
    printer.process->signal(SIGCONT);
    // libcups checks between waits of up to a second (it waits that long for "100 Continue").
    EXPECT_LT(took, 2500ms) << "a worker asked to stop must let go within a moment";
    EXPECT_FALSE(situation.device.has_value());
}

TEST_F(CupsLab, PrintsAPhotoAndAPdfIntoThePrintersSpool)
{
    auto& printer = printer_with_queue();
    auto pdf = photo_pdf();
    JobRequest photo { "Jet", pdf, "Photo de Noël", 1, { { "print-scaling", "none" } } };
    auto first = client().submit(photo, {});
    ASSERT_FALSE(first.is_error()) << first.error().detail();
    JobRequest document { "Jet", pdf, "Lettre", 2, { { "print-scaling", "fit" } } };
    auto second = client().submit(document, {});
    ASSERT_FALSE(second.is_error()) << second.error().detail();
    EXPECT_EQ(wait_for_job(first.value(), { JobState::Completed, JobState::Aborted }), JobState::Completed);
    EXPECT_EQ(wait_for_job(second.value(), { JobState::Completed, JobState::Aborted }), JobState::Completed);
    ASSERT_TRUE(eventually([&] { return lab->spooled_files(printer).size() >= 2; })) << "spool: " << printer.spool;
    for (auto& file : lab->spooled_files(printer))
        EXPECT_EQ(read_text(file).substr(0, 5), "%PDF-") << file;
}

TEST_F(CupsLab, AStuckJobCanBeCancelled)
{
    // A printer that takes every job and never finishes it.
    auto sleeper = lab->directory() + "/never-finishes.sh";
    write_text(sleeper, "#!/bin/sh\nexec sleep 60\n");
    ::chmod(sleeper.c_str(), 0755);
    printer_with_queue({ sleeper });
    auto sent = client().submit({ "Jet", photo_pdf(), "Stuck", 1, {} }, {});
    ASSERT_FALSE(sent.is_error()) << sent.error().detail();
    EXPECT_EQ(wait_for_job(sent.value(), { JobState::Processing }), JobState::Processing);
    ASSERT_FALSE(client().cancel_job(sent.value(), {}).is_error());
    EXPECT_EQ(wait_for_job(sent.value(), { JobState::Cancelled }), JobState::Cancelled);
    // Cancelling a job that has already ended is not an error: there is nothing left to do.
    EXPECT_FALSE(client().cancel_job(sent.value(), {}).is_error());
}

TEST_F(CupsLab, FindsANetworkPrinterAndAddsIt)
{
    auto& printer = lab->start_printer("OfficeJet");
    lab->make_discoverable(printer);
    auto found = client().discover({});
    ASSERT_FALSE(found.is_error()) << found.error().detail();
    ASSERT_EQ(found.value().size(), 1u);
    EXPECT_EQ(found.value()[0].uri, printer.uri());
    EXPECT_EQ(found.value()[0].name, "Test OfficeJet");
    auto added = client().add_printer(found.value()[0], {});
    ASSERT_FALSE(added.is_error()) << added.error().detail();
    EXPECT_EQ(added.value(), "Test_OfficeJet");
    EXPECT_NE(lab->lpstat({ "-d" }).find("Test_OfficeJet"), std::string::npos) << lab->lpstat({ "-d" });
    auto situation = client().read_situation({});
    EXPECT_EQ(situation.kind, PrinterSituation::Kind::Known);
    EXPECT_EQ(situation.queue.info, "Test OfficeJet");
}

TEST_F(CupsLab, TheAppWatchesThePrinterOnlyWhileAScreenIsOpen)
{
    auto& printer = printer_with_queue();
    auto options = PrintOptions::from_environment();
    options.server = server();
    options.refresh_every = 300ms;
    PrintApp app(options);
    RunQueue queue;
    ActivityLog activity;
    auto requests = [&] {
        auto log = read_text(printer.log);
        size_t count = 0;
        for (size_t at = log.find("Get-Printer-Attributes"); at != std::string::npos; at = log.find("Get-Printer-Attributes", at + 1))
            ++count;
        return count;
    };
    {
        auto viewer = app.watch(queue, activity);
        ASSERT_TRUE(eventually([&] {
            queue.run_pending();
            return app.situation().kind == PrinterSituation::Kind::Known;
        }));
        EXPECT_TRUE(eventually([&] { return requests() >= 3; }, 5s)) << "it refreshes by itself while open";
    }
    // What was posted while the screen was open is the screen's; from now on nothing more may come.
    queue.run_pending();
    // Closed: a request that was under way ends (an IPP wait may last a second), then the watcher sleeps
    // until a screen opens. That moment is the event to wait for; after it the printer's log is complete.
    ASSERT_TRUE(app.wait_until_watch_resting(10s)) << "the watcher kept working with no screen open";
    auto after_close = requests();
    // Four refresh periods with the screen closed (a window to see that nothing happens, not a wait for
    // an event): the printer is asked nothing more, and the screen is handed nothing.
    std::this_thread::sleep_for(4 * options.refresh_every);
    EXPECT_EQ(requests(), after_close) << "the printer was asked again after the screen closed";
    EXPECT_EQ(queue.run_pending(), 0u) << "nothing is posted to the screen once it is closed";
}
