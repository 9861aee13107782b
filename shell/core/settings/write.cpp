// Settings -> foyer.toml, section by section, with the explanations a family needs to edit it by hand.
#include "write.hpp"

#include "../system/files.hpp"
#include "../system/log.hpp"
#include "mail_providers.hpp"
#include "parse.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>

namespace Foyer {

namespace {

// The top-level sections settings_text() writes itself. A section an app adds to Settings must be
// written here too (and read in parse.cpp); until then it is carried over from the previous file.
constexpr std::array<std::string_view, 9> written_sections { "senior", "display", "voice", "home", "helpline", "diagnosis", "email",
    "video", "contacts" };

constexpr std::array<std::string_view, 7> weekday_names { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday" };

std::string quoted_list(const std::vector<std::string>& items)
{
    std::string out = "[";
    for (size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + toml_quoted(items[i]);
    return out + "]";
}

std::string date_text(Date date)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

const char* language_value(const std::optional<Language>& language)
{
    if (!language)
        return "auto";
    return *language == Language::English ? "en" : "fr";
}

const char* theme_value(ThemeName theme)
{
    return theme == ThemeName::Dark ? "dark" : "light";
}

const char* text_size_value(TextSize size)
{
    switch (size) {
    case TextSize::Normal:
        return "normal";
    case TextSize::Large:
        return "large";
    case TextSize::Largest:
        return "largest";
    }
    return "normal";
}

const char* holidays_value(HolidayCalendar calendar)
{
    switch (calendar) {
    case HolidayCalendar::France:
        return "france";
    case HolidayCalendar::FranceAlsaceMoselle:
        return "france-alsace-moselle";
    case HolidayCalendar::None:
        return "none";
    }
    return "france";
}

const char* security_value(MailSecurity security)
{
    switch (security) {
    case MailSecurity::Tls:
        return "tls";
    case MailSecurity::StartTls:
        return "starttls";
    case MailSecurity::None:
        return "none";
    }
    return "tls";
}

void write_email(std::ostringstream& out, const EmailSettings& email)
{
    out << "[email]\n"
           "# The senior's e-mail address. Empty: e-mail is not set up, and the e-mail screen says so.\n"
        << "address = " << toml_quoted(email.address) << "\n"
        << "# The name the family sees as the sender. Empty: the senior's name above.\n"
        << "name = " << toml_quoted(email.display_name) << "\n"
        << "# The e-mail provider: \"orange\", \"free\", \"sfr\", \"laposte\" or \"gmail\" fills in the servers below and the\n"
           "# size limit. For Gmail, make an \"app password\" (Google account, Security, 2-step verification on, then\n"
           "# App passwords) and use it as the password. Another provider: leave this empty and write the servers.\n"
        << "provider = " << toml_quoted(email.provider) << "\n"
        << "# The servers, when the provider is not in the list (or to change its preset). security is \"tls\" (secure\n"
           "# from the start: IMAP 993, SMTP 465) or \"starttls\" (IMAP 143, SMTP 587). Certificates are always checked.\n";
    // The preset's servers (or none) need no lines of their own: the example lines stay commented out.
    auto* preset = mail_provider(email.provider);
    MailServer imap_base = preset ? preset->imap : MailServer {};
    MailServer smtp_base = preset ? preset->smtp : MailServer {};
    if (email.imap == imap_base && email.smtp == smtp_base) {
        out << "# imap_server = \"mail.example.fr\"\n"
               "# imap_port = 993\n"
               "# imap_security = \"tls\"\n"
               "# smtp_server = \"mail.example.fr\"\n"
               "# smtp_port = 465\n"
               "# smtp_security = \"tls\"\n";
    } else {
        for (auto [prefix, server] : { std::pair { "imap", &email.imap }, std::pair { "smtp", &email.smtp } }) {
            out << prefix << "_server = " << toml_quoted(server->host) << "\n";
            if (server->port != 0)
                out << prefix << "_port = " << server->port << "\n";
            out << prefix << "_security = \"" << security_value(server->security) << "\"\n";
        }
    }
    out << "# The login, when it is not the address itself.\n"
        << "user = " << toml_quoted(email.user) << "\n"
        << "# The password is never written here. Put it alone in a file that only the senior can read:\n"
           "#   printf '%s' 'the-password' > ~/.config/foyer/email-password && chmod 600 ~/.config/foyer/email-password\n"
           "# Empty: that file (~/.config/foyer/email-password). Foyer refuses a password file others can read.\n"
        << "password_file = " << toml_quoted(email.password_file) << "\n"
        << "# On a desktop with a keyring, the password may be kept there instead:\n"
           "#   secret-tool store --label \"Foyer e-mail\" service foyer-email user marie-martine@orange.fr\n"
        << "keyring = " << (email.keyring ? "true" : "false") << "\n"
        << "# The largest e-mail the provider accepts, in megabytes once encoded (a photo grows by a third when sent).\n"
           "# The provider preset sets it; Foyer shrinks photos and explains when attachments are too big together.\n"
        << "max_message_mb = " << email.max_message_mb << "\n"
        << "# A certificate authority of the provider's own (PEM file); empty: the system's usual ones.\n"
        << "ca_file = " << toml_quoted(email.ca_file) << "\n\n";
}

void write_contacts(std::ostringstream& out, const std::vector<Contact>& contacts)
{
    out << "# The family and helpers: one [[contacts]] section per person, in the order their photos appear (six per\n"
           "# screen for video calls). Their photo is shown beside their e-mails and on \"Write to…\"; e-mails from other\n"
           "# addresses are set apart.\n";
    if (contacts.empty())
        out << "# Remove the # at the start of the lines to use them.\n";
    out << "#\n"
           "# name:  the name written under the photo and said aloud.\n"
           "# photo: a picture file (JPEG or PNG), as a full path, \"~/Images/sophie.jpg\", or relative to this folder.\n"
           "# email: an e-mail address (optional).\n"
           "# video: the video room the family opens on their own phone or computer. By default a Jitsi Meet room\n"
           "#        (https://meet.jit.si/… or your own Jitsi server): Foyer skips its waiting page and gives the senior's\n"
           "#        name. Choose a long room name nobody could guess. On meet.jit.si the first person in a room must sign\n"
           "#        in: open the room yourself first, then the senior joins without signing in.\n"
           "# video_provider: \"jitsi\" (the default) or \"web\" for another video site, opened exactly as written;\n"
           "#        \"{senior}\" in the address is replaced by the senior's name, \"{language}\" by \"fr\" or \"en\".\n"
           "# video_command: instead of \"video\", a program to start, as a list of words (never a shell command), e.g.\n"
           "#        [\"linphone\", \"--call\", \"sip:sophie@sip.example.org\"]. The call ends when the program closes.\n";
    if (contacts.empty()) {
        out << "#\n"
               "# [[contacts]]\n"
               "# name = \"Sophie\"\n"
               "# photo = \"~/Images/famille/sophie.jpg\"\n"
               "# email = \"sophie@example.org\"\n"
               "# video = \"https://meet.jit.si/FamilleMartin-Sophie-7Qx2\"\n"
               "#\n"
               "# [[contacts]]\n"
               "# name = \"Lucas\"\n"
               "# photo = \"~/Images/famille/lucas.jpg\"\n"
               "# video_command = [\"linphone\", \"--call\", \"sip:lucas@sip.example.org\"]\n";
        return;
    }
    for (auto& contact : contacts) {
        out << "\n[[contacts]]\n"
            << "name = " << toml_quoted(contact.name) << "\n";
        if (!contact.photo.empty())
            out << "photo = " << toml_quoted(contact.photo) << "\n";
        if (!contact.email.empty())
            out << "email = " << toml_quoted(contact.email) << "\n";
        switch (contact.video.kind) {
        case VideoKind::None:
            break;
        case VideoKind::Jitsi:
            out << "video = " << toml_quoted(contact.video.url) << "\n";
            break;
        case VideoKind::WebPage:
            out << "video = " << toml_quoted(contact.video.url) << "\n"
                << "video_provider = \"web\"\n";
            break;
        case VideoKind::Command:
            out << "video_command = " << quoted_list(contact.video.command) << "\n";
            break;
        }
    }
}

// Days that share exactly the same hours become one group, written once per opening of the day.
void write_hours(std::ostringstream& out, const OpeningHours& hours)
{
    out << "# Opening hours: one [[helpline.hours]] section per group of days. Days are written in English or French,\n"
           "# alone or as ranges: \"monday-friday\", \"saturday\", \"lundi, mercredi-vendredi\". Times as \"09:00\" or \"9h30\".\n"
           "# For a lunch break, write two sections for the same days (\"09:00\"-\"12:00\" and \"14:00\"-\"18:00\").\n";
    std::vector<std::pair<std::vector<TimeRange>, std::array<bool, 7>>> groups;
    for (size_t day = 0; day < 7; ++day) {
        auto& ranges = hours.weekly[day];
        if (ranges.empty())
            continue;
        auto group = std::find_if(groups.begin(), groups.end(), [&](auto& g) { return g.first == ranges; });
        if (group == groups.end()) {
            groups.push_back({ ranges, {} });
            group = groups.end() - 1;
        }
        group->second[day] = true;
    }
    for (auto& [ranges, days] : groups) {
        for (auto& range : ranges) {
            out << "[[helpline.hours]]\n";
            out << "days = " << toml_quoted(weekdays_text(days)) << "\n";
            out << "open = " << toml_quoted(time_of_day_text(range.open)) << "\n";
            out << "close = " << toml_quoted(time_of_day_text(range.close)) << "\n";
            if (&range != &ranges.back() || &days != &groups.back().second)
                out << "\n";
        }
    }
}

// Top-level tables of `previous` that this version does not write, formatted by toml++ (their comments are
// lost, their values are not).
std::string carried_over(std::string_view previous)
{
    if (previous.empty())
        return {};
    toml::table kept;
    try {
        auto root = toml::parse(previous);
        for (auto&& [key, node] : root) {
            if (std::find(written_sections.begin(), written_sections.end(), key.str()) == written_sections.end())
                kept.insert(key, node);
        }
    } catch (const toml::parse_error& error) {
        log_warning(std::string("settings: the previous file does not parse, nothing carried over: ") + std::string(error.description()));
        return {};
    }
    if (kept.empty())
        return {};
    std::ostringstream out;
    out << "\n# Kept as they were in the previous file: settings this version of Foyer does not change itself.\n";
    out << toml::toml_formatter(kept, toml::toml_formatter::default_flags & ~toml::format_flags::allow_literal_strings);
    out << "\n";
    return out.str();
}

}

std::string toml_quoted(std::string_view text)
{
    std::string out = "\"";
    for (unsigned char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20 || c == 0x7F) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04X", unsigned(c));
                out += buffer;
            } else {
                out += char(c);
            }
        }
    }
    return out + "\"";
}

