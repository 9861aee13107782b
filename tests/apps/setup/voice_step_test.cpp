// The voice page says when the computer has no sound output. The sound server is asked through the real
// pactl program's place on PATH: a stand-in pactl (the process boundary) answers as PulseAudio does with a
// loudspeaker, with only its "auto_null" stand-in, or with no sound server at all.
// It offers the voices installed: the real natural voices' libraries, hidden or shown by a folder of links
// that FOYER_VOICE_LIBRARY_DIR makes the only place looked in.
#include "apps/setup/setup_step.hpp"
#include "apps/setup/setup_steps.hpp"
#include "shell/core/i18n/translate.hpp"
#include "tests/apps/setup/fake_services.hpp"
#include "tests/support/headless_ui.hpp"
#include "tests/support/process.hpp"
#include "voice/pico_engine.hpp"
#include "voice/rhvoice_engine.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sys/stat.h>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

class VoicePage : public ::testing::Test {
protected:
    void SetUp() override
    {
        // The French page is read in French: the catalogs as Foyer installs them.
        ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
        i18n::set_language(Language::English);
        m_old_path = std::getenv("PATH") ? std::getenv("PATH") : "";
    }
    void TearDown() override
    {
        setenv("PATH", m_old_path.c_str(), 1);
        unsetenv("FOYER_VOICE_LIBRARY_DIR");
    }

    // Only these natural voices' libraries can be found (links in a folder of their own).
    static void show_voice_libraries(std::vector<std::string> names)
    {
        auto dir = temporary_directory("voice-libraries");
        for (auto& name : names)
            std::filesystem::create_symlink("/usr/lib/x86_64-linux-gnu/" + name, dir + "/" + name);
        setenv("FOYER_VOICE_LIBRARY_DIR", dir.c_str(), 1);
    }

    // A pactl that answers `get-default-sink` with `sink` (exit 1 for everything when `sink` is empty: no
    // sound server), the mute and the volume as pactl 16 prints them.
    void use_pactl(const std::string& sink)
    {
        auto dir = temporary_directory("pactl");
        std::string script = sink.empty() ? "#!/bin/sh\necho 'Connection failure: Connection refused' >&2\nexit 1\n"
                                          : "#!/bin/sh\ncase \"$1\" in\n"
                                            "get-default-sink) echo '"
                + sink
                + "' ;;\n"
                  "get-sink-mute) echo 'Mute: no' ;;\n"
                  "get-sink-volume) echo 'Volume: front-left: 65536 / 100% / 0,00 dB,   front-right: 65536 / 100% / 0,00 dB' ;;\n"
                  "*) exit 1 ;;\nesac\n";
        write_text(dir + "/pactl", script);
        chmod((dir + "/pactl").c_str(), 0755);
        setenv("PATH", (dir + ":" + m_old_path).c_str(), 1);
    }

    struct Page {
        std::vector<FormRow> rows;
        std::vector<std::string> said;
    };
    // The voice page opened, and kept until the sound server's answer has come (the activity log says it).
    static Page open_voice_page(Language language = Language::English, std::string voice_setting = "")
    {
        i18n::set_language(language);
        FakeServices services;
        auto settings = default_settings();
        settings.voice.voice = voice_setting;
        auto draft = draft_from(settings, language);
        auto steps = opening_steps();
        auto flow = std::make_shared<SetupFlow>(services, steps, draft, SetupMode::Chapter, false, [](const SetupDraft&, TaskRunner&, auto) {});
        auto voice = std::find_if(steps.begin(), steps.end(), [](auto& entry) { return entry.id == "setup.voice"; });
        EXPECT_NE(voice, steps.end());
        auto screen = voice->open(services, flow);
        auto* page = dynamic_cast<SetupStep*>(screen.get());
        EXPECT_TRUE(services.run_until([&] {
            for (auto& line : services.activity().recent())
                if (line.find("sound output:") != std::string::npos)
                    return true;
            return false;
        }));
        return { page->rows(), services.said };
    }

    static bool says_no_sound(const Page& page)
    {
        bool shown = std::any_of(page.rows.begin(), page.rows.end(),
            [](auto& row) { return row.kind == FormRowKind::Note && row.text.find("No sound output") != std::string::npos; });
        bool said = std::any_of(page.said.begin(), page.said.end(), [](auto& text) { return text.find("No sound output") != std::string::npos; });
        EXPECT_EQ(shown, said) << "shown and said go together";
        return shown && said;
    }

private:
    std::string m_old_path;
};

}

TEST_F(VoicePage, OnlyPulseAudiosStandInLoudspeakerIsNoSoundOutputShownAndSaid)
{
    use_pactl("auto_null");
    EXPECT_TRUE(says_no_sound(open_voice_page()));
}

TEST_F(VoicePage, NoSoundServerIsNoSoundOutputShownAndSaid)
{
    use_pactl("");
    EXPECT_TRUE(says_no_sound(open_voice_page()));
}

TEST_F(VoicePage, ARealLoudspeakerSaysNothingMore)
{
    use_pactl("alsa_output.pci-0000_00_1f.3.analog-stereo");
    EXPECT_FALSE(says_no_sound(open_voice_page()));
}

