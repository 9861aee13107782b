// The video call app's entry: its screens, its service, and the sample screens --screenshot draws.
#include "../../shell/core/navigation/known_apps.hpp"
#include "call_screens.hpp"
#include "call_service.hpp"

namespace Foyer {

namespace {

Contact sample_contact()
{
    Contact contact;
    contact.name = "Sophie";
    contact.video = { VideoKind::Jitsi, "https://meet.jit.si/FamilleMartin-Sophie", {} };
    return contact;
}

// A check where Foyer switched the microphone on and found no camera: the screen a senior meets most.
CallCheck sample_check()
{
    auto item = [](CheckTopic topic, CheckVerdict verdict, const char* id, const char* msgid) {
        auto status = verdict == CheckVerdict::Problem ? Verdict::Fail : Verdict::Ok;
        nlohmann::json details = nlohmann::json::object();
        if (verdict == CheckVerdict::Fixed)
            details["fixed"] = true;
        return CheckItem { topic, verdict, make_finding(id, status, msgid, {}, details) };
    };
    CallCheck check;
    check.items = {
        item(CheckTopic::Internet, CheckVerdict::Ok, "call.internet", N_("The internet works, and the video call's website answers.")),
        item(CheckTopic::Camera, CheckVerdict::Problem, "call.camera",
            N_("No camera was found: your family will hear you but not see you. Plug the camera in, then try again.")),
        item(CheckTopic::Microphone, CheckVerdict::Fixed, "call.microphone", N_("Your microphone was switched off — I switched it on.")),
        item(CheckTopic::Speakers, CheckVerdict::Ok, "call.speakers", N_("The sound is on.")),
    };
    return check;
}

}

AppEntry videocall_app()
{
    auto* known = known_app("videocall");
    AppEntry entry { std::string(known->id), known->label, known->icon,
        [](Services& services) { return std::make_unique<FamilyPhotosScreen>(services); },
        [](Services& services) { return std::make_unique<CallService>(services, CallOptions::from_environment()); } };
    using Phase = CallScreen::Phase;
    entry.sample_screens = {
        { "videocall.check", [](Services& services) {
             return std::make_unique<CallScreen>(services, sample_contact(), Phase::Checking, CallCheck {});
         } },
        { "videocall.problems", [](Services& services) {
             return std::make_unique<CallScreen>(services, sample_contact(), Phase::Problems, sample_check());
         } },
        { "videocall.call", [](Services& services) {
             return std::make_unique<CallScreen>(services, sample_contact(), Phase::InCall, CallCheck {});
         } },
        { "videocall.failed", [](Services& services) {
             return std::make_unique<CallScreen>(services, sample_contact(), Phase::Failed, CallCheck {},
                 Error::plain(N_("Chromium, the program video calls open in, is not installed. Ask your family to install it "
                                 "(apt install chromium), or call for help.")));
         } },
    };
    return entry;
}

}
