// Reading the state of the computer from the files and programs that describe it: pure parsers, so each
// is tested against recorded outputs, and the places they read from, so tests can point elsewhere.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace Foyer {

// Where the kernel and the system describe themselves; tests use a fake tree.
struct SystemPaths {
    std::string sys { "/sys" };
    std::string proc { "/proc" };
    std::string os_release { "/etc/os-release" };
};

enum class Connectivity {
    None,
    Portal,
    Limited,
    Full,
    Unknown,
};
// The output of `nmcli -t -f CONNECTIVITY general`.
std::optional<Connectivity> parse_nmcli_connectivity(std::string_view);

struct LinkState {
    bool wired_up { false };
    bool wireless_up { false };
    bool wireless_present { false };
};
// Physical interfaces only (those with a device/ link), from /sys/class/net.
LinkState read_links(const SystemPaths&);

struct RadioState {
    bool present { false };
    bool soft_blocked { false };
    bool hard_blocked { false };
};
// Wi-Fi radios from /sys/class/rfkill.
RadioState read_wifi_radio(const SystemPaths&);

// The signal level in dBm of the first wireless interface in /proc/net/wireless.
std::optional<int> parse_wireless_signal(std::string_view proc_net_wireless);
// The IPv4 default gateway (network byte order) from /proc/net/route.
std::optional<uint32_t> parse_default_gateway(std::string_view proc_net_route);

// PRETTY_NAME from /etc/os-release ("Debian GNU/Linux 12 (bookworm)").
std::optional<std::string> parse_os_pretty_name(std::string_view os_release);

struct MemoryState {
    uint64_t total_kib { 0 };
    uint64_t available_kib { 0 };
};
std::optional<MemoryState> parse_meminfo(std::string_view);

struct BatteryState {
    bool present { false };
    int percent { 0 };
    bool charging { false };
    bool on_mains { true };
};
BatteryState read_battery(const SystemPaths&);

// `pactl get-sink-mute @DEFAULT_SINK@` → "Mute: yes".
std::optional<bool> parse_pactl_mute(std::string_view);
// `pactl get-sink-volume @DEFAULT_SINK@` → the average of the channels' percentages.
std::optional<int> parse_pactl_volume(std::string_view);

// Video capture devices in /sys/class/video4linux (cameras; their names are not read).
int count_cameras(const SystemPaths&);

// Replaces what could identify the senior in a log line: the home directory, the user name, IPv4 and
// MAC addresses.
std::string scrub(std::string_view line, std::string_view home, std::string_view user);

}
