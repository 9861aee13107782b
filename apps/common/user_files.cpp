// Walking the usual folders for photos and documents.
#include "user_files.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/system/files.hpp"
#include "../../shell/core/text/text.hpp"
#include "../../shell/core/time/words.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>
#include <system_error>

#include <sys/stat.h>

namespace fs = std::filesystem;

namespace Foyer {

namespace {

// The folders of ~/.config/user-dirs.dirs (XDG_PICTURES_DIR="$HOME/Images"), which a French desktop
// names in French.
std::optional<std::string> xdg_user_dir(const std::string& home, std::string_view key)
{
    auto text = read_file(home + "/.config/user-dirs.dirs");
    if (!text)
        return std::nullopt;
    size_t start = 0;
    while (start < text->size()) {
        auto end = text->find('\n', start);
        std::string_view line(text->data() + start, (end == std::string::npos ? text->size() : end) - start);
        start = end == std::string::npos ? text->size() : end + 1;
        if (line.substr(0, key.size()) != key || line.size() <= key.size() + 2 || line[key.size()] != '=')
            continue;
        auto value = line.substr(key.size() + 1);
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.substr(1, value.size() - 2);
        std::string path(value);
        if (path.rfind("$HOME", 0) == 0)
            path = home + path.substr(5);
        if (path.empty() || path[0] != '/')
            return std::nullopt;
        return path;
    }
    return std::nullopt;
}

constexpr int max_depth = 3;
// A walk stops after this many entries, so a huge folder cannot stall the worker for long.
constexpr size_t max_entries_visited = 20000;

void walk(const fs::path& folder, FileChoice choice, int depth, size_t& visited, std::vector<PrintableFile>& found)
{
    std::error_code error;
    fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
        if (++visited > max_entries_visited)
            return;
        auto name = it->path().filename().string();
        if (name.empty() || name[0] == '.')
            continue;
        std::error_code status_error;
        if (it->is_directory(status_error)) {
            if (depth < max_depth)
                walk(it->path(), choice, depth + 1, visited, found);
            continue;
        }
        if (!it->is_regular_file(status_error))
            continue;
        auto kind = printable_kind(name);
        if (!kind || (choice == FileChoice::Photos && *kind != FileKind::Picture))
            continue;
        struct stat info { };
        if (::stat(it->path().c_str(), &info) != 0)
            continue;
        PrintableFile file;
        file.path = it->path().string();
        file.name = it->path().stem().string();
        file.kind = *kind;
        file.modified = info.st_mtime;
        found.push_back(std::move(file));
    }
}

}

std::optional<FileKind> printable_kind(std::string_view path)
{
    auto dot = path.rfind('.');
    if (dot == std::string_view::npos)
        return std::nullopt;
    auto extension = ascii_lowercase(path.substr(dot + 1));
    for (auto picture : { "jpg", "jpeg", "png", "bmp", "gif" })
        if (extension == picture)
            return FileKind::Picture;
    if (extension == "pdf")
        return FileKind::Pdf;
    for (auto office : { "doc", "docx", "odt", "rtf" })
        if (extension == office)
            return FileKind::OfficeDocument;
    return std::nullopt;
}

std::vector<std::string> folders_for(FileChoice choice, const std::string& home)
{
    std::vector<std::string> candidates;
    auto add_xdg = [&](std::string_view key) {
        if (auto folder = xdg_user_dir(home, key))
            candidates.push_back(*folder);
    };
    if (choice == FileChoice::Photos) {
        add_xdg("XDG_PICTURES_DIR");
        for (auto name : { "Images", "Pictures", "Photos" })
            candidates.push_back(home + "/" + name);
    } else {
        add_xdg("XDG_DOCUMENTS_DIR");
        candidates.push_back(home + "/Documents");
        add_xdg("XDG_DESKTOP_DIR");
        for (auto name : { "Bureau", "Desktop" })
            candidates.push_back(home + "/" + name);
    }
    add_xdg("XDG_DOWNLOAD_DIR");
    for (auto name : { "Téléchargements", "Downloads" })
        candidates.push_back(home + "/" + name);

    // Each existing folder once, even when the XDG folder is one of the usual names, and never the home
    // folder itself (a user-dirs.dirs entry of "$HOME/" means "not set").
    std::vector<std::string> folders;
    std::set<std::string> seen;
    std::error_code error;
    auto home_canonical = fs::weakly_canonical(home, error).string();
    for (auto& candidate : candidates) {
        auto canonical = fs::weakly_canonical(candidate, error).string();
        if (error || canonical == home_canonical || !fs::is_directory(canonical, error) || !seen.insert(canonical).second)
            continue;
        folders.push_back(candidate);
    }
    return folders;
}

std::vector<PrintableFile> find_printable_files(FileChoice choice, const std::string& home, size_t limit)
{
    std::vector<PrintableFile> found;
    size_t visited = 0;
    for (auto& folder : folders_for(choice, home))
        walk(folder, choice, 1, visited, found);
    std::sort(found.begin(), found.end(), [](auto& a, auto& b) {
        return a.modified != b.modified ? a.modified > b.modified : a.path < b.path;
    });
    // A folder inside another searched folder (a Downloads symlink inside Documents) lists files twice.
    found.erase(std::unique(found.begin(), found.end(), [](auto& a, auto& b) { return a.path == b.path; }), found.end());
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

Date local_date_of(std::time_t time)
{
    struct tm local { };
    localtime_r(&time, &local);
    return { local.tm_year + 1900, local.tm_mon + 1, local.tm_mday };
}

std::string file_date_text(std::time_t time, Date today)
{
    auto date = local_date_of(time);
    if (date == today)
        return tr("Today");
    if (date == today.plus_days(-1))
        return tr("Yesterday");
    auto words = date_in_words(date);
    if (date.year == today.year)
        return words;
    return format(tr("{date} {year}"), { { "date", words }, { "year", std::to_string(date.year) } });
}

}
