// The diagnosis: parsers against recorded outputs and fake /sys trees, the deadline, and privacy.
#include "apps/helpline/diagnosis/diagnosis.hpp"
#include "shell/core/i18n/translate.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <set>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

TEST(Probes, NetworkManagerConnectivity)
{
    EXPECT_EQ(parse_nmcli_connectivity("full\n"), Connectivity::Full);
    EXPECT_EQ(parse_nmcli_connectivity("portal"), Connectivity::Portal);
    EXPECT_EQ(parse_nmcli_connectivity("limited\n"), Connectivity::Limited);
    EXPECT_EQ(parse_nmcli_connectivity("none\n"), Connectivity::None);
    EXPECT_FALSE(parse_nmcli_connectivity("Error: NetworkManager is not running.\n"));
}

TEST(Probes, RoutesWirelessAndMemory)
{
    auto route = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
                 "wlp2s0\t0000A8C0\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0\n"
                 "wlp2s0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n";
    EXPECT_EQ(parse_default_gateway(route), 0x0101A8C0u);
    EXPECT_FALSE(parse_default_gateway("Iface\tDestination\n"));
    auto wireless = "Inter-| sta-|   Quality        |   Discarded packets               | Missed | WE\n"
                    " face | tus | link level noise |  nwid  crypt   frag  retry   misc | beacon | 22\n"
                    "wlp2s0: 0000   41.  -69.  -256        0      0      0      0     12        0\n";
    EXPECT_EQ(parse_wireless_signal(wireless), -69);
    EXPECT_FALSE(parse_wireless_signal("Inter-| sta-|\n face | tus |\n"));
    auto meminfo = "MemTotal:        8052000 kB\nMemFree:          512000 kB\nMemAvailable:    4026000 kB\n";
    auto memory = parse_meminfo(meminfo);
    ASSERT_TRUE(memory);
    EXPECT_EQ(memory->total_kib, 8052000u);
    EXPECT_EQ(memory->available_kib, 4026000u);
    EXPECT_EQ(parse_os_pretty_name("NAME=\"Debian\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"), "Debian GNU/Linux 12 (bookworm)");
}

TEST(Probes, PactlOutputs)
{
    EXPECT_EQ(parse_pactl_mute("Mute: yes\n"), true);
    EXPECT_EQ(parse_pactl_mute("Mute: no\n"), false);
    EXPECT_FALSE(parse_pactl_mute("Connection failure: Connection refused\n"));
    EXPECT_EQ(parse_pactl_volume("Volume: front-left: 65536 / 100% / 0.00 dB,   front-right: 32768 /  50% / -18.06 dB\n"
                                 "        balance -1.00\n"),
        75);
    EXPECT_EQ(parse_pactl_volume("Volume: mono: 0 /   0% / -inf dB\n"), 0);
    EXPECT_FALSE(parse_pactl_volume("nothing"));
}

class FakeSystem : public ::testing::Test {
protected:
    std::string root = temporary_directory("sys");
    SystemPaths paths { root + "/sys", root + "/proc", root + "/os-release" };
    void file(const std::string& path, const std::string& text) { write_text(root + path, text); }
};

TEST_F(FakeSystem, LinksWifiRadioBatteryAndCameras)
{
    file("/sys/class/net/lo/operstate", "unknown\n");
    file("/sys/class/net/eth0/device/vendor", "0x8086\n");
    file("/sys/class/net/eth0/operstate", "down\n");
    file("/sys/class/net/eth0/carrier", "0\n");
    file("/sys/class/net/wlan0/device/vendor", "0x8086\n");
    file("/sys/class/net/wlan0/wireless/.keep", "");
    file("/sys/class/net/wlan0/operstate", "up\n");
    file("/sys/class/net/wlan0/carrier", "1\n");
    auto links = read_links(paths);
    EXPECT_FALSE(links.wired_up);
    EXPECT_TRUE(links.wireless_up);
    EXPECT_TRUE(links.wireless_present);

    file("/sys/class/rfkill/rfkill0/type", "bluetooth\n");
    file("/sys/class/rfkill/rfkill0/soft", "1\n");
    file("/sys/class/rfkill/rfkill1/type", "wlan\n");
    file("/sys/class/rfkill/rfkill1/soft", "1\n");
    file("/sys/class/rfkill/rfkill1/hard", "0\n");
    auto radio = read_wifi_radio(paths);
    EXPECT_TRUE(radio.present);
    EXPECT_TRUE(radio.soft_blocked);
    EXPECT_FALSE(radio.hard_blocked);

    file("/sys/class/power_supply/BAT0/type", "Battery\n");
    file("/sys/class/power_supply/BAT0/capacity", "9\n");
    file("/sys/class/power_supply/BAT0/status", "Discharging\n");
    file("/sys/class/power_supply/AC/type", "Mains\n");
    file("/sys/class/power_supply/AC/online", "0\n");
    auto battery = read_battery(paths);
    EXPECT_TRUE(battery.present);
    EXPECT_EQ(battery.percent, 9);
    EXPECT_FALSE(battery.charging);
    EXPECT_FALSE(battery.on_mains);

    file("/sys/class/video4linux/video0/index", "0\n");
    file("/sys/class/video4linux/video1/index", "1\n");
    EXPECT_EQ(count_cameras(paths), 1);
}

