// The call's plan without starting anything: room addresses, Jitsi's options, the browser's command line,
// the place of the hang-up bar, the profile's site permission.
#include "apps/videocall/browser_profile.hpp"
#include "apps/videocall/call_plan.hpp"
#include "shell/ui/call_bar.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace Foyer;

namespace {

CallEnvironment environment()
{
    CallEnvironment environment;
    environment.senior_name = "Marie-Martine";
    environment.language = Language::French;
    environment.profile_dir = "/home/marie/.local/state/foyer/call-browser";
    environment.screen_width = 1366;
    environment.screen_height = 768;
    return environment;
}

Contact contact(VideoKind kind, std::string url, std::vector<std::string> command = {})
{
    Contact contact;
    contact.name = "Sophie";
    contact.video = { kind, std::move(url), std::move(command) };
    return contact;
}

bool has(const std::vector<std::string>& argv, const std::string& word)
{
    return std::find(argv.begin(), argv.end(), word) != argv.end();
}

}

TEST(CallPlan, AJitsiRoomSkipsThePrejoinPageAndGivesTheSeniorsName)
{
    auto url = jitsi_room_url("https://meet.jit.si/FamilleMartin-Sophie", environment());
    EXPECT_EQ(url,
        "https://meet.jit.si/FamilleMartin-Sophie#config.prejoinConfig.enabled=false&config.prejoinPageEnabled=false"
        "&config.startWithAudioMuted=false&config.startWithVideoMuted=false&config.defaultLanguage=%22fr%22"
        "&userInfo.displayName=%22Marie-Martine%22");
}

TEST(CallPlan, NamesAreEncodedAsJsonThenForTheAddress)
{
    auto env = environment();
    env.senior_name = "Hélène \"Lili\" & Cie";
    env.language = Language::English;
    auto url = jitsi_room_url("https://visio.example.org/salle#config.subject=%22Famille%22", env);
    EXPECT_EQ(url.substr(0, url.find('&')), "https://visio.example.org/salle#config.subject=%22Famille%22")
        << "options the family wrote are kept, and Foyer's come after them";
    EXPECT_NE(url.find("userInfo.displayName=%22H%C3%A9l%C3%A8ne%20%5C%22Lili%5C%22%20%26%20Cie%22"), std::string::npos) << url;
    EXPECT_NE(url.find("config.defaultLanguage=%22en%22"), std::string::npos);
}

TEST(CallPlan, PlaceholdersAreFilledInAddressesAndCommands)
{
    EXPECT_EQ(fill_placeholders("https://v.example.org/r?name={senior}&hl={language}", environment(), Placement::InUrl),
        "https://v.example.org/r?name=Marie-Martine&hl=fr");
    auto env = environment();
    env.senior_name = "Jean Robert";
    EXPECT_EQ(fill_placeholders("?n={senior}", env, Placement::InUrl), "?n=Jean%20Robert");
    EXPECT_EQ(fill_placeholders("--name={senior}", env, Placement::InArgument), "--name=Jean Robert")
        << "an argument goes to the program as it is: no shell ever reads it";
    EXPECT_EQ(fill_placeholders("{unknown} {senior", env, Placement::InUrl), "{unknown} {senior");
}

TEST(CallPlan, OriginsAlwaysHaveTheirPort)
{
    EXPECT_EQ(origin_of("https://meet.jit.si/Room#x"), "https://meet.jit.si:443");
    EXPECT_EQ(origin_of("http://127.0.0.1:8123/room/a"), "http://127.0.0.1:8123");
    EXPECT_EQ(origin_of("https://user@visio.example.org:8443?x"), "https://visio.example.org:8443");
    EXPECT_EQ(origin_of("http://[::1]/room"), "http://[::1]:80");
    EXPECT_EQ(origin_of("not an address"), "");
}

TEST(CallPlan, AWebCallIsChromiumInAppModeInFoyersOwnProfile)
{
    auto planned = plan_call(contact(VideoKind::Jitsi, "https://meet.jit.si/FamilleMartin-Sophie"), environment());
    ASSERT_FALSE(planned.is_error());
    auto& plan = planned.value();
    EXPECT_EQ(plan.origin, "https://meet.jit.si:443");
    EXPECT_EQ(plan.argv.front(), "chromium");
    EXPECT_TRUE(has(plan.argv, "--app=" + plan.url));
    EXPECT_TRUE(has(plan.argv, "--user-data-dir=/home/marie/.local/state/foyer/call-browser"));
    for (auto flag : { "--no-first-run", "--disable-sync", "--disable-background-networking", "--disable-component-update",
             "--password-store=basic", "--autoplay-policy=no-user-gesture-required", "--lang=fr" })
        EXPECT_TRUE(has(plan.argv, flag)) << flag;
    EXPECT_FALSE(has(plan.argv, "--no-sandbox")) << "only for root";
    EXPECT_FALSE(has(plan.argv, "--use-fake-ui-for-media-stream")) << "that would allow every site";
    // The call takes the screen above the hang-up bar.
    auto layout = call_layout(1366, 768);
    EXPECT_TRUE(has(plan.argv, "--window-position=0,0"));
    EXPECT_TRUE(has(plan.argv, "--window-size=1366," + std::to_string(int(layout.call.height))));
}

