// The e-mail app's model: the inbox (from the disk cache at once, then brought up to date from the server),
// messages opened, drafts saved as the senior types, and the outbox sent in the background. Network and
// disk work happen on workers; results come back on the main thread. It lives as long as Foyer.
#pragma once

#include "../../shell/core/settings/settings.hpp"
#include "../../shell/core/system/image.hpp"
#include "../../shell/core/system/lifetime.hpp"
#include "../../shell/core/system/run_queue.hpp"
#include "../../shell/core/system/task_runner.hpp"
#include "../common/user_files.hpp"
#include "mail_account.hpp"
#include "mail_cache.hpp"
#include "mail_outbox.hpp"
#include "mail_sender.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>

namespace Foyer {

struct EmailOptions {
    // Where the cache, drafts and outbox live ($XDG_STATE_HOME/foyer/email).
    std::string state_dir;
    // Where the password file is looked for by default ($XDG_CONFIG_HOME/foyer).
    std::string config_dir;
    // Where photos and documents to attach are looked for.
    std::string home;
    // How often the inbox is checked while an e-mail screen is open ($FOYER_EMAIL_REFRESH_SECONDS in tests).
    std::chrono::seconds refresh_every { 120 };
    // The first retry of an e-mail that could not leave; $FOYER_EMAIL_RETRY_SECONDS shortens it for tests.
    std::chrono::seconds first_retry { 10 };
    // How a message leaves (tests may stand in for the server); libcurl's SMTP by default.
    MailSender::Send send;
    // The IMAP steps after sending (Sent folder, \Answered); over IMAP by default.
    std::optional<MailSender::Filing> filing;

    static EmailOptions from_environment();
};

// A message ready to show: its content and its photos decoded, upright, scaled for the screen.
struct OpenedMessage {
    uint32_t uid { 0 };
    MessageContent content;
    std::vector<RgbaImage> photos;
    // Pictures sent as photos whose bytes are not a picture: said so on the message, never offered to print.
    std::vector<Attachment> unreadable_photos;
};
// From the raw bytes to what the message screen is given: never fails, whatever the bytes (a photo that
// cannot be decoded is kept apart, in unreadable_photos). The fuzz target `fuzz-message` runs it.
OpenedMessage open_raw_message(uint32_t uid, std::string_view raw, int photo_width, int photo_height);

enum class InboxState {
    Loading,  // reading the cache from disk
    Checking, // asking the server
    UpToDate,
    Failed, // the last check failed: `inbox_error()` says why
    NotSetUp,
};

class EmailApp {
public:
    template<typename T>
    using Done = std::function<void(T)>;

    explicit EmailApp(EmailOptions);
    ~EmailApp();
    EmailApp(const EmailApp&) = delete;
    EmailApp& operator=(const EmailApp&) = delete;

    // Main thread. Results are posted to `run_queue` from now on; with `send`, the outbox is sent in
    // the background (a live session; never while drawing a screenshot).
    void attach(RunQueue&, bool send);
    // Stops the background work and posts nothing more (Foyer is closing).
    void detach();
    // The settings as they are now; the sender is poked when the e-mail account changed. Screens read
    // them from here (not from the shell), so that samples can bring their own.
    void set_settings(const Settings&);
    const Settings& settings() const { return m_settings; }

    // Each open e-mail screen holds a Viewer: the inbox is checked when the first opens and every few
    // minutes while one is open; with none, the server is not asked.
    class [[nodiscard]] Viewer {
    public:
        Viewer(Viewer&& other) noexcept
            : m_app(std::exchange(other.m_app, nullptr))
        {
        }
        Viewer& operator=(Viewer&&) = delete;
        ~Viewer();

    private:
        friend class EmailApp;
        explicit Viewer(EmailApp* app)
            : m_app(app)
        {
        }
        EmailApp* m_app;
    };
    Viewer watch();

    // The inbox, main thread only.
    const MailboxCache& inbox() const { return m_inbox; }
    uint64_t inbox_revision() const { return m_inbox_revision; }
    InboxState inbox_state() const { return m_inbox_state; }
    const std::optional<Error>& inbox_error() const { return m_inbox_error; }
    void check_now();

    // Opens a message (from the disk when it was read before, else from the server), marking it read.
    void open_message(uint32_t uid, int photo_width, int photo_height, Done<ErrorOr<std::shared_ptr<const OpenedMessage>>>);

