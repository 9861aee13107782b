// The help screen's words: the number grouped and spoken, the hours, open now or opening when.
#include "apps/helpline/helpline_text.hpp"
#include "apps/helpline/phone_number.hpp"
#include "shell/core/i18n/translate.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

class Helpline : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error()); }
    void TearDown() override { i18n::set_language(Language::English); }
    static LocalDateTime at(int y, int m, int d, int hour, int minute) { return { { y, m, d }, { hour * 60 + minute }, 0 }; }
};

TEST_F(Helpline, NumbersAreGroupedTheWayPeopleReadThem)
{
    EXPECT_EQ(phone_number_text("01 70 772 372", Language::French).grouped, "01 70 77 23 72");
    EXPECT_EQ(phone_number_text("0170772372", Language::French).grouped, "01 70 77 23 72");
    EXPECT_EQ(phone_number_text("01.70.77.23.72", Language::French).grouped, "01 70 77 23 72");
    EXPECT_EQ(phone_number_text("+33 1 70 77 23 72", Language::French).grouped, "+33 1 70 77 23 72");
    EXPECT_EQ(phone_number_text("+331 70772372", Language::French).grouped, "+33 1 70 77 23 72");
    EXPECT_EQ(phone_number_text("3939", Language::French).grouped, "39 39");
    EXPECT_EQ(phone_number_text("+44 20 7946 0958", Language::English).grouped, "+44 20 7946 0958");
}

TEST_F(Helpline, NumbersAreSpokenPairByPairInFrenchDigitByDigitInEnglish)
{
    EXPECT_EQ(phone_number_text("01 70 772 372", Language::French).spoken,
        "zéro un, soixante-dix, soixante-dix-sept, vingt-trois, soixante-douze");
    EXPECT_EQ(phone_number_text("01 70 77 23 72", Language::English).spoken, "oh one, seven oh, seven seven, two three, seven two");
    EXPECT_EQ(phone_number_text("+33 1 70 77 23 72", Language::French).spoken,
        "plus trente-trois, un, soixante-dix, soixante-dix-sept, vingt-trois, soixante-douze");
}

TEST_F(Helpline, HoursInWordsGroupTheWeek)
{
    i18n::set_language(Language::French);
    auto hours = default_settings().helpline.hours;
    EXPECT_EQ(opening_hours_lines(hours),
        (std::vector<std::string> { "Du lundi au vendredi, de 9 h à 18 h", "Fermé les jours fériés." }));
    i18n::set_language(Language::English);
    EXPECT_EQ(opening_hours_lines(hours),
        (std::vector<std::string> { "Monday to Friday, 9 am to 6 pm", "Closed on public holidays." }));

    OpeningHours split;
    split.holidays = HolidayCalendar::None;
    for (int day = 0; day < 5; ++day)
        split.weekly[size_t(day)] = { { TimeOfDay { 540 }, TimeOfDay { 720 } }, { TimeOfDay { 840 }, TimeOfDay { 1050 } } };
    split.weekly[5] = { { TimeOfDay { 570 }, TimeOfDay { 720 } } };
    i18n::set_language(Language::French);
    EXPECT_EQ(opening_hours_lines(split), (std::vector<std::string> { "Du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h 30", "Le samedi, de 9 h 30 à 12 h" }));
}

TEST_F(Helpline, OpenNowOrWhenItOpensInFrench)
{
    i18n::set_language(Language::French);
    auto hours = default_settings().helpline.hours;
    EXPECT_EQ(opening_status_text(hours, at(2026, 11, 26, 10, 42)), "Ouvert en ce moment, jusqu’à 18 h.");
    EXPECT_EQ(opening_status_text(hours, at(2026, 11, 26, 7, 30)), "Fermé en ce moment. Ouvre aujourd’hui à 9 h.");
    EXPECT_EQ(opening_status_text(hours, at(2026, 11, 26, 18, 0)), "Fermé en ce moment. Ouvre demain à 9 h.");
    EXPECT_EQ(opening_status_text(hours, at(2026, 11, 28, 11, 0)), "Fermé en ce moment. Ouvre lundi à 9 h.");
    EXPECT_EQ(opening_status_text(hours, at(2026, 12, 25, 10, 0)), "Fermé aujourd’hui\u00a0: Noël. Ouvre lundi à 9 h.");
    EXPECT_EQ(opening_status_text(hours, at(2026, 11, 26, 10, 42), true), "Ouvert en ce moment, jusqu’à 18 heures.");
}

TEST_F(Helpline, OpenNowOrWhenItOpensInEnglish)
{
    i18n::set_language(Language::English);
    auto hours = default_settings().helpline.hours;
    EXPECT_EQ(opening_status_text(hours, at(2026, 11, 26, 10, 42)), "Open now, until 6 pm.");
    EXPECT_EQ(opening_status_text(hours, at(2026, 4, 4, 10, 0)), "Closed now. Opens on Tuesday at 9 am.");
    // Christmas then New Year's week with extra closed days: more than a week ahead, a full date.
    hours.closed_dates = { { 2026, 12, 28 }, { 2026, 12, 29 }, { 2026, 12, 30 }, { 2026, 12, 31 } };
    EXPECT_EQ(opening_status_text(hours, at(2026, 12, 25, 9, 0)), "Closed today: Christmas Day. Opens on Monday 4 January at 9 am.");
}

TEST_F(Helpline, TheWholeScreenIsSpoken)
{
    i18n::set_language(Language::French);
    auto text = helpline_text(default_settings().helpline, at(2026, 11, 26, 10, 42));
    EXPECT_EQ(text.number, "01 70 77 23 72");
    EXPECT_TRUE(text.open_now);
    EXPECT_EQ(text.spoken, "Appeler à l’aide. Solidarité numérique, téléphone zéro un, soixante-dix, soixante-dix-sept, vingt-trois, soixante-douze. "
                           "Du lundi au vendredi, de 9 heures à 18 heures. Fermé les jours fériés. "
                           "Ouvert en ce moment, jusqu’à 18 heures.");
}
