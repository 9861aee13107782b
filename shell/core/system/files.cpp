// Whole-file reads and crash-safe writes (write, fsync, rename, fsync the directory).
#include "files.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace Foyer {

std::optional<std::string> read_file(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return std::nullopt;
    std::ostringstream contents;
    contents << file.rdbuf();
    if (file.bad())
        return std::nullopt;
    return contents.str();
}

namespace {

Error cannot_save(const std::string& path, const char* what)
{
    return Error::plain(N_("Foyer could not save its files. The disk may be full: ask your family or the helpline."),
        {}, std::string(what) + " " + path + ": " + std::strerror(errno));
}

std::string parent_of(const std::string& path)
{
    auto slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    if (slash == 0)
        return "/";
    return path.substr(0, slash);
}

}

ErrorOr<void> make_directories(const std::string& path)
{
    if (path.empty())
        return {};
    struct stat info { };
    if (stat(path.c_str(), &info) == 0)
        return {};
    auto parent = parent_of(path);
    if (parent != path) {
        auto made = make_directories(parent);
        if (made.is_error())
            return made;
    }
    if (mkdir(path.c_str(), 0700) != 0 && errno != EEXIST)
        return cannot_save(path, "mkdir");
    return {};
}

ErrorOr<void> write_file_atomically(const std::string& path, std::string_view contents, unsigned mode)
{
    auto directory = parent_of(path);
    auto made = make_directories(directory);
    if (made.is_error())
        return made;
    std::string temporary = path + ".tmp-" + std::to_string(getpid());
    int fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0)
        return cannot_save(temporary, "open");
    // The mode given to open() is masked by the umask; secrets must be exactly 0600.
    fchmod(fd, mode);
    size_t written = 0;
    while (written < contents.size()) {
        ssize_t n = write(fd, contents.data() + written, contents.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            auto error = cannot_save(temporary, "write");
            close(fd);
            unlink(temporary.c_str());
            return error;
        }
        written += size_t(n);
    }
    if (fsync(fd) != 0) {
        auto error = cannot_save(temporary, "fsync");
        close(fd);
        unlink(temporary.c_str());
        return error;
    }
    close(fd);
    if (rename(temporary.c_str(), path.c_str()) != 0) {
        auto error = cannot_save(path, "rename");
        unlink(temporary.c_str());
        return error;
    }
    int dir_fd = open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir_fd >= 0) {
        fsync(dir_fd);
        close(dir_fd);
    }
    return {};
}

}
