// Case codes: nine digits read as three groups ("123 456 789"), the last one a Damm check digit.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace Foyer::Protocol {

constexpr size_t case_code_length = 9;
constexpr size_t offline_code_length = 8;

// The Damm check digit of a string of digits (0-9). The Damm algorithm catches every single wrong digit
// and every swap of two neighbouring digits, the two mistakes people make when reading codes aloud.
int damm_check_digit(std::string_view digits);
// Whether the digits, their last one being the check digit, pass the Damm check.
bool damm_is_valid(std::string_view digits);

// What a person typed, with the spaces, dots, dashes and other separators people use removed.
// Nothing when it holds anything else than digits and separators.
std::optional<std::string> code_digits(std::string_view typed);

enum class CodeShape {
    // Nine digits with a correct check digit.
    CaseCode,
    // Eight digits with a correct check digit: an offline code (offline_code.hpp).
    OfflineCode,
    // Not nine digits (nor eight with a correct check digit).
    WrongLength,
    // Letters or other signs that are not digits.
    NotDigits,
    // Nine digits whose check digit does not match: a mistake in typing or reading.
    WrongCheckDigit,
};

// Recognises what someone typed into the "Enter the code" box.
CodeShape classify_code(std::string_view typed);

// Appends the check digit to eight digits.
std::string case_code_from_digits(std::string_view eight_digits);
// "123456789" → "123 456 789"; "12345678" → "1234 5678"; anything else unchanged.
std::string format_code(std::string_view digits);

}
