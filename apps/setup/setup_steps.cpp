// The opening steps: welcome and language, the senior's name, text size and colours, the voice.
#include "setup_steps.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/system/lifetime.hpp"
#include "../../shell/core/system/task_runner.hpp"
#include "../../voice/voice_choice.hpp"
#include "../helpline/diagnosis/diagnosis.hpp"
#include "setup_step.hpp"

#include <algorithm>

namespace Foyer {

namespace {

class WelcomeStep final : public SetupStep {
public:
    WelcomeStep(Services& services, std::shared_ptr<SetupFlow> flow)
        : SetupStep(services, std::move(flow), "setup.welcome", N_("Setting up Foyer"))
    {
    }

    std::vector<FormRow> rows() override
    {
        auto language = draft().settings.language.value_or(i18n::current_language());
        // Each language is named in itself, so a family finds theirs whatever is shown now.
        return { { .kind = FormRowKind::Choices,
            .label = tr("Language"),
            .choices = { { "setup.lang.fr", "Français", language == Language::French },
                { "setup.lang.en", "English", language == Language::English } } } };
    }

private:
    std::string intro() const override
    {
        return tr("This is for the family. In about ten minutes, set up Foyer for the person who will use this computer. "
                  "Have at hand the helpline’s number if it is not the national one, and switch the printer on.");
    }

    void on_press(const std::string& id) override
    {
        draft().settings.language = id == "setup.lang.en" ? Language::English : Language::French;
        // The shell says this page again in the new language.
        flow().preview();
    }
};

class SeniorStep final : public SetupStep {
public:
    SeniorStep(Services& services, std::shared_ptr<SetupFlow> flow)
        : SetupStep(services, std::move(flow), "setup.senior", N_("The senior"))
    {
    }

    std::vector<FormRow> rows() override
    {
        return { { .kind = FormRowKind::Field, .id = "setup.name", .label = tr("First name"), .value = &draft().senior_name } };
    }

private:
    std::string intro() const override
    {
        return tr("What is the first name of the person who will use this computer? Foyer greets them with it: “Good morning Marie-Martine”.");
    }
    std::string first_field() const override { return "setup.name"; }
    std::optional<DraftProblem> check() override { return check_senior(draft()); }
};

class DisplayStep final : public SetupStep {
public:
    DisplayStep(Services& services, std::shared_ptr<SetupFlow> flow)
        : SetupStep(services, std::move(flow), "setup.display", N_("Text size and colours"))
    {
    }

    std::vector<FormRow> rows() override
    {
        auto& settings = draft().settings;
        return {
            { .kind = FormRowKind::Choices,
                .label = tr("Size of the text"),
                .choices = { { "setup.size.normal", tr("Normal"), settings.text_size == TextSize::Normal },
                    { "setup.size.large", tr("Large"), settings.text_size == TextSize::Large },
                    { "setup.size.largest", tr("Largest"), settings.text_size == TextSize::Largest } } },
            { .kind = FormRowKind::Choices,
                .label = tr("Colours"),
                .choices = { { "setup.theme.light", tr("Dark on light"), settings.theme == ThemeName::Light },
                    { "setup.theme.dark", tr("Light on black"), settings.theme == ThemeName::Dark } } },
        };
    }

private:
    std::string intro() const override
    {
        return format(tr("Choose what {name} reads best. Each choice shows at once."), { { "name", senior_or_default(draft()) } });
    }

    void on_press(const std::string& id) override
    {
        auto& settings = draft().settings;
        if (id == "setup.size.normal")
            settings.text_size = TextSize::Normal;
        else if (id == "setup.size.large")
            settings.text_size = TextSize::Large;
        else if (id == "setup.size.largest")
            settings.text_size = TextSize::Largest;
        else if (id == "setup.theme.light")
            settings.theme = ThemeName::Light;
        else if (id == "setup.theme.dark")
            settings.theme = ThemeName::Dark;
        flow().preview();
        for (auto& row : rows())
            for (auto& choice : row.choices)
                if (choice.id == id)
                    m_services.say(choice.label);
    }
};

class VoiceStep final : public SetupStep {
public:
    VoiceStep(Services& services, std::shared_ptr<SetupFlow> flow)
        : SetupStep(services, std::move(flow), "setup.voice", N_("The voice"))
        , m_language(i18n::current_language())
        // Files and libraries looked at, no program run: a few milliseconds.
        , m_voices(installed_voices(m_language))
        , m_install(natural_voice_install_command(m_language))
    {
        look_for_loudspeakers();
    }

