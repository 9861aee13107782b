// The diagnosis with the real programs and the real network: pactl against a real PulseAudio says what the
// unit tests' recordings say, and the whole real computer is diagnosed within the promised three seconds
// even when a site hangs and a name does not exist.
#include "apps/helpline/diagnosis/diagnosis.hpp"
#include "shell/core/i18n/translate.hpp"
#include "tests/apps/videocall/video_lab.hpp"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <sys/socket.h>
#include <unistd.h>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace {

const Finding* find(const std::vector<Finding>& findings, std::string_view id)
{
    for (auto& finding : findings)
        if (finding.id == id)
            return &finding;
    return nullptr;
}

}

TEST(DiagnosisWithRealPrograms, ARealPulseAudiosMutedLoudspeakerAndSilentMicrophoneAreFound)
{
    PulseLab pulse;
    ASSERT_TRUE(pulse.problem().empty()) << pulse.problem();
    // pactl, started by the diagnosis, finds this PulseAudio as it would find the session's.
    for (auto& [key, value] : pulse.environment())
        setenv(key.c_str(), value.c_str(), 1);
    ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());

    DiagnosisContext context;
    auto findings = collect_sound(context, {});
    ASSERT_NE(find(findings, "sound.output"), nullptr);
    EXPECT_EQ(find(findings, "sound.output")->status, Verdict::Ok) << find(findings, "sound.output")->details.dump();
    EXPECT_EQ(find(findings, "sound.input")->status, Verdict::Ok) << find(findings, "sound.input")->details.dump();

    pulse.pactl({ "set-sink-mute", "@DEFAULT_SINK@", "1" });
    pulse.pactl({ "set-source-volume", "@DEFAULT_SOURCE@", "0%" });
    findings = collect_sound(context, {});
    EXPECT_EQ(find(findings, "sound.output")->status, Verdict::Fail);
    EXPECT_EQ(find(findings, "sound.output")->text_en, "The sound is switched off (muted).");
    EXPECT_EQ(find(findings, "sound.input")->status, Verdict::Fail);
    EXPECT_EQ(find(findings, "sound.input")->text_en, "The microphone volume is at zero.");
}

TEST(DiagnosisWithRealPrograms, TheRealComputerIsDiagnosedInUnderThreeSeconds)
{
    DiagnosisContext context;
    // A site that accepts connections and never answers, and one whose name does not exist: the
    // diagnosis must still be over in time.
    int listener = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    ASSERT_EQ(listen(listener, 8), 0);
    socklen_t length = sizeof address;
    getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length);
    auto stalled = "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port)) + "/";
    context.sites = { stalled, "https://nowhere.invalid/" };
    context.helpdesk_url = stalled.substr(0, stalled.size() - 1);
    context.portal_check_url = stalled;
    auto diagnosis = run_diagnosis(context, standard_collectors());
    close(listener);
    // The promise is three seconds; the margin is the 200 ms between the 2.8 s deadline and it. The figure
    // on a quiet machine is in `make bench` (5. Help report).
    std::printf("diagnosis of this computer with a hanging site: %lld ms\n", (long long)diagnosis.elapsed.count());
    EXPECT_LE(diagnosis.elapsed, 3000ms);
    std::set<std::string> ids;
    for (auto& finding : diagnosis.findings) {
        ids.insert(finding.id);
        EXPECT_FALSE(finding.text_en.empty()) << finding.id;
        EXPECT_FALSE(finding.text_fr.empty()) << finding.id;
    }
    for (auto id : { "network.connectivity", "network.link", "network.wifi", "network.gateway", "network.dns",
             "network.captive_portal", "network.helpdesk", "network.sites", "sound.output", "sound.input",
             "camera.present", "system.os", "system.disk", "system.memory", "system.power", "system.errors" })
        EXPECT_TRUE(ids.count(id)) << id;
    auto sites = find(diagnosis.findings, "network.sites");
    ASSERT_NE(sites, nullptr);
    EXPECT_EQ(sites->status, Verdict::Fail);
}
