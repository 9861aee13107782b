// The e-mail app's workers: the inbox check, opening messages, draft writes in order, queueing and
// sending; results handed back on the main thread.
#include "email_app.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/system/files.hpp"
#include "../../shell/core/system/image.hpp"
#include "../../shell/core/system/log.hpp"
#include "../../shell/core/system/paths.hpp"
#include "../common/pdf_pages.hpp"
#include "attachments.hpp"
#include "email_words.hpp"
#include "imap_mailbox.hpp"
#include "mail_errors.hpp"
#include "mime_reader.hpp"
#include "mime_writer.hpp"
#include "smtp_client.hpp"

#include <cstdlib>
#include <filesystem>

namespace Foyer {

EmailOptions EmailOptions::from_environment()
{
    EmailOptions options;
    options.state_dir = Foyer::state_dir() + "/email";
    options.config_dir = Foyer::config_dir();
    options.home = home_dir();
    if (const char* retry = std::getenv("FOYER_EMAIL_RETRY_SECONDS")) {
        int seconds = std::atoi(retry);
        if (seconds > 0)
            options.first_retry = std::chrono::seconds(seconds);
    }
    // Tests shorten the check of an open inbox ($FOYER_EMAIL_REFRESH_SECONDS), to see an e-mail come in.
    if (const char* refresh = std::getenv("FOYER_EMAIL_REFRESH_SECONDS")) {
        int seconds = std::atoi(refresh);
        if (seconds > 0)
            options.refresh_every = std::chrono::seconds(seconds);
    }
    return options;
}

EmailApp::EmailApp(EmailOptions options)
    : m_options(std::move(options))
    , m_store(m_options.state_dir + "/cache")
    , m_drafts(m_options.state_dir + "/drafts")
    , m_outbox(m_options.state_dir + "/outbox")
{
    if (!m_options.send)
        m_options.send = [](const MailAccount& account, const std::vector<std::string>& to, std::string_view message, std::stop_token stop) {
            return send_mail(account, to, message, stop);
        };
}

EmailApp::~EmailApp()
{
    detach();
}

void EmailApp::attach(RunQueue& run_queue, bool send)
{
    {
        std::lock_guard lock(m_mutex);
        m_run_queue = &run_queue;
    }
    if (!m_workers) {
        m_workers = std::make_unique<TaskRunner>(2);
        m_disk = std::make_unique<TaskRunner>(1);
        m_watcher = std::make_unique<TaskRunner>(1);
        m_watcher->post([this](std::stop_token stop) { watch_loop(stop); });
    }
    if (send && !m_sender) {
        m_sending_enabled = true;
        m_sender = std::make_unique<MailSender>(
            m_outbox, m_drafts, [this](std::stop_token stop) { return account(stop); }, m_options.send,
            [this](const SendReport& report) { post([this, report] { on_report(report); }); }, m_options.first_retry,
            m_options.filing ? *m_options.filing : MailSender::Filing::over_imap());
    }
    refresh_outbox_view();
}

void EmailApp::detach()
{
    m_sender.reset();
    m_watcher.reset();
    m_workers.reset();
    // What the senior typed last is written before Foyer goes.
    m_disk.reset();
    flush_drafts();
    std::lock_guard lock(m_mutex);
    m_run_queue = nullptr;
}

bool EmailApp::post(std::function<void()> work)
{
    std::lock_guard lock(m_mutex);
    if (!m_run_queue)
        return false;
    m_run_queue->post(m_lifetime.guard(std::move(work)));
    return true;
}

ErrorOr<MailAccount> EmailApp::account(std::stop_token stop) const
{
    std::shared_ptr<const Settings> settings;
    {
        std::lock_guard lock(m_mutex);
        settings = m_worker_settings;
    }
    return load_account(*settings, m_options.config_dir, stop);
}

void EmailApp::set_settings(const Settings& settings)
{
    // Samples come with their own household.
    if (m_samples || settings == m_settings)
        return;
    bool account_changed = settings.email != m_settings.email;
    m_settings = settings;
    {
        std::lock_guard lock(m_mutex);
        m_worker_settings = std::make_shared<Settings>(settings);
    }
    if (account_changed) {
        if (m_sender)
            m_sender->poke();
        if (m_viewers > 0)
            check_now();
    }
}

EmailApp::Viewer::~Viewer()
{
    if (m_app)
        m_app->viewer_left();
}

EmailApp::Viewer EmailApp::watch()
{
    bool first = false;
    {
        std::lock_guard lock(m_mutex);
        first = ++m_viewers == 1;
    }
    m_wake.notify_all();
    if (first)
        start_check();
    return Viewer(this);
}

void EmailApp::viewer_left()
{
    std::lock_guard lock(m_mutex);
    --m_viewers;
}

void EmailApp::check_now()
{
    start_check();
}

void EmailApp::watch_loop(std::stop_token stop)
{
    std::unique_lock lock(m_mutex);
    while (!stop.stop_requested()) {
        // Asleep while no e-mail screen is open; then a check every few minutes.
        m_wake.wait(lock, stop, [&] { return m_viewers > 0; });
        if (stop.stop_requested())
            return;
        auto until = std::chrono::steady_clock::now() + m_options.refresh_every;
        m_wake.wait_until(lock, stop, until, [&] { return m_viewers == 0; });
        if (stop.stop_requested() || m_viewers == 0 || std::chrono::steady_clock::now() < until)
            continue;
        if (m_run_queue)
            m_run_queue->post(m_lifetime.guard([this] { start_check(); }));
    }
}

void EmailApp::start_check()
{
    if (m_samples || m_checking || !m_workers)
        return;
    bool configured = m_settings.email.configured();
    bool load = !m_loaded;
    if (!configured && !load) {
        m_inbox_state = InboxState::NotSetUp;
        ++m_inbox_revision;
        return;
    }
    m_checking = true;
    if (!load)
        m_inbox_state = InboxState::Checking;
    auto known = m_inbox;
    m_workers->post([this, known = std::move(known), load, configured](std::stop_token stop) mutable {
        if (load) {
            // The inbox as it was last time, at once; the server is asked after.
            auto cached = std::make_shared<MailboxCache>(m_store.load());
            known = *cached;
            post([this, cached, configured] {
                m_inbox = std::move(*cached);
                m_loaded = true;
                m_inbox_state = configured ? InboxState::Checking : InboxState::NotSetUp;
                ++m_inbox_revision;
            });
        }
        if (!configured) {
            post([this] { m_checking = false; });
            return;
        }
        auto session = [&]() -> ErrorOr<std::unique_ptr<ImapSession>> {
            auto credentials = account(stop);
            if (credentials.is_error())
                return credentials.error();
            return ImapSession::open(credentials.value(), stop);
        }();
        std::optional<Error> failure;
        if (session.is_error()) {
            failure = session.error();
        } else {
            auto synced = sync_inbox(*session.value(), known);
            if (synced.is_error())
                failure = synced.error();
            else if (auto saved = m_store.save(known); saved.is_error())
                log_warning("email: cannot keep the inbox on disk: " + saved.error().detail());
        }
        if (failure)
            log_warning("email: checking the inbox: " + failure->detail());
        auto result = std::make_shared<MailboxCache>(std::move(known));
        post([this, result, failure] {
            m_checking = false;
            if (failure) {
                m_inbox_state = InboxState::Failed;
                m_inbox_error = failure;
            } else {
                m_inbox = std::move(*result);
                m_inbox_state = InboxState::UpToDate;
                m_inbox_error.reset();
            }
            ++m_inbox_revision;
        });
    });
}

OpenedMessage open_raw_message(uint32_t uid, std::string_view raw, int photo_width, int photo_height)
{
    OpenedMessage opened;
    opened.uid = uid;
    opened.content = read_message(raw);
    std::vector<Attachment> shown;
    for (auto& photo : opened.content.photos) {
        auto picture = decode_picture(photo.data);
        if (picture.is_error()) {
            // Not a document to print either: the message says this photo could not be opened.
            opened.unreadable_photos.push_back(photo);
            continue;
        }
        opened.photos.push_back(scale_to_fit(picture.value(), photo_width, photo_height));
        shown.push_back(photo);
    }
    opened.content.photos = std::move(shown);
    return opened;
}

void EmailApp::open_message(uint32_t uid, int photo_width, int photo_height, Done<ErrorOr<std::shared_ptr<const OpenedMessage>>> done)
{
    using Result = ErrorOr<std::shared_ptr<const OpenedMessage>>;
    if (!m_workers)
        return;
    std::optional<std::string> sample;
    if (m_samples) {
        auto found = m_samples->find(uid);
        sample = found == m_samples->end() ? std::string {} : found->second;
    }
    auto validity = m_inbox.uidvalidity;
    m_workers->post([this, uid, validity, sample, photo_width, photo_height, done = std::move(done)](std::stop_token stop) mutable {
        auto raw = sample ? sample : m_store.message(validity, uid);
        if (!raw) {
            auto credentials = account(stop);
            if (credentials.is_error()) {
                deliver<Result>(std::move(done), credentials.error());
                return;
            }
            auto session = ImapSession::open(credentials.value(), stop);
            if (session.is_error()) {
                deliver<Result>(std::move(done), session.error());
                return;
            }
            auto fetched = fetch_message(*session.value(), uid);
            if (fetched.is_error()) {
                deliver<Result>(std::move(done), fetched.error());
                return;
            }
            m_store.keep_message(validity, uid, fetched.value());
            raw = fetched.release_value();
        }
        auto opened = std::make_shared<OpenedMessage>(open_raw_message(uid, *raw, photo_width, photo_height));
        post([this, uid] {
            if (auto* envelope = m_inbox.find(uid); envelope && !envelope->seen) {
                envelope->seen = true;
                ++m_inbox_revision;
            }
        });
        deliver<Result>(std::move(done), std::shared_ptr<const OpenedMessage>(opened));
    });
}

void EmailApp::flush_drafts()
{
    std::map<std::string, Draft> pending;
    {
        std::lock_guard lock(m_mutex);
        pending.swap(m_unsaved);
        m_saving = false;
    }
    for (auto& [key, draft] : pending)
        if (auto saved = m_drafts.save(draft); saved.is_error())
            log_warning("email: cannot save the draft " + key + ": " + saved.error().detail());
}

void EmailApp::save_draft(const Draft& draft)
{
    {
        std::lock_guard lock(m_mutex);
        m_unsaved[draft.key] = draft;
        if (m_saving || !m_disk)
            return;
        m_saving = true;
    }
    m_disk->post([this](std::stop_token) { flush_drafts(); });
    if (!m_disk)
        flush_drafts();
}

void EmailApp::open_draft(Draft fresh, Done<Draft> done)
{
    if (!m_disk)
        return;
    m_disk->post([this, fresh = std::move(fresh), done = std::move(done)](std::stop_token) mutable {
        flush_drafts();
        auto draft = m_drafts.load(fresh.key);
        deliver<Draft>(std::move(done), draft ? std::move(*draft) : std::move(fresh));
    });
}

void EmailApp::list_drafts(Done<std::vector<Draft>> done)
{
    if (!m_disk)
        return;
    m_disk->post([this, done = std::move(done)](std::stop_token) mutable {
        flush_drafts();
        deliver<std::vector<Draft>>(std::move(done), m_drafts.load_all());
    });
}

void EmailApp::add_attachment(Draft draft, Attachment attachment, Done<ErrorOr<Draft>> done)
{
    if (!m_disk)
        return;
    m_disk->post([this, draft = std::move(draft), attachment = std::move(attachment), done = std::move(done)](std::stop_token) mutable {
        flush_drafts();
        // The draft as last saved wins over the copy the screen handed over (it may be older).
        if (auto saved = m_drafts.load(draft.key))
            draft = std::move(*saved);
        if (auto added = m_drafts.add_file(draft, attachment); added.is_error()) {
            deliver<ErrorOr<Draft>>(std::move(done), added.error());
            return;
        }
        deliver<ErrorOr<Draft>>(std::move(done), std::move(draft));
    });
}

void EmailApp::add_file(Draft draft, std::string path, Done<ErrorOr<Draft>> done)
{
    if (!m_workers)
        return;
    m_workers->post([this, draft = std::move(draft), path = std::move(path), done = std::move(done)](std::stop_token) mutable {
        auto prepared = prepare_attachment(path);
        if (prepared.is_error()) {
            deliver<ErrorOr<Draft>>(std::move(done), prepared.error());
            return;
        }
        add_attachment(std::move(draft), prepared.release_value(), std::move(done));
    });
}

void EmailApp::remove_file(Draft draft, size_t index, Done<ErrorOr<Draft>> done)
{
    if (!m_disk)
        return;
    m_disk->post([this, draft = std::move(draft), index, done = std::move(done)](std::stop_token) mutable {
        flush_drafts();
        if (auto saved = m_drafts.load(draft.key))
            draft = std::move(*saved);
        auto removed = m_drafts.remove_file(draft, index);
        deliver<ErrorOr<Draft>>(std::move(done), removed.is_error() ? ErrorOr<Draft>(removed.error()) : ErrorOr<Draft>(std::move(draft)));
    });
}

void EmailApp::send(Draft draft, Done<ErrorOr<QueuedMail>> done)
{
    if (!m_disk)
        return;
    auto settings = m_settings;
    // The message answered, by its UID when the inbox knows it (the sender flags it \Answered).
    MailFiling filing;
    filing.answering = draft.in_reply_to;
    if (draft.is_reply())
        for (auto& envelope : m_inbox.envelopes)
            if (envelope.message_id == draft.in_reply_to) {
                filing.answering_uid = envelope.uid;
                filing.answering_uidvalidity = m_inbox.uidvalidity;
            }
    m_disk->post([this, settings, filing, draft = std::move(draft), done = std::move(done)](std::stop_token) mutable {
        using Result = ErrorOr<QueuedMail>;
        flush_drafts();
        if (auto made = m_drafts.save(draft); made.is_error()) {
            deliver<Result>(std::move(done), made.error());
            return;
        }
        auto files = m_drafts.read_files(draft);
        if (files.is_error()) {
            deliver<Result>(std::move(done), files.error());
            return;
        }
        size_t photos = 0;
        for (auto& file : files.value())
            photos += is_picture_type(file.content_type);
        OutgoingMessage outgoing;
        outgoing.from = { settings.email.display_name.empty() ? settings.senior_name : settings.email.display_name, settings.email.address };
        outgoing.to = { draft.to };
        outgoing.subject = draft.is_reply() ? reply_subject(draft.reply_subject)
                                            : subject_from_text(draft.text, photos, files.value().size() - photos, outgoing.from.name);
        outgoing.text = draft.text;
        outgoing.message_id = make_message_id(settings.email.address);
        outgoing.in_reply_to = draft.in_reply_to;
        outgoing.references = draft.is_reply() ? reply_references(draft.references, draft.in_reply_to) : std::string {};
        outgoing.date = std::time(nullptr);
        outgoing.attachments = files.release_value();
        auto message = build_message(outgoing);
        size_t limit = size_t(settings.email.max_message_mb) * 1000 * 1000;
        if (message.size() > limit) {
            deliver<Result>(std::move(done),
                Error::plain(N_("Together, the photos and documents are too big to send in one e-mail: {size}, and {provider} accepts {limit}. Remove one, send this e-mail, then send it in another e-mail."),
                    { { "size", megabytes_text(message.size()) }, { "provider", provider_name(settings.email) }, { "limit", megabytes_text(limit) } },
                    std::to_string(message.size()) + " bytes > " + std::to_string(limit)));
            return;
        }
        filing.message_id = outgoing.message_id;
        auto queued = m_outbox.queue(draft, message, m_drafts, filing);
        if (!queued.is_error() && m_sender)
            m_sender->poke();
        if (!queued.is_error())
            log_info("email: queued " + queued.value().id + " (" + std::to_string(message.size()) + " bytes)");
        post([this] { refresh_outbox_view(); });
        deliver<Result>(std::move(done), std::move(queued));
    });
}

void EmailApp::refresh_outbox_view()
{
    if (!m_disk)
        return;
    m_disk->post([this](std::stop_token) {
        // What already left and waits only to be filed in Sent is no longer the senior's concern.
        auto queued = std::make_shared<std::vector<QueuedMail>>(m_outbox.load(m_drafts));
        std::erase_if(*queued, [](const QueuedMail& mail) { return !mail.waiting_to_leave(); });
        post([this, queued] {
            m_outbox_view = std::move(*queued);
            ++m_outbox_revision;
        });
    });
}

void EmailApp::on_report(SendReport report)
{
    m_last_reports[report.mail.id] = report;
    m_reports.push_back(std::move(report));
    refresh_outbox_view();
}

void EmailApp::follow_mail(const std::string& id, bool following)
{
    if (following)
        m_followed.insert(id);
    else
        m_followed.erase(id);
}

std::vector<SendReport> EmailApp::take_reports()
{
    return std::exchange(m_reports, {});
}

const SendReport* EmailApp::last_report(const std::string& id) const
{
    auto found = m_last_reports.find(id);
    return found == m_last_reports.end() ? nullptr : &found->second;
}

void EmailApp::find_files(FileChoice choice, Done<std::vector<PrintableFile>> done)
{
    if (!m_workers)
        return;
    auto home = m_options.home;
    m_workers->post([this, choice, home, done = std::move(done)](std::stop_token) mutable {
        deliver(std::move(done), find_printable_files(choice, home));
    });
}

void EmailApp::load_thumbnails(std::vector<PrintableFile> files, int max_width, int max_height, std::weak_ptr<void> wanted,
    std::function<void(size_t, ErrorOr<RgbaImage>)> each)
{
    if (!m_workers)
        return;
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

void EmailApp::save_attachment(Attachment attachment, Done<ErrorOr<std::string>> done)
{
    if (!m_disk)
        return;
    m_disk->post([this, attachment = std::move(attachment), done = std::move(done)](std::stop_token) mutable {
        // One folder for files given to printing; emptied as it is reused, so it never grows.
        auto folder = m_options.state_dir + "/export";
        std::error_code error;
        std::filesystem::remove_all(folder, error);
        auto made = make_directories(folder);
        auto name = std::filesystem::path(attachment.filename).filename().string();
        if (name.empty() || name[0] == '.')
            name = "document" + name;
        auto path = folder + "/" + name;
        auto written = made.is_error() ? made : write_file_atomically(path, attachment.data, 0600);
        deliver<ErrorOr<std::string>>(std::move(done), written.is_error() ? ErrorOr<std::string>(written.error()) : ErrorOr<std::string>(path));
    });
}

void EmailApp::load_picture(std::string path, int max_side, Done<ErrorOr<RgbaImage>> done)
{
    if (!m_workers)
        return;
    // "~/Images/lea.jpg" and "photos/lea.jpg" (beside the settings) as every part of Foyer reads them.
    m_workers->post([this, path = expand_path(path, m_options.config_dir), max_side, done = std::move(done)](std::stop_token) mutable {
        auto picture = read_picture(path);
        deliver<ErrorOr<RgbaImage>>(std::move(done), picture.is_error() ? picture : ErrorOr<RgbaImage>(scale_to_fit(picture.value(), max_side, max_side)));
    });
}

void EmailApp::use_samples(Settings settings, MailboxCache inbox, std::map<uint32_t, std::string> messages)
{
    m_settings = std::move(settings);
    m_inbox = std::move(inbox);
    m_samples = std::move(messages);
    m_loaded = true;
    m_inbox_state = InboxState::UpToDate;
    ++m_inbox_revision;
}

void EmailApp::sample_inbox_state(InboxState state, std::optional<Error> error)
{
    m_inbox_state = state;
    m_inbox_error = std::move(error);
    ++m_inbox_revision;
}

void EmailApp::sample_report(SendReport report)
{
    m_last_reports[report.mail.id] = std::move(report);
}

}