    std::vector<FormRow> rows() override
    {
        auto& voice = draft().settings.voice;
        std::vector<FormRow> rows {
            voices_row(),
            // Speed and loudness in one row: with the voices and a note about the loudspeakers, the page still
            // fits a 1280x1024 screen in the largest text.
            { .kind = FormRowKind::Actions,
                .label = format(tr("Speed: {rate} words a minute. Loudness: {volume} %."),
                    { { "rate", std::to_string(voice.rate) }, { "volume", std::to_string(voice.volume) } }),
                .choices = { { "setup.voice.slower", tr("Slower"), false, Icon::Remove }, { "setup.voice.faster", tr("Faster"), false, Icon::Add },
                    { "setup.voice.quieter", tr("Quieter"), false, Icon::Remove }, { "setup.voice.louder", tr("Louder"), false, Icon::Add } } },
        };
        if (m_install)
            rows.push_back({ .kind = FormRowKind::Note,
                .text = format(tr("A more natural voice can be installed: whoever looks after this computer types “{command}” (from Debian’s non-free section)."),
                    { { "command", *m_install } }) });
        // Last, so that it appearing moves no button.
        if (m_no_sound_output)
            rows.push_back({ .kind = FormRowKind::Note, .text = no_sound_output_text(), .swatch = SwatchRole::StatusBad });
        return rows;
    }

private:
    std::string intro() const override
    {
        // Without a loudspeaker "you hear each change" is not true: the page says why below instead.
        if (m_no_sound_output)
            return tr("Foyer reads every screen aloud, and writes everything it says.");
        return tr("Foyer reads every screen aloud, and writes everything it says. Choose the speed and the loudness: you hear each change.");
    }

    void on_press(const std::string& id) override
    {
        auto& voice = draft().settings.voice;
        // Steps a person hears as different; the bounds are the settings' own.
        if (id == "setup.voice.off")
            voice.enabled = false;
        else if (id == "setup.voice.slower")
            voice.rate = std::max(min_voice_rate, voice.rate - 20);
        else if (id == "setup.voice.faster")
            voice.rate = std::min(max_voice_rate, voice.rate + 20);
        else if (id == "setup.voice.quieter")
            voice.volume = std::max(20, voice.volume - 20);
        else if (id == "setup.voice.louder")
            voice.volume = std::min(max_voice_volume, voice.volume + 20);
        for (auto kind : m_voices) {
            if (id == "setup.voice." + std::string(voice_setting(kind))) {
                voice.voice = voice_setting(kind);
                voice.enabled = true;
            }
        }
        flow().preview();
        if (voice.enabled)
            m_services.say(voice_sample(draft()));
        else
            m_services.say(tr("The voice is off. Everything Foyer would say is written on the screen."));
    }

    // The voices installed for the page's language, by plain names, and silence last; the one speaking now
    // is chosen. One row for both, so that the page fits in the largest text; pressing a voice, the chosen
    // one too, says the sample in it (there is no separate Listen button to find).
    FormRow voices_row() const
    {
        auto& voice = draft().settings.voice;
        auto kind = voice_kind_of_setting(voice.voice);
        if (kind == VoiceKind::Best || std::find(m_voices.begin(), m_voices.end(), kind) == m_voices.end())
            kind = m_voices.front();
        FormRow row { .kind = FormRowKind::Choices, .label = tr("Which voice (press one to hear it)") };
        for (auto offered : offered_voices(m_voices, voice_kind_of_setting(voice.voice)))
            row.choices.push_back({ "setup.voice." + std::string(voice_setting(offered)), tr(voice_name(offered)), voice.enabled && offered == kind });
        row.choices.push_back({ "setup.voice.off", tr("No voice"), !voice.enabled });
        return row;
    }

