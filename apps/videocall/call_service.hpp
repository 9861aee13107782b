// The video call's long-lived part: the check on a worker, then the call itself (the browser or the
// family's program, and the hang-up bar), watched until either ends, then Foyer's home again.
#pragma once

#include "../../shell/core/navigation/app_registry.hpp"
#include "../../shell/core/system/child_process.hpp"
#include "../../shell/core/system/task_runner.hpp"
#include "call_plan.hpp"
#include "device_check.hpp"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace Foyer {

// What tests and unusual computers change, from the environment: FOYER_SYS_DIR (a fake /sys with a camera),
// FOYER_PROC_DIR (a fake /proc whose net/route says whether there is a way out to the internet box, which a
// call with the family's own program checks) and FOYER_BROWSER_FLAGS (extra browser switches, such as a
// fake camera and microphone for tests).
struct CallOptions {
    std::string sys_dir { "/sys" };
    std::string proc_dir { "/proc" };
    std::vector<std::string> extra_browser_flags;
    // Where foyer-hang-up is: beside the foyer executable.
    std::string hang_up_program;

    static CallOptions from_environment();
};

enum class CallEnd {
    // The senior pressed "Hang up" (the bar, or Foyer's own button).
    HungUp,
    // The browser or the program was closed some other way (or crashed after the call began).
    Closed,
    // It stopped within seconds of starting: the call never really began.
    FailedToStart,
};

class CallService final : public AppService {
public:
    CallService(Services&, CallOptions);
    ~CallService() override;

    // Checks the computer for a call with `contact` on a worker (at most three seconds, fixes included);
    // `done` runs on the main thread.
    void check(const Contact&, std::function<void(CallCheck)> done);

    // Starts the call and the hang-up bar. An error, in plain words, when it cannot start (no browser, a
    // broken command). `ended` runs on the main thread when the call is over, before Foyer goes home.
    ErrorOr<void> start(const Contact&, std::function<void(CallEnd)> ended = {});
    void hang_up();
    bool in_call() const { return m_call.has_value(); }
    std::string contact_name() const { return m_call ? m_call->contact : std::string {}; }

    // While a call is on and Foyer shows anything but the call's own screen: "A call with Sophie is on" and
    // a Hang up button, so a call hidden behind Foyer can always be ended.
    float draw_banner(Ui&, const Rect& screen) override;

private:
    struct Call {
        std::string contact;
        pid_t program { -1 };
        pid_t bar { -1 };
        std::chrono::steady_clock::time_point started;
        bool hung_up { false };
        std::function<void(CallEnd)> ended;
    };

    CallEnvironment environment() const;
    void on_exit(const ChildExit&);
    void start_bar();

    Services& m_services;
    CallOptions m_options;
    TaskRunner m_workers { 1 };
    ChildWatcher m_children;
    std::optional<Call> m_call;
    // The site the browser's profile was last made ready for (by check()).
    std::string m_prepared_origin;
    std::shared_ptr<std::atomic<bool>> m_alive;
};

}
