// Collecting, writing, reading and restoring backups. Paths are checked before anything is written.
#include "backup.hpp"

#include "../../shell/core/settings/parse.hpp"
#include "../../shell/core/settings/write.hpp"
#include "../../shell/core/system/files.hpp"

#include <sodium.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;

namespace Foyer {

namespace {

constexpr int format_version = 1;
constexpr size_t max_backup_bytes = 50 * 1024 * 1024;

Error not_a_backup(std::string detail)
{
    return Error::plain(N_("This file is not a backup of Foyer’s settings, or it is damaged. Choose the file that "
                           "foyer --export-settings made."),
        {}, std::move(detail));
}

std::string base64(std::string_view bytes)
{
    (void)sodium_init();
    std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
        sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1); // the terminating NUL
    std::string wrapped;
    for (size_t at = 0; at < out.size(); at += 76)
        wrapped += out.substr(at, 76) + "\n";
    return wrapped;
}

std::optional<std::string> from_base64(std::string_view text)
{
    (void)sodium_init();
    std::string out(text.size() * 3 / 4 + 3, '\0');
    size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), "\n\r ", &length,
            nullptr, sodium_base64_VARIANT_ORIGINAL)
        != 0)
        return std::nullopt;
    out.resize(length);
    return out;
}

// A multi-line literal string keeps foyer.toml readable inside the backup; a basic string when the text
// holds what would end a literal one.
std::string toml_text_block(std::string_view text)
{
    if (text.find("'''") == std::string_view::npos && (text.empty() || text.back() != '\''))
        return "'''\n" + std::string(text) + "'''";
    return toml_quoted(text);
}

bool is_leftover(const std::string& name)
{
    auto ends_with = [&](std::string_view suffix) { return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0; };
    return ends_with(".previous") || name.find(".tmp-") != std::string::npos;
}

}

