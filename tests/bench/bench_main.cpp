// make bench: Foyer's performance figures, each against a baseline measured in the same run on the same
// X server (machines here are noisy; ratios travel better than absolute numbers).
//  1. start to first frame and peak memory, against a bare GLFW + OpenGL window that clears and swaps once;
//  2. idle CPU on the home screen over 60 s, against a loop that redraws continuously (the stock ImGui loop);
//  3. speech: from say() to the first PCM buffer, and how long say() holds the calling (main) thread;
//  4. 50 quick taps one second apart (xdotool mousedown/mouseup): how many became activations;
//  5. the help report: the diagnosis, the picture and the send;
//  6. the timings the tests hold only with a wide margin, because they depend on a quiet machine: how long
//     ChildWatcher takes to report an exit and what watching costs, how far past its deadline a diagnosis
//     with a hanging collector answers, and what Foyer costs during a video call.
// BENCH_QUICK=1 shortens every part, to check the benchmark itself works.
#include "apps/helpline/diagnosis/diagnosis.hpp"
#include "apps/helpline/report/helpdesk_client.hpp"
#include "apps/helpline/report/report_builder.hpp"
#include "figures.hpp"
#include "shell/core/system/child_process.hpp"
#include "shell/core/system/png.hpp"
#include "tests/helpdesk/support/running_helpdesk.hpp"
#include "tests/support/process.hpp"
#include "tests/support/running_foyer.hpp"
#include "tests/support/xvfb.hpp"
#include "voice/alsa_output.hpp"
#include "voice/espeak_engine.hpp"
#include "voice/speaker.hpp"
#include "voice_bench.hpp"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <spawn.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono;
using namespace std::chrono_literals;

using Bench::median;
using Bench::percentile;
using Bench::quick;

