// The call browser's profile: Chromium's Preferences file edited as JSON, and its SingletonLock read.
//
// Why a profile preference: a managed policy (VideoCaptureAllowedUrls in /etc/chromium/policies) needs
// root and applies to every Chromium profile of the computer, and --use-fake-ui-for-media-stream accepts
// every site. A content-setting exception in Foyer's own profile is per site, per profile, and written by
// Foyer itself whenever the family changes a contact.
#include "browser_profile.hpp"

#include "../../shell/core/system/files.hpp"
#include "../../shell/core/system/log.hpp"
#include "../../shell/core/system/paths.hpp"

#include <nlohmann/json.hpp>

#include <csignal>
#include <filesystem>
#include <thread>
#include <unistd.h>

namespace Foyer {

std::string call_browser_profile_dir()
{
    return state_dir() + "/call-browser";
}

std::string preferences_allowing(std::string_view existing, std::string_view origin)
{
    auto preferences = nlohmann::json::parse(existing, nullptr, false);
    if (!preferences.is_object())
        preferences = nlohmann::json::object();
    // "ALLOW" is 1 in Chromium's ContentSetting; the pattern pair is "<primary>,<secondary>" with any
    // embedding page ("*"). Replacing the whole map leaves no earlier site allowed.
    nlohmann::json allowed = nlohmann::json::object();
    if (!origin.empty())
        allowed[std::string(origin) + ",*"] = { { "setting", 1 } };
    auto& exceptions = preferences["profile"]["content_settings"]["exceptions"];
    exceptions["media_stream_camera"] = allowed;
    exceptions["media_stream_mic"] = allowed;
    // A call ended by closing the browser is a normal end: no "Restore pages?" bubble over the next one.
    preferences["profile"]["exit_type"] = "Normal";
    preferences["profile"]["exited_cleanly"] = true;
    // Nothing offered that a senior would have to answer.
    preferences["translate"]["enabled"] = false;
    preferences["credentials_enable_service"] = false;
    preferences["profile"]["password_manager_enabled"] = false;
    preferences["browser"]["has_seen_welcome_page"] = true;
    return preferences.dump();
}

ErrorOr<void> prepare_call_browser_profile(const std::string& profile_dir, std::string_view origin)
{
    if (auto made = make_directories(profile_dir + "/Default"); made.is_error())
        return made;
    auto path = profile_dir + "/Default/Preferences";
    auto contents = preferences_allowing(read_file(path).value_or(""), origin);
    return write_file_atomically(path, contents, 0600);
}

bool stop_leftover_browser(const std::string& profile_dir)
{
    // Chromium's lock is a symbolic link to "<host>-<pid>".
    std::error_code error;
    auto target = std::filesystem::read_symlink(profile_dir + "/SingletonLock", error).string();
    if (error || target.empty())
        return false;
    auto dash = target.rfind('-');
    pid_t pid = dash == std::string::npos ? 0 : pid_t(std::atoi(target.c_str() + dash + 1));
    if (pid <= 1)
        return false;
    // Only a browser that really runs on this very profile is stopped (the pid may belong to anything now).
    auto command_line = read_file("/proc/" + std::to_string(pid) + "/cmdline").value_or("");
    if (command_line.find("--user-data-dir=" + profile_dir) == std::string::npos)
        return false;
    log_info("videocall: stopping a browser left from an earlier call (pid " + std::to_string(pid) + ")");
    kill(pid, SIGTERM);
    for (int waited = 0; waited < 30 && kill(pid, 0) == 0; ++waited)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (kill(pid, 0) == 0)
        kill(pid, SIGKILL);
    return true;
}

}
