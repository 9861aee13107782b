// Room addresses, Jitsi's #fragment options, and the browser's command line.
#include "call_plan.hpp"

#include "../../shell/core/layout/metrics.hpp"

#include <cctype>
#include <cmath>

namespace Foyer {

namespace {

// A JSON string, as Jitsi's fragment options are JSON values.
std::string json_string(std::string_view text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) < 0x20)
            continue;
        out += c;
    }
    return out + "\"";
}

}

std::string percent_encode(std::string_view text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

CallLayout call_layout(int screen_width, int screen_height)
{
    auto metrics = compute_metrics(float(screen_width), float(screen_height), TextSize::Normal);
    // Tall enough for a giant label and an unmistakable target, short enough to leave the faces their room.
    float bar_height = std::round(std::max(metrics.button_height * 1.5f, float(screen_height) / 8.f));
    Rect screen { 0, 0, float(screen_width), float(screen_height) };
    Rect bar = screen.take_bottom(bar_height);
    return { screen, bar };
}

std::string fill_placeholders(std::string_view text, const CallEnvironment& environment, Placement placement)
{
    auto value_of = [&](std::string_view name) -> std::string {
        std::string value = name == "senior" ? environment.senior_name : std::string(language_code(environment.language));
        return placement == Placement::InUrl ? percent_encode(value) : value;
    };
    std::string out;
    for (size_t at = 0; at < text.size();) {
        bool replaced = false;
        for (std::string_view name : { "senior", "language" }) {
            auto token = "{" + std::string(name) + "}";
            if (text.substr(at, token.size()) == token) {
                out += value_of(name);
                at += token.size();
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out += text[at++];
    }
    return out;
}

std::string jitsi_room_url(std::string_view room, const CallEnvironment& environment)
{
    auto url = fill_placeholders(room, environment, Placement::InUrl);
    // A family may paste a link that already carries options: Foyer's go after them and win.
    auto hash = url.find('#');
    std::string fragment = hash == std::string::npos ? std::string {} : url.substr(hash + 1);
    url = url.substr(0, hash);
    auto option = [&](std::string_view key, std::string_view json) {
        fragment += (fragment.empty() ? "" : "&") + std::string(key) + "=" + percent_encode(json);
    };
    // Both the current and the older name of the pre-join switch, for Jitsi servers of any age.
    option("config.prejoinConfig.enabled", "false");
    option("config.prejoinPageEnabled", "false");
    option("config.startWithAudioMuted", "false");
    option("config.startWithVideoMuted", "false");
    option("config.defaultLanguage", json_string(language_code(environment.language)));
    if (!environment.senior_name.empty())
        option("userInfo.displayName", json_string(environment.senior_name));
    return url + "#" + fragment;
}

std::string origin_of(std::string_view url)
{
    auto scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos)
        return {};
    auto scheme = std::string(url.substr(0, scheme_end));
    auto rest = url.substr(scheme_end + 3);
    auto host_port = std::string(rest.substr(0, rest.find_first_of("/?#")));
    auto at = host_port.rfind('@');
    if (at != std::string::npos)
        host_port = host_port.substr(at + 1);
    bool has_port = host_port.find(':', host_port.rfind(']') == std::string::npos ? 0 : host_port.rfind(']')) != std::string::npos;
    if (!has_port)
        host_port += scheme == "https" ? ":443" : ":80";
    return scheme + "://" + host_port;
}

std::vector<std::string> browser_argv(std::string_view url, const CallEnvironment& environment)
{
    auto layout = call_layout(environment.screen_width, environment.screen_height);
    std::vector<std::string> argv {
        environment.browser,
        "--app=" + std::string(url),
        "--user-data-dir=" + environment.profile_dir,
        // A call browser has nothing to sync, update or suggest: quiet, and nothing else on the network.
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-sync",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-features=Translate,MediaRouter",
        // Never a keyring dialog in front of a senior.
        "--password-store=basic",
        // The family's voices play at once, without a click on the page first.
        "--autoplay-policy=no-user-gesture-required",
        "--lang=" + std::string(language_code(environment.language)),
        "--window-position=" + std::to_string(int(layout.call.x)) + "," + std::to_string(int(layout.call.y)),
        "--window-size=" + std::to_string(int(layout.call.width)) + "," + std::to_string(int(layout.call.height)),
    };
    if (environment.running_as_root)
        argv.push_back("--no-sandbox");
    for (auto& flag : environment.extra_browser_flags)
        argv.push_back(flag);
    return argv;
}

ErrorOr<CallPlan> plan_call(const Contact& contact, const CallEnvironment& environment)
{
    CallPlan plan;
    plan.kind = contact.video.kind;
    switch (contact.video.kind) {
    case VideoKind::None:
        return Error::plain(N_("No video call is set up for {name}. Ask your family to add one."), { { "name", contact.name } },
            "contact without video");
    case VideoKind::Command:
        for (auto& word : contact.video.command)
            plan.argv.push_back(fill_placeholders(word, environment, Placement::InArgument));
        return plan;
    case VideoKind::Jitsi:
        plan.url = jitsi_room_url(contact.video.url, environment);
        break;
    case VideoKind::WebPage:
        plan.url = fill_placeholders(contact.video.url, environment, Placement::InUrl);
        break;
    }
    plan.origin = origin_of(plan.url);
    plan.argv = browser_argv(plan.url, environment);
    return plan;
}

}
