// ChildWatcher with real programs: exits are reported once and at once, stops escalate, waiting wakes nothing.
#include "shell/core/system/child_process.hpp"

#include "tests/support/process.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <future>
#include <thread>
#include <unistd.h>

using namespace Foyer;
using namespace std::chrono_literals;

namespace {

// A promise for one exit, and how long after `since` it came.
struct ExitProbe {
    std::promise<ChildExit> promise;
    std::future<ChildExit> future { promise.get_future() };
    ChildWatcher::ExitHandler handler()
    {
        return [this](const ChildExit& exit) { promise.set_value(exit); };
    }
};

// The threads of this process other than the calling one (here: the watcher's), as /proc/self/task lists them.
std::vector<std::filesystem::path> other_threads()
{
    std::vector<std::filesystem::path> tasks;
    auto self = std::to_string(gettid());
    for (auto& task : std::filesystem::directory_iterator("/proc/self/task"))
        if (task.path().filename() != self)
            tasks.push_back(task.path());
    return tasks;
}

// Whether every other thread sleeps inside poll(): its state is S and the kernel says where it waits.
bool other_threads_sleep_in_poll()
{
    auto tasks = other_threads();
    for (auto& task : tasks) {
        auto stat = Testing::read_text(task / "stat");
        auto after_name = stat.rfind(')');
        if (after_name == std::string::npos || stat.compare(after_name, 3, ") S") != 0)
            return false;
        if (Testing::read_text(task / "wchan").find("poll") == std::string::npos)
            return false;
    }
    return !tasks.empty();
}

// How many times the other threads have gone to sleep by themselves (voluntary_ctxt_switches): a thread
// blocked in poll() with no timeout adds none however long it waits and however busy the machine is; a
// thread that polls adds one per round.
long other_threads_sleeps()
{
    long total = 0;
    for (auto& task : other_threads()) {
        std::ifstream status(task / "status");
        for (std::string line; std::getline(status, line);)
            if (line.rfind("voluntary_ctxt_switches:", 0) == 0)
                total += std::stol(line.substr(24));
    }
    return total;
}

}

TEST(ChildWatcher, ReportsTheExitCodeOfAProgramThatEnds)
{
    ChildWatcher watcher;
    ExitProbe probe;
    auto pid = watcher.spawn({ "sh", "-c", "exit 3" }, {}, probe.handler());
    ASSERT_FALSE(pid.is_error()) << pid.error().detail();
    ASSERT_EQ(probe.future.wait_for(5s), std::future_status::ready);
    auto exit = probe.future.get();
    EXPECT_EQ(exit.pid, pid.value());
    EXPECT_EQ(exit.exit_code, 3);
    EXPECT_FALSE(exit.terminated_by_us);
    EXPECT_TRUE(Testing::eventually([&] { return watcher.count() == 0; }, 2s));
}

TEST(ChildWatcher, AProgramKilledFromOutsideIsReportedAtOnce)
{
    ChildWatcher watcher;
    ExitProbe probe;
    auto pid = watcher.spawn({ "sleep", "30" }, {}, probe.handler());
    ASSERT_FALSE(pid.is_error());
    EXPECT_TRUE(watcher.running(pid.value()));
    auto killed = std::chrono::steady_clock::now();
    ::kill(pid.value(), SIGKILL);
    ASSERT_EQ(probe.future.wait_for(5s), std::future_status::ready);
    // "At once": the watcher wakes on the pidfd (that it does not poll is WaitingForAProgramCostsNoWakeUps).
    // The margin for a loaded machine is 2 s; the delay on a quiet one (well under a millisecond) is a
    // figure of `make bench`.
    EXPECT_LT(std::chrono::steady_clock::now() - killed, 2s);
    EXPECT_EQ(probe.future.get().exit_code, 128 + SIGKILL);
    EXPECT_FALSE(watcher.running(pid.value()));
}

TEST(ChildWatcher, TerminateStopsTheWholeProcessGroup)
{
    ChildWatcher watcher;
    ExitProbe probe;
    auto dir = Testing::temporary_directory("group");
    // The shell starts a helper in the background, as a browser starts renderers, and waits for it.
    auto pid = watcher.spawn({ "sh", "-c", "sleep 30 & echo $! > " + dir + "/helper; wait" }, {}, probe.handler());
    ASSERT_FALSE(pid.is_error());
    ASSERT_TRUE(Testing::eventually([&] { return !Testing::read_text(dir + "/helper").empty(); }, 5s));
    pid_t helper = std::stoi(Testing::read_text(dir + "/helper"));
    watcher.terminate(pid.value());
    ASSERT_EQ(probe.future.wait_for(5s), std::future_status::ready);
    auto exit = probe.future.get();
    EXPECT_TRUE(exit.terminated_by_us);
    EXPECT_TRUE(Testing::eventually([&] { return ::kill(helper, 0) != 0; }, 3s)) << "the helper is gone too";
}

