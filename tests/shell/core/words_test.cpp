// Dates, times and greetings in words, in French and in English.
#include "shell/core/home/home_text.hpp"
#include "shell/core/i18n/translate.hpp"
#include "shell/core/time/words.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

class Words : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error()); }
    void TearDown() override { i18n::set_language(Language::English); }
};

TEST_F(Words, TheHomeHeaderInFrenchIsTheOneOfTheBrief)
{
    i18n::set_language(Language::French);
    auto text = home_text("Marie-Martine", { { 2026, 11, 26 }, { 10 * 60 + 42 }, 0 });
    EXPECT_EQ(text.one_line, "Bonjour Marie-Martine — jeudi 26 novembre, 10 h 42");
    EXPECT_EQ(text.spoken, "Bonjour Marie-Martine. Nous sommes le jeudi 26 novembre, il est 10 heures 42.");
}

TEST_F(Words, TheHomeHeaderInEnglish)
{
    i18n::set_language(Language::English);
    auto text = home_text("Marie-Martine", { { 2026, 11, 26 }, { 10 * 60 + 42 }, 0 });
    EXPECT_EQ(text.one_line, "Good morning Marie-Martine — Thursday 26 November, 10:42 am");
    auto evening = home_text("Jean", { { 2026, 11, 26 }, { 19 * 60 + 5 }, 0 });
    EXPECT_EQ(evening.greeting, "Good evening Jean");
    EXPECT_EQ(evening.date_time, "Thursday 26 November, 7:05 pm");
}

TEST_F(Words, FrenchSaysBonsoirInTheEveningAndTheFirstIsAnOrdinal)
{
    i18n::set_language(Language::French);
    EXPECT_EQ(greeting("Jocelyne", { 18 * 60 }), "Bonsoir Jocelyne");
    EXPECT_EQ(greeting("Jocelyne", { 17 * 60 + 59 }), "Bonjour Jocelyne");
    EXPECT_EQ(greeting("", { 9 * 60 }), "Bonjour");
    EXPECT_EQ(date_in_words({ 2026, 12, 1 }), "mardi 1er décembre");
    EXPECT_EQ(date_in_words({ 2026, 5, 1 }), "vendredi 1er mai");
}

TEST_F(Words, ClockTimesOnTheHourAndMidnight)
{
    i18n::set_language(Language::French);
    EXPECT_EQ(clock_text({ 9 * 60 }), "9 h");
    EXPECT_EQ(clock_text({ 18 * 60 }), "18 h");
    EXPECT_EQ(clock_text({ 0 }), "0 h");
    EXPECT_EQ(clock_text({ 7 * 60 + 5 }), "7 h 05");
    EXPECT_EQ(spoken_clock_text({ 18 * 60 }), "18 heures");
    i18n::set_language(Language::English);
    EXPECT_EQ(clock_text({ 9 * 60 }), "9 am");
    EXPECT_EQ(clock_text({ 12 * 60 }), "12 pm");
    EXPECT_EQ(clock_text({ 0 }), "12 am");
    EXPECT_EQ(clock_text({ 18 * 60 + 30 }), "6:30 pm");
}
