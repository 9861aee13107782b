// Where the setup starts, which steps it has, and how it saves.
#include "setup_app.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/system/files.hpp"
#include "../../shell/core/system/log.hpp"
#include "../../shell/core/system/paths.hpp"
#include "family_screens.hpp"
#include "setup_steps.hpp"

namespace Foyer {

SetupApp::SetupApp(SetupHooks hooks, SecretStore secrets)
    : m_hooks(std::move(hooks))
    , m_secrets(secrets)
    , m_code(std::move(secrets))
{
}

std::vector<SetupStepEntry> SetupApp::all_steps() const
{
    std::vector<SetupStepEntry> steps = opening_steps();
    for (auto& step : helpline_steps())
        steps.push_back(step);
    for (auto& step : m_hooks.app_steps)
        steps.push_back(step);
    for (auto& step : closing_steps())
        steps.push_back(step);
    return steps;
}

std::vector<SetupChapter> SetupApp::chapters() const
{
    std::vector<SetupChapter> chapters { senior_chapter(), display_chapter(), voice_chapter(), helpline_chapter() };
    for (auto& chapter : m_hooks.app_chapters)
        chapters.push_back(chapter);
    chapters.push_back(family_code_chapter());
    return chapters;
}

void SetupApp::note_saved_secrets(SetupDraft& draft) const
{
    // A password saved before may stay: the field can be left empty. (Reading a small local file.)
    auto& email = draft.settings.email;
    auto path = email.password_file.empty() ? config_dir() + "/email-password" : expand_path(email.password_file, config_dir());
    draft.email.password_saved = email.configured() && (m_secrets.read(email_password_secret).has_value() || read_file(path).has_value());
}

DraftKeeper& SetupApp::keeper(Services& services)
{
    if (!m_keeper)
        m_keeper = std::make_unique<DraftKeeper>(setup_draft_path(services.settings_path()));
    return *m_keeper;
}

SavedDraft SetupApp::starting_draft(Services& services)
{
    if (m_abandoned)
        return *std::exchange(m_abandoned, std::nullopt);
    if (auto saved = keeper(services).load()) {
        // A password saved before the draft was left is still there to keep.
        note_saved_secrets(saved->draft);
        return std::move(*saved);
    }
    auto draft = draft_from(services.settings(), i18n::current_language());
    note_saved_secrets(draft);
    if (!read_file(services.settings_path())) {
        // Never set up: the built-in settings are a demo household, not this senior.
        draft.senior_name.clear();
        draft.settings.senior_name.clear();
        draft.settings.language = i18n::current_language();
    }
    return { std::move(draft), {} };
}

std::shared_ptr<SetupFlow> SetupApp::whole_flow(Services& services)
{
    auto self = shared_from_this();
    auto start = starting_draft(services);
    auto flow = std::make_shared<SetupFlow>(services, all_steps(), std::move(start.draft), SetupMode::Whole, !m_code.is_set(),
        [self, &services](const SetupDraft& draft, TaskRunner& worker, auto done) { self->save(services, draft, worker, std::move(done)); });
    flow->resume_at(std::move(start.step));
    flow->set_on_abandoned([self](SetupDraft draft, std::string step) { self->m_abandoned = SavedDraft { std::move(draft), std::move(step) }; });
    flow->set_keeper([self, &services](const SetupDraft& draft, std::string_view step) { self->keeper(services).keep(draft, step); });
    return flow;
}

void SetupApp::save(Services& services, const SetupDraft& draft, TaskRunner& worker, std::function<void(ErrorOr<void>)> done)
{
    auto self = shared_from_this();
    auto& queue = services.run_queue();
    auto settings = draft.settings;
    // The password goes into its own private file, and foyer.toml says only where that file is.
    if (draft.secrets.contains(email_password_secret) && settings.email.configured())
        settings.email.password_file = m_secrets.directory() + "/" + email_password_secret;
    worker.post([self, code = draft.family_code, secrets = draft.secrets, settings = std::move(settings), &queue, &services,
                    done = std::move(done)](std::stop_token) {
        ErrorOr<void> result;
        if (!code.empty())
            result = self->m_code.set(code);
        for (auto& [name, value] : secrets)
            if (!result.is_error())
                result = self->m_secrets.write(name, value);
        queue.post([self, result, settings, &services, done] {
            if (result.is_error()) {
                log_warning("setup: " + result.error().detail());
                done(result);
                return;
            }
            auto saved = services.save_settings(settings);
            if (!saved.is_error()) {
                // Saved: the draft has done its work, here and on disk.
                self->m_abandoned.reset();
                self->keeper(services).forget();
            }
            done(saved);
        });
    });
}

void SetupApp::start_whole(Services& services)
{
    whole_flow(services)->start();
}

void SetupApp::start_chapter(Services& services, const std::string& chapter, std::function<void(ErrorOr<void>)> on_saved)
{
    std::vector<SetupStepEntry> steps;
    for (auto& step : all_steps())
        if (step.chapter == chapter)
            steps.push_back(step);
    auto self = shared_from_this();
    // A chapter starts from the settings as saved: what another chapter left unsaved is not carried in.
    auto draft = draft_from(services.settings(), i18n::current_language());
    note_saved_secrets(draft);
    auto flow = std::make_shared<SetupFlow>(services, std::move(steps), std::move(draft), SetupMode::Chapter, !m_code.is_set(),
        [self, &services](const SetupDraft& draft, TaskRunner& worker, auto done) { self->save(services, draft, worker, std::move(done)); });
    flow->set_on_saved(std::move(on_saved));
    flow->start();
}

std::unique_ptr<Screen> SetupApp::open(Services& services)
{
    auto self = shared_from_this();
    ScreenMaker inside = [self](Services& services) -> std::unique_ptr<Screen> {
        if (read_file(services.settings_path()))
            return std::make_unique<FamilyMenuScreen>(services, self);
        // Never set up: the whole setup, from its first step or where it was left.
        return self->whole_flow(services)->first_screen();
    };
    if (m_code.is_set())
        return std::make_unique<FamilyLockScreen>(services, self, inside);
    return inside(services);
}

std::unique_ptr<Screen> SetupApp::family_only(Services& services, ScreenMaker then)
{
    return std::make_unique<FamilyLockScreen>(services, shared_from_this(), std::move(then));
}

std::vector<std::pair<std::string, ScreenMaker>> SetupApp::sample_screens()
{
    std::vector<std::pair<std::string, ScreenMaker>> samples;
    std::weak_ptr<SetupApp> weak = weak_from_this();
    auto pages = all_steps();
    for (auto& page : m_hooks.sample_pages)
        pages.push_back(page);
    for (auto& entry : pages) {
        samples.push_back({ entry.id, [weak, id = entry.id](Services& services) -> std::unique_ptr<Screen> {
                               auto self = weak.lock();
                               // A household in the middle of its setup, with another association chosen so
                               // that its steps show what a family would have typed.
                               auto draft = draft_from(services.settings(), i18n::current_language());
                               draft.senior_name = "Marie-Martine";
                               draft.helpline = HelplineChoice::Other;
                               draft.helpline_name = "France Services Montreuil";
                               draft.helpline_number = "01 48 70 60 00";
                               draft.helpline_hours = i18n::current_language() == Language::French ? "lundi-vendredi 9h-12h 14h-17h"
                                                                                                   : "monday-friday 9:00-12:00 14:00-17:00";
                               draft.helpdesk = "https://aide.example.org";
                               draft.email.wanted = true;
                               draft.email.address = "marie-martine@orange.fr";
                               draft.email.provider = "orange";
                               draft.email.password_saved = true;
                               draft.contacts = { { "Sophie", "", "sophie.martin@example.org", "https://meet.jit.si/FamilleMartin-Sophie-7Qx2", {} },
                                   { "Lucas", "", "", "https://meet.jit.si/FamilleMartin-Lucas-3Kp9", {} },
                                   { "Dr Dupont", "", "cabinet.dupont@example.org", "", {} } };
                               auto steps = self->all_steps();
                               for (auto& page : self->m_hooks.sample_pages)
                                   steps.push_back(page);
                               auto flow = std::make_shared<SetupFlow>(services, steps, draft, SetupMode::Whole, true,
                                   [](const SetupDraft&, TaskRunner&, auto) {});
                               for (auto& step : steps)
                                   if (step.id == id)
                                       return step.open(services, flow);
                               return nullptr;
                           } });
    }
    samples.push_back({ "family.lock", [weak](Services& services) -> std::unique_ptr<Screen> {
                           return std::make_unique<FamilyLockScreen>(services, weak.lock(), [](Services&) { return nullptr; });
                       } });
    samples.push_back({ "family.menu", [weak](Services& services) -> std::unique_ptr<Screen> {
                           return std::make_unique<FamilyMenuScreen>(services, weak.lock());
                       } });
    return samples;
}

AppEntry setup_app_entry(std::shared_ptr<SetupApp> app)
{
    AppEntry entry { "setup", N_("For the family"), Icon::Family, [app](Services& services) { return app->open(services); } };
    entry.sample_screens = app->sample_screens();
    return entry;
}

}