TEST_F(FakeSystem, FindingsSayWhatIsWrongInPlainWordsInBothLanguages)
{
    ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
    file("/sys/class/rfkill/rfkill1/type", "wlan\n");
    file("/sys/class/rfkill/rfkill1/soft", "1\n");
    DiagnosisContext context;
    context.paths = paths;
    auto findings = collect_network_local(context, {});
    auto wifi = std::find_if(findings.begin(), findings.end(), [](auto& f) { return f.id == "network.wifi"; });
    ASSERT_NE(wifi, findings.end());
    EXPECT_EQ(wifi->status, Verdict::Fail);
    EXPECT_EQ(wifi->text_en, "The Wi-Fi is switched off on this computer.");
    EXPECT_EQ(wifi->text_fr, "Le Wi-Fi est coupé sur cet ordinateur.");
    auto link = std::find_if(findings.begin(), findings.end(), [](auto& f) { return f.id == "network.link"; });
    EXPECT_EQ(link->status, Verdict::Fail);

    file("/sys/class/power_supply/BAT0/type", "Battery\n");
    file("/sys/class/power_supply/BAT0/capacity", "9\n");
    file("/sys/class/power_supply/BAT0/status", "Discharging\n");
    auto system = collect_system(context, {});
    auto power = std::find_if(system.begin(), system.end(), [](auto& f) { return f.id == "system.power"; });
    ASSERT_NE(power, system.end());
    EXPECT_EQ(power->status, Verdict::Warn);
    EXPECT_EQ(power->text_fr, "La batterie est presque vide (9\u00a0%)\u00a0: branchez le chargeur.");
}

TEST(Diagnosis, AHangingCollectorIsReportedUnknownAndTheWholeStaysUnderTheDeadline)
{
    DiagnosisContext context;
    context.deadline = 800ms;
    std::atomic<bool> stopped = false;
    std::vector<NamedCollector> collectors {
        { { "fast.one" }, [](const DiagnosisContext&, std::stop_token) {
             return std::vector<Finding> { make_finding("fast.one", Verdict::Fail, "broken") };
         } },
        { { "slow.one", "slow.two" }, [&](const DiagnosisContext&, std::stop_token stop) {
             while (!stop.stop_requested())
                 std::this_thread::sleep_for(5ms);
             stopped = true;
             return std::vector<Finding> {};
         } },
    };
    auto start = std::chrono::steady_clock::now();
    auto diagnosis = run_diagnosis(context, collectors);
    auto took = std::chrono::steady_clock::now() - start;
    EXPECT_LT(took, 1200ms);
    EXPECT_GE(took, 750ms);
    EXPECT_TRUE(stopped);
    ASSERT_EQ(diagnosis.findings.size(), 3u);
    EXPECT_EQ(diagnosis.findings[0].id, "fast.one"); // the failure first
    EXPECT_EQ(diagnosis.findings[1].status, Verdict::Unknown);
    EXPECT_EQ(diagnosis.findings[1].text_en, "Foyer could not check this in time.");
}

TEST(Diagnosis, NeverCarriesNamesOrAddresses)
{
    auto line = scrub("2026-11-26 warning mail: cannot read /home/marie/Images/photo.jpg from 192.168.1.20 (aa:bb:cc:dd:ee:ff) for marie",
        "/home/marie", "marie");
    EXPECT_EQ(line.find("marie"), std::string::npos) << line;
    EXPECT_EQ(line.find("192.168"), std::string::npos);
    EXPECT_EQ(line.find("aa:bb"), std::string::npos);
    EXPECT_NE(line.find("~/Images/photo.jpg"), std::string::npos) << line;
}

TEST(Diagnosis, TheRealComputerIsDiagnosedInUnderThreeSeconds)
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
    auto sites = std::find_if(diagnosis.findings.begin(), diagnosis.findings.end(), [](auto& f) { return f.id == "network.sites"; });
    EXPECT_EQ(sites->status, Verdict::Fail);
}
