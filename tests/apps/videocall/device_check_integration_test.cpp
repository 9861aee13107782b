// The check before a call against a real PulseAudio (null loudspeaker and microphone), a fake /sys, and a
// real web server on loopback: muted and silent devices are fixed, and the fix is verified.
#include "apps/videocall/device_check.hpp"
#include "shell/core/i18n/translate.hpp"
#include "video_lab.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace {

class CallCheckTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (auto missing = PulseLab::missing_tools())
            GTEST_SKIP() << *missing;
        m_pulse.emplace();
        ASSERT_TRUE(m_pulse->problem().empty()) << m_pulse->problem();
        // pactl, started by the check, finds this PulseAudio as a call would find the session's.
        for (auto& [key, value] : m_pulse->environment())
            setenv(key.c_str(), value.c_str(), 1);
        ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
        i18n::set_language(Language::English);
    }

    CheckProbes probes(int cameras = 1)
    {
        auto probes = real_probes(m_room.room_url("sophie"));
        probes.paths.sys = fake_sys_with_cameras(cameras);
        return probes;
    }

    const CheckItem* item(const CallCheck& check, CheckTopic topic)
    {
        for (auto& item : check.items)
            if (item.topic == topic)
                return &item;
        return nullptr;
    }

    // Started in SetUp, once its tools are known to be there.
    std::optional<PulseLab> m_pulse;
    RoomServer m_room;
};

}

TEST_F(CallCheckTest, EverythingInOrderIsSaidInFewWords)
{
    auto check = run_call_check(probes());
    ASSERT_EQ(check.items.size(), 4u);
    for (auto& item : check.items)
        EXPECT_EQ(item.verdict, CheckVerdict::Ok) << item.finding.text();
    EXPECT_FALSE(check.has_problems());
    EXPECT_TRUE(check.spoken().empty()) << "nothing to say when all is well: the call starts";
    EXPECT_LT(check.elapsed, 3s);
}

TEST_F(CallCheckTest, AMutedMicrophoneIsSwitchedOnAndSaidSo)
{
    m_pulse->pactl({ "set-source-mute", "@DEFAULT_SOURCE@", "1" });
    ASSERT_NE(m_pulse->pactl({ "get-source-mute", "@DEFAULT_SOURCE@" }).find("yes"), std::string::npos);
    auto check = run_call_check(probes());
    auto* microphone = item(check, CheckTopic::Microphone);
    ASSERT_NE(microphone, nullptr);
    EXPECT_EQ(microphone->verdict, CheckVerdict::Fixed);
    EXPECT_EQ(microphone->finding.text_en, "Your microphone was switched off — I switched it on.");
    EXPECT_EQ(microphone->finding.text_fr, "Votre micro était coupé — je l’ai rallumé.");
    EXPECT_NE(m_pulse->pactl({ "get-source-mute", "@DEFAULT_SOURCE@" }).find("Mute: no"), std::string::npos) << "really on";
    EXPECT_TRUE(check.has_fixes());
    EXPECT_FALSE(check.has_problems()) << "fixed: the call goes ahead";
    EXPECT_NE(check.spoken().find("I switched it on"), std::string::npos);
}

TEST_F(CallCheckTest, SilentLoudspeakersAreTurnedUpAndAMutedOnesSwitchedOn)
{
    m_pulse->pactl({ "set-sink-volume", "@DEFAULT_SINK@", "0%" });
    m_pulse->pactl({ "set-source-volume", "@DEFAULT_SOURCE@", "0%" });
    auto check = run_call_check(probes());
    EXPECT_EQ(item(check, CheckTopic::Speakers)->verdict, CheckVerdict::Fixed);
    EXPECT_EQ(item(check, CheckTopic::Speakers)->finding.text_en, "The sound was turned down to zero — I turned it up.");
    EXPECT_EQ(item(check, CheckTopic::Microphone)->verdict, CheckVerdict::Fixed);
    EXPECT_NE(m_pulse->pactl({ "get-sink-volume", "@DEFAULT_SINK@" }).find("70%"), std::string::npos);

    m_pulse->pactl({ "set-sink-mute", "@DEFAULT_SINK@", "1" });
    check = run_call_check(probes());
    EXPECT_EQ(item(check, CheckTopic::Speakers)->finding.text_en, "The sound was switched off — I switched it on.");
    EXPECT_NE(m_pulse->pactl({ "get-sink-mute", "@DEFAULT_SINK@" }).find("Mute: no"), std::string::npos);
}

TEST_F(CallCheckTest, NoCameraIsAProblemWithWhatToDo)
{
    auto check = run_call_check(probes(0));
    auto* camera = item(check, CheckTopic::Camera);
    EXPECT_EQ(camera->verdict, CheckVerdict::Problem);
    EXPECT_TRUE(check.has_problems());
    EXPECT_NE(check.spoken().find("Plug the camera in"), std::string::npos);
}

TEST_F(CallCheckTest, AMicrophoneThatIsOnlyAMonitorIsNoMicrophone)
{
    m_pulse->pactl({ "set-default-source", "foyer_speakers.monitor" });
    auto check = run_call_check(probes());
    EXPECT_EQ(item(check, CheckTopic::Microphone)->verdict, CheckVerdict::Problem);
    EXPECT_NE(item(check, CheckTopic::Microphone)->finding.text_en.find("No microphone was found"), std::string::npos);
}

TEST_F(CallCheckTest, ASiteThatDoesNotAnswerIsAProblemWithinTheDeadline)
{
    auto p = probes();
    // A port nobody listens on: refused at once.
    p.room_url = "http://127.0.0.1:9/room/sophie";
    auto check = run_call_check(p);
    EXPECT_EQ(item(check, CheckTopic::Internet)->verdict, CheckVerdict::Problem);
    EXPECT_NE(item(check, CheckTopic::Internet)->finding.text_en.find("does not answer"), std::string::npos);
    EXPECT_LT(check.elapsed, 3s);
}

TEST(CallCheckWithoutSound, NoSoundServiceIsUnknownAndDoesNotHoldTheCallBack)
{
    // pactl with nowhere to go: as on a computer with no sound service running.
    setenv("PULSE_SERVER", "unix:/nonexistent/native", 1);
    ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
    RoomServer room;
    auto probes = real_probes(room.room_url("sophie"));
    probes.paths.sys = fake_sys_with_cameras(1);
    auto check = run_call_check(probes);
    const CheckItem* unknown = nullptr;
    for (auto& item : check.items)
        if (item.topic == CheckTopic::Microphone && item.verdict == CheckVerdict::Unknown)
            unknown = &item;
    ASSERT_TRUE(unknown);
    // Said as a senior understands it: the computer's sound, not a "sound service".
    EXPECT_EQ(unknown->finding.text_en, "I could not check the microphone and the sound: the computer's sound isn't answering.");
    EXPECT_EQ(unknown->finding.text_fr, "Je n’ai pas pu vérifier le micro et le son\u00a0: le son de l’ordinateur ne répond pas.");
    EXPECT_FALSE(check.has_problems());
    EXPECT_LT(check.elapsed, 3s);
}
