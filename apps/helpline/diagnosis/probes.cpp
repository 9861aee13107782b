// Parsers for /sys, /proc, os-release, nmcli and pactl outputs.
#include "probes.hpp"

#include "../../../shell/core/system/files.hpp"
#include "../../../shell/core/text/text.hpp"

#include <cctype>
#include <dirent.h>
#include <regex>
#include <sstream>
#include <sys/stat.h>
#include <vector>

namespace Foyer {

namespace {

std::string read_trimmed(const std::string& path)
{
    auto text = read_file(path);
    return text ? trimmed(*text) : std::string {};
}

std::vector<std::string> entries(const std::string& dir)
{
    std::vector<std::string> names;
    if (DIR* listing = opendir(dir.c_str())) {
        while (auto* entry = readdir(listing))
            if (entry->d_name[0] != '.')
                names.emplace_back(entry->d_name);
        closedir(listing);
    }
    return names;
}

bool exists(const std::string& path)
{
    struct stat info { };
    return stat(path.c_str(), &info) == 0;
}

std::vector<std::string> lines_of(std::string_view text)
{
    std::vector<std::string> lines;
    std::istringstream stream { std::string(text) };
    std::string line;
    while (std::getline(stream, line))
        lines.push_back(line);
    return lines;
}

}

std::optional<Connectivity> parse_nmcli_connectivity(std::string_view output)
{
    auto word = trimmed(output);
    if (word == "full")
        return Connectivity::Full;
    if (word == "limited")
        return Connectivity::Limited;
    if (word == "portal")
        return Connectivity::Portal;
    if (word == "none")
        return Connectivity::None;
    if (word == "unknown")
        return Connectivity::Unknown;
    return std::nullopt;
}

LinkState read_links(const SystemPaths& paths)
{
    LinkState state;
    auto base = paths.sys + "/class/net";
    for (auto& name : entries(base)) {
        auto dir = base + "/" + name;
        if (!exists(dir + "/device"))
            continue; // loopback, bridges, VPNs: not a cable or a radio.
        bool wireless = exists(dir + "/wireless") || exists(dir + "/phy80211");
        bool up = read_trimmed(dir + "/operstate") == "up" && read_trimmed(dir + "/carrier") == "1";
        if (wireless) {
            state.wireless_present = true;
            state.wireless_up = state.wireless_up || up;
        } else {
            state.wired_up = state.wired_up || up;
        }
    }
    return state;
}

RadioState read_wifi_radio(const SystemPaths& paths)
{
    RadioState state;
    auto base = paths.sys + "/class/rfkill";
    for (auto& name : entries(base)) {
        auto dir = base + "/" + name;
        if (read_trimmed(dir + "/type") != "wlan")
            continue;
        state.present = true;
        state.soft_blocked = state.soft_blocked || read_trimmed(dir + "/soft") == "1";
        state.hard_blocked = state.hard_blocked || read_trimmed(dir + "/hard") == "1";
    }
    return state;
}

std::optional<int> parse_wireless_signal(std::string_view text)
{
    // Two header lines, then "wlp2s0: 0000   54.  -56.  -256  ...": status, link quality, level (dBm).
    auto lines = lines_of(text);
    for (size_t i = 2; i < lines.size(); ++i) {
        std::istringstream fields(lines[i]);
        std::string interface, status, quality, level;
        if (!(fields >> interface >> status >> quality >> level))
            continue;
        try {
            return int(std::stod(level));
        } catch (...) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<uint32_t> parse_default_gateway(std::string_view text)
{
    auto lines = lines_of(text);
    for (size_t i = 1; i < lines.size(); ++i) {
        std::istringstream fields(lines[i]);
        std::string interface, destination, gateway, flags;
        if (!(fields >> interface >> destination >> gateway >> flags))
            continue;
        // Destination 0.0.0.0 with the RTF_GATEWAY flag (0x2) is the default route.
        if (destination != "00000000")
            continue;
        try {
            if (!(std::stoul(flags, nullptr, 16) & 0x2))
                continue;
            return uint32_t(std::stoul(gateway, nullptr, 16));
        } catch (...) {
            continue;
        }
    }
    return std::nullopt;
}

std::optional<std::string> parse_os_pretty_name(std::string_view text)
{
    for (auto& line : lines_of(text)) {
        if (line.rfind("PRETTY_NAME=", 0) != 0)
            continue;
        auto value = line.substr(12);
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
            value = value.substr(1, value.size() - 2);
        return value;
    }
    return std::nullopt;
}

std::optional<MemoryState> parse_meminfo(std::string_view text)
{
    MemoryState state;
    for (auto& line : lines_of(text)) {
        std::istringstream fields(line);
        std::string key;
        uint64_t value = 0;
        if (!(fields >> key >> value))
            continue;
        if (key == "MemTotal:")
            state.total_kib = value;
        else if (key == "MemAvailable:")
            state.available_kib = value;
    }
    if (state.total_kib == 0)
        return std::nullopt;
    return state;
}

BatteryState read_battery(const SystemPaths& paths)
{
    BatteryState state;
    auto base = paths.sys + "/class/power_supply";
    bool mains_seen = false;
    for (auto& name : entries(base)) {
        auto dir = base + "/" + name;
        auto type = read_trimmed(dir + "/type");
        if (type == "Mains") {
            mains_seen = true;
            state.on_mains = read_trimmed(dir + "/online") == "1";
        } else if (type == "Battery" && !state.present) {
            state.present = true;
            try {
                state.percent = std::stoi(read_trimmed(dir + "/capacity"));
            } catch (...) {
                state.percent = 0;
            }
            auto status = read_trimmed(dir + "/status");
            state.charging = status == "Charging" || status == "Full";
        }
    }
    if (!mains_seen)
        state.on_mains = !state.present || state.charging;
    return state;
}

std::optional<bool> parse_pactl_mute(std::string_view text)
{
    auto value = trimmed(text);
    if (value == "Mute: yes")
        return true;
    if (value == "Mute: no")
        return false;
    return std::nullopt;
}

std::optional<int> parse_pactl_volume(std::string_view text)
{
    // "Volume: front-left: 65536 / 100% / 0.00 dB,   front-right: 32768 /  50% / -18.06 dB".
    static const std::regex percent(R"((\d+)%)");
    int sum = 0, count = 0;
    std::string line = std::string(text.substr(0, text.find('\n')));
    for (std::sregex_iterator it(line.begin(), line.end(), percent), end; it != end; ++it) {
        sum += std::stoi((*it)[1]);
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return (sum + count / 2) / count;
}

int count_cameras(const SystemPaths& paths)
{
    int cameras = 0;
    auto base = paths.sys + "/class/video4linux";
    for (auto& name : entries(base)) {
        // Each camera usually has two nodes (picture and metadata); index 0 is the picture.
        auto index = read_trimmed(base + "/" + name + "/index");
        if (index.empty() || index == "0")
            ++cameras;
    }
    return cameras;
}

std::string scrub(std::string_view line, std::string_view home, std::string_view user)
{
    std::string text(line);
    auto replace_all = [&](std::string_view what, std::string_view with) {
        if (what.empty())
            return;
        for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
            text.replace(at, what.size(), with);
    };
    replace_all(home, "~");
    if (user.size() >= 2)
        replace_all(user, "<user>");
    static const std::regex ipv4(R"(\b(\d{1,3}\.){3}\d{1,3}\b)");
    static const std::regex mac(R"(\b([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}\b)");
    text = std::regex_replace(text, mac, "<mac>");
    text = std::regex_replace(text, ipv4, "<address>");
    return text;
}

}
