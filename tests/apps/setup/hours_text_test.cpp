// Opening hours typed as families write them, in French and English, and shown back for editing.
#include "apps/setup/hours_text.hpp"
#include "shell/core/i18n/translate.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

namespace {

TimeRange range(int open_h, int open_m, int close_h, int close_m)
{
    return { TimeOfDay { open_h * 60 + open_m }, TimeOfDay { close_h * 60 + close_m } };
}

}

TEST(HoursText, ReadsTheUsualWays)
{
    for (auto text : { "monday-friday 9:00-18:00", "lundi-vendredi 9h-18h", "Du lundi au vendredi de 9 h à 18 h",
             "Monday to Friday, 09:00 to 18:00", "lundi – vendredi : 9h00-18h00" }) {
        auto hours = parse_hours_text(text);
        ASSERT_FALSE(hours.is_error()) << text << ": " << hours.error().message();
        for (size_t day = 0; day < 5; ++day)
            EXPECT_EQ(hours.value()[day], std::vector<TimeRange> { range(9, 0, 18, 0) }) << text;
        EXPECT_TRUE(hours.value()[5].empty()) << text;
        EXPECT_TRUE(hours.value()[6].empty()) << text;
    }
}

TEST(HoursText, LunchBreaksSeveralGroupsAndListsOfDays)
{
    auto hours = parse_hours_text("lundi, mercredi à vendredi 9h-12h et 14h-17h30; samedi 9h30-12h");
    ASSERT_FALSE(hours.is_error()) << hours.error().message();
    auto& weekly = hours.value();
    EXPECT_EQ(weekly[0], (std::vector<TimeRange> { range(9, 0, 12, 0), range(14, 0, 17, 30) }));
    EXPECT_TRUE(weekly[1].empty());
    EXPECT_EQ(weekly[4], (std::vector<TimeRange> { range(9, 0, 12, 0), range(14, 0, 17, 30) }));
    EXPECT_EQ(weekly[5], std::vector<TimeRange> { range(9, 30, 12, 0) });
    // Two openings side by side, with or without minutes, and spaces inside a time.
    auto spaced = parse_hours_text("lundi-vendredi 9h-12h 14h-17h; samedi 9 h 30 - 12 h");
    ASSERT_FALSE(spaced.is_error()) << spaced.error().message();
    EXPECT_EQ(spaced.value()[2], (std::vector<TimeRange> { range(9, 0, 12, 0), range(14, 0, 17, 0) }));
    EXPECT_EQ(spaced.value()[5], std::vector<TimeRange> { range(9, 30, 12, 0) });
    // Groups on separate lines work too.
    EXPECT_FALSE(parse_hours_text("monday 9-12\ntuesday 14-18").is_error());
}

TEST(HoursText, MistakesAreSaidPlainly)
{
    i18n::set_language(Language::English);
    EXPECT_EQ(parse_hours_text("").error().message(), "Write the days, then the hours, such as: monday-friday 9:00-18:00.");
    EXPECT_EQ(parse_hours_text("9h-18h").error().message(), "Write the days, then the hours, such as: monday-friday 9:00-18:00.");
    EXPECT_EQ(parse_hours_text("lundi-vendredi").error().message(), "Write the days, then the hours, such as: monday-friday 9:00-18:00.");
    EXPECT_NE(parse_hours_text("everyday 9-18").error().message().find("“everyday”"), std::string::npos);
    EXPECT_NE(parse_hours_text("monday 9h-25h").error().message().find("Foyer did not understand the hours"), std::string::npos);
    EXPECT_NE(parse_hours_text("monday 18h-9h").error().message().find("opening time must come before"), std::string::npos);
    EXPECT_NE(parse_hours_text("monday-friday 9-12; wednesday 11-14").error().message().find("overlap"), std::string::npos);
}

TEST(HoursText, WrittenBackInTheFamilysLanguageAndReadAgain)
{
    auto typed = "lundi, mercredi à vendredi 9h-12h et 14h-17h30; samedi 9h30-12h";
    auto hours = parse_hours_text(typed).release_value();
    auto french = hours_text(hours, Language::French);
    EXPECT_EQ(french, "lundi, mercredi-vendredi 09:00-12:00 14:00-17:30; samedi 09:30-12:00");
    EXPECT_EQ(hours_text(hours, Language::English), "monday, wednesday-friday 09:00-12:00 14:00-17:30; saturday 09:30-12:00");
    EXPECT_EQ(parse_hours_text(french).value(), hours);
}

TEST(HoursText, ReadsHoursAsAFlyerWritesThemOnOneLine)
{
    for (auto text : { "du mardi au jeudi de 14h à 17h, samedi 9h30-12h", "Tuesday to Thursday 2pm-5pm, Saturday 9:30am-12pm",
             "Du mardi au jeudi de 14 h à 17 h et le samedi de 9 h 30 à 12 h", "tuesday-thursday 2 p.m.-5 p.m. and saturday 9:30 a.m. to 12 p.m." }) {
        auto hours = parse_hours_text(text);
        ASSERT_FALSE(hours.is_error()) << text << ": " << hours.error().message();
        EXPECT_TRUE(hours.value()[0].empty()) << text;
        for (size_t day = 1; day <= 3; ++day)
            EXPECT_EQ(hours.value()[day], std::vector<TimeRange> { range(14, 0, 17, 0) }) << text << " day " << day;
        EXPECT_TRUE(hours.value()[4].empty()) << text;
        EXPECT_EQ(hours.value()[5], std::vector<TimeRange> { range(9, 30, 12, 0) }) << text;
        EXPECT_TRUE(hours.value()[6].empty()) << text;
    }
    // 12am is midnight, and "13pm" is no time at all.
    EXPECT_EQ(parse_hours_text("monday 12am-6am").value()[0], std::vector<TimeRange> { range(0, 0, 6, 0) });
    EXPECT_TRUE(parse_hours_text("monday 13pm-14pm").is_error());
}
