// E-mail screens drawn without a window, as the shell draws them (the content below the title bar, the
// margins around it), with what they drew and said recorded: for tests of what a senior sees and hears.
#pragma once

#include "apps/email/email_app.hpp"
#include "apps/email/email_step.hpp"
#include "tests/apps/setup/fake_services.hpp"
#include "tests/support/headless_ui.hpp"
#include "tests/support/process.hpp"

#include <algorithm>
#include <memory>
#include <string_view>
#include <vector>

namespace Foyer::Testing {

inline bool drew_text(const std::vector<DrawnElement>& elements, std::string_view words)
{
    return std::any_of(elements.begin(), elements.end(), [&](auto& element) { return element.kind == DrawnKind::Text && element.key == words; });
}

// The pictures drawn, by their own size ("64x48").
inline std::vector<std::string> drawn_pictures(const std::vector<DrawnElement>& elements)
{
    std::vector<std::string> pictures;
    for (auto& element : elements)
        if (element.kind == DrawnKind::Picture)
            pictures.push_back(element.key);
    return pictures;
}

class EmailScreenBench {
public:
    explicit EmailScreenBench(float width = 1366, float height = 768)
        : m_headless(width, height, TextSize::Normal)
    {
    }
    ~EmailScreenBench()
    {
        // The apps go before the services whose queue their workers post to.
        m_apps.clear();
    }

    // An e-mail app holding `settings`, `inbox` and `messages` (no server: EmailApp::use_samples), its
    // workers answering on the services' queue; with `config_dir` as the settings' folder.
    EmailContext context(Settings settings, MailboxCache inbox, std::map<uint32_t, std::string> messages, std::string config_dir = {})
    {
        EmailOptions options;
        options.state_dir = temporary_directory("bench-mail");
        options.config_dir = config_dir.empty() ? temporary_directory("bench-config") : config_dir;
        options.home = temporary_directory("bench-home");
        auto app = std::make_shared<EmailApp>(options);
        services.saved = settings;
        app->use_samples(std::move(settings), std::move(inbox), std::move(messages));
        app->attach(services.queue, false);
        m_apps.push_back(app);
        return { app, std::make_shared<EmailHooks>() };
    }
    // An app already made (on a real server, say): the bench keeps it as long as itself.
    EmailContext context(std::shared_ptr<EmailApp> app)
    {
        m_apps.push_back(app);
        return { app, std::make_shared<EmailHooks>() };
    }

    // One frame of `screen` once it waits for nothing (what its workers posted run first), recorded.
    std::vector<DrawnElement> draw(Screen& screen)
    {
        services.run_until([&] { return !screen.waiting_for_answers(); });
        auto& ui = m_headless.ui();
        auto& m = m_headless.metrics();
        Rect content { 0, 0, m.screen_width, m.screen_height };
        content.take_top(m.title_bar);
        ui.set_content(content.inset(m.margin));
        // Twice, as --screenshot: the first pass settles what depends on the frame before.
        screen.draw(ui);
        DrawRecorder recorder;
        ui.set_recorder(&recorder);
        screen.draw(ui);
        ui.set_recorder(nullptr);
        (void)ui.take_targets();
        return recorder.elements;
    }
    // Draws `screen` until what it drew satisfies `done` (a photo a worker loads, say), or a few seconds pass.
    template<typename Predicate>
    std::vector<DrawnElement> draw_until(Screen& screen, Predicate done)
    {
        std::vector<DrawnElement> drawn;
        services.run_until([&] {
            drawn = draw(screen);
            return done(drawn);
        });
        return drawn;
    }

    FakeServices services;

private:
    HeadlessUi m_headless;
    std::vector<std::shared_ptr<EmailApp>> m_apps;
};

}