namespace {

#define NEED_NATURAL_VOICES()                                                                           \
    if (!PicoEngine::installed(Language::French) || !RHVoiceEngine::installed())                        \
    GTEST_SKIP() << "the natural voices are not installed (libttspico0, libttspico-data, librhvoice5, " \
                    "rhvoice-english: Debian non-free; CI installs them)"

std::vector<std::string> voices_offered(const std::vector<FormRow>& rows)
{
    std::vector<std::string> names;
    for (auto& row : rows)
        if (row.label == "Which voice (press one to hear it)" || row.label == "Quelle voix (appuyez pour l’entendre)")
            for (auto& choice : row.choices)
                names.push_back(choice.label + (choice.selected ? " (chosen)" : ""));
    return names;
}

std::string install_note(const std::vector<FormRow>& rows)
{
    for (auto& row : rows)
        if (row.kind == FormRowKind::Note && row.text.find("apt install") != std::string::npos)
            return row.text;
    return {};
}

}

TEST_F(VoicePage, WithNoNaturalVoiceOnlyTheFallbackIsOfferedAndTheFamilyIsToldHowToInstallOne)
{
    NEED_NATURAL_VOICES();
    use_pactl("alsa_output.pci-0000_00_1f.3.analog-stereo");
    show_voice_libraries({});
    auto french = open_voice_page(Language::French);
    EXPECT_EQ(voices_offered(french.rows), (std::vector<std::string> { "Voix de secours (chosen)", "Sans voix" }));
    EXPECT_NE(install_note(french.rows).find("sudo apt install libttspico0 libttspico-data"), std::string::npos) << install_note(french.rows);
    auto english = open_voice_page(Language::English);
    EXPECT_EQ(voices_offered(english.rows), (std::vector<std::string> { "Fallback voice (chosen)", "No voice" }));
    EXPECT_NE(install_note(english.rows).find("sudo apt install librhvoice5 rhvoice-english"), std::string::npos) << install_note(english.rows);
}

TEST_F(VoicePage, WithOneNaturalVoiceItIsOfferedFirstAndChosen)
{
    NEED_NATURAL_VOICES();
    use_pactl("alsa_output.pci-0000_00_1f.3.analog-stereo");
    show_voice_libraries({ "libttspico.so.0" });
    auto french = open_voice_page(Language::French);
    EXPECT_EQ(voices_offered(french.rows), (std::vector<std::string> { "Voix naturelle (Pico) (chosen)", "Voix de secours", "Sans voix" }));
    EXPECT_EQ(install_note(french.rows), "") << "the French natural voice is there";
}

TEST_F(VoicePage, WithSeveralVoicesTheBestOfTheLanguageIsOfferedTheOneChosenStaysAndPressingOneChoosesIt)
{
    NEED_NATURAL_VOICES();
    use_pactl("alsa_output.pci-0000_00_1f.3.analog-stereo");
    show_voice_libraries({ "libttspico.so.0", "libRHVoice.so.5" });
    // English has two natural voices: the better understood one is offered, not a second to puzzle over.
    auto english = open_voice_page(Language::English);
    EXPECT_EQ(voices_offered(english.rows), (std::vector<std::string> { "Natural voice (RHVoice) (chosen)", "Fallback voice", "No voice" }));
    EXPECT_EQ(install_note(english.rows), "");
    auto french = open_voice_page(Language::French);
    EXPECT_EQ(voices_offered(french.rows), (std::vector<std::string> { "Voix naturelle (Pico) (chosen)", "Voix de secours", "Sans voix" }));
    // A voice the settings name stays on offer, chosen, beside the best one.
    auto named = open_voice_page(Language::English, "pico");
    EXPECT_EQ(voices_offered(named.rows),
        (std::vector<std::string> { "Natural voice (RHVoice)", "Natural voice (Pico) (chosen)", "Fallback voice", "No voice" }));

    // Pressed as the family would: the choice is kept in the draft and the sample is said at once.
    i18n::set_language(Language::English);
    FakeServices services;
    auto steps = opening_steps();
    auto flow = std::make_shared<SetupFlow>(services, steps, draft_from(default_settings(), Language::English), SetupMode::Chapter, false,
        [](const SetupDraft&, TaskRunner&, auto) {});
    auto voice = std::find_if(steps.begin(), steps.end(), [](auto& entry) { return entry.id == "setup.voice"; });
    auto screen = voice->open(services, flow);
    HeadlessScreen page(*screen, 1920, 1080);
    page.draw();
    services.said.clear();
    ASSERT_TRUE(page.click("setup.voice.espeak"));
    page.draw();
    EXPECT_EQ(flow->draft().settings.voice.voice, "espeak");
    ASSERT_FALSE(services.said.empty());
    EXPECT_EQ(services.said.back(), "Hello. This is how Foyer speaks.");
    EXPECT_EQ(voices_offered(dynamic_cast<SetupStep*>(screen.get())->rows())[1], "Fallback voice (chosen)");

    // Silence is the last choice of the same row; choosing a voice again brings the voice back.
    ASSERT_TRUE(page.click("setup.voice.off"));
    page.draw();
    EXPECT_FALSE(flow->draft().settings.voice.enabled);
    EXPECT_EQ(services.said.back(), "The voice is off. Everything Foyer would say is written on the screen.");
    auto offered = voices_offered(dynamic_cast<SetupStep*>(screen.get())->rows());
    EXPECT_EQ(offered.back(), "No voice (chosen)");
    EXPECT_EQ(std::count_if(offered.begin(), offered.end(), [](auto& name) { return name.ends_with("(chosen)"); }), 1);
    ASSERT_TRUE(page.click("setup.voice.rhvoice"));
    page.draw();
    EXPECT_TRUE(flow->draft().settings.voice.enabled);
    EXPECT_EQ(flow->draft().settings.voice.voice, "rhvoice");
}
