// Everything the family sets once: who the senior is, how Foyer looks and speaks, the tiles, the helpline.
#pragma once

#include "../i18n/language.hpp"
#include "../time/opening_hours.hpp"

#include <optional>
#include <string>
#include <vector>

namespace Foyer {

enum class ThemeName {
    Light,
    Dark,
};

enum class TextSize {
    Normal,
    Large,
    Largest,
};

struct VoiceSettings {
    bool enabled { true };
    // Words per minute.
    int rate { 150 };
    // 100 is the synthesiser's normal loudness; up to 200.
    int volume { 100 };
    // An espeak-ng voice such as "fr", "fr-be" or "en-gb"; empty: the one of the language.
    std::string voice;

    bool operator==(const VoiceSettings&) const = default;
};

struct HelplineSettings {
    std::string name;
    std::string number;
    OpeningHours hours;
    // The helpline's helpdesk, where "Show my screen to the helper" sends the report ("https://…"). Empty:
    // the helpline takes calls only, and that button is not shown.
    std::string helpdesk;
    // Given by the association when its helpdesk does not accept every device.
    std::string enrollment_code;
    // A certificate authority of the helpline's own (a file of PEM certificates); empty: the system's.
    std::string ca_file;

    bool operator==(const HelplineSettings&) const = default;
};

struct DiagnosisSettings {
    // Websites the help report checks (those the senior uses: taxes, health insurance, family benefits).
    std::vector<std::string> sites { "https://www.impots.gouv.fr/", "https://www.ameli.fr/", "https://www.caf.fr/" };

    bool operator==(const DiagnosisSettings&) const = default;
};

struct Settings {
    std::string senior_name;
    // Nothing: from the environment's locale.
    std::optional<Language> language;
    ThemeName theme { ThemeName::Light };
    TextSize text_size { TextSize::Normal };
    VoiceSettings voice;
    // App identifiers in the order the tiles appear ("videocall", "email", "print", "help").
    std::vector<std::string> tiles;
    HelplineSettings helpline;
    DiagnosisSettings diagnosis;

    bool operator==(const Settings&) const = default;
};

// The demo household built into the binary, so a first run needs no file: the national Solidarité
// numérique helpline, Monday to Friday 9:00-18:00 except public holidays.
Settings default_settings();

constexpr int min_voice_rate = 80;
constexpr int max_voice_rate = 300;
constexpr int max_voice_volume = 200;
constexpr size_t max_tiles = 4;

}
