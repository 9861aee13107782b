// Sound and camera collectors: PulseAudio or PipeWire through pactl, cameras through video4linux.
#include "diagnosis.hpp"

#include "../../../shell/core/i18n/mark.hpp"

namespace Foyer {

using namespace std::chrono_literals;

SoundDeviceState read_sound_device(SoundSide side, const ProgramRunner& programs, std::stop_token stop)
{
    SoundDeviceState state;
    auto run = [&](std::vector<std::string> argv) -> std::optional<std::string> {
        auto result = programs(argv, 1000ms, stop);
        if (result.is_error() || result.value().exit_code != 0)
            return std::nullopt;
        return result.value().output;
    };
    std::string kind = side == SoundSide::Output ? "sink" : "source";
    auto target = side == SoundSide::Output ? "@DEFAULT_SINK@" : "@DEFAULT_SOURCE@";
    auto name = run({ "pactl", "get-default-" + kind });
    if (!name)
        return state;
    state.available = true;
    state.default_name = *name;
    while (!state.default_name.empty() && (state.default_name.back() == '\n' || state.default_name.back() == ' '))
        state.default_name.pop_back();
    if (auto mute = run({ "pactl", "get-" + kind + "-mute", target }))
        state.muted = parse_pactl_mute(*mute);
    if (auto volume = run({ "pactl", "get-" + kind + "-volume", target }))
        state.volume = parse_pactl_volume(*volume);
    return state;
}

bool SoundDeviceState::present(SoundSide side) const
{
    if (default_name.empty())
        return false;
    // PulseAudio's stand-in when there is no sound card, and a sink's monitor, which is not a microphone.
    if (side == SoundSide::Output)
        return default_name != "auto_null";
    return !(default_name.size() > 8 && default_name.ends_with(".monitor"));
}

namespace {

nlohmann::json details_of(const SoundDeviceState& state)
{
    nlohmann::json details { { "sound_server", state.available }, { "device_set", !state.default_name.empty() } };
    if (state.muted)
        details["muted"] = *state.muted;
    if (state.volume)
        details["volume_percent"] = *state.volume;
    return details;
}

}

std::vector<Finding> collect_sound(const DiagnosisContext& context, std::stop_token stop)
{
    std::vector<Finding> findings;
    auto output = read_sound_device(SoundSide::Output, context.programs, stop);
    if (!output.available) {
        findings.push_back(make_finding("sound.output", Verdict::Unknown,
            N_("Foyer could not check the sound: no sound service is running."), {}, details_of(output)));
    } else if (!output.present(SoundSide::Output)) {
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

    auto input = read_sound_device(SoundSide::Input, context.programs, stop);
    if (!input.available)
        findings.push_back(make_finding("sound.input", Verdict::Unknown,
            N_("Foyer could not check the microphone: no sound service is running."), {}, details_of(input)));
    else if (!input.present(SoundSide::Input))
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
