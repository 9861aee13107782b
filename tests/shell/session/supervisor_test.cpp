// The supervisor's decisions: a crash brings Foyer back at once, three in a minute bring it back in safe
// mode, and the family's requests and a closed window are respected as the kind of session wants.
#include "shell/core/system/exit_codes.hpp"
#include "shell/session/supervisor.hpp"

#include <gtest/gtest.h>

#include <csignal>

using namespace Foyer;
using namespace std::chrono_literals;
using Action = SupervisorDecision::Action;

TEST(Supervisor, ACrashStartsFoyerAgainAtOnce)
{
    Supervisor supervisor(SessionKind::Kiosk);
    EXPECT_EQ(supervisor.first().action, Action::Start);
    auto decision = supervisor.ended(0, SIGSEGV, Supervisor::Clock::now());
    EXPECT_EQ(decision.action, Action::Start);
    EXPECT_FALSE(decision.safe_mode);
    // "Back within 2 s": the pause before starting again leaves most of that for Foyer's own start.
    EXPECT_LE(decision.delay, 500ms);
}

TEST(Supervisor, ThreeCrashesInAMinuteMeanSafeMode)
{
    Supervisor supervisor(SessionKind::Kiosk);
    auto t = Supervisor::Clock::now();
    EXPECT_FALSE(supervisor.ended(0, SIGSEGV, t).safe_mode);
    EXPECT_FALSE(supervisor.ended(1, 0, t + 20s).safe_mode);
    auto third = supervisor.ended(0, SIGABRT, t + 50s);
    EXPECT_EQ(third.action, Action::Start);
    EXPECT_TRUE(third.safe_mode);
    EXPECT_NE(third.reason.find("safe mode"), std::string::npos);
    // It stays in safe mode until the family asks for a restart.
    EXPECT_TRUE(supervisor.ended(ExitCode::closed, 0, t + 300s).safe_mode);
    auto restart = supervisor.ended(ExitCode::restart, 0, t + 400s);
    EXPECT_EQ(restart.action, Action::Start);
    EXPECT_FALSE(restart.safe_mode);
}

TEST(Supervisor, CrashesSpreadOverMoreThanAMinuteAreNotALoop)
{
    Supervisor supervisor(SessionKind::Kiosk);
    auto t = Supervisor::Clock::now();
    supervisor.ended(0, SIGSEGV, t);
    supervisor.ended(0, SIGSEGV, t + 40s);
    EXPECT_FALSE(supervisor.ended(0, SIGSEGV, t + 70s).safe_mode);
}

TEST(Supervisor, SafeModeThatKeepsCrashingWaitsLongerEachTime)
{
    Supervisor supervisor(SessionKind::Kiosk);
    auto t = Supervisor::Clock::now();
    for (int i = 0; i < 3; ++i)
        supervisor.ended(0, SIGSEGV, t + std::chrono::seconds(i));
    ASSERT_TRUE(supervisor.safe_mode());
    std::chrono::milliseconds last { 0 };
    for (int loop = 0; loop < 4; ++loop) {
        SupervisorDecision decision;
        for (int i = 0; i < 3; ++i)
            decision = supervisor.ended(0, SIGSEGV, t + std::chrono::seconds(10 + loop * 10 + i));
        EXPECT_EQ(decision.action, Action::Start);
        EXPECT_TRUE(decision.safe_mode);
        EXPECT_GT(decision.delay, last);
        EXPECT_LE(decision.delay, 60s);
        last = decision.delay;
    }
}

TEST(Supervisor, ClosingInsideADesktopIsRespectedButNotInTheFoyerSession)
{
    EXPECT_EQ(Supervisor(SessionKind::Desktop).ended(ExitCode::closed, 0, Supervisor::Clock::now()).action, Action::Stop);
    EXPECT_EQ(Supervisor(SessionKind::Kiosk).ended(ExitCode::closed, 0, Supervisor::Clock::now()).action, Action::Start);
}

TEST(Supervisor, NoScreenAndLeavingTheSessionStop)
{
    for (auto kind : { SessionKind::Kiosk, SessionKind::Desktop }) {
        EXPECT_EQ(Supervisor(kind).ended(ExitCode::cannot_start, 0, Supervisor::Clock::now()).action, Action::Stop);
        EXPECT_EQ(Supervisor(kind).ended(ExitCode::leave_session, 0, Supervisor::Clock::now()).action, Action::Stop);
    }
}
