// Grouping French numbers by pairs (the national convention), international +33 numbers likewise, and
// anything else as the family typed it.
#include "phone_number.hpp"

#include "../../voice/speakable.hpp"

#include <cctype>
#include <vector>

namespace Foyer {

namespace {

std::vector<std::string> pairs_of(std::string_view digits)
{
    std::vector<std::string> groups;
    for (size_t i = 0; i < digits.size(); i += 2)
        groups.emplace_back(digits.substr(i, 2));
    return groups;
}

std::string join(const std::vector<std::string>& groups, std::string_view separator)
{
    std::string out;
    for (auto& group : groups) {
        if (!out.empty())
            out += separator;
        out += group;
    }
    return out;
}

}

PhoneNumberText phone_number_text(std::string_view number, Language language)
{
    std::string digits;
    bool international = false;
    for (char c : number) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            digits += c;
        else if (c == '+' && digits.empty())
            international = true;
    }

    std::vector<std::string> groups;
    if (!international && digits.size() == 10 && digits[0] == '0') {
        groups = pairs_of(digits);
    } else if (international && digits.size() == 11 && digits.compare(0, 2, "33") == 0) {
        groups = { "+33", digits.substr(2, 1) };
        for (auto& pair : pairs_of(std::string_view(digits).substr(3)))
            groups.push_back(pair);
    } else if (!international && digits.size() == 4) {
        // Short numbers (39 39, 30 20) are read in pairs too.
        groups = pairs_of(digits);
    } else {
        // Unknown plan: keep the family's own grouping, split on what they typed.
        std::string current;
        for (char c : number) {
            if (std::isdigit(static_cast<unsigned char>(c)) || c == '+') {
                current += c;
            } else if (!current.empty()) {
                groups.push_back(current);
                current.clear();
            }
        }
        if (!current.empty())
            groups.push_back(current);
    }

    PhoneNumberText text;
    text.grouped = join(groups, " ");
    text.spoken = speakable(text.grouped, language);
    return text;
}

}
