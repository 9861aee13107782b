// The video call's screens: the family's photos ("videocall"), and the call itself ("videocall.call"):
// the check, what was fixed or is wrong, the call in progress, or why it could not start.
#pragma once

#include "../../shell/core/layout/metrics.hpp"
#include "../../shell/core/navigation/app_registry.hpp"
#include "../../shell/core/navigation/screen.hpp"
#include "device_check.hpp"

#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace Foyer {

class CallService;

// Where the photos go: up to six on a screen (1 to 3 across, 2 rows for 4 to 6), and the buttons to the
// other pages when there are more.
struct ContactGridLayout {
    std::vector<Rect> tiles;
    Rect previous;
    Rect next;
    bool paged { false };
};
constexpr size_t contacts_per_page = 6;
ContactGridLayout layout_contact_grid(const Metrics&, const Rect& area, size_t count_on_page, bool paged,
    float previous_width, float next_width);

// The icon of a finished check's row: done, a problem, or "could not tell" (never the hourglass, which is
// for the rows still being checked).
Icon check_row_icon(CheckVerdict);

class FamilyPhotosScreen final : public Screen {
public:
    explicit FamilyPhotosScreen(Services&);
    ~FamilyPhotosScreen() override;

    std::string_view id() const override { return "videocall"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;
    bool waiting_for_answers() const override;

private:
    struct Photo {
        ImageId image { no_image };
        int width { 0 };
        int height { 0 };
        bool loaded { false };
    };

    Services& m_services;
    // The contacts that have a video call, in the family's order.
    std::vector<Contact> m_contacts;
    std::vector<Photo> m_photos;
    size_t m_page { 0 };
    std::shared_ptr<bool> m_alive;
    std::vector<std::jthread> m_loaders;
};

class CallScreen final : public Screen {
public:
    enum class Phase {
        Checking,
        // Something is wrong: shown with what to do, and "Call anyway".
        Problems,
        InCall,
        Failed,
    };

    // Checks the computer, then calls `contact`.
    CallScreen(Services&, Contact);
    // A screen in a given phase with sample contents, for --screenshot --screen.
    CallScreen(Services&, Contact, Phase, CallCheck, std::optional<Error> failure = {});

    std::string_view id() const override { return "videocall.call"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;
    bool waiting_for_answers() const override { return m_phase == Phase::Checking && m_live; }

    Phase phase() const { return m_phase; }

private:
    CallService* service() const;
    void on_checked(CallCheck);
    void start_call();
    void fail(const Error&);
    float draw_check(Ui&, Rect area);

    Services& m_services;
    Contact m_contact;
    Phase m_phase { Phase::Checking };
    CallCheck m_check;
    std::optional<Error> m_failure;
    bool m_live { true };
    std::shared_ptr<bool> m_alive { std::make_shared<bool>(true) };
};

// The app's entry for apps/apps.cpp: its first screen, its service, its sample screens.
AppEntry videocall_app();

}
