// The print app's workers: the printer watch loop, file listing, preparation, sending and following jobs.
#include "print_app.hpp"

#include "../../shell/core/system/log.hpp"
#include "../../shell/core/system/paths.hpp"
#include "office_convert.hpp"
#include "printer_words.hpp"
#include "test_page.hpp"

#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace Foyer {

namespace {

using Clock = std::chrono::steady_clock;

// A4 with 5 mm margins: the paper of most homes in Europe, used until the printer has said what it has.
PaperSize default_paper()
{
    PaperSize paper;
    paper.name = "iso_a4_210x297mm";
    paper.top = paper.bottom = paper.left = paper.right = 500;
    return paper;
}

}

PrintOptions PrintOptions::from_environment()
{
    PrintOptions options;
    options.home = home_dir();
    options.server = CupsServer::from_environment();
    options.libreoffice = find_libreoffice();
    if (const char* stuck = std::getenv("FOYER_PRINT_STUCK_SECONDS")) {
        int seconds = std::atoi(stuck);
        if (seconds > 0)
            options.stuck_after = std::chrono::seconds(seconds);
    }
    return options;
}

PrintApp::PrintApp(PrintOptions options)
    : m_options(std::move(options))
    , m_client(m_options.server)
{
}

PrintApp::~PrintApp()
{
    // Threads first (they may be writing into the work folder), then the folder.
    m_watcher.reset();
    m_workers.reset();
    if (!m_work_dir.empty()) {
        std::error_code error;
        fs::remove_all(m_work_dir, error);
    }
}

PrintApp::Viewer::~Viewer()
{
    if (m_app)
        m_app->viewer_left();
}

PrintApp::Viewer PrintApp::watch(RunQueue& run_queue, ActivityLog& activity)
{
    m_activity = &activity;
    bool first = false;
    {
        std::lock_guard lock(m_mutex);
        m_run_queue = &run_queue;
        first = ++m_viewers == 1;
        if (first) {
            // Coming back to printing: what the printer said last time may be old news. Ask again at once,
            // and say "looking" until it answers rather than repeat a stale state.
            m_refresh_requested = true;
            m_forget_posted = true;
        }
    }
    if (first && m_situation.kind != PrinterSituation::Kind::Checking) {
        m_situation = {};
        ++m_situation_revision;
    }
    start_threads();
    m_wake.notify_all();
    return Viewer(this);
}

void PrintApp::start_threads()
{
    // The threads start with the first print screen: a senior who never prints never pays for them.
    if (m_watcher)
        return;
    m_watcher = std::make_unique<TaskRunner>(1);
    m_workers = std::make_unique<TaskRunner>(2);
    m_watcher->post([this](std::stop_token stop) { watch_loop(stop); });
}

bool PrintApp::wait_until_watch_resting(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_watch_rest_changed.wait_for(lock, timeout, [&] { return m_watch_resting; });
}

void PrintApp::viewer_left()
{
    std::lock_guard lock(m_mutex);
    --m_viewers;
}

void PrintApp::log_failure(const Error& error)
{
    log_warning(std::string("print: ") + error.msgid() + (error.detail().empty() ? "" : " (" + error.detail() + ")"));
}

bool PrintApp::post(std::function<void()> work)
{
    std::lock_guard lock(m_mutex);
    if (m_viewers <= 0 || !m_run_queue)
        return false;
    m_run_queue->post(std::move(work));
    return true;
}

void PrintApp::refresh_now()
{
    {
        std::lock_guard lock(m_mutex);
        m_refresh_requested = true;
    }
    m_wake.notify_all();
}

