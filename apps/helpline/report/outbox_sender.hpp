// Sends the outbox in the background: each report when it is due (backing off from 5 s to an hour), at
// once when a new report arrives or the network comes back (the kernel's route changes), every waiting
// report at once when one has just gone through or the helpdesk setting changed (the helpdesk is there
// now: waiting out a back-off would only keep the senior's reports from it), never twice (the helpdesk
// answers a known report id with the same code).
#pragma once

#include "helpdesk_client.hpp"
#include "outbox.hpp"

#include "../../../shell/core/system/retry_loop.hpp"

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace Foyer {

class OutboxSender {
public:
    using Send = std::function<SendResult(const QueuedReport&, std::stop_token)>;
    // Called on the sender's thread after each attempt; post to the main thread from there.
    using Report = std::function<void(const QueuedReport&, const SendResult&)>;

    OutboxSender(Outbox&, Send, Report);
    ~OutboxSender();
    OutboxSender(const OutboxSender&) = delete;
    OutboxSender& operator=(const OutboxSender&) = delete;

    // A new report: whatever is due is tried at once (the rest keeps its backoff and Retry-After).
    void poke();
    // Something says the helpdesk answers now (a report went through, the family changed its address):
    // every waiting report is tried at once, whatever its back-off.
    void send_everything();

private:
    // Tries every due report; returns when the next one is due (seconds since the epoch), if any.
    std::optional<int64_t> send_due(std::stop_token, bool everything);

    Outbox& m_outbox;
    Send m_send;
    Report m_report;
    std::atomic<bool> m_everything { false };
    // Last, so that its thread stops before the members its rounds use go.
    std::unique_ptr<RetryLoop> m_loop;
};

}
