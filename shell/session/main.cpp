// foyer-session: runs Foyer and brings it back when it crashes (Supervisor decides, this file does the
// processes); in the "Foyer" login session it first starts a minimal window manager for the programs
// Foyer opens (a video call's browser). Also turns "start Foyer inside my usual desktop" on and off.
#include "../core/i18n/translate.hpp"
#include "../core/system/files.hpp"
#include "../core/system/log.hpp"
#include "../core/system/paths.hpp"
#include "../core/system/subprocess.hpp"
#include "supervisor.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#ifndef FOYER_VERSION
#define FOYER_VERSION "unknown"
#endif

namespace {

using namespace Foyer;

volatile sig_atomic_t g_stop_signal = 0;

void on_stop_signal(int signal)
{
    g_stop_signal = signal;
}

void install_signal_handlers()
{
    struct sigaction action { };
    action.sa_handler = on_stop_signal;
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: waitpid() and the pause between starts return at once to stop.
    for (int signal : { SIGTERM, SIGHUP, SIGINT })
        sigaction(signal, &action, nullptr);
}

pid_t start(const std::vector<std::string>& argv, const std::vector<std::pair<std::string, std::string>>& environment)
{
    pid_t pid = fork();
    if (pid != 0)
        return pid;
    for (int signal : { SIGTERM, SIGHUP, SIGINT })
        std::signal(signal, SIG_DFL);
    for (auto& [name, value] : environment)
        setenv(name.c_str(), value.c_str(), 1);
    std::vector<char*> args;
    for (auto& arg : argv)
        args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    std::fprintf(stderr, "foyer-session: cannot run %s: %s\n", argv[0].c_str(), std::strerror(errno));
    _exit(127);
}

std::string usage()
{
    return tr("Usage: foyer-session [--kiosk] [--foyer PATH] [-- FOYER OPTIONS]\n"
              "       foyer-session --autostart on|off\n"
              "\n"
              "Runs Foyer and starts it again within two seconds if it stops unexpectedly; after three such\n"
              "stops in a minute, starts it in safe mode and tells the family on the screen.\n"
              "\n"
              "  --kiosk           the whole session (the \"Foyer\" session of the login screen): a minimal\n"
              "                    window manager for the programs Foyer opens, and Foyer always comes back\n"
              "  --foyer PATH      the foyer program to run (default: the one installed beside this one)\n"
              "  --autostart on|off\n"
              "                    start Foyer (or not) each time this account opens its usual desktop\n"
              "  --version         print the version and exit\n"
              "  --help            print this help and exit\n");
}

std::string autostart_file()
{
    const char* config = std::getenv("XDG_CONFIG_HOME");
    std::string base = config && config[0] == '/' ? config : home_dir() + "/.config";
    return base + "/autostart/foyer.desktop";
}

int set_autostart(const std::string& value)
{
    auto path = autostart_file();
    if (value == "off") {
        if (unlink(path.c_str()) != 0 && errno != ENOENT) {
            std::fprintf(stderr, "foyer-session: %s: %s\n", path.c_str(), std::strerror(errno));
            return 1;
        }
        std::printf("%s\n", tr("Foyer will no longer start with the desktop.").c_str());
        return 0;
    }
    if (value != "on") {
        std::fprintf(stderr, "foyer-session: %s\n", tr("--autostart takes on or off.").c_str());
        return 2;
    }
    std::string entry = "[Desktop Entry]\n"
                        "Type=Application\n"
                        "Name=Foyer\n"
                        "Comment=The home screen that speaks, started with the desktop\n"
                        "Comment[fr]=L’écran d’accueil qui parle, lancé avec le bureau\n"
                        "Exec=foyer-session\n"
                        "Icon=foyer\n"
                        "X-GNOME-Autostart-enabled=true\n";
    auto written = write_file_atomically(path, entry, 0644);
    if (written.is_error()) {
        std::fprintf(stderr, "foyer-session: %s\n", written.error().message().c_str());
        return 1;
    }
    std::printf("%s\n", tr("Foyer will start each time this account opens its desktop.").c_str());
    return 0;
}

}

