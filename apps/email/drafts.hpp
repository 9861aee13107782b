// What the senior is writing, kept on disk as they type: one folder per unfinished e-mail (to one person,
// or a reply to one message) with its words and the files already made ready. Written atomically, so a
// crash or a power cut loses nothing that was on screen.
#pragma once

#include "../../shell/core/error.hpp"
#include "message.hpp"

#include <optional>
#include <string>
#include <vector>

namespace Foyer {

struct DraftFile {
    // The name the recipient sees ("Noël 2026.jpg").
    std::string filename;
    std::string content_type;
    // Where the prepared bytes are, inside the draft's folder.
    std::string stored_as;
    size_t size { 0 };

    bool operator==(const DraftFile&) const = default;
};

struct Draft {
    // The folder's name: from the recipient's address, and the message answered if any.
    std::string key;
    MailAddress to;
    // For a reply: the subject answered ("Re: …" is made from it), the message and its thread.
    std::string reply_subject;
    std::string in_reply_to;
    std::string references;
    std::string text;
    std::vector<DraftFile> files;
    int64_t updated_at { 0 };

    bool is_reply() const { return !in_reply_to.empty(); }
    bool empty() const { return text.find_first_not_of(" \n\t") == std::string::npos && files.empty(); }
    bool operator==(const Draft&) const = default;
};

// The key of the draft to `to`, answering `in_reply_to` (empty for a new message).
std::string draft_key(const std::string& address, const std::string& in_reply_to);

class DraftStore {
public:
    explicit DraftStore(std::string directory);

    // Writes the draft's words (the files are written by add_file). Safe to call on every key press.
    ErrorOr<void> save(const Draft&) const;
    std::optional<Draft> load(const std::string& key) const;
    // Every unfinished e-mail with something in it, the most recently changed first.
    std::vector<Draft> load_all() const;
    // Keeps a prepared file in the draft's folder and adds it to the draft (saved).
    ErrorOr<void> add_file(Draft&, const Attachment&) const;
    ErrorOr<void> remove_file(Draft&, size_t index) const;
    // The prepared files' bytes, in order.
    ErrorOr<std::vector<Attachment>> read_files(const Draft&) const;
    void remove(const std::string& key) const;

    std::string folder_of(const std::string& key) const { return m_directory + "/" + key; }
    const std::string& directory() const { return m_directory; }

private:
    std::string m_directory;
};

std::string draft_to_json(const Draft&);
std::optional<Draft> draft_from_json(const std::string&);

}
