// The log sink: thread-safe, timestamped, bounded in size.
#include "log.hpp"

#include "files.hpp"

#include <cstdio>
#include <ctime>
#include <deque>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>

namespace Foyer {

namespace {

constexpr long max_log_bytes = 1 << 20;
constexpr size_t kept_problems = 20;

struct LogState {
    std::mutex mutex;
    std::string path;
    FILE* file { nullptr };
    bool to_stderr { true };
    std::deque<std::string> problems;
};

LogState& state()
{
    static LogState instance;
    return instance;
}

std::string timestamp()
{
    std::time_t now = std::time(nullptr);
    std::tm local {};
    localtime_r(&now, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &local);
    return buffer;
}

void open_file_locked(LogState& log)
{
    if (log.file) {
        std::fclose(log.file);
        log.file = nullptr;
    }
    if (log.path.empty())
        return;
    if (auto slash = log.path.rfind('/'); slash != std::string::npos && slash > 0)
        (void)make_directories(log.path.substr(0, slash));
    struct stat info { };
    if (stat(log.path.c_str(), &info) == 0 && info.st_size > max_log_bytes)
        std::rename(log.path.c_str(), (log.path + ".1").c_str());
    // The log can name files of the senior's: only they may read it.
    int fd = open(log.path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    log.file = fd >= 0 ? fdopen(fd, "a") : nullptr;
}

void write(const char* level, std::string_view message)
{
    auto& log = state();
    std::lock_guard lock(log.mutex);
    auto line = timestamp() + " " + level + " " + std::string(message) + "\n";
    // The terminal gets what needs attention; the file gets everything.
    if (log.to_stderr && level[0] != 'i')
        std::fputs(line.c_str(), stderr);
    if (log.file) {
        std::fputs(line.c_str(), log.file);
        std::fflush(log.file);
        if (std::ftell(log.file) > max_log_bytes)
            open_file_locked(log);
    }
    if (level[0] != 'i') {
        log.problems.push_back(line.substr(0, line.size() - 1));
        if (log.problems.size() > kept_problems)
            log.problems.pop_front();
    }
}

}

void log_info(std::string_view message)
{
    write("info", message);
}

void log_warning(std::string_view message)
{
    write("warning", message);
}

void log_error(std::string_view message)
{
    write("error", message);
}

void set_log_file(const std::string& path)
{
    auto& log = state();
    std::lock_guard lock(log.mutex);
    log.path = path;
    open_file_locked(log);
}

void set_log_to_stderr(bool enabled)
{
    auto& log = state();
    std::lock_guard lock(log.mutex);
    log.to_stderr = enabled;
}

std::vector<std::string> recent_log_problems()
{
    auto& log = state();
    std::lock_guard lock(log.mutex);
    return { log.problems.begin(), log.problems.end() };
}

}
