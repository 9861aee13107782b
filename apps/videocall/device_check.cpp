// The pre-call check: the diagnosis's own runner and probes (pactl, video4linux, HTTP), with fixes.
#include "device_check.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/system/log.hpp"
#include "../../shell/core/system/subprocess.hpp"
#include "../helpline/net/http.hpp"
#include "call_plan.hpp"

namespace Foyer {

namespace {

using namespace std::chrono_literals;

constexpr int raised_volume_percent = 70;

Finding fixed(std::string_view id, const char* msgid)
{
    return make_finding(id, Verdict::Ok, msgid, {}, { { "fixed", true } });
}

std::vector<Finding> check_internet(const CheckProbes& probes, std::stop_token stop)
{
    if (probes.room_url.empty()) {
        // A program of the family's choosing: the way out to the internet box is what can be checked.
        DiagnosisContext context;
        context.paths = probes.paths;
        context.deadline = probes.deadline;
        auto findings = collect_gateway(context, stop);
        for (auto& finding : findings)
            finding.id = "call.internet";
        return findings;
    }
    HttpRequest request;
    request.method = "HEAD";
    request.url = origin_of(probes.room_url) + "/";
    request.timeout = std::min<std::chrono::milliseconds>(probes.deadline - 300ms, 2500ms);
    request.connect_timeout = request.timeout;
    auto result = http_request(request, stop);
    if (std::holds_alternative<HttpResponse>(result))
        return { make_finding("call.internet", Verdict::Ok, N_("The internet works, and the video call's website answers."), {},
            { { "status", std::get<HttpResponse>(result).status } }) };
    auto& error = std::get<HttpError>(result);
    nlohmann::json details { { "error", error.detail } };
    switch (error.failure) {
    case HttpFailure::Resolve:
        return { make_finding("call.internet", Verdict::Fail,
            N_("The internet does not work: the video call's website cannot be found. Check that the internet box is switched on."),
            {}, details) };
    case HttpFailure::Certificate:
        return { make_finding("call.internet", Verdict::Fail,
            N_("The video call's website shows a security certificate that is not valid. Call for help."), {}, details) };
    default:
        return { make_finding("call.internet", Verdict::Fail,
            N_("The video call's website does not answer. Check that the internet box is switched on, then try again."), {}, details) };
    }
}

std::vector<Finding> check_camera(const CheckProbes& probes, std::stop_token)
{
    int cameras = count_cameras(probes.paths);
    if (cameras == 0)
        return { make_finding("call.camera", Verdict::Fail,
            N_("No camera was found: your family will hear you but not see you. Plug the camera in, then try again."), {},
            { { "cameras", 0 } }) };
    return { make_finding("call.camera", Verdict::Ok, N_("A camera is plugged in."), {}, { { "cameras", cameras } }) };
}

CheckVerdict verdict_of(const Finding& finding)
{
    switch (finding.status) {
    case Verdict::Ok:
        return finding.details.value("fixed", false) ? CheckVerdict::Fixed : CheckVerdict::Ok;
    case Verdict::Warn:
    case Verdict::Fail:
        return CheckVerdict::Problem;
    case Verdict::Unknown:
        return CheckVerdict::Unknown;
    }
    return CheckVerdict::Unknown;
}

CheckTopic topic_of(std::string_view id)
{
    if (id == "call.camera")
        return CheckTopic::Camera;
    if (id == "call.microphone")
        return CheckTopic::Microphone;
    if (id == "call.speakers")
        return CheckTopic::Speakers;
    return CheckTopic::Internet;
}

}

CheckProbes real_probes(std::string room_url)
{
    CheckProbes probes;
    probes.room_url = std::move(room_url);
    probes.run = [](const std::vector<std::string>& argv) {
        auto result = run_program(argv, 1000ms);
        if (result.is_error() || result.value().exit_code != 0) {
            log_warning("videocall: " + argv[0] + " " + argv[1] + " failed");
            return false;
        }
        return true;
    };
    return probes;
}

std::vector<CheckItem> check_and_fix_sound(const CheckProbes& probes, std::stop_token stop)
{
    std::vector<CheckItem> items;
    auto item = [&](Finding finding) {
        auto verdict = verdict_of(finding);
        items.push_back({ topic_of(finding.id), verdict, std::move(finding) });
    };

    auto microphone = read_sound_device(SoundSide::Input, probes.programs, stop);
    auto speakers = read_sound_device(SoundSide::Output, probes.programs, stop);
    if (!microphone.available) {
        item(make_finding("call.microphone", Verdict::Unknown, N_("I could not check the microphone and the sound: the computer's sound isn't answering.")));
        return items;
    }

    // The microphone: present, then switched on, then not at zero; each fix is verified by reading again.
    if (!microphone.present(SoundSide::Input)) {
        item(make_finding("call.microphone", Verdict::Fail, N_("No microphone was found: your family will not hear you. Plug the microphone in, then try again.")));
    } else {
        bool was_muted = microphone.muted.value_or(false);
        bool was_silent = microphone.volume && *microphone.volume == 0;
        if (was_muted)
            probes.run({ "pactl", "set-source-mute", "@DEFAULT_SOURCE@", "0" });
        if (was_silent)
            probes.run({ "pactl", "set-source-volume", "@DEFAULT_SOURCE@", std::to_string(raised_volume_percent) + "%" });
        if (was_muted || was_silent) {
            auto after = read_sound_device(SoundSide::Input, probes.programs, stop);
            bool still_muted = after.muted.value_or(false);
            bool still_silent = after.volume && *after.volume == 0;
            if (still_muted || still_silent)
                item(make_finding("call.microphone", Verdict::Fail,
                    N_("Your microphone is switched off and I could not switch it on: your family will not hear you. Call for help.")));
            else if (was_muted)
                item(fixed("call.microphone", N_("Your microphone was switched off — I switched it on.")));
            else
                item(fixed("call.microphone", N_("Your microphone was turned down to zero — I turned it up.")));
        } else {
            item(make_finding("call.microphone", Verdict::Ok, N_("The microphone is on.")));
        }
    }

    // The loudspeakers, the same way.
    if (!speakers.present(SoundSide::Output)) {
        item(make_finding("call.speakers", Verdict::Fail,
            N_("No loudspeaker was found: you will not hear your family. Plug the loudspeakers or headphones in, then try again.")));
    } else {
        bool was_muted = speakers.muted.value_or(false);
        bool was_silent = speakers.volume && *speakers.volume == 0;
        if (was_muted)
            probes.run({ "pactl", "set-sink-mute", "@DEFAULT_SINK@", "0" });
        if (was_silent)
            probes.run({ "pactl", "set-sink-volume", "@DEFAULT_SINK@", std::to_string(raised_volume_percent) + "%" });
        if (was_muted || was_silent) {
            auto after = read_sound_device(SoundSide::Output, probes.programs, stop);
            bool still_muted = after.muted.value_or(false);
            bool still_silent = after.volume && *after.volume == 0;
            if (still_muted || still_silent)
                item(make_finding("call.speakers", Verdict::Fail,
                    N_("The sound is switched off and I could not switch it on: you will not hear your family. Call for help.")));
            else if (was_muted)
                item(fixed("call.speakers", N_("The sound was switched off — I switched it on.")));
            else
                item(fixed("call.speakers", N_("The sound was turned down to zero — I turned it up.")));
        } else {
            item(make_finding("call.speakers", Verdict::Ok, N_("The sound is on.")));
        }
    }
    return items;
}

CallCheck run_call_check(const CheckProbes& probes)
{
    DiagnosisContext context;
    context.paths = probes.paths;
    context.deadline = probes.deadline;
    // The diagnosis's runner: all at once, and whatever is late at the deadline counts as unknown.
    std::vector<NamedCollector> collectors {
        { { "call.internet" }, [&](const DiagnosisContext&, std::stop_token stop) { return check_internet(probes, stop); } },
        { { "call.camera" }, [&](const DiagnosisContext&, std::stop_token stop) { return check_camera(probes, stop); } },
        { { "call.microphone", "call.speakers" },
            [&](const DiagnosisContext&, std::stop_token stop) {
        std::vector<Finding> findings;
        for (auto& item : check_and_fix_sound(probes, stop))
            findings.push_back(item.finding);
        return findings;
         } },
        };
    auto diagnosis = run_diagnosis(context, collectors);
    CallCheck check;
    check.elapsed = diagnosis.elapsed;
    // In the order a person thinks of them, not by severity.
    for (auto topic : { "call.internet", "call.camera", "call.microphone", "call.speakers" })
        for (auto& finding : diagnosis.findings)
            if (finding.id == topic)
                check.items.push_back({ topic_of(finding.id), verdict_of(finding), finding });
    return check;
}

bool CallCheck::has_problems() const
{
    for (auto& item : items)
        if (item.verdict == CheckVerdict::Problem)
            return true;
    return false;
}

bool CallCheck::has_fixes() const
{
    for (auto& item : items)
        if (item.verdict == CheckVerdict::Fixed)
            return true;
    return false;
}

std::string CallCheck::spoken() const
{
    std::string words;
    for (auto& item : items) {
        if (item.verdict == CheckVerdict::Ok)
            continue;
        words += (words.empty() ? "" : " ") + item.finding.text();
    }
    return words;
}

}
