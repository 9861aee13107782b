// The real `foyer-helpdesk serve` on a free loopback port, and the command's other subcommands.
#pragma once

#include "tests/support/process.hpp"

#include <memory>
#include <string>
#include <vector>

namespace Foyer::Testing {

// The built foyer-helpdesk program.
std::string helpdesk_binary();
// Runs `foyer-helpdesk ARGS` with `input` on standard input; returns exit code and output.
RunResult run_helpdesk(std::vector<std::string> arguments, const std::string& input = {});
// add-mediator with that password; true when it succeeded.
bool add_mediator(const std::string& database_url, const std::string& name, const std::string& password);

class RunningHelpdesk {
public:
    // Starts `serve --listen 127.0.0.1:0 --db URL EXTRA…` and waits for it to listen (check ready()).
    RunningHelpdesk(std::string database_url, std::vector<std::string> extra_arguments = {});
    ~RunningHelpdesk();

    bool ready() const { return m_port > 0; }
    const std::string& problem() const { return m_problem; }
    int port() const { return m_port; }
    bool tls() const { return m_tls; }
    std::string log() const;
    Process& process() { return *m_process; }
    // SIGTERM and wait; returns the exit code.
    int stop();

private:
    std::unique_ptr<Process> m_process;
    std::string m_log_path;
    std::string m_problem;
    int m_port { 0 };
    bool m_tls { false };
};

}
