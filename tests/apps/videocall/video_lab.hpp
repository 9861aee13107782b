// The video call's test lab on loopback: a "room" web page served by a real HTTP server, and a real
// PulseAudio with a null loudspeaker and a null microphone in a private runtime directory.
#pragma once

#include "tests/support/process.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace httplib {
class Server;
}

namespace Foyer::Testing {

// Serves /room/<name>: a page that asks for the camera and the microphone (getUserMedia) and reports what
// it got, with the address's #fragment, to /report. HEAD / answers, as a video site's front page does.
class RoomServer {
public:
    RoomServer();
    ~RoomServer();

    int port() const { return m_port; }
    std::string room_url(const std::string& name) const;
    // The reports the page sent ("name" "media" "camera" "microphone" "fragment"), oldest first.
    std::vector<std::map<std::string, std::string>> reports() const;
    bool wait_for_report(std::chrono::milliseconds timeout) const;

private:
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    int m_port { 0 };
    mutable std::mutex m_mutex;
    std::vector<std::map<std::string, std::string>> m_reports;
};

// pulseaudio --system=no with module-null-sink and module-null-source, reachable through PULSE_SERVER.
class PulseLab {
public:
    PulseLab();
    ~PulseLab();

    // Whether pulseaudio and pactl are installed; tests check it before starting anything.
    static std::optional<std::string> missing_tools();

    // Why it could not start (empty when it did).
    const std::string& problem() const { return m_problem; }
    // For programs that should use it: PULSE_SERVER, and a private HOME-less runtime directory.
    std::map<std::string, std::string> environment() const;
    // Runs pactl against it; its output.
    std::string pactl(std::vector<std::string> arguments) const;

private:
    std::string m_dir;
    std::string m_problem;
    std::unique_ptr<Process> m_daemon;
};

// A fake /sys with (or without) one video4linux camera, for FOYER_SYS_DIR and SystemPaths.
std::string fake_sys_with_cameras(int cameras);

// A fake /proc whose net/route has a default route through 127.0.0.1 (a box that answers at once: a
// refused connection proves it is there) or no default route at all, for FOYER_PROC_DIR and SystemPaths:
// the check of a call with the family's own program then passes, or finds a problem, on any machine.
enum class WayOut {
    ToTheBox,
    // (Not "None": X11's headers define that word.)
    Missing,
};
std::string fake_proc_with_route(WayOut);

}
