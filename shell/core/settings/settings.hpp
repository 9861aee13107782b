// Everything the family sets once: who the senior is, how Foyer looks and speaks, the tiles, the helpline,
// the e-mail account and the contacts.
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
    // Words per minute, the same with every voice. 160: inside the 150-200 older listeners find comfortable.
    int rate { 160 };
    // 100 is the synthesiser's normal loudness; up to 200.
    int volume { 100 };
    // Which voice: empty for the most natural one installed for the language; "pico" or "rhvoice" for that
    // natural voice; "espeak" for the fallback voice; or an espeak-ng voice such as "fr-be" or "en-us".
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

// How Foyer talks to a mail server: TLS from the first byte (IMAPS 993, SMTPS 465), or STARTTLS on the plain
// port (IMAP 143, submission 587). Certificates are always checked. None is accepted only for a server on
// this computer itself (tests, a local relay).
enum class MailSecurity {
    Tls,
    StartTls,
    None,
};

struct MailServer {
    std::string host;
    int port { 0 };
    MailSecurity security { MailSecurity::Tls };

    bool operator==(const MailServer&) const = default;
};

// The senior's e-mail account, entered once by the family. A provider preset ("orange", "gmail"…) fills
// the servers and the size limit; what the file sets explicitly wins over the preset.
struct EmailSettings {
    // "marie-martine@orange.fr"; empty: e-mail is not set up (the e-mail screen says so, for the family).
    std::string address;
    // The name recipients see; empty: the senior's name.
    std::string display_name;
    // The preset the servers came from ("orange", "free", "sfr", "laposte", "gmail"), or empty.
    std::string provider;
    MailServer imap;
    MailServer smtp;
    // The login; empty: the address.
    std::string user;
    // A file holding the password alone, readable by the senior only (mode 0600); empty: foyer's config
    // folder's email-password. The password is never written in foyer.toml.
    std::string password_file;
    // Look in the desktop's keyring (libsecret, through secret-tool) first when there is one.
    bool keyring { true };
    // The largest e-mail the provider accepts, in megabytes, once encoded (attachments grow by a third).
    int max_message_mb { 20 };
    // A certificate authority of the provider's own (PEM file); empty: the system's.
    std::string ca_file;

    bool configured() const { return !address.empty(); }
    bool operator==(const EmailSettings&) const = default;
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

// Someone the senior writes to or calls: the family, a neighbour, a helper. Apps read only the fields
// they use (e-mail, video call), so the same list serves every app.
struct Contact {
    std::string name;
    // A picture of their face: absolute, "~/…", or relative to the folder of the settings file; empty: their
    // initial is drawn instead.
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
    EmailSettings email;
    // The family and helpers, in the order the family listed them (the first ones are shown first).
    std::vector<Contact> contacts;
    VideoSettings video;

    bool operator==(const Settings&) const = default;
};

// The built-in settings, so a first run needs no file: no name (a neutral "Good morning"), no e-mail, no
// contacts, and the national Solidarité numérique helpline, Monday to Friday 9:00-18:00 except public
// holidays. Nothing in them belongs to someone else: a senior's own computer may show them.
Settings default_settings();
// The demo household ("Marie-Martine", an account, a contact to call): only pictures of Foyer
// (--screenshot, the golden screens, the docs) start from it, never a senior's session.
Settings demo_settings();

constexpr int min_voice_rate = 80;
constexpr int max_voice_rate = 300;
constexpr int max_voice_volume = 200;
constexpr size_t max_tiles = 4;
constexpr int max_message_mb_limit = 100;

}
