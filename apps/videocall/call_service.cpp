// Starting, watching and ending a call: ChildWatcher for the program and the bar, the run queue for the rest.
#include "call_service.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/system/log.hpp"
#include "../../shell/core/system/paths.hpp"
#include "../../shell/core/system/subprocess.hpp"
#include "../../shell/ui/call_bar.hpp"
#include "../../shell/ui/ui.hpp"
#include "browser_profile.hpp"

#include <csignal>
#include <sstream>
#include <unistd.h>

namespace Foyer {

namespace {

using namespace std::chrono_literals;

// A program that ends sooner than this after starting did not make a call (a wrong address, a broken
// command): the senior is told, rather than silently brought home.
constexpr auto too_soon = 4s;

}

CallOptions CallOptions::from_environment()
{
    CallOptions options;
    if (const char* sys = std::getenv("FOYER_SYS_DIR"); sys && *sys)
        options.sys_dir = sys;
    if (const char* proc = std::getenv("FOYER_PROC_DIR"); proc && *proc)
        options.proc_dir = proc;
    if (const char* flags = std::getenv("FOYER_BROWSER_FLAGS"); flags && *flags) {
        std::istringstream words(flags);
        for (std::string word; words >> word;)
            options.extra_browser_flags.push_back(word);
    }
    options.hang_up_program = executable_dir() + "/foyer-hang-up";
    return options;
}

CallService::CallService(Services& services, CallOptions options)
    : m_services(services)
    , m_options(std::move(options))
    , m_alive(std::make_shared<std::atomic<bool>>(true))
{
}

CallService::~CallService()
{
    *m_alive = false;
    // The watcher stops the browser and the bar with itself: Foyer leaves no call behind it.
}

CallEnvironment CallService::environment() const
{
    auto& settings = m_services.settings();
    CallEnvironment environment;
    environment.senior_name = settings.senior_name;
    environment.language = i18n::current_language();
    environment.browser = settings.video.browser;
    environment.profile_dir = call_browser_profile_dir();
    if (auto size = PixelSize::parse(m_services.screen_size())) {
        environment.screen_width = size->width;
        environment.screen_height = size->height;
    }
    environment.running_as_root = geteuid() == 0;
    environment.extra_browser_flags = m_options.extra_browser_flags;
    return environment;
}

void CallService::check(const Contact& contact, std::function<void(CallCheck)> done)
{
    auto environment = this->environment();
    auto planned = plan_call(contact, environment);
    auto origin = planned.is_error() ? std::string {} : planned.value().origin;
    auto probes = real_probes(origin.empty() ? std::string {} : planned.value().url);
    probes.paths.sys = m_options.sys_dir;
    probes.paths.proc = m_options.proc_dir;
    // The browser's profile is made ready on the same worker, so the call starts without touching the disk
    // on the main thread (stopping a browser left from an earlier call may take seconds).
    m_workers.post([this, alive = m_alive, probes, origin, profile = environment.profile_dir, done = std::move(done)](std::stop_token) {
        auto check = run_call_check(probes);
        std::optional<Error> problem;
        if (!origin.empty()) {
            stop_leftover_browser(profile);
            if (auto prepared = prepare_call_browser_profile(profile, origin); prepared.is_error())
                problem = prepared.error();
        }
        m_services.run_queue().post([this, alive, check = std::move(check), origin, problem, done] {
            if (!*alive)
                return;
            m_prepared_origin = problem ? std::string {} : origin;
            if (problem)
                log_warning("videocall: the browser's profile could not be prepared: " + problem->detail());
            done(check);
        });
    });
}

ErrorOr<void> CallService::start(const Contact& contact, std::function<void(CallEnd)> ended)
{
    if (m_call)
        return Error::plain(N_("A call is already on. Hang it up first."), {}, "second call");
    auto environment = this->environment();
    auto planned = plan_call(contact, environment);
    if (planned.is_error())
        return planned.error();
    auto plan = planned.release_value();
    if (!program_exists(plan.argv.front())) {
        if (plan.kind == VideoKind::Command)
            return Error::plain(N_("The program for calling {name} is not installed on this computer. Ask your family to "
                                   "check the settings of the video call."),
                { { "name", contact.name } }, plan.argv.front() + " not found");
        return Error::plain(N_("Chromium, the program video calls open in, is not installed. Ask your family to install it "
                               "(apt install chromium), or call for help."),
            {}, plan.argv.front() + " not found");
    }
    if (plan.kind != VideoKind::Command && plan.origin != m_prepared_origin) {
        // Only when no check came first (it prepares the profile on a worker).
        stop_leftover_browser(environment.profile_dir);
        if (auto prepared = prepare_call_browser_profile(environment.profile_dir, plan.origin); prepared.is_error()) {
            return Error::plain(N_("The call could not be prepared: Foyer cannot write in its own folder. Call for help."), {},
                prepared.error().detail());
        }
    }
    SpawnOptions spawn_options;
    spawn_options.output_path = state_dir() + "/call-program.log";
    auto pid = m_children.spawn(plan.argv, spawn_options, [this, alive = m_alive](const ChildExit& exit) {
        m_services.run_queue().post([this, alive, exit] {
            if (*alive)
                on_exit(exit);
        });
    });
    if (pid.is_error()) {
        if (plan.kind == VideoKind::Command)
            return Error::plain(N_("The program for calling {name} could not start. Ask your family to check the settings "
                                   "of the video call."),
                { { "name", contact.name } }, pid.error().detail());
        return Error::plain(N_("Chromium, the program video calls open in, could not start. Call for help."), {},
            pid.error().detail());
    }
    m_call = Call { contact.name, pid.value(), -1, std::chrono::steady_clock::now(), false, std::move(ended) };
    log_info("videocall: started a call (" + plan.argv.front() + ", pid " + std::to_string(pid.value()) + ")");
    m_services.activity().record("call", "started pid=" + std::to_string(pid.value()));
    start_bar();
    return {};
}

void CallService::start_bar()
{
    auto environment = this->environment();
    CallBarOptions bar;
    bar.place = call_layout(environment.screen_width, environment.screen_height).bar;
    bar.screen = { environment.screen_width, environment.screen_height };
    bar.theme = m_services.settings().theme;
    bar.text_size = m_services.settings().text_size;
    bar.label = tr("Hang up");
    bar.caption = format(tr("End the call with {name}"), { { "name", m_call->contact } });
    std::vector<std::string> argv { m_options.hang_up_program };
    for (auto& argument : bar.to_arguments())
        argv.push_back(argument);
    SpawnOptions spawn_options;
    spawn_options.output_path = state_dir() + "/foyer-hang-up.log";
    auto pid = m_children.spawn(argv, spawn_options, [this, alive = m_alive](const ChildExit& exit) {
        m_services.run_queue().post([this, alive, exit] {
            if (*alive)
                on_exit(exit);
        });
    });
    if (pid.is_error()) {
        // The call goes on: Foyer's own screen under it has a Hang up button too.
        log_warning("videocall: the hang-up bar did not start: " + pid.error().detail());
        return;
    }
    m_call->bar = pid.value();
}

void CallService::hang_up()
{
    if (!m_call || m_call->hung_up)
        return;
    m_call->hung_up = true;
    m_services.activity().record("call", "hang up");
    // The program is asked to close; the call ends when it has (on_exit), within a few seconds at most.
    m_children.terminate(m_call->program);
}

void CallService::on_exit(const ChildExit& exit)
{
    if (!m_call)
        return;
    if (exit.pid == m_call->bar) {
        m_call->bar = -1;
        if (exit.exit_code == int(CallBarExit::HungUp) && !exit.terminated_by_us)
            hang_up();
        else if (!exit.terminated_by_us)
            log_warning("videocall: the hang-up bar stopped (" + std::to_string(exit.exit_code) + "); Foyer's own button remains");
        return;
    }
    if (exit.pid != m_call->program)
        return;
    auto call = std::move(*m_call);
    m_call.reset();
    if (call.bar > 0)
        m_children.terminate(call.bar, 500ms);
    auto lasted = std::chrono::steady_clock::now() - call.started;
    // Stopped by a person (killed, closed with the session) is not a failure, however soon it came.
    int signal = exit.exit_code > 128 ? exit.exit_code - 128 : 0;
    bool stopped = signal == SIGKILL || signal == SIGTERM || signal == SIGHUP || signal == SIGINT;
    auto end = call.hung_up                                      ? CallEnd::HungUp
        : (lasted < too_soon && exit.exit_code != 0 && !stopped) ? CallEnd::FailedToStart
                                                                 : CallEnd::Closed;
    log_info("videocall: the call ended (exit " + std::to_string(exit.exit_code) + ")");
    m_services.activity().record("call", end == CallEnd::HungUp ? "ended hung up" : end == CallEnd::Closed ? "ended closed"
                                                                                                           : "ended failed");
    if (call.ended)
        call.ended(end);
    if (end == CallEnd::FailedToStart)
        return;
    m_services.navigator().go_home();
    m_services.bring_to_front();
    m_services.say(format(tr("The call with {name} is over."), { { "name", call.contact } }));
}

float CallService::draw_banner(Ui& ui, const Rect& screen)
{
    if (!m_call || m_services.navigator().current().id() == "videocall.call")
        return 0;
    auto& m = ui.metrics();
    float height = m.button_height + 2 * m.gap;
    Rect band { screen.x, screen.y, screen.width, height };
    ui.fill(band, SwatchRole::Notice);
    Rect inner = band.inset(m.gap);
    auto label = tr("Hang up");
    Rect button = inner.take_right(ui.button_width(Icon::HangUp, label));
    if (ui.button("videocall.banner.hangup", button, Icon::HangUp, label, SwatchRole::HangUp))
        hang_up();
    inner.take_right(m.gap);
    float large = m.font(FontRole::Large);
    ui.text({ inner.x, inner.center().y - large * 0.6f, inner.width, large * 1.3f },
        format(tr("A call with {name} is on."), { { "name", m_call->contact } }), FontRole::Large, SwatchRole::Notice);
    return height;
}

}
