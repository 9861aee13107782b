// The setup's checks: the same rules as parse.cpp, said as what to type instead.
#include "setup_draft.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/text/text.hpp"
#include "hours_text.hpp"

#include <algorithm>

namespace Foyer {

namespace {

bool is_local_http(std::string_view url)
{
    for (std::string_view prefix : { "http://127.0.0.1", "http://localhost", "http://[::1]" }) {
        if (url.rfind(prefix, 0) != 0)
            continue;
        if (url.size() == prefix.size() || url[prefix.size()] == ':' || url[prefix.size()] == '/')
            return true;
    }
    return false;
}

}

HelplineSettings national_helpline()
{
    return default_settings().helpline;
}

bool is_national_helpline(const HelplineSettings& helpline)
{
    auto national = national_helpline();
    return helpline.name == national.name && helpline.number == national.number && helpline.helpdesk.empty();
}

SetupDraft draft_from(const Settings& settings, Language hours_language)
{
    SetupDraft draft;
    draft.settings = settings;
    draft.senior_name = settings.senior_name;
    draft.email = email_draft_from(settings.email);
    for (auto& contact : settings.contacts) {
        if (draft.contacts.size() < max_setup_contacts)
            draft.contacts.push_back(contact_draft_from(contact));
        else
            draft.more_contacts.push_back(contact);
    }
    if (is_national_helpline(settings.helpline)) {
        draft.helpline = HelplineChoice::National;
        return draft;
    }
    draft.helpline = HelplineChoice::Other;
    draft.helpline_name = settings.helpline.name;
    draft.helpline_number = settings.helpline.number;
    draft.helpline_hours = hours_text(settings.helpline.hours.weekly, hours_language);
    draft.helpdesk = settings.helpline.helpdesk;
    draft.enrollment_code = settings.helpline.enrollment_code;
    return draft;
}

bool is_telephone_number(std::string_view text)
{
    bool has_digit = text.find_first_of("0123456789") != std::string_view::npos;
    return has_digit && text.find_first_not_of("0123456789 +.-()") == std::string_view::npos;
}

std::optional<std::string> helpdesk_address(std::string_view text)
{
    auto address = trimmed(text);
    while (!address.empty() && address.back() == '/')
        address.pop_back();
    if (address.find_first_of(" \t\"\\") != std::string::npos)
        return std::nullopt;
    // "aide.example.org", as a flyer prints it: the secure address is meant. (An address naming another
    // scheme, http:// included, is left as written, and refused below unless it is this computer's.)
    if (address.find("://") == std::string::npos && !address.empty())
        address = "https://" + address;
    if ((address.rfind("https://", 0) == 0 && address.size() > 8) || is_local_http(address))
        return address;
    return std::nullopt;
}

std::optional<DraftProblem> check_senior(SetupDraft& draft)
{
    auto name = trimmed(draft.senior_name);
    if (name.empty())
        return DraftProblem { "setup.name", Error::plain(N_("Write the first name Foyer should greet, such as Marie-Martine.")) };
    if (utf8_length(name) > max_name_length || has_control_character(name))
        return DraftProblem { "setup.name",
            Error::plain(N_("This name is too long for the screen: {count} letters at most."), { { "count", std::to_string(max_name_length) } }) };
    draft.senior_name = name;
    draft.settings.senior_name = name;
    return std::nullopt;
}

std::optional<DraftProblem> check_helpline_details(SetupDraft& draft)
{
    auto name = trimmed(draft.helpline_name);
    if (name.empty())
        return DraftProblem { "setup.helpline_name",
            Error::plain(N_("Write the name of the association, as the senior knows it, such as “France Services Montreuil”.")) };
    if (utf8_length(name) > 60 || has_control_character(name))
        return DraftProblem { "setup.helpline_name", Error::plain(N_("This name is too long for the screen: {count} letters at most."), { { "count", "60" } }) };
    auto number = trimmed(draft.helpline_number);
    if (number.empty())
        return DraftProblem { "setup.helpline_number", Error::plain(N_("Write the association’s telephone number, such as 01 23 45 67 89.")) };
    if (!is_telephone_number(number) || number.size() > 30)
        return DraftProblem { "setup.helpline_number",
            Error::plain(N_("“{value}” is not a telephone number. Write it with digits, as on a telephone, such as 01 23 45 67 89."),
                { { "value", number } }) };
    draft.helpline_name = name;
    draft.helpline_number = number;
    draft.settings.helpline.name = name;
    draft.settings.helpline.number = number;
    return std::nullopt;
}

std::optional<DraftProblem> check_helpline_hours(SetupDraft& draft)
{
    auto hours = parse_hours_text(draft.helpline_hours);
    if (hours.is_error())
        return DraftProblem { "setup.helpline_hours", hours.error() };
    draft.settings.helpline.hours.weekly = hours.release_value();
    return std::nullopt;
}

std::optional<DraftProblem> check_helpdesk(SetupDraft& draft)
{
    auto address = trimmed(draft.helpdesk);
    auto code = trimmed(draft.enrollment_code);
    if (address.empty()) {
        if (!code.empty())
            return DraftProblem { "setup.helpdesk",
                Error::plain(N_("An enrollment code goes with a helpdesk address: write the address too, or leave both empty.")) };
        draft.helpdesk.clear();
        draft.enrollment_code.clear();
        draft.settings.helpline.helpdesk.clear();
        draft.settings.helpline.enrollment_code.clear();
        return std::nullopt;
    }
    auto checked = helpdesk_address(address);
    if (!checked)
        return DraftProblem { "setup.helpdesk",
            Error::plain(N_("“{value}” is not a secure web address: it must start with https://. Copy it exactly as the association gave it."),
                { { "value", address } }) };
    if (utf8_length(code) > 100 || has_control_character(code))
        return DraftProblem { "setup.enrollment_code", Error::plain(N_("This code is too long: copy it exactly as the association gave it.")) };
    draft.helpdesk = *checked;
    draft.enrollment_code = code;
    draft.settings.helpline.helpdesk = *checked;
    draft.settings.helpline.enrollment_code = code;
    return std::nullopt;
}

std::optional<DraftProblem> apply_helpline_choice(SetupDraft& draft)
{
    if (draft.helpline == HelplineChoice::National) {
        draft.settings.helpline = national_helpline();
        return std::nullopt;
    }
    if (auto problem = check_helpline_details(draft))
        return problem;
    if (auto problem = check_helpline_hours(draft))
        return problem;
    return check_helpdesk(draft);
}

std::optional<DraftProblem> check_family_code(const SetupDraft& draft, bool required)
{
    auto& code = draft.family_code;
    if (code.empty() && draft.family_code_again.empty() && !required)
        return std::nullopt;
    bool digits = !code.empty() && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || code.size() < 4 || code.size() > 8)
        return DraftProblem { "setup.code", Error::plain(N_("The family code is 4 to 8 digits. Type it with the number keys.")) };
    bool all_same = std::all_of(code.begin(), code.end(), [&](char c) { return c == code[0]; });
    bool ascending = true, descending = true;
    for (size_t i = 1; i < code.size(); ++i) {
        ascending = ascending && code[i] == code[i - 1] + 1;
        descending = descending && code[i] == code[i - 1] - 1;
    }
    if (all_same || ascending || descending)
        return DraftProblem { "setup.code",
            Error::plain(N_("This code is too easy to guess. Choose digits that do not follow each other and are not all the same.")) };
    if (draft.family_code_again != code)
        return DraftProblem { "setup.code_again", Error::plain(N_("The two codes are not the same. Type the code again below.")) };
    return std::nullopt;
}

}