std::string weekdays_text(const std::array<bool, 7>& days)
{
    std::string out;
    for (size_t day = 0; day < 7;) {
        if (!days[day]) {
            ++day;
            continue;
        }
        size_t last = day;
        while (last + 1 < 7 && days[last + 1])
            ++last;
        if (!out.empty())
            out += ", ";
        out += weekday_names[day];
        if (last > day)
            out += std::string("-") + std::string(weekday_names[last]);
        day = last + 1;
    }
    return out;
}

std::string time_of_day_text(TimeOfDay time)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", time.hour(), time.minute());
    return buffer;
}

std::string settings_text(const Settings& settings, std::string_view previous)
{
    std::ostringstream out;
    out << "# Foyer's settings: ~/.config/foyer/foyer.toml (or $XDG_CONFIG_HOME/foyer/foyer.toml).\n"
           "#\n"
           "# Every line is optional: what is not written here keeps the value shown (Foyer's built-in settings,\n"
           "# nobody's in particular). Lines starting with # are comments. Texts go between straight quotes \"like this\".\n"
           "# Foyer notices when this file is saved and applies it at once, without restarting.\n"
           "# If the file has a mistake, Foyer keeps the last settings that worked and shows, once, which line is\n"
           "# wrong and why.\n"
           "\n";

    out << "[senior]\n"
           "# The name Foyer greets: \"Bonjour Marie-Martine\". Empty: a plain \"Bonjour\".\n"
        << "name = " << toml_quoted(settings.senior_name) << "\n\n";

    out << "[display]\n"
           "# \"fr\" (French), \"en\" (English), or \"auto\" to follow the computer's language.\n"
        << "language = \"" << language_value(settings.language) << "\"\n"
        << "# \"light\" (dark text on a light background) or \"dark\" (light text on black).\n"
        << "theme = \"" << theme_value(settings.theme) << "\"\n"
        << "# \"normal\", \"large\" or \"largest\".\n"
        << "text_size = \"" << text_size_value(settings.text_size) << "\"\n\n";

    out << "[voice]\n"
           "# Foyer reads every screen aloud. false to keep it silent.\n"
        << "enabled = " << (settings.voice.enabled ? "true" : "false") << "\n"
        << "# Speed in words per minute, from 80 (slow) to 300 (fast).\n"
        << "rate = " << settings.voice.rate << "\n"
        << "# Loudness: 100 is normal, up to 200.\n"
        << "volume = " << settings.voice.volume << "\n"
        << "# Empty: the most natural voice installed. \"pico\" or \"rhvoice\": that natural voice, when installed.\n"
           "# \"espeak\": the fallback voice; or an espeak-ng voice such as \"fr-be\", \"fr-ch\" or \"en-us\".\n"
        << "voice = " << toml_quoted(settings.voice.voice) << "\n\n";

    out << "[home]\n"
           "# The tiles of the home screen, in order (at most 4): \"videocall\" (call the family), \"email\" (my e-mails),\n"
           "# \"print\", \"help\" (call for help). Apps that this version of Foyer does not have yet are not shown,\n"
           "# and \"help\" is always there.\n"
        << "tiles = " << quoted_list(settings.tiles) << "\n\n";

    auto& helpline = settings.helpline;
    std::vector<std::string> closed;
    for (auto& date : helpline.hours.closed_dates)
        closed.push_back(date_text(date));
    out << "[helpline]\n"
           "# Who the senior calls for help. The default is the free national helpline Solidarité numérique.\n"
        << "name = " << toml_quoted(helpline.name) << "\n"
        << "number = " << toml_quoted(helpline.number) << "\n"
        << "# Closed on the public holidays of: \"france\", \"france-alsace-moselle\" (adds Good Friday and 26 December),\n"
           "# or \"none\".\n"
        << "holidays = \"" << holidays_value(helpline.hours.holidays) << "\"\n"
        << "# Other days the helpline is closed, as \"YYYY-MM-DD\".\n"
        << "closed_dates = " << quoted_list(closed) << "\n\n"
        << "# The helpline's helpdesk, where \"Show my screen to the helper\" sends a report (given by the association).\n"
           "# Empty: the helpline takes phone calls only, and Foyer does not offer to send anything.\n"
        << "helpdesk = " << toml_quoted(helpline.helpdesk) << "\n"
        << "# Some associations hand out a code so that only their families' computers can send reports.\n"
        << "enrollment_code = " << toml_quoted(helpline.enrollment_code) << "\n"
        << "# A certificate authority of the helpline's own (PEM file); empty: the system's usual ones.\n"
        << "ca_file = " << toml_quoted(helpline.ca_file) << "\n";
    if (helpline.hours.always_closed()) {
        out << "# No opening hours are known: Foyer shows the number without saying whether the line is open.\n"
               "hours = []\n";
    }
    out << "\n";
    if (!helpline.hours.always_closed()) {
        write_hours(out, helpline.hours);
        out << "\n";
    }

    out << "[diagnosis]\n"
           "# Websites the help report checks, among those the senior uses.\n"
        << "sites = " << quoted_list(settings.diagnosis.sites) << "\n\n";

    write_email(out, settings.email);

    out << "[video]\n"
           "# The browser video calls open in: Debian's Chromium (\"apt install chromium\"). A program name or a full path.\n"
        << "browser = " << toml_quoted(settings.video.browser) << "\n\n";

    write_contacts(out, settings.contacts);

    out << carried_over(previous);
    return out.str();
}

ErrorOr<void> save_settings_file(const std::string& path, const Settings& settings)
{
    auto previous = read_file(path);
    auto text = settings_text(settings, previous ? *previous : std::string_view {});
    // What is written must read back as exactly these settings; anything else is a bug in this file, and
    // the family's settings are left as they were rather than saved wrong.
    auto reread = parse_settings(text);
    if (reread.has_errors() || reread.settings != settings) {
        return Error::plain(N_("Foyer could not save the settings. Nothing was changed."), {},
            "settings: the written file does not read back as the same settings");
    }
    if (previous && *previous != text) {
        auto kept = write_file_atomically(path + ".previous", *previous, 0600);
        if (kept.is_error())
            return kept;
    }
    return write_file_atomically(path, text, 0600);
}

}
