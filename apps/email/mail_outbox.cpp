// Folders made under a ".new" name and renamed into place; removal renames to ".gone" first, so a folder
// with the plain name is always complete.
#include "mail_outbox.hpp"

#include "../../shell/core/system/files.hpp"
#include "../../shell/core/system/log.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <random>
#include <unistd.h>

namespace fs = std::filesystem;

namespace Foyer {

namespace {

void sync_directory(const std::string& path)
{
    int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

std::string new_id()
{
    static std::mt19937_64 random { std::random_device {}() };
    std::time_t now = std::time(nullptr);
    struct tm utc { };
    gmtime_r(&now, &utc);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d-%02d%02d%02d-%08llx", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour,
        utc.tm_min, utc.tm_sec, (unsigned long long)(random() & 0xFFFFFFFF));
    return buffer;
}

std::string entry_json(const QueuedMail& mail)
{
    nlohmann::json json {
        { "id", mail.id },
        { "to_name", mail.to.name },
        { "to_address", mail.to.address },
        { "recipients", mail.recipients },
        { "queued_at", mail.queued_at },
        { "message_id", mail.filing.message_id },
        { "answering", mail.filing.answering },
        { "answering_uid", mail.filing.answering_uid },
        { "answering_uidvalidity", mail.filing.answering_uidvalidity },
    };
    return json.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string state_json(const QueuedMail& mail)
{
    nlohmann::json json { { "attempts", mail.attempts }, { "next_attempt_at", mail.next_attempt_at }, { "last_failure", mail.last_failure },
        { "step", step_name(mail.step) }, { "filing_attempts", mail.filing_attempts } };
    return json.dump();
}

MailStep step_from_name(std::string_view name)
{
    for (auto step : { MailStep::SmtpSent, MailStep::Appended, MailStep::AnsweredFlagged })
        if (name == step_name(step))
            return step;
    return MailStep::Queued;
}

std::optional<QueuedMail> read_entry(const std::string& folder)
{
    auto text = read_file(folder + "/entry.json");
    if (!text)
        return std::nullopt;
    auto json = nlohmann::json::parse(*text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return std::nullopt;
    try {
        QueuedMail mail;
        mail.id = json.value("id", "");
        mail.to.name = json.value("to_name", "");
        mail.to.address = json.value("to_address", "");
        mail.recipients = json.value("recipients", std::vector<std::string> {});
        mail.queued_at = json.value("queued_at", int64_t(0));
        mail.filing.message_id = json.value("message_id", "");
        mail.filing.answering = json.value("answering", "");
        mail.filing.answering_uid = json.value("answering_uid", uint32_t(0));
        mail.filing.answering_uidvalidity = json.value("answering_uidvalidity", uint64_t(0));
        if (auto state_text = read_file(folder + "/state.json")) {
            auto state = nlohmann::json::parse(*state_text, nullptr, false);
            if (state.is_object()) {
                mail.attempts = state.value("attempts", 0);
                mail.next_attempt_at = state.value("next_attempt_at", int64_t(0));
                mail.last_failure = state.value("last_failure", "");
                mail.step = step_from_name(state.value("step", ""));
                mail.filing_attempts = state.value("filing_attempts", 0);
            }
        }
        if (mail.id.empty() || mail.recipients.empty())
            return std::nullopt;
        return mail;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

// Moves a queued e-mail's draft back among the drafts, unless the senior has started another one to the
// same person since (theirs is kept, and this one is kept beside it under another name).
std::optional<std::string> restore_draft(const std::string& draft_folder, const DraftStore& drafts)
{
    auto text = read_file(draft_folder + "/draft.json");
    auto draft = text ? draft_from_json(*text) : std::nullopt;
    if (!draft)
        return std::nullopt;
    if (make_directories(drafts.directory()).is_error())
        return std::nullopt;
    auto key = draft->key;
    std::error_code error;
    for (int n = 2; fs::exists(drafts.folder_of(key), error); ++n)
        key = draft->key + "-" + std::to_string(n);
    if (key != draft->key) {
        draft->key = key;
        if (write_file_atomically(draft_folder + "/draft.json", draft_to_json(*draft), 0600).is_error())
            return std::nullopt;
    }
    fs::rename(draft_folder, drafts.folder_of(key), error);
    if (error)
        return std::nullopt;
    sync_directory(drafts.directory());
    return key;
}

}

std::string_view step_name(MailStep step)
{
    switch (step) {
    case MailStep::Queued:
        return "queued";
    case MailStep::SmtpSent:
        return "smtp-sent";
    case MailStep::Appended:
        return "appended";
    case MailStep::AnsweredFlagged:
        return "answered-flagged";
    }
    return "queued";
}

std::chrono::seconds mail_retry_delay(int attempts, std::chrono::seconds first)
{
    int64_t delay = std::max<int64_t>(1, first.count());
    for (int i = 1; i < attempts && delay < 900; ++i)
        delay *= 2;
    return std::chrono::seconds(std::min<int64_t>(delay, 900));
}

MailOutbox::MailOutbox(std::string directory)
    : m_directory(std::move(directory))
{
}

ErrorOr<QueuedMail> MailOutbox::queue(const Draft& draft, std::string_view message, const DraftStore& drafts, MailFiling filing)
{
    if (auto made = make_directories(m_directory); made.is_error())
        return made.error();
    QueuedMail mail;
    mail.id = new_id();
    mail.to = draft.to;
    mail.recipients = { draft.to.address };
    mail.queued_at = int64_t(std::time(nullptr));
    mail.filing = std::move(filing);
    if (mail.filing.answering.empty())
        mail.filing.answering = draft.in_reply_to;
    auto staging = folder_of(mail.id) + ".new";
    if (auto made = make_directories(staging); made.is_error())
        return made.error();
    if (auto written = write_file_atomically(staging + "/message.eml", message, 0600); written.is_error())
        return written.error();
    if (auto written = write_file_atomically(staging + "/entry.json", entry_json(mail), 0600); written.is_error())
        return written.error();
    std::error_code error;
    if (fs::exists(drafts.folder_of(draft.key), error)) {
        fs::rename(drafts.folder_of(draft.key), staging + "/draft", error);
        if (error)
            return Error::plain(N_("Your e-mail could not be made ready to send. Try again, or call for help."), {}, "moving the draft: " + error.message());
        sync_directory(drafts.directory());
    }
    // The draft as sent (its files came with its folder): what comes back if the e-mail is refused.
    if (auto made = make_directories(staging + "/draft"); made.is_error())
        return made.error();
    if (auto written = write_file_atomically(staging + "/draft/draft.json", draft_to_json(draft), 0600); written.is_error())
        return written.error();
    sync_directory(staging);
    fs::rename(staging, folder_of(mail.id), error);
    if (error)
        return Error::plain(N_("Your e-mail could not be made ready to send. Try again, or call for help."), {}, "queueing: " + error.message());
    sync_directory(m_directory);
    return mail;
}

std::vector<QueuedMail> MailOutbox::load(const DraftStore& drafts) const
{
    std::vector<QueuedMail> queued;
    std::error_code error;
    std::vector<fs::path> folders;
    for (auto& entry : fs::directory_iterator(m_directory, error))
        if (entry.is_directory(error))
            folders.push_back(entry.path());
    for (auto& folder : folders) {
        auto name = folder.filename().string();
        if (name.ends_with(".new")) {
            // Interrupted while queueing: the e-mail was not queued, so it goes back to being a draft.
            if (fs::exists(folder / "draft", error))
                restore_draft((folder / "draft").string(), drafts);
            log_info("email: an e-mail interrupted while being queued is a draft again");
            fs::remove_all(folder, error);
            continue;
        }
        if (name.ends_with(".gone")) {
            fs::remove_all(folder, error);
            continue;
        }
        if (auto mail = read_entry(folder.string()); mail && fs::exists(folder / "message.eml", error))
            queued.push_back(std::move(*mail));
        else
            log_warning("email: the outbox folder " + name + " is incomplete; it is left where it is for the family to look at");
    }
    std::sort(queued.begin(), queued.end(), [](auto& a, auto& b) { return a.queued_at != b.queued_at ? a.queued_at < b.queued_at : a.id < b.id; });
    return queued;
}

std::optional<std::string> MailOutbox::message(const std::string& id) const
{
    return read_file(folder_of(id) + "/message.eml");
}

ErrorOr<void> MailOutbox::update(const QueuedMail& mail) const
{
    return write_file_atomically(folder_of(mail.id) + "/state.json", state_json(mail), 0600);
}

void MailOutbox::remove(const std::string& id) const
{
    std::error_code error;
    fs::rename(folder_of(id), folder_of(id) + ".gone", error);
    if (error) {
        log_warning("email: cannot remove the sent e-mail " + id + " from the outbox: " + error.message());
        return;
    }
    sync_directory(m_directory);
    fs::remove_all(folder_of(id) + ".gone", error);
}

std::optional<Draft> MailOutbox::return_to_drafts(const std::string& id, const DraftStore& drafts) const
{
    std::optional<Draft> draft;
    std::error_code error;
    if (fs::exists(folder_of(id) + "/draft", error)) {
        if (auto key = restore_draft(folder_of(id) + "/draft", drafts))
            draft = drafts.load(*key);
    }
    remove(id);
    return draft;
}

}
