// IPP requests to CUPS and to printers, each bounded in time and abandoned when Foyer stops.
#include "cups_client.hpp"

#include "../../shell/core/system/log.hpp"
#include "ipp_attributes.hpp"

#include <cups/adminutil.h>
#include <cups/cups.h>

#include <algorithm>
#include <memory>
#include <set>
#include <unistd.h>

namespace Foyer {

namespace {

using Clock = std::chrono::steady_clock;

// One HTTP connection whose every wait gives up at a deadline, or as soon as Foyer asks its workers to
// stop: libcups calls `keep_waiting` every quarter of a second while it waits.
class Connection {
public:
    static std::unique_ptr<Connection> open(const std::string& host, int port, http_encryption_t encryption, std::stop_token stop)
    {
        // libcups' own way to abandon a connection attempt: it reads this flag while it waits.
        int cancel = 0;
        std::stop_callback on_stop(stop, [&] { cancel = 1; });
        http_t* http = httpConnect2(host.c_str(), port, nullptr, AF_UNSPEC, encryption, 1,
            int(CupsClient::connect_timeout.count()), &cancel);
        if (!http)
            return nullptr;
        return std::unique_ptr<Connection>(new Connection(http, std::move(stop)));
    }

    ~Connection() { httpClose(m_http); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    http_t* http() { return m_http; }

    // Sends `request` (which it frees) and returns the answer, or nullptr; cupsLastError() says why.
    ipp_t* send(ipp_t* request, const char* resource, std::chrono::milliseconds timeout = CupsClient::answer_timeout)
    {
        arm(timeout);
        return cupsDoRequest(m_http, request, resource);
    }

    void arm(std::chrono::milliseconds timeout) { m_deadline = Clock::now() + timeout; }

private:
    Connection(http_t* http, std::stop_token stop)
        : m_http(http)
        , m_stop(std::move(stop))
    {
        httpSetTimeout(m_http, 0.25, &Connection::keep_waiting, this);
    }

    static int keep_waiting(http_t*, void* self)
    {
        auto* connection = static_cast<Connection*>(self);
        return !connection->m_stop.stop_requested() && Clock::now() < connection->m_deadline;
    }

    http_t* m_http;
    std::stop_token m_stop;
    Clock::time_point m_deadline { Clock::now() + CupsClient::answer_timeout };
};

struct Answer {
    explicit Answer(ipp_t* ipp)
        : ipp(ipp)
    {
    }
    ~Answer() { ippDelete(ipp); }
    Answer(const Answer&) = delete;
    ipp_t* ipp;
    bool ok() const { return ipp && ippGetStatusCode(ipp) <= IPP_STATUS_OK_EVENTS_COMPLETE; }
};

std::string last_error_detail()
{
    const char* text = cupsLastErrorString();
    return ippErrorString(cupsLastError()) + std::string(": ") + (text ? text : "");
}

// CUPS accepts any host name in its own URIs; the path is what names the queue or job.
std::string cups_uri(const CupsServer& server, const char* format, const std::string& name)
{
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof(uri), "ipp", nullptr, "localhost", server.port > 0 ? server.port : 631,
        format, name.c_str());
    return uri;
}

std::string queue_uri(const CupsServer& server, const std::string& queue)
{
    return cups_uri(server, "/printers/%s", queue);
}

ipp_t* new_request(ipp_op_t operation, const char* uri_name, const std::string& uri)
{
    ipp_t* request = ippNewRequest(operation);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, uri_name, nullptr, uri.c_str());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    return request;
}

void ask_for(ipp_t* request, std::initializer_list<const char*> attributes)
{
    std::vector<const char*> names(attributes);
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", int(names.size()), nullptr, names.data());
}

constexpr std::initializer_list<const char*> supply_attributes {
    "printer-state",
    "printer-state-reasons",
    "printer-supply",
    "printer-supply-description",
    "marker-names",
    "marker-levels",
    "marker-colors",
    "marker-types",
    "marker-low-levels",
};

Error unreachable_service(std::string detail)
{
    return Error::plain(N_("The printing service of this computer does not answer. Foyer asks it again by itself; if it still does not answer, call for help."),
        {}, std::move(detail));
}

std::unique_ptr<Connection> connect_to(const CupsServer& server, std::stop_token stop)
{
    return Connection::open(server.host, server.port, HTTP_ENCRYPTION_IF_REQUESTED, std::move(stop));
}

// The printer's own answer, when its address is one Foyer can ask (ipp, ipps, http, https).
std::optional<PrinterFacts> ask_device(const std::string& device_uri, std::stop_token stop, bool& unreachable)
{
    char scheme[32], userpass[256], host[256], resource[1024];
    int port = 0;
    if (httpSeparateURI(HTTP_URI_CODING_ALL, device_uri.c_str(), scheme, sizeof(scheme), userpass, sizeof(userpass), host,
            sizeof(host), &port, resource, sizeof(resource))
        < HTTP_URI_STATUS_OK)
        return std::nullopt;
    std::string kind = scheme;
    if (kind != "ipp" && kind != "ipps" && kind != "http" && kind != "https")
        return std::nullopt;
    auto encryption = kind == "ipps" || kind == "https" ? HTTP_ENCRYPTION_ALWAYS : HTTP_ENCRYPTION_IF_REQUESTED;
    auto connection = Connection::open(host, port, encryption, stop);
    if (!connection) {
        unreachable = !stop.stop_requested();
        return std::nullopt;
    }
    ipp_t* request = new_request(IPP_OP_GET_PRINTER_ATTRIBUTES, "printer-uri", device_uri);
    ask_for(request, supply_attributes);
    Answer answer(connection->send(request, resource));
    if (!answer.ipp) {
        // No answer at all within the time allowed: for a senior, the printer is as good as off.
        unreachable = !stop.stop_requested();
        return std::nullopt;
    }
    if (!answer.ok())
        return std::nullopt;
    return printer_facts_from_ipp(answer.ipp);
}

bool is_driverless_network_address(std::string_view uri)
{
    for (std::string_view scheme : { "ipp://", "ipps://" })
        if (uri.substr(0, scheme.size()) == scheme)
            return true;
    // The dnssd backend lists IPP printers as dnssd://Name._ipp._tcp.local/ or ._ipps._tcp.
    return uri.substr(0, 8) == "dnssd://" && (uri.find("._ipp._tcp") != std::string_view::npos || uri.find("._ipps._tcp") != std::string_view::npos);
}

}

