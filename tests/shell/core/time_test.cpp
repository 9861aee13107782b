// Calendar arithmetic, Easter, French public holidays, and opening hours.
#include "shell/core/time/date.hpp"
#include "shell/core/time/holidays.hpp"
#include "shell/core/time/opening_hours.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

TEST(Date, RoundTripsThroughDaysSinceEpoch)
{
    for (long days = -800000; days < 800000; days += 997)
        EXPECT_EQ(Date::from_days_since_epoch(days).days_since_epoch(), days);
    EXPECT_EQ(Date({ 1970, 1, 1 }).days_since_epoch(), 0);
    EXPECT_EQ(Date({ 2000, 3, 1 }).days_since_epoch(), 11017);
}

TEST(Date, KnowsWeekdays)
{
    EXPECT_EQ(Date({ 2026, 11, 26 }).weekday(), Weekday::Thursday);
    EXPECT_EQ(Date({ 1970, 1, 1 }).weekday(), Weekday::Thursday);
    EXPECT_EQ(Date({ 2024, 2, 29 }).weekday(), Weekday::Thursday);
    EXPECT_EQ(Date({ 2027, 1, 3 }).weekday(), Weekday::Sunday);
}

TEST(Date, ParsesIsoDatesAndRejectsImpossibleOnes)
{
    EXPECT_EQ(Date::parse_iso("2026-12-24"), (Date { 2026, 12, 24 }));
    EXPECT_FALSE(Date::parse_iso("2026-02-30"));
    EXPECT_FALSE(Date::parse_iso("2025-02-29"));
    EXPECT_TRUE(Date::parse_iso("2024-02-29"));
    EXPECT_FALSE(Date::parse_iso("26-12-2026"));
    EXPECT_FALSE(Date::parse_iso("2026-1-5"));
    EXPECT_FALSE(Date::parse_iso(""));
}

TEST(TimeOfDay, ParsesTheWaysFamiliesWriteTimes)
{
    EXPECT_EQ(TimeOfDay::parse("09:00")->minutes, 540);
    EXPECT_EQ(TimeOfDay::parse("9:30")->minutes, 570);
    EXPECT_EQ(TimeOfDay::parse("9h")->minutes, 540);
    EXPECT_EQ(TimeOfDay::parse("9 h 30")->minutes, 570);
    EXPECT_EQ(TimeOfDay::parse("18H15")->minutes, 18 * 60 + 15);
    EXPECT_EQ(TimeOfDay::parse("24:00")->minutes, 1440);
    EXPECT_FALSE(TimeOfDay::parse("24:30"));
    EXPECT_FALSE(TimeOfDay::parse("9:75"));
    EXPECT_FALSE(TimeOfDay::parse("noon"));
    EXPECT_FALSE(TimeOfDay::parse(""));
    EXPECT_FALSE(TimeOfDay::parse("123:00"));
}

TEST(Holidays, EasterMatchesPublishedDates)
{
    EXPECT_EQ(easter_sunday(2024), (Date { 2024, 3, 31 }));
    EXPECT_EQ(easter_sunday(2025), (Date { 2025, 4, 20 }));
    EXPECT_EQ(easter_sunday(2026), (Date { 2026, 4, 5 }));
    EXPECT_EQ(easter_sunday(2027), (Date { 2027, 3, 28 }));
    EXPECT_EQ(easter_sunday(2038), (Date { 2038, 4, 25 })); // the latest possible
    EXPECT_EQ(easter_sunday(2285), (Date { 2285, 3, 22 })); // the earliest possible
}

TEST(Holidays, FrenchCalendarHasElevenDaysIncludingTheMovingOnes)
{
    auto days = holidays_of_year(HolidayCalendar::France, 2026);
    EXPECT_EQ(days.size(), 11u);
    EXPECT_TRUE(holiday_on(HolidayCalendar::France, { 2026, 4, 6 }));  // Easter Monday
    EXPECT_TRUE(holiday_on(HolidayCalendar::France, { 2026, 5, 14 })); // Ascension
    EXPECT_TRUE(holiday_on(HolidayCalendar::France, { 2026, 5, 25 })); // Whit Monday
    EXPECT_TRUE(holiday_on(HolidayCalendar::France, { 2026, 7, 14 }));
    EXPECT_TRUE(holiday_on(HolidayCalendar::France, { 2026, 11, 11 }));
    EXPECT_FALSE(holiday_on(HolidayCalendar::France, { 2026, 4, 3 })); // Good Friday: only Alsace-Moselle
    EXPECT_FALSE(holiday_on(HolidayCalendar::France, { 2026, 12, 26 }));
    EXPECT_FALSE(holiday_on(HolidayCalendar::None, { 2026, 12, 25 }));
}

TEST(Holidays, AlsaceMoselleAddsGoodFridayAndSaintStephen)
{
    EXPECT_EQ(holidays_of_year(HolidayCalendar::FranceAlsaceMoselle, 2026).size(), 13u);
    EXPECT_TRUE(holiday_on(HolidayCalendar::FranceAlsaceMoselle, { 2026, 4, 3 }));
    EXPECT_TRUE(holiday_on(HolidayCalendar::FranceAlsaceMoselle, { 2026, 12, 26 }));
}