void PrintApp::set_situation(PrinterSituation situation)
{
    if (situation == m_situation)
        return;
    m_situation = std::move(situation);
    ++m_situation_revision;
    if (m_situation.kind == PrinterSituation::Kind::Known)
        m_last_queue = m_situation.queue;
    else if (m_situation.kind != PrinterSituation::Kind::Checking)
        m_last_queue.reset();
    // The activity log (and the help report) keeps what the printer said, once per change.
    auto headline = describe_printer(m_situation).headline;
    if (headline != m_recorded_headline && m_activity) {
        m_recorded_headline = headline;
        m_activity->record("printer", headline);
    }
}

void PrintApp::watch_loop(std::stop_token stop)
{
    std::optional<PrinterSituation> last_posted;
    std::optional<JobTracker> tracker;
    // Whether the main thread has this job's latest status (a plain flag: GCC 12 misreads optional here).
    JobStatus last_job_posted;
    bool job_posted = false;
    auto next_printer = Clock::now();
    auto next_job = Clock::now();
    std::unique_lock lock(m_mutex);
    while (!stop.stop_requested()) {
        if (std::exchange(m_forget_posted, false))
            last_posted.reset();
        if (m_new_job) {
            tracker.emplace(*m_new_job, Clock::now(), m_options.stuck_after);
            job_posted = false;
            m_new_job.reset();
            next_job = Clock::now();
        }
        auto now = Clock::now();
        bool watched = m_viewers > 0;
        bool following = tracker && !tracker->status().finished();
        bool printer_due = watched && (m_refresh_requested || now >= next_printer);
        bool job_due = watched && following && (m_refresh_requested || now >= next_job);
        if (!printer_due && !job_due) {
            // Asleep until a screen opens, a refresh is asked, or the next tick; never busy.
            if (!watched) {
                m_watch_resting = true;
                m_watch_rest_changed.notify_all();
                m_wake.wait(lock, stop, [&] { return m_viewers > 0 || m_new_job.has_value(); });
                m_watch_resting = false;
            } else {
                auto until = following ? std::min(next_printer, next_job) : next_printer;
                m_wake.wait_until(lock, stop, until, [&] { return m_refresh_requested || m_new_job.has_value() || m_viewers == 0; });
            }
            continue;
        }
        m_refresh_requested = false;
        lock.unlock();

        if (printer_due) {
            auto situation = m_client.read_situation(stop);
            next_printer = Clock::now() + m_options.refresh_every;
            // Only a change is worth waking the screen for.
            if (!stop.stop_requested() && situation != last_posted) {
                auto shared = std::make_shared<PrinterSituation>(situation);
                if (post([this, shared] { set_situation(std::move(*shared)); }))
                    last_posted = std::move(situation);
            }
        }
        if (job_due) {
            auto facts = m_client.read_job(tracker->status().id, stop);
            next_job = Clock::now() + m_options.job_every;
            if (!facts.is_error())
                tracker->update(facts.value(), Clock::now());
            else
                tracker->tick(Clock::now());
            auto status = tracker->status();
            if (!stop.stop_requested() && (!job_posted || status != last_job_posted)) {
                if (post([this, status] {
                        m_job = status;
                        ++m_job_revision;
                    })) {
                    last_job_posted = status;
                    job_posted = true;
                }
            }
        }
        lock.lock();
    }
}

std::string PrintApp::work_dir()
{
    std::lock_guard lock(m_mutex);
    if (m_work_dir.empty()) {
        std::error_code error;
        auto base = fs::temp_directory_path(error);
        std::string pattern = (error ? fs::path("/tmp") : base).string() + "/foyer-print-XXXXXX";
        if (::mkdtemp(pattern.data()))
            m_work_dir = pattern;
    }
    return m_work_dir;
}

void PrintApp::find_files(FileChoice choice, Done<std::vector<PrintableFile>> done)
{
    auto home = m_options.home;
    m_workers->post([this, choice, home, done = std::move(done)](std::stop_token) mutable {
        deliver(std::move(done), find_printable_files(choice, home));
    });
}

