// The room page and server (cpp-httplib on 127.0.0.1), and the private PulseAudio daemon.
#include "video_lab.hpp"

#include <httplib.h>

#include <filesystem>

namespace Foyer::Testing {

namespace {

// Asks for both devices as a call does, then reports whether they came, what the permissions say, and the
// options the address carried (Jitsi reads its options from the #fragment).
constexpr const char* room_page = R"html(<!doctype html>
<html><head><meta charset="utf-8"><title>Test room</title>
<style>body{margin:0;background:#1b5e20;color:#fff;font:64px sans-serif}h1{margin:40px}</style></head>
<body><h1 id="state">Room</h1><video id="me" autoplay muted width="480"></video>
<script>
async function state(name) {
  try { return (await navigator.permissions.query({ name })).state; } catch (e) { return 'unknown'; }
}
async function main() {
  let media = 'granted';
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
    document.getElementById('me').srcObject = stream;
  } catch (e) { media = 'denied:' + e.name; }
  const query = new URLSearchParams({
    name: location.pathname.split('/').pop(), media,
    camera: await state('camera'), microphone: await state('microphone'),
    fragment: location.hash.slice(1) });
  document.getElementById('state').textContent = 'Room ' + media;
  await fetch('/report?' + query.toString());
}
main();
</script></body></html>)html";

}

RoomServer::RoomServer()
    : m_server(std::make_unique<httplib::Server>())
{
    m_server->Get(R"(/room/.*)", [](const httplib::Request&, httplib::Response& response) {
        response.set_content(room_page, "text/html; charset=utf-8");
    });
    m_server->Get("/", [](const httplib::Request&, httplib::Response& response) { response.set_content("video site", "text/plain"); });
    m_server->Get("/report", [this](const httplib::Request& request, httplib::Response& response) {
        std::map<std::string, std::string> report;
        for (auto& [key, value] : request.params)
            report[key] = value;
        {
            std::lock_guard lock(m_mutex);
            m_reports.push_back(report);
        }
        response.set_content("ok", "text/plain");
    });
    m_port = m_server->bind_to_any_port("127.0.0.1");
    m_thread = std::thread([this] { m_server->listen_after_bind(); });
    eventually([&] { return m_server->is_running(); }, std::chrono::seconds(5));
}

RoomServer::~RoomServer()
{
    m_server->stop();
    m_thread.join();
}

std::string RoomServer::room_url(const std::string& name) const
{
    return "http://127.0.0.1:" + std::to_string(m_port) + "/room/" + name;
}

std::vector<std::map<std::string, std::string>> RoomServer::reports() const
{
    std::lock_guard lock(m_mutex);
    return m_reports;
}

bool RoomServer::wait_for_report(std::chrono::milliseconds timeout) const
{
    return eventually([&] { return !reports().empty(); }, timeout);
}

std::optional<std::string> PulseLab::missing_tools()
{
    for (auto [program, package] : { std::pair { "pulseaudio", "pulseaudio" }, std::pair { "pactl", "pulseaudio-utils" } })
        if (!have_program(program))
            return std::string(program) + " is not installed (Debian package " + package + "; `make test` installs it)";
    return std::nullopt;
}

PulseLab::PulseLab()
{
    if (auto missing = missing_tools()) {
        m_problem = *missing;
        return;
    }
    m_dir = temporary_directory("pulse");
    // No configuration file at all (-n, -F /dev/null): only the modules named here, nothing from the
    // machine; a native socket in the private directory; never exits by itself.
    m_daemon = std::make_unique<Process>(
        std::vector<std::string> { "pulseaudio", "-n", "--daemonize=no", "--system=no", "--exit-idle-time=-1",
            "--use-pid-file=no", "-F", "/dev/null", "--load=module-native-protocol-unix socket=" + m_dir + "/native auth-anonymous=1",
            "--load=module-null-sink sink_name=foyer_speakers", "--load=module-null-source source_name=foyer_microphone" },
        std::map<std::string, std::string> { { "HOME", m_dir }, { "XDG_RUNTIME_DIR", m_dir }, { "XDG_CONFIG_HOME", m_dir } },
        m_dir + "/pulseaudio.log");
    if (!eventually([&] { return pactl({ "get-default-source" }).find("foyer_microphone") != std::string::npos; },
            std::chrono::seconds(10)))
        m_problem = "pulseaudio did not start: " + read_text(m_dir + "/pulseaudio.log");
}

PulseLab::~PulseLab()
{
    if (m_daemon)
        m_daemon->stop();
}

std::map<std::string, std::string> PulseLab::environment() const
{
    return { { "PULSE_SERVER", "unix:" + m_dir + "/native" }, { "XDG_RUNTIME_DIR", m_dir } };
}

std::string PulseLab::pactl(std::vector<std::string> arguments) const
{
    arguments.insert(arguments.begin(), "pactl");
    return run(arguments, environment(), std::chrono::seconds(5)).output;
}

std::string fake_sys_with_cameras(int cameras)
{
    auto dir = temporary_directory("sys");
    std::filesystem::create_directories(dir + "/class/video4linux");
    for (int i = 0; i < cameras; ++i)
        write_text(dir + "/class/video4linux/video" + std::to_string(i) + "/name", "Test camera\n");
    return dir;
}

std::string fake_proc_with_route(WayOut way_out)
{
    auto dir = temporary_directory("proc");
    std::string route = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
                        "eth0\t0000A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n";
    // 127.0.0.1 as /proc prints an address (network order read as a little-endian number).
    if (way_out == WayOut::ToTheBox)
        route += "eth0\t00000000\t0100007F\t0003\t0\t0\t100\t00000000\t0\t0\t0\n";
    write_text(dir + "/net/route", route);
    return dir;
}

}