namespace {

// Peak resident memory of a running process, in MiB.
double peak_rss_mib(int pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

// User + system CPU seconds a process has used.
double cpu_seconds(int pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string all((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    std::istringstream fields(all.substr(all.rfind(')') + 2));
    std::string field;
    double ticks = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i)
        if (i == 14 || i == 15)
            ticks += std::stod(field);
    return ticks / double(sysconf(_SC_CLK_TCK));
}

// Polls (1 ms) until the file contains `needle`; returns the time it took from `start`.
std::optional<double> wait_for(const std::string& path, const std::string& needle, steady_clock::time_point start)
{
    while (steady_clock::now() - start < 20s) {
        if (read_text(path).find(needle) != std::string::npos)
            return duration<double, std::milli>(steady_clock::now() - start).count();
        std::this_thread::sleep_for(1ms);
    }
    return std::nullopt;
}

// CPU time (all threads) a process has used so far, in milliseconds, from the scheduler's nanosecond
// counters: unlike wall time it does not grow when other programs load the machine.
double cpu_ms(int pid)
{
    double total = 0;
    for (auto& task : std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/task")) {
        std::ifstream stat(task.path() / "schedstat");
        double ns = 0;
        if (stat >> ns)
            total += ns / 1e6;
    }
    return total;
}

struct Launch {
    double first_frame_ms { 0 };
    double first_frame_cpu_ms { 0 };
    double peak_mib { 0 };
};

std::map<std::string, std::string> private_home(const std::string& home, const std::string& display)
{
    write_text(home + "/.asoundrc", "pcm.!default { type null }\n");
    // A settings file (empty: the built-in settings), so Foyer opens its home screen, not the first-run setup.
    write_text(home + "/.config/foyer/foyer.toml", "");
    return { { "DISPLAY", display }, { "HOME", home }, { "XDG_CONFIG_HOME", home + "/.config" },
        { "XDG_STATE_HOME", home + "/.local/state" }, { "FOYER_TRACE", home + "/trace.log" } };
}

std::optional<Launch> launch_bare(const Xvfb& x)
{
    auto dir = temporary_directory("bare");
    auto ready = dir + "/ready";
    auto start = steady_clock::now();
    Process bare({ std::string(FOYER_BUILD_DIR) + "/bin/foyer-bare-window" }, { { "DISPLAY", x.display() }, { "BARE_READY_FILE", ready } });
    auto ms = wait_for(ready, "ready", start);
    if (!ms)
        return std::nullopt;
    double cpu = cpu_ms(bare.pid());
    std::this_thread::sleep_for(1500ms);
    return Launch { *ms, cpu, peak_rss_mib(bare.pid()) };
}

std::optional<Launch> launch_foyer(const Xvfb& x)
{
    auto home = temporary_directory("foyer");
    auto env = private_home(home, x.display());
    auto start = steady_clock::now();
    Process foyer({ FOYER_BINARY, "--lang", "fr" }, env, home + "/out.log");
    auto ms = wait_for(home + "/trace.log", "ready home", start);
    if (!ms)
        return std::nullopt;
    double cpu = cpu_ms(foyer.pid());
    // Let the greeting be spoken (the voice loads its data) before reading the peak.
    std::this_thread::sleep_for(1500ms);
    return Launch { *ms, cpu, peak_rss_mib(foyer.pid()) };
}

void start_and_memory(const Xvfb& x)
{
    int runs = quick() ? 3 : 9;
    std::vector<double> bare_ms, bare_mib, foyer_ms, foyer_mib, bare_cpu, foyer_cpu;
    // Interleaved, so that a noisy moment hurts both alike.
    for (int i = 0; i < runs; ++i) {
        if (auto bare = launch_bare(x)) {
            bare_ms.push_back(bare->first_frame_ms);
            bare_cpu.push_back(bare->first_frame_cpu_ms);
            bare_mib.push_back(bare->peak_mib);
        }
        if (auto foyer = launch_foyer(x)) {
            foyer_ms.push_back(foyer->first_frame_ms);
            foyer_cpu.push_back(foyer->first_frame_cpu_ms);
            foyer_mib.push_back(foyer->peak_mib);
        }
    }
    std::printf("\n1. Start to first frame (median of %d, full screen 1920x1080 under Xvfb)\n", runs);
    std::printf("   bare GLFW+OpenGL window   %7.1f ms\n", median(bare_ms));
    std::printf("   foyer home screen         %7.1f ms   ratio %.2f  (goal <= 1.30)\n", median(foyer_ms),
        median(foyer_ms) / median(bare_ms));
    std::printf("   the same in CPU time (all threads; steadier when the machine is busy)\n");
    std::printf("   bare GLFW+OpenGL window   %7.1f ms\n", median(bare_cpu));
    std::printf("   foyer home screen         %7.1f ms   ratio %.2f\n", median(foyer_cpu), median(foyer_cpu) / median(bare_cpu));
    std::printf("   Peak resident memory\n");
    std::printf("   bare GLFW+OpenGL window   %7.1f MiB\n", median(bare_mib));
    std::printf("   foyer, greeting spoken    %7.1f MiB  ratio %.2f  (goal <= 1.30)\n", median(foyer_mib),
        median(foyer_mib) / median(bare_mib));
}

void idle_cpu(const Xvfb& x)
{
    double seconds = quick() ? 10 : 60;
    auto home = temporary_directory("idle");
    Process foyer({ FOYER_BINARY, "--lang", "fr" }, private_home(home, x.display()), home + "/out.log");
    wait_for(home + "/trace.log", "ready home", steady_clock::now());
    std::this_thread::sleep_for(5s); // the greeting is spoken, then nothing happens
    double before = cpu_seconds(foyer.pid());
    std::this_thread::sleep_for(duration<double>(seconds));
    double foyer_percent = (cpu_seconds(foyer.pid()) - before) / seconds * 100;
    foyer.stop();

    double loop_seconds = quick() ? 3 : 10;
    Process loop({ std::string(FOYER_BUILD_DIR) + "/bin/foyer-bare-window", "--loop" }, { { "DISPLAY", x.display() } });
    std::this_thread::sleep_for(1s);
    before = cpu_seconds(loop.pid());
    std::this_thread::sleep_for(duration<double>(loop_seconds));
    double loop_percent = (cpu_seconds(loop.pid()) - before) / loop_seconds * 100;
    loop.stop();

    std::printf("\n2. Idle CPU on the home screen, %.0f s, as a share of one core\n", seconds);
    std::printf("   continuous redraw loop    %7.2f %%\n", loop_percent);
    std::printf("   foyer (event-driven)      %7.3f %%   (goal <= 0.5 %%; %.0fx less than the loop)\n", foyer_percent,
        loop_percent / std::max(foyer_percent, 0.001));
}

void speech()
{
    // A silent ALSA sink, as in the tests: real playback calls, no sound card.
    auto home = temporary_directory("speech");
    write_text(home + "/.asoundrc", "pcm.!default { type null }\n");
    setenv("HOME", home.c_str(), 1);

    int prompts = quick() ? 10 : 40;
    std::mutex mutex;
    std::vector<double> latencies;
    Speaker speaker(std::make_unique<EspeakEngine>(), std::make_unique<AlsaOutput>());
    speaker.set_params({ "fr", 150, 100 });
    speaker.set_report_listener([&](const Speaker::Report& report) {
        if (report.samples == 0)
            return;
        std::lock_guard lock(mutex);
        latencies.push_back(double(report.first_audio_latency.count()) / 1000.0);
    });
    speaker.say("Bonjour.");
    speaker.wait_until_idle(10s);
    {
        std::lock_guard lock(mutex);
        latencies.clear();
    }
    std::vector<double> call_us;
    for (int i = 0; i < prompts; ++i) {
        auto start = steady_clock::now();
        speaker.say("Appeler à l’aide. Solidarité numérique, téléphone 01 70 77 23 72.");
        call_us.push_back(duration<double, std::micro>(steady_clock::now() - start).count());
        // Half of them interrupt a sentence being spoken, half start from silence.
        if (i % 2 == 0)
            speaker.wait_until_idle(10s);
        else
            std::this_thread::sleep_for(150ms);
    }
    speaker.wait_until_idle(10s);
    // A hundred in a row, as a screen that speaks on every change might (the test holds only that say()
    // returns while a sentence is being spoken).
    auto burst_start = steady_clock::now();
    for (int i = 0; i < 100; ++i)
        speaker.say("Appeler à l’aide.");
    double burst_ms = duration<double, std::milli>(steady_clock::now() - burst_start).count();
    speaker.wait_until_idle(10s);

    // Baseline: the engine alone, called directly, no queue or thread.
    EspeakEngine engine;
    (void)engine.initialize();
    (void)engine.set_params({ "fr", 150, 100 });
    std::vector<double> direct;
    for (int i = 0; i < prompts; ++i) {
        auto start = steady_clock::now();
        bool first = true;
        (void)engine.synthesize("Appeler à l’aide.", [&](std::span<const int16_t>) {
            if (first)
                direct.push_back(duration<double, std::milli>(steady_clock::now() - start).count());
            first = false;
            return ChunkFlow::Stop;
        });
    }
    std::lock_guard lock(mutex);
    std::printf("\n3. Speech (espeak-ng, French, %d sentences, ALSA null sink)\n", prompts);
    std::printf("   engine alone, to first buffer     median %6.2f ms\n", median(direct));
    std::printf("   say() to first PCM buffer         median %6.2f ms, p95 %6.2f ms, max %6.2f ms  (goal <= 20 ms)\n",
        median(latencies), percentile(latencies, 0.95), percentile(latencies, 1.0));
    std::printf("   time say() holds the main thread  median %6.1f us, max %6.1f us\n", median(call_us),
        percentile(call_us, 1.0));
    std::printf("   100 say() in a row                %6.2f ms  (goal < 50 ms)\n", burst_ms);
}

void taps()
{
    int count = quick() ? 6 : 50;
    RunningFoyer foyer(1366, 768);
    if (!foyer.problem().empty()) {
        std::printf("\n4. Taps: could not start foyer: %s\n", foyer.problem().c_str());
        return;
    }
    // Where the help tile and the help screen's Home button are, from the trace's "targets" lines.
    std::optional<Point> tile, home;
    for (int i = 0; i < count; ++i) {
        auto& at = i % 2 == 0 ? tile : home;
        if (!at)
            eventually([&] { return (at = foyer.where(i % 2 == 0 ? "tile.help" : "home")).has_value(); });
        if (at)
            foyer.tap(at->x, at->y);
        std::this_thread::sleep_for(1s);
    }
    std::this_thread::sleep_for(500ms);
    std::printf("\n4. Quick taps (xdotool mousedown + mouseup, no pause), one second apart\n");
    std::printf("   %d taps -> %zu activations, %zu screens opened\n", count, foyer.count_in_trace(" activate "),
        foyer.count_in_trace(" screen ") - 1);
}

void help_report(const Xvfb& x)
{
    RunningHelpdesk helpdesk("sqlite:" + temporary_directory("bench-helpdesk") + "/cases.db", { "--reports-per-hour", "0" });
    if (!helpdesk.ready()) {
        std::printf("\n5. Help report: the helpdesk did not start: %s\n", helpdesk.problem().c_str());
        return;
    }
    auto url = "http://127.0.0.1:" + std::to_string(helpdesk.port());
    DiagnosisContext context;
    context.helpdesk_url = url;
    context.sites = { url + "/healthz" };
    std::vector<double> diagnosis_ms;
    Diagnosis diagnosis;
    for (int i = 0; i < (quick() ? 3 : 10); ++i) {
        diagnosis = run_diagnosis(context, standard_collectors());
        diagnosis_ms.push_back(double(diagnosis.elapsed.count()));
    }
    // A hung network: a site that accepts connections and never answers.
    int listener = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address);
    listen(listener, 8);
    socklen_t length = sizeof address;
    getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length);
    auto hung_context = context;
    hung_context.sites = { "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port)) + "/" };
    hung_context.portal_check_url = hung_context.sites[0];
    auto hung = run_diagnosis(hung_context, standard_collectors());
    close(listener);

    auto report_json = Protocol::serialize_report(build_report(diagnosis, "bench", Language::French));
    // The picture of a real Foyer screen at 1920x1080, as --screenshot draws it.
    auto shot = temporary_directory("bench-shot") + "/help.png";
    run({ FOYER_BINARY, "--screenshot", shot, "--screen", "help", "--size", "1920x1080", "--lang", "fr" },
        { { "DISPLAY", x.display() }, { "HOME", temporary_directory("bench-home") } });
    auto picture = decode_image(read_text(shot));
    std::string png = picture.is_error() ? std::string {} : picture_within_budget(picture.value());

    HelpdeskConfig config { url, {}, {}, temporary_directory("bench-device") + "/device.json", "bench" };
    HelpdeskClient client(config);
    std::vector<double> send_ms;
    for (int i = 0; i < (quick() ? 5 : 30); ++i) {
        auto json = Protocol::serialize_report(build_report(diagnosis, "bench", Language::French));
        auto start = steady_clock::now();
        auto result = client.send_report(json, png);
        if (result.outcome == SendOutcome::Sent)
            send_ms.push_back(duration<double, std::milli>(steady_clock::now() - start).count());
    }
    std::printf("\n5. Help report (helpdesk on loopback, SQLite)\n");
    std::printf("   diagnosis, network answering      median %6.0f ms\n", median(diagnosis_ms));
    std::printf("   diagnosis, network hanging        %6lld ms  (goal <= 3000 ms)\n", (long long)hung.elapsed.count());
    std::printf("   report JSON                       %6zu bytes, %zu findings\n", report_json.size(), diagnosis.findings.size());
    std::printf("   picture of a 1920x1080 screen     %6zu bytes  (goal <= 153600)\n", png.size());
    std::printf("   Send to code (report + picture)   median %6.1f ms, p95 %6.1f ms over %zu sends\n", median(send_ms),
        percentile(send_ms, 0.95), send_ms.size());
    std::printf("   from Send to the code on screen   the diagnosis + the send: about %.0f ms\n", median(diagnosis_ms) + median(send_ms));
}

void quiet_machine_timings(const Xvfb&)
{
    std::printf("\n6. Timings the tests hold only with a wide margin (their goals were the old test limits)\n");

    // ChildWatcher: from kill -9 to the exit handler; baseline, a thread blocked in waitpid() for the same.
    int runs = quick() ? 5 : 20;
    std::vector<double> watcher_ms, waitpid_ms;
    for (int i = 0; i < runs; ++i) {
        ChildWatcher watcher;
        std::promise<steady_clock::time_point> reported;
        auto when = reported.get_future();
        auto pid = watcher.spawn({ "sleep", "30" }, {}, [&](const ChildExit&) { reported.set_value(steady_clock::now()); });
        if (pid.is_error())
            continue;
        std::this_thread::sleep_for(20ms);
        auto killed = steady_clock::now();
        ::kill(pid.value(), SIGKILL);
        if (when.wait_for(5s) == std::future_status::ready)
            watcher_ms.push_back(duration<double, std::milli>(when.get() - killed).count());

        pid_t plain = -1;
        char sleep_name[] = "sleep", thirty[] = "30";
        char* plain_argv[] = { sleep_name, thirty, nullptr };
        if (posix_spawnp(&plain, "sleep", nullptr, nullptr, plain_argv, environ) != 0)
            continue;
        std::promise<steady_clock::time_point> reaped;
        auto reaped_when = reaped.get_future();
        std::thread waiter([&] {
            while (waitpid(plain, nullptr, 0) < 0 && errno == EINTR) { }
            reaped.set_value(steady_clock::now());
        });
        std::this_thread::sleep_for(20ms);
        auto killed_plain = steady_clock::now();
        ::kill(plain, SIGKILL);
        if (reaped_when.wait_for(5s) == std::future_status::ready)
            waitpid_ms.push_back(duration<double, std::milli>(reaped_when.get() - killed_plain).count());
        waiter.join();
    }
    std::printf("   exit reported: a thread in waitpid()   median %6.3f ms\n", median(waitpid_ms));
    std::printf("   exit reported: ChildWatcher (pidfd)    median %6.3f ms, max %6.3f ms  ratio %.2f  (goal < 500 ms)\n",
        median(watcher_ms), percentile(watcher_ms, 1.0), median(watcher_ms) / std::max(median(waitpid_ms), 0.001));

    // What watching a running program costs this process, per second.
    {
        ChildWatcher watcher;
        auto pid = watcher.spawn({ "sleep", "30" }, {}, {});
        double seconds = quick() ? 1 : 5;
        timespec before {}, after {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &before);
        std::this_thread::sleep_for(duration<double>(seconds));
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &after);
        double ms = (double(after.tv_sec - before.tv_sec) * 1e3 + double(after.tv_nsec - before.tv_nsec) / 1e6) / seconds;
        std::printf("   watching a running program             %6.3f ms of CPU per second  (goal < 20 ms)\n", ms);
        if (!pid.is_error())
            watcher.terminate(pid.value(), 100ms);
    }

    // A diagnosis with a collector that hangs until it is asked to stop: how long past the deadline.
    {
        DiagnosisContext context;
        context.deadline = 800ms;
        std::vector<NamedCollector> collectors {
            { { "fast.one" }, [](const DiagnosisContext&, std::stop_token) { return std::vector<Finding> {}; } },
            { { "slow.one" }, [](const DiagnosisContext&, std::stop_token stop) {
                 while (!stop.stop_requested())
                     std::this_thread::sleep_for(5ms);
                 return std::vector<Finding> {};
             } },
        };
        std::vector<double> past;
        for (int i = 0; i < (quick() ? 2 : 5); ++i) {
            auto start = steady_clock::now();
            run_diagnosis(context, collectors);
            past.push_back(duration<double, std::milli>(steady_clock::now() - start - context.deadline).count());
        }
        std::printf("   diagnosis past its 800 ms deadline     median %6.1f ms, max %6.1f ms  (goal < 400 ms)\n", median(past),
            percentile(past, 1.0));
    }

    // Foyer during a video call with the family's program (no browser: the bench has no room to call), the
    // check made to pass with a fake camera and a way out to the box, as the tests do.
    {
        auto sys = temporary_directory("bench-sys");
        write_text(sys + "/class/video4linux/video0/name", "Bench camera\n");
        auto proc = temporary_directory("bench-proc");
        write_text(proc + "/net/route", "Iface\tDestination\tGateway \tFlags\n"
                                        "eth0\t00000000\t0100007F\t0003\n");
        setenv("FOYER_SYS_DIR", sys.c_str(), 1);
        setenv("FOYER_PROC_DIR", proc.c_str(), 1);
        // No sound service: the check says so and does not hold the call back.
        setenv("PULSE_SERVER", "unix:/nonexistent/native", 1);
        RunningFoyer foyer(1366, 768, {}, "[[contacts]]\nname = \"Sophie\"\nvideo_command = [\"sleep\", \"600\"]\n");
        bool in_call = foyer.problem().empty() && foyer.press("tile.videocall") && foyer.wait_for_trace("screen videocall");
        // The repeat guard: a second press within 0.8 s counts once.
        std::this_thread::sleep_for(1s);
        in_call = in_call && foyer.press("videocall.contact.0") && foyer.wait_for_trace("call started", 1, 20s)
            && foyer.wait_for_trace("targets hangup hangup@", 1, 20s);
        if (!in_call) {
            std::printf("   foyer during a call: the call did not start: %s\n", foyer.problem().c_str());
        } else {
            double seconds = quick() ? 3 : 10;
            std::this_thread::sleep_for(1s); // the frames after the last change
            double before = cpu_ms(foyer.process().pid());
            std::this_thread::sleep_for(duration<double>(seconds));
            double percent = (cpu_ms(foyer.process().pid()) - before) / (seconds * 1000) * 100;
            std::printf("   foyer during a call, %2.0f s             %6.3f %% of one core  (goal < 5 %%; the test holds 25 %%)\n",
                seconds, percent);
        }
        unsetenv("FOYER_SYS_DIR");
        unsetenv("FOYER_PROC_DIR");
        unsetenv("PULSE_SERVER");
    }
}

}

int main()
{
    // Figures appear as they are measured, even when the output goes to a file.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (auto missing = Xvfb::missing_tools()) {
        std::fprintf(stderr, "foyer-bench: %s\n", missing->c_str());
        return 1;
    }
    Xvfb x(1920, 1080);
    if (!x.ready()) {
        std::fprintf(stderr, "foyer-bench: Xvfb did not start: %s\n", x.problem().c_str());
        return 1;
    }
    std::printf("Foyer benchmark%s — %s\n", quick() ? " (quick)" : "", FOYER_BINARY);
    // BENCH_ONLY=voices: section 7 alone (no X server needed), to tune a voice without the rest.
    if (const char* only = std::getenv("BENCH_ONLY"); only && std::string_view(only) == "voices") {
        Bench::voices();
        return 0;
    }
    start_and_memory(x);
    idle_cpu(x);
    speech();
    taps();
    help_report(x);
    quiet_machine_timings(x);
    Bench::voices();
    return 0;
}
