// Network collectors: the link and Wi-Fi (local files), the box, names (DNS), login pages, the helpdesk
// and common websites (HTTPS, with timings). Addresses and network names are never reported.
#include "diagnosis.hpp"

#include "../../../shell/core/i18n/mark.hpp"
#include "../../../shell/core/system/files.hpp"
#include "../net/http.hpp"

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace Foyer {

namespace {

using namespace std::chrono_literals;

std::chrono::milliseconds remaining(const DiagnosisContext& context, std::chrono::milliseconds margin = 300ms)
{
    return std::max(context.deadline - margin, std::chrono::milliseconds(200));
}

std::string host_of(const std::string& url)
{
    auto scheme = url.find("://");
    auto rest = scheme == std::string::npos ? url : url.substr(scheme + 3);
    rest = rest.substr(0, rest.find_first_of("/?#"));
    if (!rest.empty() && rest[0] == '[')
        return rest.substr(1, rest.find(']') - 1);
    return rest.substr(0, rest.find(':'));
}

}

std::vector<Finding> collect_network_local(const DiagnosisContext& context, std::stop_token stop)
{
    std::vector<Finding> findings;

    // NetworkManager's own verdict when it runs; it already checks for login pages and the internet.
    auto nmcli = context.programs({ "nmcli", "-t", "-f", "CONNECTIVITY", "general" }, 1500ms, stop);
    std::optional<Connectivity> connectivity;
    if (!nmcli.is_error() && nmcli.value().exit_code == 0)
        connectivity = parse_nmcli_connectivity(nmcli.value().output);
    nlohmann::json nm_details { { "networkmanager", connectivity ? "running" : "not running" } };
    switch (connectivity.value_or(Connectivity::Unknown)) {
    case Connectivity::Full:
        findings.push_back(make_finding("network.connectivity", Verdict::Ok, N_("The internet works."), {}, nm_details));
        break;
    case Connectivity::Limited:
        findings.push_back(make_finding("network.connectivity", Verdict::Fail,
            N_("The computer is connected to the box, but the internet does not answer."), {}, nm_details));
        break;
    case Connectivity::Portal:
        findings.push_back(make_finding("network.connectivity", Verdict::Warn,
            N_("The internet first asks to log in on a web page (a hotel or a public Wi-Fi)."), {}, nm_details));
        break;
    case Connectivity::None:
        findings.push_back(make_finding("network.connectivity", Verdict::Fail,
            N_("The computer is not connected to any network."), {}, nm_details));
        break;
    case Connectivity::Unknown:
        findings.push_back(make_finding("network.connectivity", Verdict::Unknown,
            N_("The network manager did not say whether the internet works; the other checks tell."), {}, nm_details));
        break;
    }

    auto links = read_links(context.paths);
    nlohmann::json link_details { { "wired_up", links.wired_up }, { "wireless_up", links.wireless_up },
        { "wireless_present", links.wireless_present } };
    if (links.wired_up && links.wireless_up)
        findings.push_back(make_finding("network.link", Verdict::Ok, N_("The computer is connected by cable and by Wi-Fi."), {}, link_details));
    else if (links.wired_up)
        findings.push_back(make_finding("network.link", Verdict::Ok, N_("The computer is connected by cable."), {}, link_details));
    else if (links.wireless_up)
        findings.push_back(make_finding("network.link", Verdict::Ok, N_("The computer is connected by Wi-Fi."), {}, link_details));
    else
        findings.push_back(make_finding("network.link", Verdict::Fail,
            N_("No network cable is plugged in and the Wi-Fi is not connected."), {}, link_details));

    auto radio = read_wifi_radio(context.paths);
    auto signal = parse_wireless_signal(read_file(context.paths.proc + "/net/wireless").value_or(""));
    nlohmann::json wifi_details { { "radio_present", radio.present }, { "soft_blocked", radio.soft_blocked },
        { "hard_blocked", radio.hard_blocked } };
    if (signal)
        wifi_details["signal_dbm"] = *signal;
    if (radio.hard_blocked)
        findings.push_back(make_finding("network.wifi", Verdict::Fail,
            N_("The Wi-Fi is switched off by a button or a switch on the computer."), {}, wifi_details));
    else if (radio.soft_blocked)
        findings.push_back(make_finding("network.wifi", Verdict::Fail, N_("The Wi-Fi is switched off on this computer."), {}, wifi_details));
    else if (!radio.present && !links.wireless_present)
        findings.push_back(make_finding("network.wifi", links.wired_up ? Verdict::Ok : Verdict::Unknown,
            N_("This computer has no Wi-Fi."), {}, wifi_details));
    else if (!links.wireless_up)
        findings.push_back(make_finding("network.wifi", Verdict::Warn, N_("The Wi-Fi is on but not connected to a network."), {}, wifi_details));
    else if (signal && *signal < -75)
        findings.push_back(make_finding("network.wifi", Verdict::Warn,
            N_("The Wi-Fi signal is weak: being closer to the internet box may help."), {}, wifi_details));
    else
        findings.push_back(make_finding("network.wifi", Verdict::Ok, N_("The Wi-Fi signal is good."), {}, wifi_details));
    return findings;
}

std::vector<Finding> collect_gateway(const DiagnosisContext& context, std::stop_token stop)
{
    auto gateway = parse_default_gateway(read_file(context.paths.proc + "/net/route").value_or(""));
    if (!gateway)
        return { make_finding("network.gateway", Verdict::Fail, N_("There is no way out to the internet box."),
            {}, { { "default_route", false } }) };
    // A connection attempt that is refused proves the box is there as well as one that is accepted.
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(53);
    address.sin_addr.s_addr = *gateway;
    auto started = std::chrono::steady_clock::now();
    bool reachable = false;
    if (fd >= 0) {
        int result = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
        if (result == 0 || errno == ECONNREFUSED) {
            reachable = true;
        } else if (errno == EINPROGRESS) {
            auto limit = std::min(remaining(context), std::chrono::milliseconds(1500));
            while (!stop.stop_requested() && std::chrono::steady_clock::now() - started < limit) {
                pollfd poll_fd { fd, POLLOUT, 0 };
                if (poll(&poll_fd, 1, 50) > 0) {
                    int error = 0;
                    socklen_t length = sizeof error;
                    getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
                    reachable = error == 0 || error == ECONNREFUSED;
                    break;
                }
            }
        }
        close(fd);
    }
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    nlohmann::json details { { "default_route", true }, { "reachable", reachable }, { "time_ms", ms } };
    if (reachable)
        return { make_finding("network.gateway", Verdict::Ok, N_("The internet box answers."), {}, details) };
    return { make_finding("network.gateway", Verdict::Fail, N_("The internet box does not answer."), {}, details) };
}

std::vector<Finding> collect_dns(const DiagnosisContext& context, std::stop_token stop)
{
    auto host = context.sites.empty() ? std::string("www.impots.gouv.fr") : host_of(context.sites.front());
    // getaddrinfo_a can be abandoned at the deadline; plain getaddrinfo could hang for 30 seconds.
    gaicb request {};
    addrinfo hints {};
    hints.ai_socktype = SOCK_STREAM;
    request.ar_name = host.c_str();
    request.ar_request = &hints;
    gaicb* list[] = { &request };
    auto started = std::chrono::steady_clock::now();
    bool answered = false;
    int status = EAI_AGAIN;
    if (getaddrinfo_a(GAI_NOWAIT, list, 1, nullptr) == 0) {
        auto limit = std::min(remaining(context), std::chrono::milliseconds(2000));
        while (!stop.stop_requested() && std::chrono::steady_clock::now() - started < limit) {
            timespec step { 0, 50'000'000 };
            gai_suspend(list, 1, &step);
            status = gai_error(&request);
            if (status != EAI_INPROGRESS) {
                answered = true;
                break;
            }
        }
        if (!answered)
            gai_cancel(&request);
        else if (status == 0)
            freeaddrinfo(request.ar_result);
    }
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    nlohmann::json details { { "answered", answered }, { "resolved", answered && status == 0 }, { "time_ms", ms } };
    if (answered && status == 0)
        return { make_finding("network.dns", Verdict::Ok, N_("The names of websites are found."), {}, details) };
    return { make_finding("network.dns", Verdict::Fail,
        N_("The names of websites cannot be found: the internet box or the provider has a problem."), {}, details) };
}

std::vector<Finding> collect_captive_portal(const DiagnosisContext& context, std::stop_token stop)
{
    HttpRequest request;
    request.url = context.portal_check_url;
    request.timeout = std::min(remaining(context), std::chrono::milliseconds(2500));
    request.connect_timeout = request.timeout;
    auto result = http_request(request, stop);
    if (auto* response = std::get_if<HttpResponse>(&result)) {
        nlohmann::json details { { "status", response->status }, { "time_ms", response->elapsed.count() } };
        if (response->status == 204)
            return { make_finding("network.captive_portal", Verdict::Ok, N_("No login page stands in the way of the internet."), {}, details) };
        return { make_finding("network.captive_portal", Verdict::Warn,
            N_("A login page stands in the way of the internet (a hotel or a public Wi-Fi)."), {}, details) };
    }
    auto& error = std::get<HttpError>(result);
    return { make_finding("network.captive_portal", Verdict::Unknown, N_("Foyer could not check for a login page."), {},
        { { "error", error.detail } }) };
}

std::vector<Finding> collect_helpdesk(const DiagnosisContext& context, std::stop_token stop)
{
    if (context.helpdesk_url.empty())
        return {};
    HttpRequest request;
    request.url = context.helpdesk_url + "/healthz";
    request.ca_path = context.ca_path;
    request.timeout = std::min(remaining(context), std::chrono::milliseconds(2500));
    request.connect_timeout = request.timeout;
    auto result = http_request(request, stop);
    if (auto* response = std::get_if<HttpResponse>(&result)) {
        nlohmann::json details { { "status", response->status }, { "time_ms", response->elapsed.count() } };
        if (response->status == 200)
            return { make_finding("network.helpdesk", Verdict::Ok, N_("The helpline's service answers ({ms} ms)."),
                { { "ms", std::to_string(response->elapsed.count()) } }, details) };
        return { make_finding("network.helpdesk", Verdict::Fail, N_("The helpline's service answers with an error."), {}, details) };
    }
    auto& error = std::get<HttpError>(result);
    nlohmann::json details { { "error", error.detail }, { "time_ms", error.elapsed.count() } };
    if (error.failure == HttpFailure::Certificate)
        return { make_finding("network.helpdesk", Verdict::Fail,
            N_("The helpline's service shows a security certificate that is not valid."), {}, details) };
    return { make_finding("network.helpdesk", Verdict::Fail, N_("The helpline's service does not answer."), {}, details) };
}

std::vector<Finding> collect_sites(const DiagnosisContext& context, std::stop_token stop)
{
    if (context.sites.empty())
        return {};
    struct Result {
        bool reachable { false };
        long status { 0 };
        long ms { 0 };
        std::string error;
    };
    std::vector<Result> results(context.sites.size());
    {
        std::vector<std::jthread> checks;
        for (size_t i = 0; i < context.sites.size(); ++i) {
            checks.emplace_back([&, i] {
                HttpRequest request;
                request.method = "HEAD";
                request.url = context.sites[i];
                request.ca_path = context.ca_path;
                request.timeout = std::min(remaining(context), std::chrono::milliseconds(2500));
                request.connect_timeout = request.timeout;
                auto result = http_request(request, stop);
                if (auto* response = std::get_if<HttpResponse>(&result))
                    results[i] = { true, response->status, long(response->elapsed.count()), {} };
                else
                    results[i] = { false, 0, long(std::get<HttpError>(result).elapsed.count()), std::get<HttpError>(result).detail };
            });
        }
    }
    nlohmann::json details = nlohmann::json::array();
    size_t failed = 0;
    for (size_t i = 0; i < results.size(); ++i) {
        failed += !results[i].reachable;
        details.push_back({ { "site", host_of(context.sites[i]) }, { "reachable", results[i].reachable },
            { "status", results[i].status }, { "time_ms", results[i].ms }, { "error", results[i].error } });
    }
    nlohmann::json all { { "sites", details } };
    if (failed == 0)
        return { make_finding("network.sites", Verdict::Ok, N_("The usual websites answer (taxes, health insurance, family benefits)."), {}, all) };
    if (failed < results.size())
        return { make_finding("network.sites", Verdict::Warn, N_("Some usual websites do not answer ({failed} of {total})."),
            { { "failed", std::to_string(failed) }, { "total", std::to_string(results.size()) } }, all) };
    return { make_finding("network.sites", Verdict::Fail, N_("None of the usual websites answers."), {}, all) };
}

}
