// The family's two doors: the lock (the family code, or "this is for the family" before there is one) and
// the family menu behind it, where each part of the setup can be changed on its own.
#pragma once

#include "../../shell/core/navigation/screen.hpp"
#include "../../shell/core/navigation/services.hpp"
#include "../../shell/core/system/task_runner.hpp"
#include "setup_app.hpp"
#include "setup_form.hpp"

#include <memory>
#include <optional>
#include <string>

namespace Foyer {

class FamilyLockScreen final : public Screen {
public:
    FamilyLockScreen(Services&, std::shared_ptr<SetupApp>, ScreenMaker then);

    std::string_view id() const override { return "family.lock"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;

    // For the layout tests.
    std::string intro() const;
    std::vector<FormRow> rows();
    FormButton next_button() const;
    FormButton back_button() const;
    std::string problem() const { return m_problem ? m_problem->message() : std::string {}; }
    void set_problem(Error);

private:
    void go_on();

    Services& m_services;
    std::shared_ptr<SetupApp> m_app;
    ScreenMaker m_then;
    bool m_has_code;
    std::string m_typed;
    std::optional<Error> m_problem;
    bool m_checking { false };
    bool m_arrived { false };
    bool m_refocus { false };
    std::shared_ptr<int> m_alive { std::make_shared<int>(0) };
    // Last: joined first, before what a check in progress would touch.
    std::unique_ptr<TaskRunner> m_worker;
};

// The menu's buttons: one per chapter, then the whole setup again, and what the session allows.
struct FamilyMenuItem {
    std::string id;
    std::string label;
    Icon icon { Icon::None };
};

struct FamilyMenuLayout {
    Rect intro;
    Rect message;
    std::vector<Rect> items;
    // The items' words: Large type, stepped down to fit (Metrics::sizes_to_try).
    float item_px { 0 };
    bool fits { false };
};
FamilyMenuLayout layout_family_menu(const Ui&, const std::string& intro, const std::string& message,
    const std::vector<FamilyMenuItem>&, const Rect& area);

class FamilyMenuScreen final : public Screen {
public:
    FamilyMenuScreen(Services&, std::shared_ptr<SetupApp>);

    std::string_view id() const override { return "family.menu"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;

    std::string intro() const;
    std::vector<FamilyMenuItem> items() const;
    const std::string& message() const { return m_message; }

private:
    void on_press(const std::string&);

    Services& m_services;
    std::shared_ptr<SetupApp> m_app;
    // "The voice is saved.", after a chapter came back saved.
    std::string m_message;
    std::shared_ptr<int> m_alive { std::make_shared<int>(0) };
};

// How Foyer was started, from FOYER_SESSION (set by foyer-session): "kiosk" in the Foyer session,
// "desktop" inside a usual desktop, empty when started by hand.
std::string session_kind();

}
