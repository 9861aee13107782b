// Case codes: the Damm check digit catches every single-digit mistake and every swap of neighbours, and
// what a mediator types is read generously (spaces, dots) but never wrongly.
#include "helpdesk/protocol/case_code.hpp"

#include <gtest/gtest.h>

#include <random>

using namespace Foyer::Protocol;

TEST(CaseCode, DammMatchesThePublishedExample)
{
    // Wikipedia's worked example: 572 has check digit 4.
    EXPECT_EQ(damm_check_digit("572"), 4);
    EXPECT_TRUE(damm_is_valid("5724"));
    EXPECT_FALSE(damm_is_valid("5727"));
    EXPECT_FALSE(damm_is_valid(""));
    EXPECT_FALSE(damm_is_valid("57a4"));
}

TEST(CaseCode, EverySingleMistakeAndNeighbourSwapIsCaught)
{
    std::mt19937 random(7);
    for (int round = 0; round < 500; ++round) {
        std::string eight;
        for (int i = 0; i < 8; ++i)
            eight += char('0' + random() % 10);
        auto code = case_code_from_digits(eight);
        ASSERT_EQ(code.size(), 9u);
        ASSERT_EQ(classify_code(code), CodeShape::CaseCode);
        for (size_t position = 0; position < code.size(); ++position) {
            for (char digit = '0'; digit <= '9'; ++digit) {
                if (digit == code[position])
                    continue;
                auto typo = code;
                typo[position] = digit;
                EXPECT_EQ(classify_code(typo), CodeShape::WrongCheckDigit) << code << " → " << typo;
            }
            if (position + 1 < code.size() && code[position] != code[position + 1]) {
                auto swapped = code;
                std::swap(swapped[position], swapped[position + 1]);
                EXPECT_EQ(classify_code(swapped), CodeShape::WrongCheckDigit) << code << " → " << swapped;
            }
        }
    }
}

TEST(CaseCode, ReadsWhatPeopleTypeAndNothingElse)
{
    auto code = case_code_from_digits("12345678");
    auto grouped = format_code(code);
    EXPECT_EQ(grouped, code.substr(0, 3) + " " + code.substr(3, 3) + " " + code.substr(6));
    EXPECT_EQ(code_digits(grouped), code);
    EXPECT_EQ(
        code_digits(" " + code.substr(0, 3) + "." + code.substr(3, 3) + "-" + code.substr(6) + "\t"), code);
    EXPECT_EQ(code_digits(code.substr(0, 3) + "\xC2\xA0" + code.substr(3)), code);
    EXPECT_FALSE(code_digits("12345678O"));
    EXPECT_EQ(classify_code("12345678O"), CodeShape::NotDigits);
    EXPECT_EQ(classify_code("1234"), CodeShape::WrongLength);
    EXPECT_EQ(classify_code(""), CodeShape::WrongLength);
    EXPECT_EQ(classify_code("1234567890"), CodeShape::WrongLength);
    EXPECT_EQ(format_code("12345678"), "1234 5678");
}

TEST(CaseCode, EightDigitsWithAValidCheckAreAnOfflineCode)
{
    std::string seven = "1000000";
    auto offline = seven + char('0' + damm_check_digit(seven));
    EXPECT_EQ(classify_code(offline), CodeShape::OfflineCode);
    auto wrong = offline;
    wrong[7] = wrong[7] == '9' ? '0' : char(wrong[7] + 1);
    EXPECT_EQ(classify_code(wrong), CodeShape::WrongLength);
}
