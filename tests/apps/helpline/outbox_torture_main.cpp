// foyer-outbox-torture: the help report's outbox and sender, run for real against a helpdesk, to be
// killed at random moments by tests/integration/help_report_test (kill -9, 200 times).
//   foyer-outbox-torture --outbox DIR --helpdesk URL --credentials FILE --add N --journal FILE
// Adds N new reports, then sends the outbox until it is empty, and exits 0. The journal gets
// "intent ID" before a report is handed to the outbox and "queued ID" once the outbox holds it safely.
#include "apps/helpline/report/helpdesk_client.hpp"
#include "apps/helpline/report/outbox.hpp"
#include "apps/helpline/report/outbox_sender.hpp"
#include "apps/helpline/report/report_builder.hpp"

#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <string>
#include <unistd.h>

using namespace Foyer;

int main(int argc, char** argv)
{
    std::string outbox_dir, helpdesk, credentials, journal;
    int add = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string option = argv[i];
        if (option == "--outbox")
            outbox_dir = argv[i + 1];
        else if (option == "--helpdesk")
            helpdesk = argv[i + 1];
        else if (option == "--credentials")
            credentials = argv[i + 1];
        else if (option == "--journal")
            journal = argv[i + 1];
        else if (option == "--add")
            add = std::atoi(argv[i + 1]);
    }
    if (outbox_dir.empty() || helpdesk.empty() || credentials.empty() || journal.empty())
        return 2;

    // The count bound (30) is the unit tests' business: here a backlog built up by the kills must not be
    // trimmed, or a report would be dropped by design and counted as lost.
    Outbox outbox(outbox_dir, OutboxLimits { 100000, std::chrono::hours(24 * 30), size_t(1) << 30 });
    int journal_fd = open(journal.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    Diagnosis diagnosis;
    diagnosis.findings = { make_finding("network.connectivity", Verdict::Ok, "The internet works.") };
    for (int i = 0; i < add; ++i) {
        auto report = build_report(diagnosis, "torture", Language::English);
        auto note = [&](const char* what) {
            auto line = std::string(what) + " " + report.report_id + "\n";
            [[maybe_unused]] auto written = write(journal_fd, line.data(), line.size());
            fsync(journal_fd);
        };
        note("intent");
        auto now = int64_t(std::time(nullptr));
        if (outbox.add({ report.report_id, Protocol::serialize_report(report), {}, now, 0, now }).is_error())
            return 1;
        // Only now is the report the outbox's responsibility: these must all arrive.
        note("queued");
    }
    close(journal_fd);

    std::mutex mutex;
    std::condition_variable empty;
    HelpdeskConfig config { helpdesk, {}, {}, credentials, "torture" };
    OutboxSender sender(
        outbox,
        [&](const QueuedReport& report, std::stop_token stop) {
        HelpdeskClient client(config);
        return client.send_report(report.report_json, report.png, stop);
        },
        [&](const QueuedReport&, const SendResult&) {
        std::lock_guard lock(mutex);
        empty.notify_all();
    });
    sender.poke();
    std::unique_lock lock(mutex);
    empty.wait_for(lock, std::chrono::seconds(120), [&] { return outbox.load().empty(); });
    return outbox.load().empty() ? 0 : 3;
}
