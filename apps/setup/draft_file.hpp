// The setup left half-way, on disk: what the family typed and the step they were on, so that the setup
// comes back at the next start with it (README: "Leaving half-way is fine"), and the writer that keeps
// that file as the family types. No drawing here.
#pragma once

#include "../../shell/core/error.hpp"
#include "setup_draft.hpp"

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace Foyer {

// The secrets are never in the draft file: the e-mail password and the family code are typed again after a
// restart. The draft is a plain file that anyone with the senior's login can read, and the secret store
// must only ever hold a password the family chose to save; a code typed half-way is a code nobody
// confirmed. Everything else the family typed or chose is in it.
struct SavedDraft {
    SetupDraft draft;
    // The step of the walk the family was on ("setup.printer").
    std::string step;
};

// "setup-draft.toml" beside foyer.toml (`settings_path`).
std::string setup_draft_path(const std::string& settings_path);

// The file's text (TOML): the draft without its secrets, and the step.
std::string setup_draft_text(const SetupDraft&, std::string_view step);
// Reads what setup_draft_text wrote. A broken file is an error saying why; the caller starts afresh.
ErrorOr<SavedDraft> parse_setup_draft(std::string_view text);

class TaskRunner;

// Keeps the draft file as the family types, on a thread of its own (an fsync is no work for the frame).
//
// The rule: every frame in which the draft changed hands its text to the writer, which writes the latest
// text it holds (write, fsync, rename: a crash leaves the old file or the new one, never half of one).
// Texts that pile up while a write is on its way are folded into the next write, so a kill -9 loses at
// most the keys typed since the last write began, a few milliseconds of typing.
class DraftKeeper {
public:
    explicit DraftKeeper(std::string path);
    ~DraftKeeper();
    DraftKeeper(const DraftKeeper&) = delete;
    DraftKeeper& operator=(const DraftKeeper&) = delete;

    const std::string& path() const { return m_path; }
    // Writes when the text differs from the last one handed over. Main thread.
    void keep(const SetupDraft&, std::string_view step);
    // The draft left by an earlier run, if any; a broken file is logged and the setup starts afresh (the
    // file is left as it is, for whoever wants to look, until the next change replaces it).
    std::optional<SavedDraft> load();
    // The setup was saved: the file goes, after any write still on its way.
    void forget();

private:
    struct Pending {
        std::mutex mutex;
        std::optional<std::string> text;
        bool forget { false };
    };
    void post_write();

    std::string m_path;
    std::string m_last;
    std::shared_ptr<Pending> m_pending;
    std::unique_ptr<TaskRunner> m_writer;
};

}
