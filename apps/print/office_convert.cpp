// Running soffice --convert-to pdf with posix_spawn (an argv array, never a shell) in its own process group.
#include "office_convert.hpp"

#include "../../shell/core/system/log.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace fs = std::filesystem;

namespace Foyer {

namespace {

bool is_executable(const std::string& path)
{
    return !path.empty() && ::access(path.c_str(), X_OK) == 0 && !fs::is_directory(path);
}

Error conversion_failed(std::string detail)
{
    return Error::plain(N_("This document could not be made ready for printing. Try again, or call for help."), {}, std::move(detail));
}

}

std::optional<std::string> find_libreoffice()
{
    if (const char* path = std::getenv("PATH")) {
        std::string_view rest(path);
        while (!rest.empty()) {
            auto colon = rest.find(':');
            std::string folder(rest.substr(0, colon));
            rest = colon == std::string_view::npos ? std::string_view {} : rest.substr(colon + 1);
            for (auto name : { "soffice", "libreoffice" })
                if (!folder.empty() && is_executable(folder + "/" + name))
                    return folder + "/" + name;
        }
    }
    for (auto candidate : { "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice" })
        if (is_executable(candidate))
            return std::string(candidate);
    return std::nullopt;
}

ErrorOr<std::string> convert_to_pdf(const std::string& soffice, const std::string& document, const std::string& out_dir,
    const std::string& profile_dir, std::stop_token stop, std::chrono::seconds timeout)
{
    std::error_code error;
    fs::create_directories(out_dir, error);
    std::string log_path = out_dir + "/soffice.log";
    std::vector<std::string> arguments { soffice, "--headless", "--invisible", "--norestore", "--nolockcheck",
        "-env:UserInstallation=file://" + profile_dir, "--convert-to", "pdf", "--outdir", out_dir, document };
    std::vector<char*> argv;
    for (auto& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // Its own process group, so stopping it also stops the soffice.bin it starts.
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    pid_t pid = -1;
    int spawned = posix_spawn(&pid, soffice.c_str(), &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (spawned != 0)
        return conversion_failed("cannot start " + soffice + ": " + std::strerror(spawned));

    auto deadline = std::chrono::steady_clock::now() + timeout;
    int status = 0;
    while (true) {
        pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR)
            return conversion_failed(std::string("waitpid: ") + std::strerror(errno));
        if (stop.stop_requested() || std::chrono::steady_clock::now() > deadline) {
            ::kill(-pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            if (stop.stop_requested())
                return conversion_failed("stopped");
            return conversion_failed("LibreOffice took more than " + std::to_string(timeout.count()) + " s");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    // soffice may leave a helper behind in its group once it is done; nothing of it is needed any more.
    ::kill(-pid, SIGKILL);
    auto pdf = (fs::path(out_dir) / fs::path(document).stem()).string() + ".pdf";
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !fs::exists(pdf)) {
        log_warning("print: LibreOffice could not convert " + document + " (status " + std::to_string(status) + ")");
        return conversion_failed("soffice status " + std::to_string(status) + ", see " + log_path);
    }
    log_info("print: converted " + document + " to PDF");
    return pdf;
}

}
