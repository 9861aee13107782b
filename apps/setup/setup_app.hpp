// The family's part of Foyer: the first-run setup, the family menu behind the family code, and the gate
// other apps put in front of what only the family should do (the print app's "Add a printer").
#pragma once

#include "../../shell/core/navigation/app_registry.hpp"
#include "draft_file.hpp"
#include "family_code.hpp"
#include "setup_flow.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Foyer {

// What other apps add to the setup, given by apps/apps.cpp: their steps (placed after the helpline's, in
// this order) and their chapters in the family menu: the e-mail account and the family's contacts come
// from the e-mail app, the printer from the print app.
struct SetupHooks {
    std::vector<SetupStepEntry> app_steps;
    std::vector<SetupChapter> app_chapters;
    // Pages the steps open on their own (one contact, the e-mail servers), for the sample screens only;
    // `applies` is false so that they are never part of the walk.
    std::vector<SetupStepEntry> sample_pages;
};

using ScreenMaker = std::function<std::unique_ptr<Screen>(Services&)>;

class SetupApp : public std::enable_shared_from_this<SetupApp> {
public:
    SetupApp(SetupHooks, SecretStore);

    // The "setup" app's entry (Ctrl+Alt+F, --setup, the first run): the family code when there is one,
    // then the whole setup if Foyer was never set up, else the family menu.
    std::unique_ptr<Screen> open(Services&);
    // `then`, after the family code (with no code yet: after "this is for the family").
    std::unique_ptr<Screen> family_only(Services&, ScreenMaker then);

    // Pushes the first screen of the whole setup, or of one chapter of it.
    void start_whole(Services&);
    void start_chapter(Services&, const std::string& chapter, std::function<void(ErrorOr<void>)> on_saved);
    std::vector<SetupChapter> chapters() const;

    const FamilyCode& code() const { return m_code; }
    CodeAttempts& attempts() { return m_attempts; }

    // Every screen of the setup for --screenshot --screen NAME, each with a sample household.
    std::vector<std::pair<std::string, ScreenMaker>> sample_screens();

private:
    std::vector<SetupStepEntry> all_steps() const;
    // The draft a whole setup starts from: the one left half-way (in this run, else on disk), else the
    // settings as they are.
    SavedDraft starting_draft(Services&);
    std::shared_ptr<SetupFlow> whole_flow(Services&);
    DraftKeeper& keeper(Services&);
    void note_saved_secrets(SetupDraft&) const;
    void save(Services&, const SetupDraft&, TaskRunner&, std::function<void(ErrorOr<void>)> done);

    SetupHooks m_hooks;
    SecretStore m_secrets;
    FamilyCode m_code;
    CodeAttempts m_attempts;
    // A setup left before saving: the next visit starts from it, at the step it was left on. (The file
    // may still be on its way to disk: in this run, this copy is the one to trust.)
    std::optional<SavedDraft> m_abandoned;
    // The same on disk, for the next start; made on first use (the settings' folder comes with Services).
    std::unique_ptr<DraftKeeper> m_keeper;
};

// The registry's entry for the setup (id "setup", no home tile: the settings do not accept it as one).
AppEntry setup_app_entry(std::shared_ptr<SetupApp>);

}
