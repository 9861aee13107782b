// posix_spawnp into a new process group, pidfd_open and one poll() thread that reaps only its children.
#include "child_process.hpp"

#include "subprocess.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace Foyer {

namespace {

int open_pidfd(pid_t pid)
{
    // glibc 2.36 has no wrapper everywhere; the system call exists since Linux 5.3 (Debian 12: 6.1).
    return int(syscall(SYS_pidfd_open, pid, 0));
}

int decode_status(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return -1;
}

std::vector<std::string> environment_with(const std::vector<std::pair<std::string, std::string>>& extra)
{
    std::vector<std::string> out;
    for (char** entry = environ; *entry; ++entry) {
        std::string_view text(*entry);
        bool replaced = false;
        for (auto& [key, value] : extra)
            replaced = replaced || (text.size() > key.size() && text.substr(0, key.size()) == key && text[key.size()] == '=');
        if (!replaced)
            out.emplace_back(text);
    }
    for (auto& [key, value] : extra)
        out.push_back(key + "=" + value);
    return out;
}

std::vector<char*> pointers_to(std::vector<std::string>& strings)
{
    std::vector<char*> out;
    for (auto& text : strings)
        out.push_back(text.data());
    out.push_back(nullptr);
    return out;
}

}

ChildWatcher::ChildWatcher()
    : m_event_fd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    m_thread = std::thread([this] { run(); });
}

ChildWatcher::~ChildWatcher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        auto now = std::chrono::steady_clock::now();
        // Whoever watched these children is going away: nobody is told any more.
        for (auto& [pid, child] : m_children) {
            child.on_exit = {};
            if (!child.terminated) {
                child.terminated = true;
                kill(-pid, SIGTERM);
            }
            if (!child.kill_at || *child.kill_at > now + std::chrono::milliseconds(1500))
                child.kill_at = now + std::chrono::milliseconds(1500);
        }
    }
    notify();
    m_thread.join();
    if (m_event_fd >= 0)
        close(m_event_fd);
}

void ChildWatcher::notify()
{
    uint64_t one = 1;
    [[maybe_unused]] auto written = write(m_event_fd, &one, sizeof one);
}

ErrorOr<pid_t> ChildWatcher::spawn(const std::vector<std::string>& argv, const SpawnOptions& options, ExitHandler on_exit)
{
    if (argv.empty() || !program_exists(argv[0]))
        return Error::plain(N_("A program Foyer needs is not installed."), {}, (argv.empty() ? "" : argv[0]) + " not found");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    auto output = options.output_path.empty() ? std::string("/dev/null") : options.output_path;
    posix_spawn_file_actions_addopen(&actions, 1, output.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // Its own process group, so that stopping it stops its helpers too (a browser's renderers); default
    // signal handling and an empty mask, whatever Foyer's threads block.
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setpgroup(&attributes, 0);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    auto arguments = argv;
    auto environment = environment_with(options.environment);
    auto argument_pointers = pointers_to(arguments);
    auto environment_pointers = pointers_to(environment);
    pid_t pid = -1;
    int spawned = posix_spawnp(&pid, argv[0].c_str(), &actions, &attributes, argument_pointers.data(), environment_pointers.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (spawned != 0)
        return Error::plain(N_("A program Foyer needs could not start."), {}, argv[0] + ": " + std::strerror(spawned));
    int pidfd = open_pidfd(pid);
    if (pidfd < 0) {
        auto detail = std::string("pidfd_open: ") + std::strerror(errno);
        kill(-pid, SIGKILL);
        while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) { }
        return Error::plain(N_("A program Foyer needs could not start."), {}, detail);
    }
    {
        std::lock_guard lock(m_mutex);
        m_children[pid] = Child { pidfd, std::move(on_exit), std::nullopt, false };
    }
    notify();
    return pid;
}

void ChildWatcher::terminate(pid_t pid, std::chrono::milliseconds grace)
{
    {
        std::lock_guard lock(m_mutex);
        auto found = m_children.find(pid);
        if (found == m_children.end() || found->second.terminated)
            return;
        found->second.terminated = true;
        found->second.kill_at = std::chrono::steady_clock::now() + grace;
        kill(-pid, SIGTERM);
    }
    notify();
}

bool ChildWatcher::running(pid_t pid) const
{
    std::lock_guard lock(m_mutex);
    return m_children.count(pid) > 0;
}

size_t ChildWatcher::count() const
{
    std::lock_guard lock(m_mutex);
    return m_children.size();
}

void ChildWatcher::run()
{
    for (;;) {
        std::vector<pollfd> fds { { m_event_fd, POLLIN, 0 } };
        std::vector<pid_t> pids;
        int timeout_ms = -1;
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping && m_children.empty())
                return;
            auto now = std::chrono::steady_clock::now();
            for (auto& [pid, child] : m_children) {
                fds.push_back({ child.pidfd, POLLIN, 0 });
                pids.push_back(pid);
                if (child.kill_at) {
                    auto left = std::chrono::ceil<std::chrono::milliseconds>(*child.kill_at - now).count();
                    left = std::max<long>(left, 0);
                    timeout_ms = timeout_ms < 0 ? int(left) : std::min(timeout_ms, int(left));
                }
            }
        }
        // Sleeps until something happens: no timeout at all unless a child is due to be killed.
        int ready = poll(fds.data(), fds.size(), timeout_ms);
        if (ready < 0 && errno != EINTR)
            return;
        if (fds[0].revents & POLLIN) {
            uint64_t count = 0;
            [[maybe_unused]] auto got = read(m_event_fd, &count, sizeof count);
        }
        std::vector<std::pair<ExitHandler, ChildExit>> ended;
        {
            std::lock_guard lock(m_mutex);
            auto now = std::chrono::steady_clock::now();
            for (size_t i = 0; i < pids.size(); ++i) {
                auto found = m_children.find(pids[i]);
                if (found == m_children.end())
                    continue;
                auto& child = found->second;
                if (fds[i + 1].revents) {
                    int status = 0;
                    pid_t reaped = waitpid(pids[i], &status, WNOHANG);
                    if (reaped == pids[i] || (reaped < 0 && errno == ECHILD)) {
                        // Helpers the program left behind in its group go with it.
                        kill(-pids[i], SIGKILL);
                        close(child.pidfd);
                        ended.push_back({ std::move(child.on_exit),
                            ChildExit { pids[i], reaped == pids[i] ? decode_status(status) : -1, child.terminated } });
                        m_children.erase(found);
                        continue;
                    }
                }
                if (child.kill_at && *child.kill_at <= now) {
                    kill(-pids[i], SIGKILL);
                    kill(pids[i], SIGKILL);
                    child.kill_at.reset();
                }
            }
        }
        for (auto& [handler, exit] : ended)
            if (handler)
                handler(exit);
    }
}

}