    // Drafts: every write happens in order on one thread; saving is coalesced there, so calling it on
    // every key press is cheap.
    void save_draft(const Draft&);
    // The draft with that key as last saved (or being saved), else `fresh`.
    void open_draft(Draft fresh, Done<Draft>);
    // Every unfinished e-mail, the most recent first.
    void list_drafts(Done<std::vector<Draft>>);
    // Makes a file ready (a photo shrunk) and adds it to the draft; `done` gets the draft as saved.
    void add_file(Draft, std::string path, Done<ErrorOr<Draft>>);
    void add_attachment(Draft, Attachment, Done<ErrorOr<Draft>>);
    void remove_file(Draft, size_t index, Done<ErrorOr<Draft>>);
    // Builds the e-mail and queues it (nothing is sent when it is over the provider's limit: the error
    // says so), then the sender tries at once. `done` gets the queued e-mail.
    void send(Draft, Done<ErrorOr<QueuedMail>>);

    // The outbox as last seen, and what became of each attempt (main thread).
    const std::vector<QueuedMail>& outbox() const { return m_outbox_view; }
    uint64_t outbox_revision() const { return m_outbox_revision; }
    // Reports since the last call, oldest first; each is handed out once.
    std::vector<SendReport> take_reports();
    // The report for `id`'s attempts so far, if any (the "Sending…" screen waits for it).
    const SendReport* last_report(const std::string& id) const;

    // A screen that tells the senior what became of this e-mail (the "Sending…" screen): the service
    // does not tell it a second time in a banner.
    void follow_mail(const std::string& id, bool following);
    bool followed(const std::string& id) const { return m_followed.count(id) > 0; }

    // Photos and documents to attach, newest first, and their thumbnails (a page at a time).
    void find_files(FileChoice, Done<std::vector<PrintableFile>>);
    void load_thumbnails(std::vector<PrintableFile>, int max_width, int max_height, std::weak_ptr<void> wanted,
        std::function<void(size_t index, ErrorOr<RgbaImage>)> each);

    // An attachment saved as a file of its own (for printing it); `done` gets its path.
    void save_attachment(Attachment, Done<ErrorOr<std::string>>);
    // A contact's photo, upright and no larger than `max_side`.
    void load_picture(std::string path, int max_side, Done<ErrorOr<RgbaImage>>);

    // For --screenshot and tests: a household, an inbox and messages that need no server. The shell's
    // settings are then ignored.
    void use_samples(Settings, MailboxCache, std::map<uint32_t, std::string> messages);
    void sample_inbox_state(InboxState, std::optional<Error>);
    void sample_report(SendReport);

    const EmailOptions& options() const { return m_options; }
    DraftStore& drafts() { return m_drafts; }
    MailOutbox& outbox_store() { return m_outbox; }
    MailStore& store() { return m_store; }

private:
    bool post(std::function<void()>);
    template<typename T>
    void deliver(Done<T> done, T value)
    {
        auto shared = std::make_shared<T>(std::move(value));
        post([done = std::move(done), shared] { done(std::move(*shared)); });
    }
    void viewer_left();
    void start_check();
    void watch_loop(std::stop_token);
    void refresh_outbox_view();
    void flush_drafts();
    void on_report(SendReport);
    ErrorOr<MailAccount> account(std::stop_token) const;

    EmailOptions m_options;
    MailStore m_store;
    DraftStore m_drafts;
    MailOutbox m_outbox;

    // Main-thread state.
    Settings m_settings;
    MailboxCache m_inbox;
    uint64_t m_inbox_revision { 0 };
    InboxState m_inbox_state { InboxState::Loading };
    std::optional<Error> m_inbox_error;
    bool m_loaded { false };
    bool m_checking { false };
    std::vector<QueuedMail> m_outbox_view;
    uint64_t m_outbox_revision { 0 };
    std::vector<SendReport> m_reports;
    std::map<std::string, SendReport> m_last_reports;
    std::optional<std::map<uint32_t, std::string>> m_samples;
    std::set<std::string> m_followed;

    // Shared with the workers, under m_mutex.
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    RunQueue* m_run_queue { nullptr };
    int m_viewers { 0 };
    bool m_check_requested { false };
    // A copy of the settings for the workers (the main thread's may change under them).
    std::shared_ptr<const Settings> m_worker_settings { std::make_shared<Settings>() };
    std::map<std::string, Draft> m_unsaved;
    bool m_saving { false };
    std::atomic<bool> m_sending_enabled { false };
    // What the workers post to the main thread does nothing once the app is gone (the queue outlives it).
    Lifetime m_lifetime;

    // Last, so the threads stop before anything they use goes away.
    std::unique_ptr<MailSender> m_sender;
    std::unique_ptr<TaskRunner> m_watcher;
    // Every write to drafts and the outbox, in order (one thread: no two writes of one file at once).
    std::unique_ptr<TaskRunner> m_disk;
    std::unique_ptr<TaskRunner> m_workers;
};

}
