#include "shell/core/text/text.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

TEST(Text, AsciiLowercaseChangesOnlyAToZ)
{
    EXPECT_EQ(ascii_lowercase("PHOTO.JPG"), "photo.jpg");
    EXPECT_EQ(ascii_lowercase("Élodie@Orange.FR"), "Élodie@orange.fr") << "UTF-8 bytes are kept as they are";
    EXPECT_EQ(ascii_lowercase(""), "");
}

TEST(Text, Utf8OfEveryLengthAndOfWhatIsNoCharacter)
{
    std::string out;
    for (uint32_t code : { 0x41u, 0xE9u, 0x20ACu, 0x1F600u })
        append_utf8(out, code);
    EXPECT_EQ(out, "Aé€😀");
    std::string replaced;
    for (uint32_t code : { 0u, 0xD800u, 0x110000u })
        append_utf8(replaced, code);
    EXPECT_EQ(replaced, "\uFFFD\uFFFD\uFFFD");
}

TEST(Text, WhatTheFamilyTypedIsTrimmedCountedAndChecked)
{
    EXPECT_EQ(trimmed("  Marie-Martine \t\r\n"), "Marie-Martine");
    EXPECT_EQ(trimmed(" \n "), "");
    EXPECT_EQ(utf8_length("Hélène"), 6u) << "é and è are two bytes each, one character";
    EXPECT_EQ(utf8_length(""), 0u);
    EXPECT_TRUE(has_control_character("Marie\tMartine"));
    EXPECT_TRUE(has_control_character(std::string("a\x7f", 2)));
    EXPECT_FALSE(has_control_character("Élodie d’Aubigné"));
}
