// Drafts as JSON beside their files; the JSON is the one file rewritten as the senior types.
#include "drafts.hpp"

#include "../../shell/core/system/files.hpp"
#include "../../shell/core/system/log.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <functional>

namespace fs = std::filesystem;

namespace Foyer {

namespace {

// Only letters, digits and a few signs in a folder name, whatever the address holds.
std::string safe_name(std::string_view text)
{
    std::string out;
    for (unsigned char c : text)
        out += std::isalnum(c) || c == '.' || c == '-' || c == '_' || c == '@' ? char(c) : '_';
    return out.substr(0, 80);
}

}

std::string draft_key(const std::string& address, const std::string& in_reply_to)
{
    auto key = "to-" + safe_name(address);
    if (!in_reply_to.empty()) {
        char hash[20];
        std::snprintf(hash, sizeof hash, "%016zx", std::hash<std::string> {}(in_reply_to));
        key += "-re-" + std::string(hash);
    }
    return key;
}

std::string draft_to_json(const Draft& draft)
{
    nlohmann::json files = nlohmann::json::array();
    for (auto& file : draft.files)
        files.push_back({ { "filename", file.filename }, { "content_type", file.content_type }, { "stored_as", file.stored_as }, { "size", file.size } });
    nlohmann::json json {
        { "key", draft.key },
        { "to_name", draft.to.name },
        { "to_address", draft.to.address },
        { "reply_subject", draft.reply_subject },
        { "in_reply_to", draft.in_reply_to },
        { "references", draft.references },
        { "text", draft.text },
        { "files", files },
        { "updated_at", draft.updated_at },
    };
    // Invalid UTF-8 (it cannot come from the keyboard, but a file name might) is replaced, not thrown on.
    return json.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<Draft> draft_from_json(const std::string& text)
{
    auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return std::nullopt;
    try {
        Draft draft;
        draft.key = json.value("key", "");
        draft.to.name = json.value("to_name", "");
        draft.to.address = json.value("to_address", "");
        draft.reply_subject = json.value("reply_subject", "");
        draft.in_reply_to = json.value("in_reply_to", "");
        draft.references = json.value("references", "");
        draft.text = json.value("text", "");
        draft.updated_at = json.value("updated_at", int64_t(0));
        for (auto& file : json.value("files", nlohmann::json::array())) {
            DraftFile entry { file.value("filename", ""), file.value("content_type", ""), file.value("stored_as", ""), file.value("size", size_t(0)) };
            // A stored name is a plain name inside the draft's folder, never a path elsewhere.
            if (entry.stored_as.empty() || entry.stored_as.find('/') != std::string::npos || entry.stored_as[0] == '.')
                continue;
            draft.files.push_back(std::move(entry));
        }
        if (draft.key.empty() || draft.to.address.empty())
            return std::nullopt;
        return draft;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

DraftStore::DraftStore(std::string directory)
    : m_directory(std::move(directory))
{
}

ErrorOr<void> DraftStore::save(const Draft& draft) const
{
    auto folder = folder_of(draft.key);
    if (auto made = make_directories(folder); made.is_error())
        return made;
    Draft stamped = draft;
    stamped.updated_at = int64_t(std::time(nullptr));
    return write_file_atomically(folder + "/draft.json", draft_to_json(stamped), 0600);
}

std::optional<Draft> DraftStore::load(const std::string& key) const
{
    auto text = read_file(folder_of(key) + "/draft.json");
    if (!text)
        return std::nullopt;
    auto draft = draft_from_json(*text);
    if (!draft || draft->key != key) {
        log_warning("email: the draft " + key + " cannot be read");
        return std::nullopt;
    }
    return draft;
}

std::vector<Draft> DraftStore::load_all() const
{
    std::vector<Draft> drafts;
    std::error_code error;
    for (auto& entry : fs::directory_iterator(m_directory, error)) {
        if (!entry.is_directory(error))
            continue;
        if (auto draft = load(entry.path().filename().string()); draft && !draft->empty())
            drafts.push_back(std::move(*draft));
    }
    std::sort(drafts.begin(), drafts.end(), [](auto& a, auto& b) { return a.updated_at > b.updated_at; });
    return drafts;
}

ErrorOr<void> DraftStore::add_file(Draft& draft, const Attachment& attachment) const
{
    auto folder = folder_of(draft.key);
    if (auto made = make_directories(folder); made.is_error())
        return made;
    // Numbered names: two photos called "IMG_0001.jpg" from two folders do not overwrite each other.
    size_t number = 1;
    for (auto& file : draft.files)
        number = std::max(number, size_t(std::atoi(file.stored_as.c_str() + 5)) + 1);
    auto stored = "file-" + std::to_string(number);
    if (auto written = write_file_atomically(folder + "/" + stored, attachment.data, 0600); written.is_error())
        return written;
    draft.files.push_back({ attachment.filename, attachment.content_type, stored, attachment.data.size() });
    return save(draft);
}

ErrorOr<void> DraftStore::remove_file(Draft& draft, size_t index) const
{
    if (index >= draft.files.size())
        return {};
    auto stored = draft.files[index].stored_as;
    draft.files.erase(draft.files.begin() + long(index));
    auto saved = save(draft);
    std::error_code error;
    fs::remove(folder_of(draft.key) + "/" + stored, error);
    return saved;
}

ErrorOr<std::vector<Attachment>> DraftStore::read_files(const Draft& draft) const
{
    std::vector<Attachment> attachments;
    for (auto& file : draft.files) {
        auto bytes = read_file(folder_of(draft.key) + "/" + file.stored_as);
        if (!bytes)
            return Error::plain(N_("A file added to this e-mail cannot be found any more. Remove it and add it again."), {}, file.stored_as);
        attachments.push_back({ file.filename, file.content_type, std::move(*bytes) });
    }
    return attachments;
}

void DraftStore::remove(const std::string& key) const
{
    std::error_code error;
    fs::remove_all(folder_of(key), error);
}

}
