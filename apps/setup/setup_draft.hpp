// What the family enters during the setup, kept as typed, and the checks that turn it into Settings with a
// plain sentence for each mistake.
#pragma once

#include "../../shell/core/error.hpp"
#include "../../shell/core/settings/settings.hpp"
#include "people_draft.hpp"

#include <map>
#include <optional>
#include <string>

namespace Foyer {

enum class HelplineChoice {
    // Solidarité numérique, the free national helpline (the built-in one).
    National,
    // Another association: its name, number, hours, and maybe a helpdesk.
    Other,
};

struct SetupDraft {
    // Everything that needs no typing is edited here directly (language, text size, voice).
    Settings settings;
    std::string senior_name;
    HelplineChoice helpline { HelplineChoice::National };
    std::string helpline_name;
    std::string helpline_number;
    std::string helpline_hours;
    std::string helpdesk;
    std::string enrollment_code;
    EmailDraft email;
    // The contacts the setup shows (at most max_setup_contacts), and those beyond, kept as they are.
    std::vector<ContactDraft> contacts;
    std::vector<Contact> more_contacts;
    std::string family_code;
    std::string family_code_again;
    // Secrets a step asked for (a password), written with the settings into the SecretStore, never into
    // foyer.toml: name -> value.
    std::map<std::string, std::string> secrets;
};

// The draft for settings as they are now: the national helpline when they name it, else its fields filled
// in for editing. `hours_language` is the language the hours field is written in.
SetupDraft draft_from(const Settings&, Language hours_language);
bool is_national_helpline(const HelplineSettings&);
HelplineSettings national_helpline();

// A mistake, with the field to go back to.
struct DraftProblem {
    std::string field;
    Error error;
};

// Each check reads the fields of one step and, when they are right, puts them into draft.settings.
std::optional<DraftProblem> check_senior(SetupDraft&);
std::optional<DraftProblem> check_helpline_details(SetupDraft&);
std::optional<DraftProblem> check_helpline_hours(SetupDraft&);
std::optional<DraftProblem> check_helpdesk(SetupDraft&);
// `required`: the first setup must choose a code; afterwards, empty fields keep the current one.
std::optional<DraftProblem> check_family_code(const SetupDraft&, bool required);
// The national helpline replaces whatever was there; the other association's fields are checked again.
std::optional<DraftProblem> apply_helpline_choice(SetupDraft&);

// "01 70 77 23 72", "+33 1 70 77 23 72", "3939": what the settings accept as a number.
bool is_telephone_number(std::string_view);
// "https://…", or "http://" on this computer itself (a local helpdesk). Trailing slashes are dropped.
std::optional<std::string> helpdesk_address(std::string_view);

constexpr size_t max_name_length = 40;

}
