// Walking the steps: Next, Back, the live preview and saving.
#include "setup_flow.hpp"

#include "../../shell/core/system/log.hpp"

#include <algorithm>

namespace Foyer {

SetupFlow::SetupFlow(Services& services, std::vector<SetupStepEntry> steps, SetupDraft draft, SetupMode mode, bool code_required,
    SetupSaver saver)
    : m_services(services)
    , m_steps(std::move(steps))
    , m_draft(std::move(draft))
    , m_mode(mode)
    , m_code_required(code_required)
    , m_saver(std::move(saver))
    , m_worker(std::make_unique<TaskRunner>(1))
{
}

SetupFlow::~SetupFlow()
{
    m_worker.reset();
    if (m_saved)
        return;
    if (m_previewed)
        m_services.try_settings(std::nullopt);
    if (m_on_abandoned)
        m_on_abandoned(std::move(m_draft), std::move(m_last_step));
}

void SetupFlow::preview()
{
    m_previewed = true;
    m_services.try_settings(m_draft.settings);
}

std::vector<const SetupStepEntry*> SetupFlow::applying() const
{
    std::vector<const SetupStepEntry*> steps;
    for (auto& step : m_steps)
        if (!step.applies || step.applies(m_draft))
            steps.push_back(&step);
    return steps;
}

std::unique_ptr<Screen> SetupFlow::first_screen()
{
    auto steps = applying();
    if (steps.empty())
        return nullptr;
    ++m_opened;
    auto resumed = std::find_if(steps.begin(), steps.end(), [&](auto* step) { return step->id == m_resume_at; });
    if (resumed != steps.end()) {
        // Shown and spoken at once as the family had chosen (their language, their text size).
        preview();
        return (*resumed)->open(m_services, shared_from_this());
    }
    return steps.front()->open(m_services, shared_from_this());
}

void SetupFlow::start()
{
    if (auto screen = first_screen())
        m_services.navigator().open(std::move(screen));
}

bool SetupFlow::saves_here(std::string_view step) const
{
    auto steps = applying();
    return !steps.empty() && steps.back()->id == step;
}

int SetupFlow::position(std::string_view step) const
{
    auto steps = applying();
    for (size_t i = 0; i < steps.size(); ++i)
        if (steps[i]->id == step)
            return int(i + 1);
    return 0;
}

int SetupFlow::count() const
{
    return int(applying().size());
}

std::vector<std::string> SetupFlow::summary() const
{
    std::vector<std::string> lines;
    for (auto* step : applying())
        if (step->summary)
            if (auto line = step->summary(m_draft); !line.empty())
                lines.push_back(std::move(line));
    return lines;
}

void SetupFlow::next(std::string_view from)
{
    if (m_saving)
        return;
    auto steps = applying();
    auto at = std::find_if(steps.begin(), steps.end(), [&](auto* step) { return step->id == from; });
    if (at == steps.end() || at + 1 == steps.end()) {
        save();
        return;
    }
    ++m_opened;
    m_services.navigator().open((*(at + 1))->open(m_services, shared_from_this()));
}

void SetupFlow::back(std::string_view from)
{
    if (m_saving)
        return;
    auto steps = applying();
    auto at = std::find_if(steps.begin(), steps.end(), [&](auto* step) { return step->id == from; });
    if (m_opened <= 1 && at != steps.end() && at != steps.begin()) {
        // Resumed here: the step before was never opened, so it takes this one's place.
        m_services.navigator().back();
        m_services.navigator().open((*(at - 1))->open(m_services, shared_from_this()));
        return;
    }
    if (m_opened > 0)
        --m_opened;
    m_services.navigator().back();
}

void SetupFlow::keep(std::string_view step)
{
    if (position(step) > 0)
        m_last_step = step;
    if (m_keeper && !m_saving && !m_saved && !m_last_step.empty())
        m_keeper(m_draft, m_last_step);
}

void SetupFlow::save()
{
    m_saving = true;
    std::weak_ptr<SetupFlow> weak = weak_from_this();
    m_saver(m_draft, *m_worker, [weak, &services = m_services](ErrorOr<void> result) {
        auto flow = weak.lock();
        if (!flow) {
            // The family went home while the code was being hashed: what was saved stays saved.
            if (result.is_error())
                log_warning("setup: saving failed after the setup was left: " + result.error().detail());
            return;
        }
        flow->m_saving = false;
        if (!result.is_error()) {
            flow->m_saved = true;
            // A chapter goes back to the family menu; the whole setup stays on its summary, which now says
            // that Foyer is ready and how to come back to the settings.
            if (flow->m_mode == SetupMode::Chapter) {
                for (int i = 0; i < flow->m_opened; ++i)
                    services.navigator().back();
            }
        }
        if (flow->m_on_saved)
            flow->m_on_saved(std::move(result));
    });
}

}
