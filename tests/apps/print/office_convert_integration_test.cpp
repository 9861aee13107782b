// Word and OpenDocument files: converted by the real LibreOffice in headless mode, and said plainly when
// LibreOffice is not installed.
#include "apps/print/office_convert.hpp"
#include "apps/print/print_app.hpp"
#include "shell/core/i18n/translate.hpp"
#include "tests/apps/print/print_lab.hpp"

#include <gtest/gtest.h>

#include <filesystem>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace {

const std::string letter = std::string(FOYER_SOURCE_DIR) + "/tests/apps/print/fixtures/lettre.odt";

// A PrintApp with no printer to talk to (preparing needs none) and the given LibreOffice.
struct App {
    explicit App(std::optional<std::string> libreoffice)
    {
        PrintOptions options;
        options.home = temporary_directory("home");
        options.server = { "127.0.0.1", free_port() };
        options.libreoffice = std::move(libreoffice);
        app = std::make_unique<PrintApp>(options);
        viewer.emplace(app->watch(queue, activity));
    }

    ErrorOr<std::shared_ptr<const PreparedPrint>> prepare(const std::string& path)
    {
        PrintableFile file { path, "lettre", FileKind::OfficeDocument, 0 };
        std::optional<ErrorOr<std::shared_ptr<const PreparedPrint>>> result;
        app->prepare(file, 400, 400, [&](ErrorOr<std::shared_ptr<const PreparedPrint>> prepared) { result.emplace(std::move(prepared)); });
        eventually([&] {
            queue.run_pending();
            return result.has_value();
        },
            60s);
        if (!result)
            return Error::plain(N_("This document could not be made ready for printing. Try again, or call for help."), {}, "timed out");
        return std::move(*result);
    }

    RunQueue queue;
    ActivityLog activity;
    std::unique_ptr<PrintApp> app;
    std::optional<PrintApp::Viewer> viewer;
};

}

TEST(OfficeDocuments, WithoutLibreOfficeItIsSaidPlainly)
{
    i18n::set_language(Language::English);
    App without(std::nullopt);
    EXPECT_FALSE(without.app->libreoffice_installed());
    auto prepared = without.prepare(letter);
    ASSERT_TRUE(prepared.is_error());
    EXPECT_EQ(prepared.error().message(),
        "To print this kind of document, LibreOffice must be installed on this computer, and it is not. Your family can install it, or call for help.");
}

TEST(OfficeDocuments, LibreOfficeConvertsThemToPdf)
{
    auto soffice = find_libreoffice();
    if (!soffice)
        GTEST_SKIP() << "LibreOffice is not installed (Debian package libreoffice-writer-nogui; `make test` installs it)";
    auto dir = temporary_directory("convert");
    auto pdf = convert_to_pdf(*soffice, letter, dir + "/out", dir + "/profile", {});
    ASSERT_FALSE(pdf.is_error()) << pdf.error().detail();
    auto info = read_pdf_info(pdf.value());
    ASSERT_FALSE(info.is_error()) << info.error().detail();
    EXPECT_EQ(info.value().pages, 1);

    // Through the app, as the preview asks: a PDF to print and its first page to show.
    App with(soffice);
    auto prepared = with.prepare(letter);
    ASSERT_FALSE(prepared.is_error()) << prepared.error().detail();
    EXPECT_EQ(prepared.value()->pages, 1);
    EXPECT_EQ(prepared.value()->thing, PrintedThing::Document);
    EXPECT_FALSE(prepared.value()->preview.empty());
    EXPECT_TRUE(std::filesystem::exists(prepared.value()->pdf_path));
}

TEST(OfficeDocuments, ADamagedDocumentGivesAPlainError)
{
    auto soffice = find_libreoffice();
    if (!soffice)
        GTEST_SKIP() << "LibreOffice is not installed (Debian package libreoffice-writer-nogui; `make test` installs it)";
    auto dir = temporary_directory("convert");
    write_text(dir + "/broken.odt", "this is not a document");
    auto pdf = convert_to_pdf(*soffice, dir + "/broken.odt", dir + "/out", dir + "/profile", {});
    // LibreOffice may turn garbage into an empty text page; either way nothing crashes and any failure
    // comes with words for the senior.
    if (pdf.is_error()) {
        EXPECT_EQ(std::string(pdf.error().msgid()), "This document could not be made ready for printing. Try again, or call for help.");
    }
}

TEST(OfficeDocuments, StoppingFoyerStopsLibreOffice)
{
    auto soffice = find_libreoffice();
    if (!soffice)
        GTEST_SKIP() << "LibreOffice is not installed (Debian package libreoffice-writer-nogui; `make test` installs it)";
    auto dir = temporary_directory("convert");
    std::stop_source stop;
    stop.request_stop();
    auto started = std::chrono::steady_clock::now();
    auto pdf = convert_to_pdf(*soffice, letter, dir + "/out", dir + "/profile", stop.get_token());
    EXPECT_TRUE(pdf.is_error());
    EXPECT_LT(std::chrono::steady_clock::now() - started, 2s);
}
