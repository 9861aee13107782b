// One thing the diagnosis checked: an id, a verdict, one plain sentence (in any language), raw details.
#pragma once

#include "../../../shell/core/i18n/format.hpp"
#include "../../../shell/core/i18n/language.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace Foyer {

enum class Verdict {
    Ok,
    Warn,
    Fail,
    Unknown,
};

std::string_view verdict_name(Verdict);
// Fail, then warn, then unknown, then ok: the order a helper reads findings in.
int verdict_severity(Verdict);

struct Finding {
    // Dotted ids shared with the helpdesk ("printer.ink"): helpdesk/protocol/finding_catalog.hpp.
    std::string id;
    Verdict status { Verdict::Unknown };
    // The plain sentence in both languages: the report carries both, so any mediator can read it.
    std::string text_fr;
    std::string text_en;
    // The measurements behind the verdict. Never a password, address, name, serial number or title.
    nlohmann::json details = nlohmann::json::object();

    // In the current language.
    std::string text() const;
    std::string text_in(Language language) const { return language == Language::French ? text_fr : text_en; }
};

// A finding whose sentence is `msgid` (marked N_()) with language-neutral arguments (numbers, names).
Finding make_finding(std::string_view id, Verdict, const char* msgid, FormatArgs args = {},
    nlohmann::json details = nlohmann::json::object());

// The same with a number in it: each language's singular or plural by `n` ("1 problem", "2 problems";
// French "0 problème").
Finding make_plural_finding(std::string_view id, Verdict, const char* singular, const char* plural, long n, FormatArgs args = {},
    nlohmann::json details = nlohmann::json::object());

// Most serious first, keeping the collectors' order otherwise.
std::vector<Finding> by_severity(std::vector<Finding>);

}
