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

// How a contact is called on video. The family sets one per contact; nothing is tied to one vendor.
enum class VideoKind {
    // No video call set up for this contact.
    None,
    // A Jitsi Meet room (meet.jit.si or any Jitsi server): opened with its waiting page skipped and the
    // senior's name given.
    Jitsi,
    // Any other video site: the address is opened as written (placeholders filled in).
    WebPage,
    // Another program (Linphone, …): started with these arguments, never through a shell.
    Command,
};

struct VideoLink {
    VideoKind kind { VideoKind::None };
    // Jitsi and WebPage: the room's address; "{senior}" and "{language}" in it are filled in.
    std::string url;
    // Command: the program, then its arguments (the same placeholders are filled in).
    std::vector<std::string> command;

    bool operator==(const VideoLink&) const = default;
};

// Someone of the family (or a friend): a name and a photo, and what each app needs to reach them. Apps
// read only the fields they use, so the same list serves video calls and e-mail.
struct Contact {
    std::string name;
    // A picture file: absolute, "~/…", or relative to the folder of the settings file.
    std::string photo;
    // A plain e-mail address; empty: none.
    std::string email;
    VideoLink video;

    bool operator==(const Contact&) const = default;
};

struct VideoSettings {
    // The browser video rooms open in: Debian's Chromium (a name searched in PATH, or a full path).
    std::string browser { "chromium" };

    bool operator==(const VideoSettings&) const = default;
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
    // In the order the family wrote them.
    std::vector<Contact> contacts;
    VideoSettings video;

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