CupsServer CupsServer::from_environment()
{
    return { cupsServer(), ippPort() };
}

CupsClient::CupsClient(CupsServer server)
    : m_server(std::move(server))
{
}

PrinterSituation CupsClient::read_situation(std::stop_token stop) const
{
    PrinterSituation situation;
    auto cups = connect_to(m_server, stop);
    if (!cups) {
        situation.kind = PrinterSituation::Kind::NoService;
        return situation;
    }
    cups->arm(answer_timeout);
    cups_dest_t* dests = nullptr;
    int count = cupsGetDests2(cups->http(), &dests);
    if (count <= 0 && cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE && cupsLastError() != IPP_STATUS_ERROR_NOT_FOUND) {
        cupsFreeDests(count, dests);
        situation.kind = PrinterSituation::Kind::NoService;
        return situation;
    }
    std::string queue;
    for (int i = 0; i < count; ++i)
        if (!dests[i].instance && (queue.empty() || dests[i].is_default))
            queue = dests[i].name;
    cupsFreeDests(count, dests);
    if (queue.empty()) {
        situation.kind = PrinterSituation::Kind::NoPrinter;
        return situation;
    }

    situation.kind = PrinterSituation::Kind::Known;
    ipp_t* request = new_request(IPP_OP_GET_PRINTER_ATTRIBUTES, "printer-uri", queue_uri(m_server, queue));
    ask_for(request, { "printer-name", "printer-info", "device-uri", "printer-state", "printer-state-reasons", "printer-is-accepting-jobs", "media-default", "media-col-default", "media-top-margin-supported", "media-bottom-margin-supported", "media-left-margin-supported", "media-right-margin-supported", "printer-supply", "printer-supply-description", "marker-names", "marker-levels", "marker-colors", "marker-types" });
    Answer answer(cups->send(request, "/"));
    if (!answer.ok()) {
        situation.kind = PrinterSituation::Kind::NoService;
        return situation;
    }
    situation.queue = queue_facts_from_ipp(answer.ipp);
    if (situation.queue.name.empty())
        situation.queue.name = queue;
    situation.device = ask_device(situation.queue.device_uri, stop, situation.unreachable);
    return situation;
}

