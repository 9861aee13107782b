// Starting foyer-helpdesk and reading its "listening on" line to learn the port it chose.
#include "running_helpdesk.hpp"

#include <cstdio>
#include <fcntl.h>
#include <regex>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace Foyer::Testing {

std::string helpdesk_binary()
{
    return FOYER_HELPDESK_BINARY;
}

RunResult run_helpdesk(std::vector<std::string> arguments, const std::string& input)
{
    // Standard input from a file, so that add-mediator reads the password as a program would from a pipe.
    auto directory = temporary_directory("helpdesk-run");
    auto input_path = directory + "/input";
    auto output_path = directory + "/output";
    write_text(input_path, input);
    std::vector<std::string> argv { helpdesk_binary() };
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    std::vector<char*> pointers;
    for (auto& word : argv)
        pointers.push_back(word.data());
    pointers.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, input_path.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, output_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = -1;
    RunResult result;
    if (posix_spawn(&pid, argv[0].c_str(), &actions, nullptr, pointers.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        result.output = "could not start " + argv[0];
        return result;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    waitpid(pid, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.output = read_text(output_path);
    return result;
}

bool add_mediator(const std::string& database_url, const std::string& name, const std::string& password)
{
    auto result = run_helpdesk({ "add-mediator", "--db", database_url, name }, password + "\n");
    if (result.exit_code != 0)
        std::fprintf(stderr, "add-mediator failed: %s\n", result.output.c_str());
    return result.exit_code == 0;
}

RunningHelpdesk::RunningHelpdesk(std::string database_url, std::vector<std::string> extra_arguments)
{
    m_log_path = temporary_directory("helpdesk-server") + "/server.log";
    std::vector<std::string> argv {
        helpdesk_binary(), "serve", "--listen", "127.0.0.1:0", "--db", std::move(database_url)
    };
    for (auto& argument : extra_arguments) {
        if (argument == "--tls-cert")
            m_tls = true;
        argv.push_back(argument);
    }
    m_process = std::make_unique<Process>(argv, std::map<std::string, std::string> {}, m_log_path);
    if (!m_process->started()) {
        m_problem = "foyer-helpdesk could not be started";
        return;
    }
    static const std::regex listening(R"(listening on https?://127\.0\.0\.1:(\d+))");
    bool found = eventually(
        [&] {
        std::smatch match;
        auto text = read_text(m_log_path);
        if (std::regex_search(text, match, listening)) {
            m_port = std::stoi(match[1]);
            return true;
        }
        return !m_process->running();
        },
        std::chrono::seconds(30));
    if (!found || m_port == 0)
        m_problem = "foyer-helpdesk did not start listening; its output:\n" + read_text(m_log_path);
}

RunningHelpdesk::~RunningHelpdesk()
{
    stop();
}

std::string RunningHelpdesk::log() const
{
    return read_text(m_log_path);
}

int RunningHelpdesk::stop()
{
    if (!m_process)
        return -1;
    m_process->stop(std::chrono::seconds(30));
    return m_process->wait(std::chrono::seconds(1)).value_or(-1);
}

}
