// A private printing lab for tests: a D-Bus bus, a cupsd on a free loopback port with its own
// configuration, and real IPP Everywhere printers (ippeveprinter) with settable ink, as RECIPES.md says.
#pragma once

#include "tests/support/process.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Foyer::Testing {

class PrintLab {
public:
    struct Printer {
        std::string name;
        int port { 0 };
        std::string spool;
        std::unique_ptr<Process> process;
        std::string log;

        std::string uri() const { return "ipp://127.0.0.1:" + std::to_string(port) + "/ipp/print"; }
    };

    struct PrinterOptions {
        // A program ippeveprinter runs for each job instead of finishing it at once: a job that never
        // ends is a stuck job.
        std::string job_command;
    };

    // Starts D-Bus and cupsd; check problem() before use.
    PrintLab();
    ~PrintLab();
    PrintLab(const PrintLab&) = delete;

    // Why the lab could not start, for the skip message; empty when it runs.
    const std::string& problem() const { return m_problem; }
    // What is missing to run a lab at all (the Debian packages to install), if anything.
    static std::optional<std::string> missing_tools();

    // "127.0.0.1:port", for CUPS_SERVER.
    std::string cups_server() const { return "127.0.0.1:" + std::to_string(m_cups_port); }

    // A new ippeveprinter that accepts PDF, keeps every job's file in its spool, and has a D-Bus bus.
    Printer& start_printer(const std::string& name, PrinterOptions = {});
    // A CUPS queue for it with the driverless model (lpadmin -m everywhere), made the default.
    bool add_queue(const Printer&, const std::string& queue);
    // Makes the printer appear in CUPS' device discovery, as a network printer found by DNS-SD would.
    void make_discoverable(const Printer&);
    // The supply levels in printer-supply order (for ColorJet: waste, black, cyan, magenta, yellow).
    bool set_supplies(const Printer&, const std::vector<int>& levels);
    // The printer switched off: its process ends.
    void switch_off(Printer&);
    // The job files the printer received so far.
    std::vector<std::string> spooled_files(const Printer&) const;
    // The CUPS queue names (lpstat -p), for checking what "Add a printer" did.
    std::string lpstat(const std::vector<std::string>& arguments) const;
    const std::string& directory() const { return m_dir; }

private:
    bool wait_for_port(int port) const;

    std::string m_dir;
    std::string m_problem;
    std::string m_bus;
    int m_cups_port { 0 };
    std::unique_ptr<Process> m_dbus;
    std::unique_ptr<Process> m_cupsd;
    std::vector<std::unique_ptr<Printer>> m_printers;
};

// A free TCP port on 127.0.0.1 (bound, then released for the program that will listen on it).
int free_port();
// An HTTP GET on loopback; returns the status code (0 when nothing answered).
int http_get(int port, const std::string& path);

}
