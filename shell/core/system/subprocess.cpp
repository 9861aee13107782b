// posix_spawnp with a pipe; poll() for output, the timeout and the stop request.
#include "subprocess.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace Foyer {

bool program_exists(const std::string& name)
{
    if (name.find('/') != std::string::npos)
        return access(name.c_str(), X_OK) == 0;
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "/usr/bin:/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':'))
        if (!dir.empty() && access((dir + "/" + name).c_str(), X_OK) == 0)
            return true;
    return false;
}

ErrorOr<ProgramResult> run_program(const std::vector<std::string>& argv, std::chrono::milliseconds timeout,
    std::stop_token stop, bool with_stderr, size_t max_output)
{
    if (argv.empty() || !program_exists(argv[0]))
        return Error::plain(N_("A program Foyer needs is not installed."), {}, (argv.empty() ? "" : argv[0]) + " not found");
    int pipe_fds[2];
    if (pipe2(pipe_fds, O_CLOEXEC) != 0)
        return Error::plain(N_("A program Foyer needs could not start."), {}, std::string("pipe: ") + std::strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 1);
    if (with_stderr)
        posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 2);
    else
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    std::vector<char*> args;
    for (auto& arg : argv)
        args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    pid_t pid = -1;
    int spawned = posix_spawnp(&pid, argv[0].c_str(), &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipe_fds[1]);
    if (spawned != 0) {
        close(pipe_fds[0]);
        return Error::plain(N_("A program Foyer needs could not start."), {}, argv[0] + ": " + std::strerror(spawned));
    }

    ProgramResult result;
    auto deadline = std::chrono::steady_clock::now() + timeout;
    char buffer[4096];
    for (;;) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || stop.stop_requested()) {
            result.timed_out = true;
            kill(pid, SIGKILL);
            break;
        }
        pollfd fd { pipe_fds[0], POLLIN, 0 };
        // Wake at least every 50 ms to notice a stop request.
        int ready = poll(&fd, 1, int(std::min<long>(left.count(), 50)));
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        ssize_t n = read(pipe_fds[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        if (result.output.size() < max_output)
            result.output.append(buffer, size_t(std::min<size_t>(size_t(n), max_output - result.output.size())));
    }
    close(pipe_fds[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status)
                                                                                     : -1;
    return result;
}

}
