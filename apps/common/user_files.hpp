// Finding the files a senior may print or send: photos and documents in the usual folders, newest first.
#pragma once

#include "../../shell/core/time/date.hpp"

#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Foyer {

enum class FileKind {
    Picture,        // JPEG, PNG, BMP, GIF: printed fitted to the page
    Pdf,            // printed as it is, each page fitted to the paper
    OfficeDocument, // Word, OpenDocument, RTF: converted to PDF by LibreOffice first
};

struct PrintableFile {
    std::string path;
    // The file name without its extension, as a senior would recognise it.
    std::string name;
    FileKind kind { FileKind::Picture };
    std::time_t modified { 0 };

    bool operator==(const PrintableFile&) const = default;
};

enum class FileChoice {
    Photos,
    Documents,
};

// What kind of file this is by its extension; nothing when Foyer cannot print it.
std::optional<FileKind> printable_kind(std::string_view path);

// The folders searched, in `home`: for photos Images, Pictures, Téléchargements, Downloads and the XDG
// pictures and download folders; for documents Documents, Téléchargements, Downloads, Bureau, Desktop and
// the XDG documents, download and desktop folders. Only those that exist, each once.
std::vector<std::string> folders_for(FileChoice, const std::string& home);

// Photos are pictures; documents are PDFs, office documents and pictures (a scanned letter is a
// picture too). Sub-folders are searched a few levels deep; hidden files and folders are skipped.
// Newest first; at most `limit`.
std::vector<PrintableFile> find_printable_files(FileChoice, const std::string& home, size_t limit = 600);

}

namespace Foyer {

// When a file was last changed, as a senior says it: "Today", "Yesterday", "Thursday 26 November", and
// with the year when it is not this year.
std::string file_date_text(std::time_t, Date today);
Date local_date_of(std::time_t);

}