TEST(CallPlan, RootAndTestSwitchesAreAddedAtTheEnd)
{
    auto env = environment();
    env.running_as_root = true;
    env.browser = "/usr/lib/chromium/chromium";
    env.extra_browser_flags = { "--use-fake-device-for-media-stream" };
    auto plan = plan_call(contact(VideoKind::WebPage, "https://v.example.org/r?n={senior}"), env).release_value();
    EXPECT_EQ(plan.url, "https://v.example.org/r?n=Marie-Martine") << "a web page is opened as written";
    EXPECT_EQ(plan.argv.front(), "/usr/lib/chromium/chromium");
    EXPECT_TRUE(has(plan.argv, "--no-sandbox"));
    EXPECT_EQ(plan.argv.back(), "--use-fake-device-for-media-stream");
}

TEST(CallPlan, ACommandIsItsOwnArgvWithNoBrowser)
{
    auto plan = plan_call(contact(VideoKind::Command, "", { "linphone", "--call", "sip:sophie@example.org", "{senior}; rm -rf ~" }),
        environment())
                    .release_value();
    EXPECT_EQ(plan.argv, (std::vector<std::string> { "linphone", "--call", "sip:sophie@example.org", "Marie-Martine; rm -rf ~" }));
    EXPECT_TRUE(plan.origin.empty());
}

TEST(CallPlan, AContactWithoutVideoIsAPlainError)
{
    auto planned = plan_call(contact(VideoKind::None, ""), environment());
    ASSERT_TRUE(planned.is_error());
    EXPECT_STREQ(planned.error().msgid(), "No video call is set up for {name}. Ask your family to add one.");
}

TEST(CallLayout, TheBarIsAlongTheBottomAndTheCallAboveIt)
{
    for (auto [width, height] : { std::pair { 1366, 768 }, { 1920, 1080 }, { 1280, 1024 }, { 3840, 2160 } }) {
        auto layout = call_layout(width, height);
        EXPECT_EQ(layout.call.y, 0);
        EXPECT_EQ(layout.call.bottom(), layout.bar.y);
        EXPECT_EQ(layout.bar.bottom(), float(height));
        EXPECT_EQ(layout.bar.width, float(width));
        EXPECT_GE(layout.bar.height, float(height) / 8.f - 1) << "a giant target";
        EXPECT_LE(layout.bar.height, float(height) / 6.f) << "the faces keep their room";
    }
}

TEST(CallBar, ItsCommandLineGoesBothWays)
{
    CallBarOptions options;
    options.place = { 0, 672, 1366, 96 };
    options.screen = { 1366, 768 };
    options.theme = ThemeName::Dark;
    options.text_size = TextSize::Largest;
    options.label = "Raccrocher";
    options.caption = "Finir l'appel avec Sophie";
    auto parsed = CallBarOptions::parse(options.to_arguments());
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->place, options.place);
    EXPECT_EQ(parsed->screen, options.screen);
    EXPECT_EQ(parsed->theme, ThemeName::Dark);
    EXPECT_EQ(parsed->text_size, TextSize::Largest);
    EXPECT_EQ(parsed->label, "Raccrocher");
    EXPECT_EQ(parsed->caption, "Finir l'appel avec Sophie");
    EXPECT_FALSE(CallBarOptions::parse({ "--label", "x" })) << "no place";
    EXPECT_FALSE(CallBarOptions::parse({ "--place", "0,0,10", "--label", "x" }));
    EXPECT_FALSE(CallBarOptions::parse({ "--place", "0,0,10,10", "--label" }));
}

TEST(BrowserProfile, AllowsTheCallsSiteAndNoOther)
{
    auto earlier = preferences_allowing("", "https://old.example.org:443");
    auto json = nlohmann::json::parse(preferences_allowing(earlier, "https://meet.jit.si:443"));
    auto& exceptions = json["profile"]["content_settings"]["exceptions"];
    for (auto kind : { "media_stream_camera", "media_stream_mic" }) {
        ASSERT_EQ(exceptions[kind].size(), 1u) << kind;
        EXPECT_EQ(exceptions[kind]["https://meet.jit.si:443,*"]["setting"], 1) << kind;
    }
    EXPECT_EQ(json["profile"]["exit_type"], "Normal") << "no 'restore pages?' after a call that was cut";
}

TEST(BrowserProfile, KeepsChromiumsOtherPreferencesAndSurvivesADamagedFile)
{
    auto json = nlohmann::json::parse(preferences_allowing(R"({"browser":{"window_placement":{"left":3}},"profile":{"exit_type":"Crashed"}})",
        "http://127.0.0.1:8000"));
    EXPECT_EQ(json["browser"]["window_placement"]["left"], 3);
    EXPECT_EQ(json["profile"]["exit_type"], "Normal");
    auto repaired = nlohmann::json::parse(preferences_allowing("{not json", "http://127.0.0.1:8000"));
    EXPECT_EQ(repaired["profile"]["content_settings"]["exceptions"]["media_stream_mic"]["http://127.0.0.1:8000,*"]["setting"], 1);
}

TEST(BrowserProfile, NoLeftoverBrowserIsStoppedWhenThereIsNone)
{
    EXPECT_FALSE(stop_leftover_browser("/nonexistent/profile"));
}
