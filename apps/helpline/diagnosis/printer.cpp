// Printer collectors: the default printer, its state and reasons and its ink, asked of the printer itself
// through the print app's CUPS client, and the jobs waiting in CUPS.
#include "diagnosis.hpp"

#include "../../../shell/core/i18n/mark.hpp"
#include "../../print/cups_client.hpp"

#include <cups/cups.h>

#include <algorithm>
#include <ctime>

namespace Foyer {

namespace {

// The usual colorants each have their sentence, so both languages say the colour naturally.
struct InkSentences {
    std::string_view colorant;
    const char* empty;
    const char* low;
};

constexpr InkSentences ink_sentences[] = {
    { "black", N_("The printer has no more black ink."), N_("The black ink is low ({level} %).") },
    { "cyan", N_("The printer has no more cyan (blue) ink."), N_("The cyan (blue) ink is low ({level} %).") },
    { "magenta", N_("The printer has no more magenta (red) ink."), N_("The magenta (red) ink is low ({level} %).") },
    { "yellow", N_("The printer has no more yellow ink."), N_("The yellow ink is low ({level} %).") },
};

const InkSentences* sentences_for(const std::string& colorant)
{
    for (auto& sentences : ink_sentences)
        if (colorant.find(sentences.colorant) != std::string::npos)
            return &sentences;
    return nullptr;
}

constexpr int low_ink = 10;

Finding ink_finding(const PrinterSituation& situation)
{
    std::vector<Supply> supplies = situation.device ? situation.device->supplies : situation.queue.supplies;
    nlohmann::json levels = nlohmann::json::object();
    for (auto& supply : supplies)
        if (supply.kind == SupplyKind::Colorant)
            levels[supply.colorant.empty() ? supply.description : supply.colorant] = supply.level ? nlohmann::json(*supply.level) : nlohmann::json();
    nlohmann::json details { { "source", situation.device ? "printer" : "cups queue" }, { "levels", levels } };
    auto has_reason = [&](std::string_view reason) { return situation.device && situation.device->has_reason(reason); };

    // The emptiest colorant decides; the printer's own "empty" reason counts even without a level.
    const Supply* worst = nullptr;
    bool any_level = false;
    for (auto& supply : supplies) {
        if (supply.kind != SupplyKind::Colorant || !supply.level)
            continue;
        any_level = true;
        if (!worst || *supply.level < *worst->level)
            worst = &supply;
    }
    bool empty = (worst && *worst->level <= 0) || has_reason("toner-empty") || has_reason("marker-supply-empty");
    bool low = (worst && *worst->level <= low_ink) || has_reason("toner-low") || has_reason("marker-supply-low");
    if (empty || low) {
        auto* sentences = worst ? sentences_for(worst->colorant) : nullptr;
        auto level = std::to_string(worst && worst->level ? *worst->level : 0);
        if (empty)
            return make_finding("printer.ink", Verdict::Fail,
                sentences ? sentences->empty : N_("One of the printer's inks is empty."), {}, details);
        return make_finding("printer.ink", Verdict::Warn, sentences ? sentences->low : N_("One of the printer's inks is low ({level} %)."),
            { { "level", level } }, details);
    }
    if (!any_level)
        return make_finding("printer.ink", Verdict::Unknown, N_("The printer does not say how much ink is left."), {}, details);
    return make_finding("printer.ink", Verdict::Ok, N_("There is ink in every cartridge."), {}, details);
}

Finding state_finding(const PrinterSituation& situation)
{
    nlohmann::json details { { "queue_state", int(situation.queue.state) }, { "queue_reasons", situation.queue.reasons },
        { "accepting_jobs", situation.queue.accepting_jobs }, { "unreachable", situation.unreachable } };
    if (situation.device) {
        details["printer_state"] = int(situation.device->state);
        details["printer_reasons"] = situation.device->reasons;
    }
    if (situation.unreachable)
        return make_finding("printer.state", Verdict::Fail, N_("The printer does not answer: it may be switched off."), {}, details);
    auto has = [&](std::string_view reason) {
        return (situation.device && situation.device->has_reason(reason))
            || std::find(situation.queue.reasons.begin(), situation.queue.reasons.end(), reason) != situation.queue.reasons.end();
    };
    if (has("media-jam"))
        return make_finding("printer.state", Verdict::Fail, N_("Paper is jammed in the printer."), {}, details);
    if (has("media-empty") || has("media-needed"))
        return make_finding("printer.state", Verdict::Fail, N_("The printer has no paper."), {}, details);
    if (has("door-open") || has("cover-open"))
        return make_finding("printer.state", Verdict::Fail, N_("A cover of the printer is open."), {}, details);
    if (has("offline") || has("shutdown"))
        return make_finding("printer.state", Verdict::Fail, N_("The printer is switched off."), {}, details);
    if (situation.queue.state == DeviceState::Stopped || !situation.queue.accepting_jobs || has("paused"))
        return make_finding("printer.state", Verdict::Warn, N_("Printing is paused on this computer."), {}, details);
    auto state = situation.device ? situation.device->state : situation.queue.state;
    if (state == DeviceState::Processing)
        return make_finding("printer.state", Verdict::Ok, N_("The printer is printing."), {}, details);
    if (state == DeviceState::Idle)
        return make_finding("printer.state", Verdict::Ok, N_("The printer is ready."), {}, details);
    return make_finding("printer.state", Verdict::Unknown, N_("The printer does not say how it is."), {}, details);
}

Finding jobs_finding(const CupsServer& server)
{
    http_t* http = httpConnect2(server.host.c_str(), server.port, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED, 1, 2000, nullptr);
    if (!http)
        return make_finding("printer.jobs", Verdict::Unknown, N_("Foyer could not ask which print jobs are waiting."));
    cups_job_t* jobs = nullptr;
    int count = cupsGetJobs2(http, &jobs, nullptr, 0, CUPS_WHICHJOBS_ACTIVE);
    long oldest_minutes = 0;
    auto now = std::time(nullptr);
    for (int i = 0; i < count; ++i)
        oldest_minutes = std::max<long>(oldest_minutes, long(now - jobs[i].creation_time) / 60);
    cupsFreeJobs(count, jobs);
    httpClose(http);
    nlohmann::json details { { "active_jobs", std::max(count, 0) }, { "oldest_minutes", oldest_minutes } };
    if (count <= 0)
        return make_finding("printer.jobs", Verdict::Ok, N_("No print job is waiting."), {}, details);
    if (oldest_minutes >= 2)
        return make_finding("printer.jobs", Verdict::Warn, N_("A print job has been waiting for {minutes} minutes."),
            { { "minutes", std::to_string(oldest_minutes) } }, details);
    return make_finding("printer.jobs", Verdict::Ok, N_("A print job is being printed."), {}, details);
}

}

std::vector<Finding> collect_printers(const DiagnosisContext&, std::stop_token stop)
{
    auto server = CupsServer::from_environment();
    auto situation = CupsClient(server).read_situation(stop);
    switch (situation.kind) {
    case PrinterSituation::Kind::Checking:
    case PrinterSituation::Kind::NoService:
        return { make_finding("printer.default", Verdict::Unknown,
            N_("Foyer could not ask the printing service about printers."), {}, { { "cups", "not answering" } }) };
    case PrinterSituation::Kind::NoPrinter:
        return { make_finding("printer.default", Verdict::Fail, N_("No printer is set up on this computer."), {},
            { { "queues", 0 } }) };
    case PrinterSituation::Kind::Known:
        break;
    }
    std::vector<Finding> findings;
    findings.push_back(make_finding("printer.default", Verdict::Ok, N_("The printer is called {name}."),
        { { "name", situation.queue.info.empty() ? situation.queue.name : situation.queue.info } },
        { { "queue", situation.queue.name } }));
    findings.push_back(state_finding(situation));
    findings.push_back(ink_finding(situation));
    findings.push_back(jobs_finding(server));
    return findings;
}

}
