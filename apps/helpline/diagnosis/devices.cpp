// Sound and camera collectors: PulseAudio or PipeWire through pactl, cameras through video4linux.
#include "diagnosis.hpp"

#include "../../../shell/core/i18n/mark.hpp"
#include "../../../shell/core/system/subprocess.hpp"

namespace Foyer {

namespace {

using namespace std::chrono_literals;

struct Pactl {
    bool available { false };
    std::string default_name;
    std::optional<bool> muted;
    std::optional<int> volume;
};

// One side (output = sink, input = source) of the sound server.
Pactl ask_pactl(std::string_view kind, std::stop_token stop)
{
    Pactl state;
    auto run = [&](std::vector<std::string> argv) -> std::optional<std::string> {
        auto result = run_program(argv, 1000ms, stop);
        if (result.is_error() || result.value().exit_code != 0)
            return std::nullopt;
        return result.value().output;
    };
    auto target = std::string(kind == "sink" ? "@DEFAULT_SINK@" : "@DEFAULT_SOURCE@");
    auto name = run({ "pactl", "get-default-" + std::string(kind) });
    if (!name)
        return state;
    state.available = true;
    state.default_name = *name;
    while (!state.default_name.empty() && (state.default_name.back() == '\n' || state.default_name.back() == ' '))
        state.default_name.pop_back();
    if (auto mute = run({ "pactl", "get-" + std::string(kind) + "-mute", target }))
        state.muted = parse_pactl_mute(*mute);
    if (auto volume = run({ "pactl", "get-" + std::string(kind) + "-volume", target }))
        state.volume = parse_pactl_volume(*volume);
    return state;
}

nlohmann::json details_of(const Pactl& state)
{
    nlohmann::json details { { "sound_server", state.available }, { "device_set", !state.default_name.empty() } };
    if (state.muted)
        details["muted"] = *state.muted;
    if (state.volume)
        details["volume_percent"] = *state.volume;
    return details;
}

}

std::vector<Finding> collect_sound(const DiagnosisContext&, std::stop_token stop)
{
    std::vector<Finding> findings;
    auto output = ask_pactl("sink", stop);
    if (!output.available) {
        findings.push_back(make_finding("sound.output", Verdict::Unknown,
            N_("Foyer could not check the sound: no sound service is running."), {}, details_of(output)));
    } else if (output.default_name.empty() || output.default_name == "auto_null") {
        findings.push_back(make_finding("sound.output", Verdict::Fail, N_("No loudspeaker is set up."), {}, details_of(output)));
    } else if (output.muted.value_or(false)) {
        findings.push_back(make_finding("sound.output", Verdict::Fail, N_("The sound is switched off (muted)."), {}, details_of(output)));
    } else if (output.volume && *output.volume == 0) {
        findings.push_back(make_finding("sound.output", Verdict::Fail, N_("The sound volume is at zero."), {}, details_of(output)));
    } else if (output.volume && *output.volume < 20) {
        findings.push_back(make_finding("sound.output", Verdict::Warn, N_("The sound volume is very low ({volume} %)."),
            { { "volume", std::to_string(*output.volume) } }, details_of(output)));
    } else {
        findings.push_back(make_finding("sound.output", Verdict::Ok, N_("The loudspeaker is on, at {volume} %."),
            { { "volume", std::to_string(output.volume.value_or(100)) } }, details_of(output)));
    }

    auto input = ask_pactl("source", stop);
    // A sink's monitor is not a microphone.
    bool monitor = input.default_name.size() > 8 && input.default_name.ends_with(".monitor");
    if (!input.available)
        findings.push_back(make_finding("sound.input", Verdict::Unknown,
            N_("Foyer could not check the microphone: no sound service is running."), {}, details_of(input)));
    else if (input.default_name.empty() || monitor)
        findings.push_back(make_finding("sound.input", Verdict::Fail, N_("No microphone is set up."), {}, details_of(input)));
    else if (input.muted.value_or(false))
        findings.push_back(make_finding("sound.input", Verdict::Fail, N_("The microphone is switched off (muted)."), {}, details_of(input)));
    else if (input.volume && *input.volume == 0)
        findings.push_back(make_finding("sound.input", Verdict::Fail, N_("The microphone volume is at zero."), {}, details_of(input)));
    else
        findings.push_back(make_finding("sound.input", Verdict::Ok, N_("A microphone is set up and on."), {}, details_of(input)));
    return findings;
}

std::vector<Finding> collect_camera(const DiagnosisContext& context, std::stop_token)
{
    int cameras = count_cameras(context.paths);
    if (cameras == 0)
        return { make_finding("camera.present", Verdict::Fail, N_("No camera was found."), {}, { { "cameras", 0 } }) };
    return { make_finding("camera.present", Verdict::Ok, N_("A camera is plugged in."), {}, { { "cameras", cameras } }) };
}

}
