// Running the collectors in parallel under one deadline (with the real programs), and printing the result.
#include "diagnosis.hpp"

#include "../../../shell/core/i18n/mark.hpp"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace Foyer {

ProgramRunner real_program_runner()
{
    return [](const std::vector<std::string>& argv, std::chrono::milliseconds timeout, std::stop_token stop) {
        return run_program(argv, timeout, stop);
    };
}

std::vector<NamedCollector> standard_collectors()
{
    return {
        { { "network.connectivity", "network.link", "network.wifi" }, collect_network_local },
        { { "network.gateway" }, collect_gateway },
        { { "network.dns" }, collect_dns },
        { { "network.captive_portal" }, collect_captive_portal },
        { { "network.helpdesk" }, collect_helpdesk },
        { { "network.sites" }, collect_sites },
        { { "printer.default", "printer.state", "printer.ink", "printer.jobs" }, collect_printers },
        { { "sound.output", "sound.input" }, collect_sound },
        { { "camera.present" }, collect_camera },
        { { "system.os", "system.uptime", "system.disk", "system.memory", "system.power", "system.errors" }, collect_system },
    };
}

Diagnosis run_diagnosis(const DiagnosisContext& context, const std::vector<NamedCollector>& collectors)
{
    auto started = std::chrono::steady_clock::now();
    struct Shared {
        std::mutex mutex;
        std::condition_variable done;
        std::vector<std::optional<std::vector<Finding>>> results;
        size_t finished { 0 };
    };
    auto shared = std::make_shared<Shared>();
    shared->results.resize(collectors.size());

    std::vector<std::jthread> threads;
    for (size_t i = 0; i < collectors.size(); ++i) {
        threads.emplace_back([shared, &context, &collectors, i](std::stop_token stop) {
            auto findings = collectors[i].collect(context, stop);
            std::lock_guard lock(shared->mutex);
            shared->results[i] = std::move(findings);
            ++shared->finished;
            shared->done.notify_all();
        });
    }
    {
        std::unique_lock lock(shared->mutex);
        shared->done.wait_until(lock, started + context.deadline, [&] { return shared->finished == collectors.size(); });
    }
    // Late collectors are told to stop (curl and child programs give up within ~50 ms); their findings
    // are reported as unknown either way, so the report never waits for them.
    Diagnosis diagnosis;
    {
        std::lock_guard lock(shared->mutex);
        for (size_t i = 0; i < collectors.size(); ++i) {
            if (shared->results[i]) {
                for (auto& finding : *shared->results[i])
                    diagnosis.findings.push_back(finding);
                continue;
            }
            for (auto id : collectors[i].ids)
                diagnosis.findings.push_back(make_finding(id, Verdict::Unknown, N_("Foyer could not check this in time."),
                    {}, { { "timed_out", true } }));
        }
    }
    for (auto& thread : threads)
        thread.request_stop();
    threads.clear();
    diagnosis.findings = by_severity(std::move(diagnosis.findings));
    diagnosis.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    return diagnosis;
}

std::string diagnosis_text(const Diagnosis& diagnosis)
{
    std::string text;
    for (auto& finding : diagnosis.findings) {
        const char* mark = finding.status == Verdict::Ok ? "[ok]     "
            : finding.status == Verdict::Warn            ? "[warn]   "
            : finding.status == Verdict::Fail            ? "[fail]   "
                                                         : "[unknown]";
        text += std::string(mark) + " " + finding.text() + "\n";
    }
    return text;
}

std::string diagnosis_json(const Diagnosis& diagnosis)
{
    nlohmann::json findings = nlohmann::json::array();
    for (auto& finding : diagnosis.findings)
        findings.push_back({ { "id", finding.id }, { "status", verdict_name(finding.status) }, { "text", finding.text() },
            { "text_fr", finding.text_fr }, { "text_en", finding.text_en }, { "details", finding.details } });
    return nlohmann::json { { "findings", findings }, { "elapsed_ms", diagnosis.elapsed.count() } }.dump(2) + "\n";
}

}
