// The Damm algorithm and the reading of typed codes.
#include "case_code.hpp"

#include <array>
#include <cassert>

namespace Foyer::Protocol {

namespace {

// The totally anti-symmetric quasigroup of order 10 from H. Michael Damm's thesis (2004).
constexpr std::array<std::array<int, 10>, 10> damm_table { {
    { 0, 3, 1, 7, 5, 9, 8, 6, 4, 2 },
    { 7, 0, 9, 2, 1, 5, 4, 8, 6, 3 },
    { 4, 2, 0, 6, 8, 7, 1, 3, 5, 9 },
    { 1, 7, 5, 0, 9, 8, 3, 4, 2, 6 },
    { 6, 1, 2, 3, 0, 4, 5, 9, 7, 8 },
    { 3, 6, 7, 4, 2, 0, 9, 5, 8, 1 },
    { 5, 8, 6, 9, 7, 2, 0, 1, 3, 4 },
    { 8, 9, 4, 5, 3, 6, 2, 0, 1, 7 },
    { 9, 4, 3, 8, 6, 1, 7, 2, 0, 5 },
    { 2, 5, 8, 1, 4, 3, 6, 7, 9, 0 },
} };

bool is_separator(char c)
{
    return c == ' ' || c == '.' || c == '-' || c == '/' || c == '_' || c == '\t';
}

bool all_digits(std::string_view text)
{
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

}

int damm_check_digit(std::string_view digits)
{
    int interim = 0;
    for (char c : digits) {
        assert(c >= '0' && c <= '9');
        interim = damm_table[size_t(interim)][size_t(c - '0')];
    }
    return interim;
}

bool damm_is_valid(std::string_view digits)
{
    return !digits.empty() && all_digits(digits) && damm_check_digit(digits) == 0;
}

std::optional<std::string> code_digits(std::string_view typed)
{
    std::string out;
    for (size_t i = 0; i < typed.size(); ++i) {
        char c = typed[i];
        if (c >= '0' && c <= '9') {
            out += c;
        } else if (is_separator(c)) {
            continue;
        } else if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < typed.size()
            && static_cast<unsigned char>(typed[i + 1]) == 0xA0) {
            // A no-break space, as pasted from a word processor.
            ++i;
        } else {
            return std::nullopt;
        }
    }
    return out;
}

CodeShape classify_code(std::string_view typed)
{
    auto digits = code_digits(typed);
    if (!digits)
        return CodeShape::NotDigits;
    if (digits->size() == case_code_length)
        return damm_is_valid(*digits) ? CodeShape::CaseCode : CodeShape::WrongCheckDigit;
    if (digits->size() == offline_code_length && damm_is_valid(*digits))
        return CodeShape::OfflineCode;
    return CodeShape::WrongLength;
}

std::string case_code_from_digits(std::string_view eight_digits)
{
    assert(eight_digits.size() == case_code_length - 1 && all_digits(eight_digits));
    std::string code(eight_digits);
    code += char('0' + damm_check_digit(eight_digits));
    return code;
}

std::string format_code(std::string_view digits)
{
    if (digits.size() == case_code_length && all_digits(digits))
        return std::string(digits.substr(0, 3)) + " " + std::string(digits.substr(3, 3)) + " "
            + std::string(digits.substr(6));
    if (digits.size() == offline_code_length && all_digits(digits))
        return std::string(digits.substr(0, 4)) + " " + std::string(digits.substr(4));
    return std::string(digits);
}

}
