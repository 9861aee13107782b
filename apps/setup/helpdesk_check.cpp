// The helpdesk address's Test: one GET /healthz through the help report's HTTP code, and its verdict.
#include "helpdesk_check.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../helpline/net/http.hpp"

#include <nlohmann/json.hpp>

namespace Foyer {

namespace {

// What /healthz said, when it is a helpdesk's JSON at all.
std::optional<std::string> health_status(const std::string& body)
{
    auto json = nlohmann::json::parse(body, nullptr, false);
    if (!json.is_object() || !json.contains("status") || !json["status"].is_string())
        return std::nullopt;
    return json["status"].get<std::string>();
}

}

HelpdeskCheck check_helpdesk_answers(const std::string& address, const std::string& ca_file, std::stop_token stop,
    const std::function<bool()>& internet)
{
    HttpRequest request;
    request.url = address + "/healthz";
    request.ca_path = ca_file;
    // Short: the family waits in front of the page. A redirect is not followed: the help report does not either.
    request.connect_timeout = std::chrono::milliseconds(5000);
    request.timeout = std::chrono::milliseconds(8000);
    auto answer = http_request(request, stop);
    if (auto* error = std::get_if<HttpError>(&answer)) {
        HelpdeskCheck check { .detail = request.url + ": " + error->detail };
        switch (error->failure) {
        case HttpFailure::Resolve:
        case HttpFailure::Connect:
        case HttpFailure::Timeout:
            // A name nobody knows, or nothing answering, is the address when the rest of the internet answers
            // (or when the helpdesk is on this computer); otherwise it is the internet.
            check.verdict = is_loopback_url(address) || (internet && internet()) ? HelpdeskVerdict::NotFound : HelpdeskVerdict::NoInternet;
            break;
        case HttpFailure::Certificate:
            check.verdict = HelpdeskVerdict::Certificate;
            break;
        case HttpFailure::Other:
            // Connected, then the talk went wrong: something is there, and it does not speak like a helpdesk.
            check.verdict = HelpdeskVerdict::NotAHelpdesk;
            break;
        case HttpFailure::Stopped:
            check.verdict = HelpdeskVerdict::Stopped;
            break;
        }
        return check;
    }
    auto& response = std::get<HttpResponse>(answer);
    HelpdeskCheck check { .detail = request.url + ": " + std::to_string(response.status) + " " + response.body.substr(0, 200) };
    auto status = health_status(response.body);
    if (response.status == 200 && status == "ok")
        check.verdict = HelpdeskVerdict::Answers;
    else if (response.status == 503 && status)
        check.verdict = HelpdeskVerdict::Unavailable;
    else
        check.verdict = HelpdeskVerdict::NotAHelpdesk;
    return check;
}

std::string helpdesk_check_text(HelpdeskVerdict verdict, const std::string& address)
{
    switch (verdict) {
    case HelpdeskVerdict::Answers:
        return format(tr("It answers: {address} is a Foyer helpdesk, and it works."), { { "address", address } });
    case HelpdeskVerdict::NotFound:
        return format(tr("Not found: nothing answers at {address}. Check the address with the association, letter by letter."),
            { { "address", address } });
    case HelpdeskVerdict::NoInternet:
        return tr("No internet: this computer cannot reach the helpdesk. Check the internet connection (the box, the cable or the "
                  "Wi-Fi), then test again.");
    case HelpdeskVerdict::NotAHelpdesk:
        return format(tr("Not a helpdesk: something answers at {address}, but it is not a Foyer helpdesk. Check the address with the "
                         "association."),
            { { "address", address } });
    case HelpdeskVerdict::Unavailable:
        return format(tr("The helpdesk at {address} answers, but says it is not working now. Tell the association, and test again "
                         "later."),
            { { "address", address } });
    case HelpdeskVerdict::Certificate:
        return format(tr("{address} could not prove it is really that address, so Foyer stopped. Check the address with the "
                         "association."),
            { { "address", address } });
    case HelpdeskVerdict::Stopped:
        break;
    }
    return {};
}

}