void PrintApp::load_thumbnails(std::vector<PrintableFile> files, int max_width, int max_height, std::weak_ptr<void> wanted,
    std::function<void(size_t, ErrorOr<RgbaImage>)> each)
{
    m_workers->post([this, files = std::move(files), max_width, max_height, wanted, each](std::stop_token stop) {
        for (size_t i = 0; i < files.size() && !stop.stop_requested() && !wanted.expired(); ++i) {
            auto& file = files[i];
            ErrorOr<RgbaImage> thumbnail = Error::plain(N_("No picture of this document."));
            if (file.kind == FileKind::Picture) {
                auto picture = read_picture(file.path);
                thumbnail = picture.is_error() ? ErrorOr<RgbaImage>(picture.error()) : scale_to_fit(picture.value(), max_width, max_height);
            } else if (file.kind == FileKind::Pdf) {
                thumbnail = render_pdf_page(file.path, 0, max_width, max_height);
            }
            auto shared = std::make_shared<ErrorOr<RgbaImage>>(std::move(thumbnail));
            post([each, i, shared] { each(i, std::move(*shared)); });
        }
    });
}

void PrintApp::prepare(const PrintableFile& file, int preview_width, int preview_height,
    Done<ErrorOr<std::shared_ptr<const PreparedPrint>>> done)
{
    auto paper = m_last_queue ? m_last_queue->paper : default_paper();
    if (paper.width <= 0 || paper.height <= 0)
        paper = default_paper();
    m_workers->post([this, file, paper, preview_width, preview_height, done = std::move(done)](std::stop_token stop) mutable {
        using Result = ErrorOr<std::shared_ptr<const PreparedPrint>>;
        auto prepared = std::make_shared<PreparedPrint>();
        prepared->file = file;
        auto dir = work_dir();
        if (dir.empty()) {
            deliver<Result>(std::move(done), Error::plain(N_("There is no room left on this computer to prepare the printing. Call for help."), {}, "mkdtemp failed"));
            return;
        }
        auto number = std::to_string(++m_prepared_count);
        if (file.kind == FileKind::Picture) {
            auto picture = read_picture(file.path);
            if (picture.is_error()) {
                deliver<Result>(std::move(done), picture.error());
                return;
            }
            prepared->thing = PrintedThing::Photo;
            prepared->placement = place_picture(paper, picture.value().width, picture.value().height);
            prepared->preview = scale_to_fit(picture.value(), preview_width, preview_height);
            prepared->pdf_path = dir + "/photo-" + number + ".pdf";
            auto written = write_photo_pdf(picture.value(), prepared->placement, prepared->pdf_path);
            if (written.is_error()) {
                deliver<Result>(std::move(done), written.error());
                return;
            }
            // The page is already the paper's size with the photo placed: it must not be scaled again.
            prepared->job_options = { { "print-scaling", "none" }, { "media", paper.name } };
        } else {
            prepared->thing = PrintedThing::Document;
            std::string pdf = file.path;
            if (file.kind == FileKind::OfficeDocument) {
                if (!m_options.libreoffice) {
                    deliver<Result>(std::move(done),
                        Error::plain(N_("To print this kind of document, LibreOffice must be installed on this computer, and it is not. Your family can install it, or call for help."),
                            {}, "soffice not found"));
                    return;
                }
                std::lock_guard one_at_a_time(m_convert_mutex);
                auto converted = convert_to_pdf(*m_options.libreoffice, file.path, dir + "/converted-" + number, dir + "/libreoffice-profile", stop);
                if (converted.is_error()) {
                    deliver<Result>(std::move(done), converted.error());
                    return;
                }
                pdf = converted.value();
            }
            auto info = read_pdf_info(pdf);
            if (info.is_error()) {
                deliver<Result>(std::move(done), info.error());
                return;
            }
            auto preview = render_pdf_page(pdf, 0, preview_width, preview_height);
            if (preview.is_error()) {
                deliver<Result>(std::move(done), preview.error());
                return;
            }
            prepared->pages = info.value().pages;
            prepared->placement = place_page(paper, info.value().first_width, info.value().first_height);
            prepared->preview = preview.release_value();
            prepared->pdf_path = pdf;
            prepared->job_options = { { "print-scaling", "fit" } };
            if (!paper.name.empty())
                prepared->job_options.push_back({ "media", paper.name });
        }
        deliver<Result>(std::move(done), std::shared_ptr<const PreparedPrint>(prepared));
    });
}

