// The voice page says when the computer has no sound output. The sound server is asked through the real
// pactl program's place on PATH: a stand-in pactl (the process boundary) answers as PulseAudio does with a
// loudspeaker, with only its "auto_null" stand-in, or with no sound server at all.
#include "apps/setup/setup_step.hpp"
#include "apps/setup/setup_steps.hpp"
#include "shell/core/i18n/translate.hpp"
#include "tests/apps/setup/fake_services.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <sys/stat.h>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

class VoicePage : public ::testing::Test {
protected:
    void SetUp() override
    {
        i18n::set_language(Language::English);
        m_old_path = std::getenv("PATH") ? std::getenv("PATH") : "";
    }
    void TearDown() override { setenv("PATH", m_old_path.c_str(), 1); }

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
    static Page open_voice_page()
    {
        FakeServices services;
        auto draft = draft_from(default_settings(), Language::English);
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