int main(int argc, char** argv)
{
    i18n::set_language(language_from_environment());
    (void)i18n::load_catalogs(data_dir() + "/locale");

    std::vector<std::string> arguments(argv + 1, argv + argc);
    bool kiosk = false;
    std::string foyer = executable_dir() + "/foyer";
    if (access(foyer.c_str(), X_OK) != 0)
        foyer = "foyer";
    std::vector<std::string> foyer_arguments;
    for (size_t i = 0; i < arguments.size(); ++i) {
        auto& argument = arguments[i];
        if (argument == "--help" || argument == "-h") {
            std::fputs(usage().c_str(), stdout);
            return 0;
        } else if (argument == "--version") {
            std::printf("foyer-session %s\n", FOYER_VERSION);
            return 0;
        } else if (argument == "--kiosk") {
            kiosk = true;
        } else if (argument == "--foyer" && i + 1 < arguments.size()) {
            foyer = arguments[++i];
        } else if (argument == "--autostart" && i + 1 < arguments.size()) {
            return set_autostart(arguments[i + 1]);
        } else if (argument == "--") {
            foyer_arguments.assign(arguments.begin() + long(i) + 1, arguments.end());
            break;
        } else {
            std::fprintf(stderr, "foyer-session: %s\n",
                format(tr("Unknown option \"{value}\". See foyer-session --help."), { { "value", argument } }).c_str());
            return 2;
        }
    }

    set_log_to_stderr(true);
    set_log_file(state_dir() + "/foyer.log");
    install_signal_handlers();
    auto kind = kiosk ? SessionKind::Kiosk : SessionKind::Desktop;
    log_info(std::string("session: starting (") + (kiosk ? "Foyer session" : "inside a desktop") + ")");

    pid_t window_manager = -1;
    if (kiosk) {
        // Without a window manager, a browser Foyer opens for a video call gets no focus and no size.
        if (program_exists("matchbox-window-manager"))
            window_manager = start({ "matchbox-window-manager", "-use_titlebar", "no" }, {});
        else
            log_warning("session: matchbox-window-manager is not installed; programs Foyer opens may be misplaced");
    }

    Supervisor supervisor(kind);
    auto decision = supervisor.first();
    int exit_code = 0;
    while (!g_stop_signal && decision.action == SupervisorDecision::Action::Start) {
        if (decision.delay.count() > 0) {
            struct timespec pause {
                long(decision.delay.count() / 1000), long(decision.delay.count() % 1000) * 1'000'000
            };
            nanosleep(&pause, nullptr);
            if (g_stop_signal)
                break;
        }
        std::vector<std::string> command { foyer };
        command.insert(command.end(), foyer_arguments.begin(), foyer_arguments.end());
        if (decision.safe_mode)
            command.push_back("--safe-mode");
        pid_t child = start(command, { { "FOYER_SESSION", kiosk ? "kiosk" : "desktop" } });
        if (child < 0) {
            log_error(std::string("session: cannot start Foyer: ") + std::strerror(errno));
            return 1;
        }
        log_info("session: Foyer started (pid " + std::to_string(child) + (decision.safe_mode ? ", safe mode)" : ")"));
        int status = 0;
        bool forwarded = false;
        while (waitpid(child, &status, 0) < 0) {
            if (errno != EINTR) {
                status = 0;
                break;
            }
            if (g_stop_signal && !forwarded) {
                kill(child, SIGTERM);
                forwarded = true;
            }
        }
        if (g_stop_signal)
            break;
        int code = WIFEXITED(status) ? WEXITSTATUS(status) : 0;
        int signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
        decision = supervisor.ended(code, signal, Supervisor::Clock::now());
        auto line = "session: Foyer ended: " + decision.reason;
        if (signal || (code != 0 && code != 75 && code != 76))
            log_warning(line);
        else
            log_info(line);
        exit_code = decision.action == SupervisorDecision::Action::Stop && code != 0 && code != 76 ? code : 0;
    }
    if (window_manager > 0) {
        kill(window_manager, SIGTERM);
        waitpid(window_manager, nullptr, 0);
    }
    log_info(g_stop_signal ? "session: stopping on a signal" : "session: stopping");
    return exit_code;
}
