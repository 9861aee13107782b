// posix_spawnp-based process control for tests.
#include "process.hpp"

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <netinet/in.h>
#include <spawn.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>

extern char** environ;

namespace Foyer::Testing {

namespace {

std::vector<std::string> merged_environment(const std::map<std::string, std::string>& extra)
{
    std::map<std::string, std::string> all;
    for (char** e = environ; *e; ++e) {
        std::string entry = *e;
        auto eq = entry.find('=');
        if (eq != std::string::npos)
            all[entry.substr(0, eq)] = entry.substr(eq + 1);
    }
    for (auto& [key, value] : extra)
        all[key] = value;
    std::vector<std::string> out;
    for (auto& [key, value] : all)
        out.push_back(key + "=" + value);
    return out;
}

std::vector<char*> pointers(std::vector<std::string>& strings)
{
    std::vector<char*> out;
    for (auto& s : strings)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

int decode(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return -1;
}

}

Process::Process(std::vector<std::string> argv, std::map<std::string, std::string> environment, std::string output_path)
{
    auto env = merged_environment(environment);
    auto argv_pointers = pointers(argv);
    auto env_pointers = pointers(env);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (!output_path.empty()) {
        posix_spawn_file_actions_addopen(&actions, 1, output_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
    }
    pid_t pid = -1;
    if (posix_spawnp(&pid, argv[0].c_str(), &actions, nullptr, argv_pointers.data(), env_pointers.data()) == 0)
        m_pid = pid;
    posix_spawn_file_actions_destroy(&actions);
}

Process::Process(Process&& other) noexcept
    : m_pid(std::exchange(other.m_pid, -1))
    , m_status(other.m_status)
{
}

Process::~Process()
{
    if (m_pid > 0 && !m_status)
        stop();
}

bool Process::running()
{
    if (m_pid <= 0 || m_status)
        return false;
    int status = 0;
    if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
        m_status = decode(status);
        return false;
    }
    return true;
}

std::optional<int> Process::wait(std::chrono::milliseconds timeout)
{
    if (m_status)
        return m_status;
    if (m_pid <= 0)
        return -1;
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (running()) {
        if (std::chrono::steady_clock::now() >= deadline)
            return std::nullopt;
        struct timespec pause {
            0, 10'000'000
        };
        nanosleep(&pause, nullptr);
    }
    return m_status;
}

void Process::signal(int number)
{
    if (m_pid > 0 && !m_status)
        kill(m_pid, number);
}

void Process::stop(std::chrono::milliseconds grace)
{
    if (!running())
        return;
    kill(m_pid, SIGTERM);
    if (!wait(grace)) {
        kill(m_pid, SIGKILL);
        wait(std::chrono::seconds(5));
    }
}

RunResult run(std::vector<std::string> argv, std::map<std::string, std::string> environment, std::chrono::milliseconds timeout)
{
    auto dir = temporary_directory("run");
    auto output = dir + "/output";
    Process process(std::move(argv), std::move(environment), output);
    RunResult result;
    if (!process.started()) {
        result.output = "could not start the program";
        return result;
    }
    auto code = process.wait(timeout);
    if (!code) {
        process.stop();
        result.output = "timed out\n";
    }
    result.exit_code = code.value_or(-1);
    result.output += read_text(output);
    return result;
}

bool have_program(const std::string& name)
{
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "/usr/bin:/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':'))
        if (access((dir + "/" + name).c_str(), X_OK) == 0)
            return true;
    return false;
}

std::string temporary_directory(const std::string& prefix)
{
    static std::string root = [] {
        std::string pattern = (std::filesystem::temp_directory_path() / "foyer-tests-XXXXXX").string();
        char* made = mkdtemp(pattern.data());
        std::string dir = made ? made : "/tmp";
        static std::string cleanup_dir = dir;
        std::atexit([] { std::error_code ignored; std::filesystem::remove_all(cleanup_dir, ignored); });
        return dir;
    }();
    static int counter = 0;
    auto dir = root + "/" + prefix + "-" + std::to_string(++counter);
    std::filesystem::create_directories(dir);
    return dir;
}

std::string read_text(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    std::ostringstream contents;
    contents << file.rdbuf();
    return contents.str();
}

void write_text(const std::string& path, const std::string& contents)
{
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << contents;
}

int unused_loopback_port()
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    close(fd);
    return ntohs(address.sin_port);
}

}