bool is_safe_backup_path(std::string_view path)
{
    if (path.empty() || path.front() == '/' || path.size() > 200)
        return false;
    size_t start = 0;
    while (start <= path.size()) {
        auto slash = path.find('/', start);
        auto part = path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
        if (part.empty() || part == "." || part == ".." || part.front() == '.')
            return false;
        if (std::any_of(part.begin(), part.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
            return false;
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return true;
}

ErrorOr<Backup> collect_backup(const std::string& settings_path, const std::string& config_dir)
{
    Backup backup;
    auto settings = read_file(settings_path);
    if (!settings)
        return Error::plain(N_("There are no settings to save yet: set Foyer up first."), {}, "no file at " + settings_path);
    backup.settings_text = *settings;
    std::error_code error;
    auto settings_canonical = fs::weakly_canonical(settings_path, error);
    size_t total = backup.settings_text.size();
    if (fs::is_directory(config_dir, error)) {
        for (auto it = fs::recursive_directory_iterator(config_dir, fs::directory_options::skip_permission_denied, error);
             !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
            if (!it->is_regular_file(error) || it->is_symlink(error))
                continue;
            auto relative = fs::relative(it->path(), config_dir, error).generic_string();
            if (error || fs::weakly_canonical(it->path(), error) == settings_canonical || is_leftover(it->path().filename().string())
                || !is_safe_backup_path(relative))
                continue;
            auto bytes = read_file(it->path().string());
            if (!bytes)
                return Error::plain(N_("Foyer could not read all its settings files, so no backup was made."), {}, "cannot read " + it->path().string());
            total += bytes->size();
            if (total > max_backup_bytes)
                return Error::plain(N_("The settings files are too large to back up (more than 50 MB)."), {}, "at " + relative);
            auto permissions = it->status(error).permissions();
            unsigned mode = (permissions & (fs::perms::group_read | fs::perms::others_read)) != fs::perms::none ? 0644 : 0600;
            backup.files.push_back({ relative, mode, std::move(*bytes) });
        }
    }
    std::sort(backup.files.begin(), backup.files.end(), [](auto& a, auto& b) { return a.path < b.path; });
    return backup;
}

std::string backup_text(const Backup& backup, LocalDateTime made, std::string_view version)
{
    char when[32];
    std::snprintf(when, sizeof when, "%04d-%02d-%02d %02d:%02d", made.date.year, made.date.month, made.date.day, made.time.hour(),
        made.time.minute());
    std::ostringstream out;
    out << "# A backup of Foyer's settings, made on " << when << " by Foyer " << version << ".\n"
        << "# Restore it on this computer or another one with: foyer --import-settings THIS-FILE\n"
        << "# It holds the family code (as a hash) and any password entered in the setup: keep it somewhere safe.\n\n"
        << "format = \"foyer-backup\"\n"
        << "format_version = " << format_version << "\n"
        << "made = " << toml_quoted(when) << "\n"
        << "foyer_version = " << toml_quoted(version) << "\n\n"
        << "# The settings file, ~/.config/foyer/foyer.toml, exactly as it was.\n"
        << "settings = " << toml_text_block(backup.settings_text) << "\n";
    for (auto& file : backup.files) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "0o%03o", file.mode);
        out << "\n[[files]]\n"
            << "path = " << toml_quoted(file.path) << "\n"
            << "mode = " << mode << "\n"
            << "base64 = '''\n"
            << base64(file.bytes) << "'''\n";
    }
    return out.str();
}

ErrorOr<Backup> parse_backup(std::string_view text)
{
    toml::table root;
    try {
        root = toml::parse(text);
    } catch (const toml::parse_error& error) {
        return not_a_backup(std::string("not TOML: ") + std::string(error.description()));
    }
    if (root["format"].value_or(std::string {}) != "foyer-backup")
        return not_a_backup("no format = \"foyer-backup\"");
    if (root["format_version"].value_or(0) > format_version)
        return Error::plain(N_("This backup was made by a newer version of Foyer. Update Foyer on this computer first."), {},
            "format_version " + std::to_string(root["format_version"].value_or(0)));
    Backup backup;
    auto settings = root["settings"].value<std::string>();
    if (!settings)
        return not_a_backup("no settings");
    backup.settings_text = *settings;
    backup.made = root["made"].value_or(std::string {});
    backup.version = root["foyer_version"].value_or(std::string {});
    auto parsed = parse_settings(backup.settings_text);
    if (parsed.has_errors()) {
        for (auto& problem : parsed.problems)
            if (problem.severity == ProblemSeverity::Error)
                return Error::plain(N_("The settings in this backup have a mistake, so nothing was restored: {problem}"),
                    { { "problem", problem.text() } }, "settings in backup do not parse");
    }
    if (auto* files = root["files"].as_array()) {
        for (auto&& item : *files) {
            auto* table = item.as_table();
            if (!table)
                return not_a_backup("files entry is not a table");
            auto path = (*table)["path"].value<std::string>();
            auto mode = (*table)["mode"].value<int64_t>();
            auto encoded = (*table)["base64"].value<std::string>();
            if (!path || !mode || !encoded || !is_safe_backup_path(*path))
                return not_a_backup("bad files entry " + path.value_or("?"));
            auto bytes = from_base64(*encoded);
            if (!bytes)
                return not_a_backup("bad base64 for " + *path);
            backup.files.push_back({ *path, (*mode & 0044) ? 0644u : 0600u, std::move(*bytes) });
        }
    }
    return backup;
}

ErrorOr<void> restore_backup(const Backup& backup, const std::string& settings_path, const std::string& config_dir)
{
    // The other files first: when the settings file appears, a running Foyer reloads, and finds them there.
    for (auto& file : backup.files) {
        if (!is_safe_backup_path(file.path))
            return not_a_backup("unsafe path " + file.path);
        auto path = config_dir + "/" + file.path;
        auto written = write_file_atomically(path, file.bytes, file.mode);
        if (written.is_error())
            return written;
    }
    auto previous = read_file(settings_path);
    if (previous && *previous != backup.settings_text) {
        auto kept = write_file_atomically(settings_path + ".previous", *previous, 0600);
        if (kept.is_error())
            return kept;
    }
    return write_file_atomically(settings_path, backup.settings_text, 0600);
}

}
