// The help report's long-lived part: it diagnoses, sends or keeps reports (the outbox), and runs live help
// with a mediator (the banner on every screen, the mediator's messages, fresh pictures on request).
#pragma once

#include "../../shell/core/navigation/app_registry.hpp"
#include "../../shell/core/system/task_runner.hpp"
#include "report/helpdesk_client.hpp"
#include "report/late_notice.hpp"
#include "report/outbox.hpp"
#include "report/outbox_sender.hpp"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>

namespace Foyer {

// What became of a report the senior asked to send.
struct ReportOutcome {
    bool sent { false };
    // Nine digits when sent.
    std::string code;
    // Eight digits, always: read on the phone when nothing could be sent.
    std::string offline_code;
    // Why it was not sent (when not), for the sentence the senior hears.
    SendOutcome why { SendOutcome::Unreachable };
    bool picture_dropped { false };
};

class HelpService final : public AppService {
public:
    explicit HelpService(Services&);
    ~HelpService() override;

    // Whether the family set up a helpdesk (else only the phone number is offered).
    bool can_send() const;

    // Diagnoses the computer, keeps the report safely, then sends it with the picture (empty: none).
    // `done` runs on the main thread, within seconds whatever the network does (the report stays in the
    // outbox when it could not go).
    void submit(RgbaImage picture, std::function<void(ReportOutcome)> done);

    // Live help on a sent case: the helper's messages appear and are spoken, pictures go when asked.
    void start_live(const std::string& code);
    void stop_live();
    bool live() const { return m_live_code.has_value(); }

    float draw_banner(Ui&, const Rect& screen) override;
    // The words of the band for a report that left late (tests read them without a window).
    static std::string late_notice_text(const LateNotice&);
    void draw_overlay(Ui&, const Rect& screen) override;
    // A helper's message is modal: read, then OK (or Escape).
    bool modal() const override { return m_message.has_value(); }
    void dismiss() override { m_message.reset(); }

    // The words of the last actions, for the report ("opened Call for help → pressed Show my screen").
    static std::string activity_words(const std::vector<std::string>& entries, Language);

private:
    HelpdeskConfig client_config() const;
    void on_sent_later(const QueuedReport&, const SendResult&);
    float draw_late_notice(Ui&, const Rect& screen);
    float draw_live_banner(Ui&, const Rect& screen);
    void follow_settings();
    void live_loop(std::string code, HelpdeskConfig, unsigned generation, std::stop_token);
    void on_live_event(const LiveEvent&);
    void on_watched(bool);
    void end_live(const char* why_msgid);

    // The helpdesk settings as the sender's thread sees them, updated from the main thread.
    struct SharedConfig {
        std::mutex mutex;
        HelpdeskConfig config;
        void set(HelpdeskConfig value)
        {
            std::lock_guard lock(mutex);
            config = std::move(value);
        }
        HelpdeskConfig get()
        {
            std::lock_guard lock(mutex);
            return config;
        }
    };

    Services& m_services;
    std::shared_ptr<SharedConfig> m_sender_config { std::make_shared<SharedConfig>() };
    std::string m_outbox_dir;
    Outbox m_outbox;
    TaskRunner m_workers { 2 };
    std::unique_ptr<OutboxSender> m_sender;
    // Which outcomes the senior was shown, and the band telling her a kept report has left.
    LateNotices m_late;
    // The helpdesk address the sender was last given: when the family changes it, everything is tried.
    std::string m_sender_helpdesk;
    std::shared_ptr<std::atomic<bool>> m_alive;

    // Live help: main thread state.
    std::optional<std::string> m_live_code;
    std::optional<std::string> m_message;
    // The message's OK takes the focus on the frame it first appears.
    bool m_message_needs_focus { false };
    // Whether the helpdesk said a mediator looks: until then she is told the truth, that nobody does yet.
    bool m_watched { false };
    // Counts the sessions started and stopped: what a session's thread posts is applied only while it is
    // still the current one.
    unsigned m_live_generation { 0 };
    std::jthread m_live_thread;
};

}