void PrintApp::print(std::shared_ptr<const PreparedPrint> prepared, int copies, Done<ErrorOr<int>> done)
{
    JobRequest request;
    auto queue = m_last_queue.value_or(QueueFacts {});
    request.queue = queue.name;
    request.file = prepared->pdf_path;
    request.title = prepared->file.name;
    request.copies = copies;
    request.options = prepared->job_options;
    request.restart_queue = queue.state == DeviceState::Stopped || !queue.accepting_jobs;
    m_job = JobStatus {};
    ++m_job_revision;
    if (m_activity)
        m_activity->record("print", prepared->file.name + " x" + std::to_string(copies));
    m_workers->post([this, request, done = std::move(done)](std::stop_token stop) mutable {
        auto sent = m_client.submit(request, stop);
        if (!sent.is_error()) {
            int id = sent.value();
            post([this, id] {
                m_job = JobStatus { id, JobStage::Waiting };
                ++m_job_revision;
            });
            {
                std::lock_guard lock(m_mutex);
                m_new_job = id;
            }
            m_wake.notify_all();
        } else {
            post([this] {
                m_job.reset();
                ++m_job_revision;
            });
        }
        deliver(std::move(done), std::move(sent));
    });
}

void PrintApp::cancel_job(Done<ErrorOr<void>> done)
{
    if (!m_job || m_job->id <= 0)
        return;
    int id = m_job->id;
    if (m_activity)
        m_activity->record("print", "cancel job " + std::to_string(id));
    m_workers->post([this, id, done = std::move(done)](std::stop_token stop) mutable {
        auto cancelled = m_client.cancel_job(id, stop);
        refresh_now();
        deliver(std::move(done), std::move(cancelled));
    });
}

void PrintApp::print_test_page(std::vector<std::string> lines, Done<ErrorOr<int>> done)
{
    m_workers->post([this, lines = std::move(lines), done = std::move(done)](std::stop_token) mutable {
        auto dir = work_dir();
        auto path = dir + "/test-page-" + std::to_string(++m_prepared_count) + ".pdf";
        auto written = dir.empty() ? ErrorOr<void>(Error::plain(N_("There is no room left on this computer to prepare the printing. Call for help."), {}, "mkdtemp failed"))
                                   : write_test_page(path, lines);
        if (written.is_error()) {
            deliver<ErrorOr<int>>(std::move(done), written.error());
            return;
        }
        auto prepared = std::make_shared<PreparedPrint>();
        prepared->file = { path, lines.empty() ? "Foyer" : lines.front(), FileKind::Pdf, 0 };
        prepared->thing = PrintedThing::Document;
        prepared->pdf_path = path;
        post([this, prepared, done = std::move(done)]() mutable { print(prepared, 1, std::move(done)); });
    });
}

void PrintApp::discover(Done<ErrorOr<std::vector<FoundPrinter>>> done)
{
    m_workers->post([this, done = std::move(done)](std::stop_token stop) mutable { deliver(std::move(done), m_client.discover(stop)); });
}

void PrintApp::add_printer(const FoundPrinter& printer, Done<ErrorOr<std::string>> done)
{
    if (m_activity)
        m_activity->record("print", "add printer " + printer.name);
    m_workers->post([this, printer, done = std::move(done)](std::stop_token stop) mutable {
        auto added = m_client.add_printer(printer, stop);
        refresh_now();
        deliver(std::move(done), std::move(added));
    });
}

}
