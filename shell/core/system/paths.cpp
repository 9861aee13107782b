// XDG base directories and the data directory.
#include "paths.hpp"

#include <climits>
#include <cstdlib>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef FOYER_INSTALL_DATADIR
#define FOYER_INSTALL_DATADIR "/usr/share/foyer"
#endif

namespace Foyer {

std::string home_dir()
{
    if (const char* home = std::getenv("HOME"); home && *home)
        return home;
    if (auto* entry = getpwuid(getuid()); entry && entry->pw_dir && *entry->pw_dir)
        return entry->pw_dir;
    return "/tmp";
}

std::string expand_path(std::string_view path, std::string_view base)
{
    if (path.empty() || path[0] == '/')
        return std::string(path);
    if (path == "~" || path.starts_with("~/")) {
        auto home = home_dir();
        // "/" as the home folder must not make "~/x" into "//x".
        if (home.size() > 1 && home.back() == '/')
            home.pop_back();
        return home == "/" && path.size() > 1 ? std::string(path.substr(1)) : home + std::string(path.substr(1));
    }
    if (path[0] == '~' || base.empty())
        return std::string(path);
    std::string under(base);
    if (under.back() != '/')
        under += '/';
    return under + std::string(path);
}

namespace {

std::string xdg_dir(const char* variable, const char* fallback_under_home)
{
    // The specification says relative paths in these variables are invalid and must be ignored.
    if (const char* value = std::getenv(variable); value && value[0] == '/')
        return std::string(value) + "/foyer";
    return home_dir() + "/" + fallback_under_home + "/foyer";
}

bool is_directory(const std::string& path)
{
    struct stat info { };
    return stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

}

std::string config_dir()
{
    return xdg_dir("XDG_CONFIG_HOME", ".config");
}

std::string state_dir()
{
    return xdg_dir("XDG_STATE_HOME", ".local/state");
}

std::string executable_dir()
{
    char buffer[PATH_MAX];
    ssize_t length = readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (length <= 0)
        return ".";
    std::string path(buffer, size_t(length));
    return path.substr(0, path.rfind('/'));
}

std::string data_dir()
{
    if (const char* value = std::getenv("FOYER_DATA_DIR"); value && *value)
        return value;
    auto beside = executable_dir() + "/../share/foyer";
    if (is_directory(beside))
        return beside;
    return FOYER_INSTALL_DATADIR;
}

}
