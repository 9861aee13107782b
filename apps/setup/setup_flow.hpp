// The family setup as a walk through steps: which steps apply, where the family is, what Next and Back do,
// the settings heard and seen live while choosing, and saving at the end. No drawing here.
#pragma once

#include "../../shell/core/icons.hpp"
#include "../../shell/core/navigation/screen.hpp"
#include "../../shell/core/navigation/services.hpp"
#include "../../shell/core/system/task_runner.hpp"
#include "setup_draft.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace Foyer {

class SetupFlow;

// A group of steps the family menu offers on its own ("The helpline" is the choice, then the other
// association's details, hours and helpdesk).
struct SetupChapter {
    std::string id;
    // English, marked with N_().
    const char* title;
    Icon icon { Icon::None };
};

// One step, as an app contributes it: apps/apps.cpp lists them in order, with each app's chapter for the
// family menu (the e-mail app gives the account and the contacts; the print app the printer).
struct SetupStepEntry {
    // The screen's id ("setup.senior").
    std::string id;
    std::string chapter;
    // Whether the step is part of the walk now (the other association's details only when chosen).
    std::function<bool(const SetupDraft&)> applies {};
    std::function<std::unique_ptr<Screen>(Services&, std::shared_ptr<SetupFlow>)> open;
    // One line for the summary before saving ("Helpline: Solidarité numérique, 01 70 77 23 72"), if any.
    std::function<std::string(const SetupDraft&)> summary {};
};

enum class SetupMode {
    // Every step, from the welcome to the summary, where Save writes everything.
    Whole,
    // One chapter from the family menu; its last step saves and goes back to the menu.
    Chapter,
};

// Writing what the flow gathered: the settings, and the family code when one was typed. The code's hash
// is computed on the flow's worker, so `done` comes later, on the main thread.
using SetupSaver = std::function<void(const SetupDraft&, TaskRunner& worker, std::function<void(ErrorOr<void>)> done)>;

class SetupFlow : public std::enable_shared_from_this<SetupFlow> {
public:
    SetupFlow(Services&, std::vector<SetupStepEntry>, SetupDraft, SetupMode, bool code_required, SetupSaver);
    // Leaving without saving puts the saved settings back on screen and in the voice.
    ~SetupFlow();
    SetupFlow(const SetupFlow&) = delete;
    SetupFlow& operator=(const SetupFlow&) = delete;

    SetupDraft& draft() { return m_draft; }
    const SetupDraft& draft() const { return m_draft; }
    SetupMode mode() const { return m_mode; }
    bool code_required() const { return m_code_required; }
    bool saved() const { return m_saved; }
    bool saving() const { return m_saving; }

    // Shows and speaks with the draft's language, text size and voice from the next frame.
    void preview();

    // The first step that applies, to open (or to return from an app's open()).
    std::unique_ptr<Screen> first_screen();
    // Opens the first step that applies.
    void start();
    // After `from` was checked: the next step that applies, or saving when `from` is the last.
    void next(std::string_view from);
    // Back from `from`: the step below it on the screens' stack, or, in a setup resumed at a later step
    // (whose earlier steps were never opened), the step before it in the walk.
    void back(std::string_view from);
    // True when Next on this step saves (the last step of a chapter, the summary of the whole setup).
    bool saves_here(std::string_view step) const;
    // 1-based position among the steps that apply now, and their number.
    int position(std::string_view step) const;
    int count() const;
    // The summary lines of the steps that apply, in order.
    std::vector<std::string> summary() const;

    // Called with the result of saving, on the main thread, after the screens moved on.
    void set_on_saved(std::function<void(ErrorOr<void>)> listener) { m_on_saved = std::move(listener); }
    // Where the draft goes when the flow ends unsaved (kept by the setup app, so a second visit resumes),
    // with the step of the walk the family was on.
    void set_on_abandoned(std::function<void(SetupDraft, std::string)> listener) { m_on_abandoned = std::move(listener); }
    // Who keeps the draft on disk as it changes (the whole first setup only; none for the sample screens).
    void set_keeper(std::function<void(const SetupDraft&, std::string_view step)> keeper) { m_keeper = std::move(keeper); }
    // After each frame of a step: hands the draft to the keeper. A page a step opens (one contact) counts
    // as the step that opened it.
    void keep(std::string_view step);
    // first_screen() opens this step instead of the first, when it applies (a setup left half-way).
    void resume_at(std::string step) { m_resume_at = std::move(step); }

private:
    std::vector<const SetupStepEntry*> applying() const;
    void save();

    Services& m_services;
    std::vector<SetupStepEntry> m_steps;
    SetupDraft m_draft;
    SetupMode m_mode;
    bool m_code_required;
    SetupSaver m_saver;
    // Screens this flow put on the navigator's stack, to take them off after saving a chapter.
    int m_opened { 0 };
    bool m_previewed { false };
    bool m_saving { false };
    bool m_saved { false };
    std::function<void(ErrorOr<void>)> m_on_saved;
    std::function<void(SetupDraft, std::string)> m_on_abandoned;
    std::function<void(const SetupDraft&, std::string_view)> m_keeper;
    std::string m_resume_at;
    // The last step of the walk drawn, for the keeper and for a later visit.
    std::string m_last_step;
    // Last: joined first, so a hash being computed finishes before the rest goes away.
    std::unique_ptr<TaskRunner> m_worker;
};

}