ErrorOr<int> CupsClient::submit(const JobRequest& job, std::stop_token stop) const
{
    auto cups = connect_to(m_server, stop);
    if (!cups)
        return unreachable_service("cannot connect to CUPS at " + m_server.host);

    // A queue CUPS stopped after an error stays stopped until someone restarts it: do it now, since the
    // senior is asking to print. Failing here is not fatal; the job will say what is wrong.
    auto uri = queue_uri(m_server, job.queue);
    for (auto operation : { IPP_OP_RESUME_PRINTER, IPP_OP_CUPS_ACCEPT_JOBS }) {
        if (!job.restart_queue)
            break;
        Answer resumed(cups->send(new_request(operation, "printer-uri", uri), "/admin/"));
        if (!resumed.ok())
            log_info("print: could not restart queue " + job.queue + ": " + last_error_detail());
    }

    // One Print-Job request carrying the file: CUPS' own helpers (cupsCreateJob) look the queue up again
    // through the default server, which is not always the one Foyer was given.
    cups_option_t* options = nullptr;
    int option_count = cupsAddOption("copies", std::to_string(job.copies).c_str(), 0, &options);
    for (auto& [name, value] : job.options)
        option_count = cupsAddOption(name.c_str(), value.c_str(), option_count, &options);
    ipp_t* request = new_request(IPP_OP_PRINT_JOB, "printer-uri", uri);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, job.title.c_str());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_MIMETYPE, "document-format", nullptr, CUPS_FORMAT_PDF);
    cupsEncodeOptions2(request, option_count, options, IPP_TAG_OPERATION);
    cupsEncodeOptions2(request, option_count, options, IPP_TAG_JOB);
    cupsFreeOptions(option_count, options);
    cups->arm(std::chrono::seconds(60));
    Answer answer(cupsDoFileRequest(cups->http(), request, ("/printers/" + job.queue).c_str(), job.file.c_str()));
    ipp_attribute_t* id = answer.ok() ? ippFindAttribute(answer.ipp, "job-id", IPP_TAG_INTEGER) : nullptr;
    if (!id) {
        auto status = cupsLastError();
        if (status == IPP_STATUS_ERROR_INTERNAL && ::access(job.file.c_str(), R_OK) != 0)
            return Error::plain(N_("The document to print could not be read. Choose it again."), {}, job.file);
        if (status == IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS || status == IPP_STATUS_ERROR_NOT_FOUND)
            return Error::plain(N_("The printer did not accept the document. Try again, or call for help."), {}, last_error_detail());
        return Error::plain(N_("The document could not be sent to the printer. Try again, or call for help."), {}, last_error_detail());
    }
    int job_id = ippGetInteger(id, 0);
    log_info("print: job " + std::to_string(job_id) + " sent to " + job.queue);
    return job_id;
}

ErrorOr<JobFacts> CupsClient::read_job(int job_id, std::stop_token stop) const
{
    auto cups = connect_to(m_server, stop);
    if (!cups)
        return unreachable_service("cannot connect to CUPS at " + m_server.host);
    ipp_t* request = new_request(IPP_OP_GET_JOB_ATTRIBUTES, "job-uri", cups_uri(m_server, "/jobs/%s", std::to_string(job_id)));
    ask_for(request, { "job-state", "job-state-reasons", "job-impressions-completed", "job-media-sheets-completed" });
    Answer answer(cups->send(request, "/jobs/"));
    if (!answer.ok())
        return Error::plain(N_("I can't find out where printing stands."), {}, last_error_detail());
    JobFacts facts;
    facts.id = job_id;
    ipp_attribute_t* state = ippFindAttribute(answer.ipp, "job-state", IPP_TAG_ENUM);
    switch (state ? ippGetInteger(state, 0) : IPP_JSTATE_PENDING) {
    case IPP_JSTATE_HELD:
        facts.state = JobState::Held;
        break;
    case IPP_JSTATE_PROCESSING:
        facts.state = JobState::Processing;
        break;
    case IPP_JSTATE_STOPPED:
        facts.state = JobState::Stopped;
        break;
    case IPP_JSTATE_CANCELED:
        facts.state = JobState::Cancelled;
        break;
    case IPP_JSTATE_ABORTED:
        facts.state = JobState::Aborted;
        break;
    case IPP_JSTATE_COMPLETED:
        facts.state = JobState::Completed;
        break;
    default:
        facts.state = JobState::Pending;
        break;
    }
    for (auto name : { "job-impressions-completed", "job-media-sheets-completed" })
        if (ipp_attribute_t* done = ippFindAttribute(answer.ipp, name, IPP_TAG_INTEGER))
            facts.pages_done = std::max(facts.pages_done, ippGetInteger(done, 0));
    if (ipp_attribute_t* reasons = ippFindAttribute(answer.ipp, "job-state-reasons", IPP_TAG_KEYWORD))
        for (int i = 0; i < ippGetCount(reasons); ++i)
            facts.reasons.push_back(ippGetString(reasons, i, nullptr));
    return facts;
}

ErrorOr<void> CupsClient::cancel_job(int job_id, std::stop_token stop) const
{
    auto cups = connect_to(m_server, stop);
    if (!cups)
        return unreachable_service("cannot connect to CUPS at " + m_server.host);
    Answer answer(cups->send(new_request(IPP_OP_CANCEL_JOB, "job-uri", cups_uri(m_server, "/jobs/%s", std::to_string(job_id))), "/jobs/"));
    // "Not possible" means the job has already ended: there is nothing left to cancel.
    if (!answer.ok() && cupsLastError() != IPP_STATUS_ERROR_NOT_POSSIBLE)
        return Error::plain(N_("Printing could not be cancelled. Switch the printer off, or call for help."), {}, last_error_detail());
    log_info("print: job " + std::to_string(job_id) + " cancelled");
    return {};
}