TEST(ChildWatcher, AProgramThatIgnoresTheRequestIsKilledAfterTheGrace)
{
    ChildWatcher watcher;
    ExitProbe probe;
    auto dir = Testing::temporary_directory("stubborn");
    auto pid = watcher.spawn({ "sh", "-c", "trap '' TERM; touch " + dir + "/ready; while :; do sleep 1; done" }, {},
        probe.handler());
    ASSERT_FALSE(pid.is_error());
    ASSERT_TRUE(Testing::eventually([&] { return std::ifstream(dir + "/ready").good(); }, 5s));
    auto asked = std::chrono::steady_clock::now();
    watcher.terminate(pid.value(), 300ms);
    ASSERT_EQ(probe.future.wait_for(5s), std::future_status::ready);
    auto took = std::chrono::steady_clock::now() - asked;
    EXPECT_GE(took, 250ms);
    EXPECT_LT(took, 2s);
    EXPECT_EQ(probe.future.get().exit_code, 128 + SIGKILL);
}

TEST(ChildWatcher, AMissingProgramIsAPlainError)
{
    ChildWatcher watcher;
    bool called = false;
    auto pid = watcher.spawn({ "/nonexistent/chromium", "--app=x" }, {}, [&](const ChildExit&) { called = true; });
    ASSERT_TRUE(pid.is_error());
    EXPECT_STREQ(pid.error().msgid(), "A program Foyer needs is not installed.");
    EXPECT_NE(pid.error().detail().find("/nonexistent/chromium"), std::string::npos);
    EXPECT_FALSE(called);
    EXPECT_EQ(watcher.count(), 0u);
}

TEST(ChildWatcher, PassesTheEnvironmentAndKeepsTheOutput)
{
    ChildWatcher watcher;
    ExitProbe probe;
    auto dir = Testing::temporary_directory("environment");
    SpawnOptions options;
    options.environment = { { "FOYER_CHILD_TEST", "bonjour" } };
    options.output_path = dir + "/output";
    auto pid = watcher.spawn({ "sh", "-c", "echo \"$FOYER_CHILD_TEST\"; echo oops >&2" }, options, probe.handler());
    ASSERT_FALSE(pid.is_error());
    ASSERT_EQ(probe.future.wait_for(5s), std::future_status::ready);
    EXPECT_EQ(Testing::read_text(dir + "/output"), "bonjour\noops\n");
}

TEST(ChildWatcher, WaitingForAProgramCostsNoWakeUps)
{
    ChildWatcher watcher;
    auto pid = watcher.spawn({ "sleep", "30" }, {}, {});
    ASSERT_FALSE(pid.is_error());
    // spawn() woke the watcher for the new child; once it sleeps in poll() again it watches that child.
    ASSERT_TRUE(Testing::eventually(other_threads_sleep_in_poll, 5s));
    // Then its sleeps are counted over a while the child runs (a measuring window, not a wait for an
    // event): nothing happens, so it must not wake at all. A watcher that polled, even once a second, would
    // show here, on a quiet or a busy machine alike. Its processor time is a figure of `make bench`.
    auto before = other_threads_sleeps();
    std::this_thread::sleep_for(1500ms);
    EXPECT_EQ(other_threads_sleeps() - before, 0) << "the watcher woke up while nothing happened";
    EXPECT_TRUE(watcher.running(pid.value()));
    watcher.terminate(pid.value(), 100ms);
}

TEST(ChildWatcher, ChildrenStillRunningAreStoppedWithTheWatcher)
{
    pid_t pid = -1;
    bool called = false;
    {
        ChildWatcher watcher;
        auto spawned = watcher.spawn({ "sleep", "30" }, {}, [&](const ChildExit&) { called = true; });
        ASSERT_FALSE(spawned.is_error());
        pid = spawned.value();
    }
    EXPECT_NE(::kill(pid, 0), 0) << "stopped and reaped";
    EXPECT_FALSE(called) << "nobody is told once the watcher is gone";
}

TEST(ChildWatcher, OtherChildrenOfFoyerAreLeftToTheirOwner)
{
    ChildWatcher watcher;
    ExitProbe probe;
    auto mine = watcher.spawn({ "sleep", "0.2" }, {}, probe.handler());
    ASSERT_FALSE(mine.is_error());
    // A program run the ordinary way at the same time still gets its own exit code.
    auto result = Testing::run({ "sh", "-c", "exit 7" });
    EXPECT_EQ(result.exit_code, 7);
    ASSERT_EQ(probe.future.wait_for(5s), std::future_status::ready);
    EXPECT_EQ(probe.future.get().exit_code, 0);
}
