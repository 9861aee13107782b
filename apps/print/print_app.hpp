// The print app's model: what the screens show (the printer's situation, the job) and the work they ask
// for, done on worker threads and handed back on the main thread. It lives as long as Foyer, so closing a
// screen never waits for a printer; it watches the printer only while a print screen is open.
#pragma once

#include "../../shell/core/system/activity.hpp"
#include "../../shell/core/system/lifetime.hpp"
#include "../../shell/core/system/run_queue.hpp"
#include "../../shell/core/system/task_runner.hpp"
#include "../common/user_files.hpp"
#include "cups_client.hpp"
#include "documents.hpp"
#include "print_job.hpp"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace Foyer {

struct PrintOptions {
    // Where the photos and documents are looked for.
    std::string home;
    CupsServer server;
    // A job with no progress for this long is explained and offered to cancel.
    std::chrono::seconds stuck_after { 120 };
    // How often the printer is asked while a print screen is open (the issue asks for at most 5 s).
    std::chrono::milliseconds refresh_every { 4000 };
    // How often a job is followed while it prints.
    std::chrono::milliseconds job_every { 1000 };
    // LibreOffice's soffice, when installed: Word and OpenDocument files are converted with it.
    std::optional<std::string> libreoffice;

    // $HOME, libcups' server, LibreOffice if installed, and $FOYER_PRINT_STUCK_SECONDS (tests shorten the
    // two minutes with it).
    static PrintOptions from_environment();
};

// A file made ready to print: what the preview shows is made from the same placement as the page sent.
struct PreparedPrint {
    PrintableFile file;
    PrintedThing thing { PrintedThing::Photo };
    // The PDF that goes to the printer (the photo's page, the PDF itself, or LibreOffice's PDF).
    std::string pdf_path;
    // The picture, or the first page, at screen size.
    RgbaImage preview;
    PagePlacement placement;
    int pages { 1 };
    // Job attributes: fit to page, the paper the placement was made for.
    std::vector<std::pair<std::string, std::string>> job_options;
};

class PrintApp {
public:
    template<typename T>
    using Done = std::function<void(T)>;

    explicit PrintApp(PrintOptions);
    ~PrintApp();
    PrintApp(const PrintApp&) = delete;
    PrintApp& operator=(const PrintApp&) = delete;

    // Each open print screen holds a Viewer. With at least one, the printer is asked every few seconds and
    // results reach the main thread; with none, nothing is asked and nothing is posted.
    class [[nodiscard]] Viewer {
    public:
        Viewer(Viewer&& other) noexcept
            : m_app(std::exchange(other.m_app, nullptr))
        {
        }
        Viewer& operator=(Viewer&&) = delete;
        ~Viewer();

    private:
        friend class PrintApp;
        explicit Viewer(PrintApp* app)
            : m_app(app)
        {
        }
        PrintApp* m_app;
    };
    Viewer watch(RunQueue&, ActivityLog&);
    // Waits until the watcher sleeps with no print screen open: no request under way, and none will be made
    // until a screen opens or a job is sent. False at the timeout. For tests that check a closed screen
    // costs nothing, without guessing how long a request may last.
    bool wait_until_watch_resting(std::chrono::milliseconds timeout);

    // Main thread only, like everything below.
    const PrinterSituation& situation() const { return m_situation; }
    // Grows each time the situation changes, so a screen can tell what it already said.
    uint64_t situation_revision() const { return m_situation_revision; }
    void refresh_now();

    void find_files(FileChoice, Done<std::vector<PrintableFile>>);
    // One thumbnail after the other, for as long as `wanted` is alive (a page of the picker).
    void load_thumbnails(std::vector<PrintableFile>, int max_width, int max_height, std::weak_ptr<void> wanted,
        std::function<void(size_t index, ErrorOr<RgbaImage>)> each);
    void prepare(const PrintableFile&, int preview_width, int preview_height, Done<ErrorOr<std::shared_ptr<const PreparedPrint>>>);
    bool libreoffice_installed() const { return m_options.libreoffice.has_value(); }

    // Sends the prepared file and follows the job; `done` gets the job id or why it was not sent.
    void print(std::shared_ptr<const PreparedPrint>, int copies, Done<ErrorOr<int>>);
    const std::optional<JobStatus>& job() const { return m_job; }
    uint64_t job_revision() const { return m_job_revision; }
    void cancel_job(Done<ErrorOr<void>>);

    // A page that shows whether printing works (its words in large type, a square of each ink), sent to the
    // printer like any print; followed through job() as well.
    void print_test_page(std::vector<std::string> lines, Done<ErrorOr<int>>);

    void discover(Done<ErrorOr<std::vector<FoundPrinter>>>);
    void add_printer(const FoundPrinter&, Done<ErrorOr<std::string>>);

    const PrintOptions& options() const { return m_options; }

private:
    void start_threads();
    void watch_loop(std::stop_token);
    void viewer_left();
    // Hands `work` to the main thread, if a print screen is still open to care; false when dropped.
    bool post(std::function<void()> work);
    template<typename T>
    void deliver(Done<T> done, T value)
    {
        log_if_error(value);
        auto shared = std::make_shared<T>(std::move(value));
        post([done = std::move(done), shared] { done(std::move(*shared)); });
    }
    // What went wrong, with its technical detail, goes to the log (and so to a help report).
    template<typename T>
    static void log_if_error(const T& value)
    {
        if constexpr (requires { value.is_error(); }) {
            if (value.is_error())
                log_failure(value.error());
        }
    }
    static void log_failure(const Error&);
    void set_situation(PrinterSituation);
    std::string work_dir();

    PrintOptions m_options;
    CupsClient m_client;

    // Main-thread state.
    PrinterSituation m_situation;
    // The queue as last seen, for printing while the printer is being asked again ("Looking…").
    std::optional<QueueFacts> m_last_queue;
    uint64_t m_situation_revision { 0 };
    std::string m_recorded_headline;
    std::optional<JobStatus> m_job;
    uint64_t m_job_revision { 0 };
    ActivityLog* m_activity { nullptr };

    // Shared with the workers, under m_mutex.
    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    // The watcher sleeps with no viewer (see wait_until_watch_resting()).
    bool m_watch_resting { false };
    std::condition_variable_any m_watch_rest_changed;
    RunQueue* m_run_queue { nullptr };
    int m_viewers { 0 };
    bool m_refresh_requested { false };
    // The main thread forgot the printer's situation: the next answer must be posted even if unchanged.
    bool m_forget_posted { false };
    std::optional<int> m_new_job;
    std::string m_work_dir;
    std::mutex m_convert_mutex;
    std::atomic<int> m_prepared_count { 0 };

    // Last, so the threads stop before anything they use goes away.
    std::unique_ptr<TaskRunner> m_watcher;
    std::unique_ptr<TaskRunner> m_workers;
};

}