ErrorOr<std::vector<FoundPrinter>> CupsClient::discover(std::stop_token stop) const
{
    auto cups = connect_to(m_server, stop);
    if (!cups)
        return unreachable_service("cannot connect to CUPS at " + m_server.host);
    struct Found {
        std::vector<FoundPrinter> printers;
        std::set<std::string> names;
    } found;
    auto on_device = [](const char* device_class, const char*, const char* info, const char* make_and_model, const char* uri,
                         const char* location, void* data) {
        auto& found = *static_cast<Found*>(data);
        if (!device_class || std::string_view(device_class) != "network" || !uri || !is_driverless_network_address(uri))
            return;
        FoundPrinter printer;
        printer.uri = uri;
        std::string model = make_and_model ? make_and_model : "";
        printer.name = !model.empty() && model != "Unknown" ? model : (info ? info : uri);
        printer.location = location ? location : "";
        // The same printer may be announced twice (dnssd and ipp, IPv4 and IPv6): list it once.
        if (found.names.insert(printer.name + "\n" + printer.location).second)
            found.printers.push_back(std::move(printer));
    };
    // Backends that never list driverless network printers are left out: they would only add waiting.
    constexpr int discovery_seconds = 8;
    cups->arm(std::chrono::seconds(discovery_seconds + 10));
    // CUPS 2.4 marks CUPS-Get-Devices deprecated (printer applications will replace backends), yet it is
    // still how cupsd's own discovery, dnssd included, is asked; there is no replacement in libcups 2.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    auto status = cupsGetDevices(cups->http(), discovery_seconds, nullptr,
        "usb,parallel,serial,socket,lpd,snmp,beh,cups-brf,driverless,driverless-fax", on_device, &found);
#pragma GCC diagnostic pop
    if (status > IPP_STATUS_OK_EVENTS_COMPLETE && found.printers.empty())
        return Error::plain(N_("I could not look for printers. Try again, or call for help."), {}, last_error_detail());
    return found.printers;
}

std::string queue_name_for(std::string_view printer_name)
{
    std::string name;
    for (char c : printer_name) {
        bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (plain)
            name += c;
        else if (!name.empty() && name.back() != '_')
            name += '_';
    }
    while (!name.empty() && name.back() == '_')
        name.pop_back();
    if (name.size() > 100)
        name.resize(100);
    return name.empty() ? "Printer" : name;
}

ErrorOr<std::string> CupsClient::add_printer(const FoundPrinter& printer, std::stop_token stop) const
{
    auto cups = connect_to(m_server, stop);
    if (!cups)
        return unreachable_service("cannot connect to CUPS at " + m_server.host);
    auto queue = queue_name_for(printer.name);
    auto uri = queue_uri(m_server, queue);
    ipp_t* request = new_request(IPP_OP_CUPS_ADD_MODIFY_PRINTER, "printer-uri", uri);
    ippAddString(request, IPP_TAG_PRINTER, IPP_TAG_URI, "device-uri", nullptr, printer.uri.c_str());
    ippAddString(request, IPP_TAG_PRINTER, IPP_TAG_NAME, "ppd-name", nullptr, "everywhere");
    ippAddString(request, IPP_TAG_PRINTER, IPP_TAG_TEXT, "printer-info", nullptr, printer.name.c_str());
    if (!printer.location.empty())
        ippAddString(request, IPP_TAG_PRINTER, IPP_TAG_TEXT, "printer-location", nullptr, printer.location.c_str());
    ippAddBoolean(request, IPP_TAG_PRINTER, "printer-is-accepting-jobs", 1);
    ippAddInteger(request, IPP_TAG_PRINTER, IPP_TAG_ENUM, "printer-state", IPP_PSTATE_IDLE);
    // Setting up a driverless queue makes CUPS ask the printer what it can do: allow it time.
    Answer added(cups->send(request, "/admin/", std::chrono::seconds(30)));
    if (!added.ok()) {
        auto status = cupsLastError();
        if (status == IPP_STATUS_ERROR_FORBIDDEN || status == IPP_STATUS_ERROR_NOT_AUTHORIZED || status == IPP_STATUS_ERROR_NOT_AUTHENTICATED)
            return Error::plain(N_("This computer did not allow adding a printer. The person who installed it can do it, or call for help."),
                {}, last_error_detail());
        return Error::plain(N_("The printer could not be added. Check that it is switched on, then try again."), {}, last_error_detail());
    }
    Answer made_default(cups->send(new_request(IPP_OP_CUPS_SET_DEFAULT, "printer-uri", uri), "/admin/"));
    if (!made_default.ok())
        log_warning("print: " + queue + " added but not made the default: " + last_error_detail());
    log_info("print: added queue " + queue + " for " + printer.uri);
    return queue;
}

}
