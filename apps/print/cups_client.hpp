// Talking to CUPS, and to the printer itself, over IPP with libcups. Every call blocks: workers only.
#pragma once

#include "../../shell/core/error.hpp"
#include "printer_facts.hpp"

#include <chrono>
#include <stop_token>
#include <string>
#include <utility>
#include <vector>

namespace Foyer {

// Where CUPS listens: a host and port, or a local socket path with port 0.
struct CupsServer {
    std::string host;
    int port { 631 };

    // What libcups would use: $CUPS_SERVER, then client.conf, then the local socket.
    static CupsServer from_environment();
};

enum class JobState {
    Pending,
    Held,
    Processing,
    Stopped,
    Cancelled,
    Aborted,
    Completed,
};

struct JobFacts {
    int id { 0 };
    JobState state { JobState::Pending };
    // Sides printed so far, when the printer counts them.
    int pages_done { 0 };
    std::vector<std::string> reasons;

    bool operator==(const JobFacts&) const = default;
};

struct JobRequest {
    std::string queue;
    std::string file;
    std::string title;
    int copies { 1 };
    // IPP job attributes as CUPS options: "print-scaling" = "fit", "media" = "iso_a4_210x297mm".
    std::vector<std::pair<std::string, std::string>> options;
    // The queue was seen stopped or refusing jobs: start it again before sending.
    bool restart_queue { false };
};

// A printer CUPS found on the network and could set up without a driver.
struct FoundPrinter {
    std::string uri;
    // What to call it: the make and model, or the name it announces.
    std::string name;
    std::string location;

    bool operator==(const FoundPrinter&) const = default;
};

class CupsClient {
public:
    explicit CupsClient(CupsServer);

    // The default queue (else the first), its state, and the state of the printer behind it, asked at
    // the printer's own address when the queue prints over IPP.
    PrinterSituation read_situation(std::stop_token) const;

    // Sends a PDF to the queue; with `restart_queue`, starts the queue again first (after the printer
    // was off, CUPS often stops the queue and never restarts it by itself). Returns the job id.
    ErrorOr<int> submit(const JobRequest&, std::stop_token) const;
    ErrorOr<JobFacts> read_job(int job_id, std::stop_token) const;
    ErrorOr<void> cancel_job(int job_id, std::stop_token) const;

    // Network printers CUPS can set up without a driver (IPP Everywhere), from its device discovery.
    ErrorOr<std::vector<FoundPrinter>> discover(std::stop_token) const;
    // Adds a queue for it with the driverless "everywhere" model and makes it the default; returns the
    // queue's name.
    ErrorOr<std::string> add_printer(const FoundPrinter&, std::stop_token) const;

    // How long a printer or CUPS may take to answer before it counts as unreachable.
    static constexpr std::chrono::milliseconds connect_timeout { 3000 };
    static constexpr std::chrono::milliseconds answer_timeout { 5000 };

private:
    CupsServer m_server;
};

// A queue name CUPS accepts, made from what the printer is called ("HP OfficeJet 3830" -> "HP_OfficeJet_3830").
std::string queue_name_for(std::string_view printer_name);

}