    static std::string no_sound_output_text()
    {
        return tr("No sound output on this computer: Foyer cannot be heard. Plug in or switch on loudspeakers or headphones.");
    }

    // The sound server asked as the video call's check asks it (pactl, on a worker: it may take a second). No
    // loudspeaker (PulseAudio's stand-in "auto_null", or no sound server at all) is shown and said: a family
    // choosing the voice's speed would otherwise hear nothing and not know why.
    void look_for_loudspeakers()
    {
        m_worker = std::make_unique<TaskRunner>(1);
        auto& queue = m_services.run_queue();
        auto done = m_lifetime.guard([this](SoundDeviceState output) {
            m_services.activity().record("setup", "sound output: " + (output.available ? "\"" + output.default_name + "\"" : "no sound server"));
            if (output.present(SoundSide::Output))
                return;
            m_no_sound_output = true;
            m_services.say_next(no_sound_output_text());
        });
        m_worker->post([&queue, done](std::stop_token stop) {
            auto output = read_sound_device(SoundSide::Output, real_program_runner(), stop);
            queue.post([done, output = std::move(output)]() mutable { done(std::move(output)); });
        });
    }

    Language m_language;
    std::vector<VoiceKind> m_voices;
    std::optional<std::string> m_install;
    bool m_no_sound_output { false };
    Lifetime m_lifetime;
    // Last: joined first (the question gives up at once when the page goes).
    std::unique_ptr<TaskRunner> m_worker;
};

template<typename Step>
SetupStepEntry step(std::string id, std::string chapter)
{
    return { std::move(id), std::move(chapter), {},
        [](Services& services, std::shared_ptr<SetupFlow> flow) -> std::unique_ptr<Screen> { return std::make_unique<Step>(services, std::move(flow)); } };
}

const char* text_size_words(TextSize size)
{
    switch (size) {
    case TextSize::Normal:
        return N_("normal");
    case TextSize::Large:
        return N_("large");
    case TextSize::Largest:
        return N_("largest");
    }
    return N_("normal");
}

}

std::string voice_sample(const SetupDraft& draft)
{
    if (draft.senior_name.empty())
        return tr("Hello. This is how Foyer speaks.");
    return format(tr("Hello {name}. This is how Foyer speaks."), { { "name", draft.senior_name } });
}

SetupChapter senior_chapter()
{
    return { "senior", N_("The senior’s name"), Icon::Family };
}

SetupChapter display_chapter()
{
    return { "display", N_("Text size and colours"), Icon::Document };
}

SetupChapter voice_chapter()
{
    return { "voice", N_("The voice"), Icon::Speak };
}

std::vector<SetupStepEntry> opening_steps()
{
    auto welcome = step<WelcomeStep>("setup.welcome", "");
    auto senior = step<SeniorStep>("setup.senior", "senior");
    senior.summary = [](const SetupDraft& draft) { return format(tr("Name: {name}"), { { "name", draft.senior_name } }); };
    auto display = step<DisplayStep>("setup.display", "display");
    display.summary = [](const SetupDraft& draft) {
        return format(tr("Text: {size}, {colours}"),
            { { "size", tr(text_size_words(draft.settings.text_size)) },
                { "colours", draft.settings.theme == ThemeName::Dark ? tr("light on black") : tr("dark on light") } });
    };
    auto voice = step<VoiceStep>("setup.voice", "voice");
    voice.summary = [](const SetupDraft& draft) {
        if (!draft.settings.voice.enabled)
            return tr("Voice: off");
        return format(tr("Voice: {rate} words a minute, loudness {volume} %"),
            { { "rate", std::to_string(draft.settings.voice.rate) }, { "volume", std::to_string(draft.settings.voice.volume) } });
    };
    return { welcome, senior, display, voice };
}

}
