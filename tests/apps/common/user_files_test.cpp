// Finding photos and documents in the usual folders of a real (temporary) home, newest first.
#include "apps/common/user_files.hpp"
#include "shell/core/i18n/translate.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <utime.h>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

// A file whose modification time is `age` seconds in the past.
void make_file(const std::string& path, long age)
{
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    write_text(path, "x");
    struct utimbuf times {
        time(nullptr) - age, time(nullptr) - age
    };
    utime(path.c_str(), &times);
}

std::vector<std::string> names(const std::vector<PrintableFile>& files)
{
    std::vector<std::string> out;
    for (auto& file : files)
        out.push_back(file.name);
    return out;
}

}

TEST(PrintFiles, KindsByExtension)
{
    EXPECT_EQ(printable_kind("a/IMG_0001.JPG"), FileKind::Picture);
    EXPECT_EQ(printable_kind("scan.png"), FileKind::Picture);
    EXPECT_EQ(printable_kind("facture.pdf"), FileKind::Pdf);
    EXPECT_EQ(printable_kind("lettre.docx"), FileKind::OfficeDocument);
    EXPECT_EQ(printable_kind("lettre.odt"), FileKind::OfficeDocument);
    EXPECT_FALSE(printable_kind("notes.txt").has_value());
    EXPECT_FALSE(printable_kind("README").has_value());
}

TEST(PrintFiles, PhotosNewestFirstFromPicturesAndDownloads)
{
    auto home = temporary_directory("home");
    make_file(home + "/Images/vacances/plage.jpg", 3000);
    make_file(home + "/Pictures/chat.png", 100);
    make_file(home + "/Téléchargements/petit-fils.jpeg", 10);
    make_file(home + "/Downloads/facture.pdf", 5);
    make_file(home + "/Images/.cache/hidden.jpg", 1);
    make_file(home + "/Documents/scan.jpg", 1);
    auto photos = find_printable_files(FileChoice::Photos, home);
    EXPECT_EQ(names(photos), (std::vector<std::string> { "petit-fils", "chat", "plage" }));
    EXPECT_EQ(photos[0].kind, FileKind::Picture);
}

TEST(PrintFiles, DocumentsIncludePdfOfficeFilesAndScans)
{
    auto home = temporary_directory("home");
    make_file(home + "/Documents/lettre mairie.odt", 300);
    make_file(home + "/Documents/impots/avis.pdf", 200);
    make_file(home + "/Downloads/scan.jpg", 100);
    make_file(home + "/Bureau/notes.txt", 1);
    auto documents = find_printable_files(FileChoice::Documents, home);
    EXPECT_EQ(names(documents), (std::vector<std::string> { "scan", "avis", "lettre mairie" }));
    EXPECT_EQ(documents[2].kind, FileKind::OfficeDocument);
}

TEST(PrintFiles, FollowsTheXdgPicturesFolder)
{
    auto home = temporary_directory("home");
    write_text(home + "/.config/user-dirs.dirs", "# written by xdg-user-dirs-update\nXDG_PICTURES_DIR=\"$HOME/Mes photos\"\nXDG_DOWNLOAD_DIR=\"$HOME/\"\n");
    make_file(home + "/Mes photos/noel.jpg", 10);
    make_file(home + "/stray.jpg", 1);
    auto photos = find_printable_files(FileChoice::Photos, home);
    EXPECT_EQ(names(photos), (std::vector<std::string> { "noel" })) << "the home folder itself is never searched";
}

TEST(PrintFiles, AnEmptyHomeHasNothing)
{
    auto home = temporary_directory("home");
    EXPECT_TRUE(find_printable_files(FileChoice::Photos, home).empty());
    EXPECT_TRUE(folders_for(FileChoice::Documents, home).empty());
}

TEST(PrintFiles, DatesAsASeniorSaysThem)
{
    i18n::set_language(Language::English);
    Date today { 2026, 11, 26 };
    auto at_noon = [](Date date) {
        struct tm local { };
        local.tm_year = date.year - 1900;
        local.tm_mon = date.month - 1;
        local.tm_mday = date.day;
        local.tm_hour = 12;
        local.tm_isdst = -1;
        return mktime(&local);
    };
    EXPECT_EQ(file_date_text(at_noon(today), today), "Today");
    EXPECT_EQ(file_date_text(at_noon({ 2026, 11, 25 }), today), "Yesterday");
    EXPECT_EQ(file_date_text(at_noon({ 2026, 3, 12 }), today), "Thursday 12 March");
    EXPECT_EQ(file_date_text(at_noon({ 2019, 7, 14 }), today), "Sunday 14 July 2019");
}