namespace {

OpeningHours weekdays_nine_to_six()
{
    OpeningHours hours;
    for (int day = 0; day < 5; ++day)
        hours.weekly[size_t(day)] = { { TimeOfDay { 540 }, TimeOfDay { 1080 } } };
    return hours;
}

LocalDateTime at(int y, int m, int d, int hour, int minute)
{
    return { { y, m, d }, { hour * 60 + minute }, 0 };
}

}

TEST(OpeningHours, OpenDuringHoursUntilClosing)
{
    auto status = opening_status(weekdays_nine_to_six(), at(2026, 11, 26, 10, 42));
    EXPECT_TRUE(status.open_now);
    EXPECT_EQ(status.open_until->minutes, 1080);
}

TEST(OpeningHours, OpeningAndClosingMinutesAreExact)
{
    EXPECT_TRUE(opening_status(weekdays_nine_to_six(), at(2026, 11, 26, 9, 0)).open_now);
    EXPECT_TRUE(opening_status(weekdays_nine_to_six(), at(2026, 11, 26, 17, 59)).open_now);
    EXPECT_FALSE(opening_status(weekdays_nine_to_six(), at(2026, 11, 26, 18, 0)).open_now);
    EXPECT_FALSE(opening_status(weekdays_nine_to_six(), at(2026, 11, 26, 8, 59)).open_now);
}

TEST(OpeningHours, BeforeOpeningItOpensToday)
{
    auto status = opening_status(weekdays_nine_to_six(), at(2026, 11, 26, 7, 5));
    ASSERT_TRUE(status.next_opening);
    EXPECT_EQ(status.next_opening->date, (Date { 2026, 11, 26 }));
    EXPECT_EQ(status.next_opening->time.minutes, 540);
}

TEST(OpeningHours, FridayEveningOpensMonday)
{
    auto status = opening_status(weekdays_nine_to_six(), at(2026, 11, 27, 19, 0));
    ASSERT_TRUE(status.next_opening);
    EXPECT_EQ(status.next_opening->date, (Date { 2026, 11, 30 }));
}

TEST(OpeningHours, HolidaysAreSkippedIncludingEasterMonday)
{
    // Saturday 4 April 2026: Sunday, then Easter Monday (closed), so Tuesday 7 April.
    auto status = opening_status(weekdays_nine_to_six(), at(2026, 4, 4, 12, 0));
    EXPECT_EQ(status.next_opening->date, (Date { 2026, 4, 7 }));
    // On Christmas Day (a Friday in 2026) it is closed all day, and says why.
    auto christmas = opening_status(weekdays_nine_to_six(), at(2026, 12, 25, 10, 0));
    EXPECT_FALSE(christmas.open_now);
    ASSERT_NE(christmas.holiday_today, nullptr);
    EXPECT_STREQ(christmas.holiday_today, "Christmas Day");
    EXPECT_EQ(christmas.next_opening->date, (Date { 2026, 12, 28 }));
}

TEST(OpeningHours, ExtraClosedDatesAreSkipped)
{
    auto hours = weekdays_nine_to_six();
    hours.closed_dates = { { 2026, 12, 24 }, { 2026, 12, 31 } };
    auto status = opening_status(hours, at(2026, 12, 24, 10, 0));
    EXPECT_FALSE(status.open_now);
    EXPECT_TRUE(status.closed_date_today);
    EXPECT_EQ(status.next_opening->date, (Date { 2026, 12, 28 }));
}

TEST(OpeningHours, LunchBreakOpensAgainInTheAfternoon)
{
    OpeningHours hours;
    hours.weekly[0] = { { TimeOfDay { 540 }, TimeOfDay { 720 } }, { TimeOfDay { 840 }, TimeOfDay { 1080 } } };
    auto status = opening_status(hours, at(2026, 11, 30, 12, 30));
    EXPECT_FALSE(status.open_now);
    EXPECT_EQ(status.next_opening->date, (Date { 2026, 11, 30 }));
    EXPECT_EQ(status.next_opening->time.minutes, 840);
}

TEST(OpeningHours, NeverOpenHasNoNextOpening)
{
    OpeningHours hours;
    EXPECT_TRUE(hours.always_closed());
    auto status = opening_status(hours, at(2026, 11, 26, 10, 0));
    EXPECT_FALSE(status.open_now);
    EXPECT_FALSE(status.next_opening);
}

TEST(Weekdays, ParsesRangesListsAndFrenchNames)
{
    auto week = parse_weekdays("monday-friday");
    ASSERT_TRUE(week);
    EXPECT_EQ(*week, (std::array<bool, 7> { true, true, true, true, true, false, false }));
    EXPECT_EQ(*parse_weekdays("Lundi, mercredi-vendredi"), (std::array<bool, 7> { true, false, true, true, true, false, false }));
    EXPECT_EQ(*parse_weekdays("saturday-monday"), (std::array<bool, 7> { true, false, false, false, false, true, true }));
    EXPECT_EQ(*parse_weekdays("sat"), (std::array<bool, 7> { false, false, false, false, false, true, false }));
    EXPECT_FALSE(parse_weekdays("weekdays"));
    EXPECT_FALSE(parse_weekdays("monday,"));
    EXPECT_FALSE(parse_weekdays(""));
}
