// The inbox in words: when in words, family first, others apart, the sentences said on a row.
#include "apps/email/email_words.hpp"
#include "shell/core/i18n/translate.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

namespace {

std::time_t at_local(int year, int month, int day, int hour, int minute)
{
    struct tm parts { };
    parts.tm_year = year - 1900;
    parts.tm_mon = month - 1;
    parts.tm_mday = day;
    parts.tm_hour = hour;
    parts.tm_min = minute;
    parts.tm_isdst = -1;
    return std::mktime(&parts);
}

class EmailWords : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error()); }
    void TearDown() override { i18n::set_language(Language::English); }
    // Thursday 26 November 2026, 10:42.
    LocalDateTime now { { 2026, 11, 26 }, { 10 * 60 + 42 }, 0 };
};

}

TEST_F(EmailWords, WhenInWords)
{
    i18n::set_language(Language::English);
    EXPECT_EQ(when_in_words(at_local(2026, 11, 26, 9, 5), now), "Today, 9:05\u00A0am") << "a no-break space: the time never wraps inside";
    EXPECT_EQ(when_in_words(at_local(2026, 11, 25, 18, 0), now), "Yesterday, 6\u00A0pm");
    EXPECT_EQ(when_in_words(at_local(2026, 11, 24, 10, 0), now), "Tuesday 10\u00A0am");
    EXPECT_EQ(when_in_words(at_local(2026, 3, 12, 10, 0), now), "Thursday 12 March");
    EXPECT_EQ(when_in_words(at_local(2025, 3, 12, 10, 0), now), "Wednesday 12 March 2025");
    i18n::set_language(Language::French);
    EXPECT_EQ(when_in_words(at_local(2026, 11, 25, 18, 0), now), "Hier, 18\u00A0h");
    EXPECT_EQ(when_in_words(at_local(2026, 11, 24, 10, 0), now), "Mardi 10\u00A0h");
    EXPECT_EQ(when_in_words(at_local(2026, 3, 12, 10, 0), now), "Jeudi 12 mars");
    // Said, the day keeps its French lower case inside the sentence.
    EXPECT_EQ(when_spoken(at_local(2026, 11, 24, 10, 0), now).substr(0, 5), "mardi");
}

TEST_F(EmailWords, FamilyFirstThenOthersApartEachTheLastArrivedFirst)
{
    std::vector<Contact> contacts { { "Mathilde", "", "Mathilde@Example.fr" }, { "Paul", "", "" } };
    std::vector<Envelope> envelopes(4);
    // By UID (order of arrival); the Date headers say otherwise (a phone's clock wrong, a message held up).
    envelopes[0] = { .uid = 1, .date = 100, .from = { "", "shop@example.com" } };
    envelopes[1] = { .uid = 2, .date = 300, .from = { "", "mathilde@example.fr" } };
    envelopes[2] = { .uid = 3, .date = 50, .from = { "", "bank@example.com" } };
    envelopes[3] = { .uid = 4, .date = 50, .from = { "M", "mathilde@example.fr" } };
    auto items = arrange_inbox(envelopes, contacts);
    ASSERT_EQ(items.size(), 5u);
    EXPECT_EQ(items[0].envelope, 3u);
    EXPECT_EQ(items[0].contact, &contacts[0]);
    EXPECT_EQ(items[1].envelope, 1u);
    EXPECT_EQ(items[2].kind, InboxItem::Kind::OthersHeading);
    EXPECT_EQ(items[3].envelope, 2u);
    EXPECT_EQ(items[4].envelope, 0u);
    EXPECT_EQ(items[4].contact, nullptr);
    EXPECT_EQ(contacts_with_email(contacts).size(), 1u);
    EXPECT_EQ(arrange_inbox({ envelopes[1] }, contacts).size(), 1u) << "no heading without other messages";
}

TEST_F(EmailWords, NamesRowsAndSubjects)
{
    i18n::set_language(Language::English);
    Contact mathilde { "Mathilde", "", "m@example.fr" };
    EXPECT_EQ(sender_name({ "Mathilde Bérard", "m@example.fr" }, &mathilde), "Mathilde");
    EXPECT_EQ(sender_name({ "Shop", "s@example.com" }, nullptr), "Shop");
    EXPECT_EQ(sender_name({ "", "s@example.com" }, nullptr), "s@example.com");
    Envelope envelope { .date = at_local(2026, 11, 25, 18, 0), .from = { "", "m@example.fr" }, .subject = "Photos" };
    EXPECT_EQ(row_speech(envelope, &mathilde, now), "From Mathilde, Yesterday, 6 pm: Photos. Not read yet.");
    EXPECT_EQ(subject_from_text("\n  Les photos de dimanche\nsuite", 0, 0, "Marie"), "Les photos de dimanche");
    EXPECT_EQ(subject_from_text("", 1, 0, "Marie"), "A photo from Marie");
    EXPECT_EQ(subject_from_text(" ", 0, 2, "Marie"), "Documents from Marie");
    auto long_subject = subject_from_text(std::string(30, 'a') + " " + std::string(40, 'b') + " éé", 0, 0, "M");
    EXPECT_LE(long_subject.size(), 64u);
    EXPECT_TRUE(long_subject.ends_with("…"));
}

TEST_F(EmailWords, ASubjectFromTheFirstLineIsCutByCharactersNotBytes)
{
    // 55 characters with accents (over 60 bytes): whole, with no "…".
    std::string line = "Été à Noël chez Mémé : gâteaux, crêpes et thé à volonté";
    ASSERT_GT(line.size(), 60u);
    EXPECT_EQ(subject_from_text(line + "\nBises", 0, 0, "M"), line);
    auto longer = subject_from_text(line + " après la messe de minuit", 0, 0, "M");
    EXPECT_EQ(longer, line + "…") << "cut at the last word that ends within 60 characters";
}

TEST_F(EmailWords, ASpokenSubjectThatEndsItsOwnSentenceGetsNoSecondStop)
{
    i18n::set_language(Language::English);
    Envelope envelope { .seen = true, .date = at_local(2026, 11, 25, 18, 0), .from = { "", "e@example.fr" }, .subject = "Merci pour le gâteau !" };
    EXPECT_EQ(row_speech(envelope, nullptr, now), "From e@example.fr, Yesterday, 6 pm: Merci pour le gâteau !");
    envelope.subject = "Tu viens jeudi ?";
    EXPECT_EQ(row_speech(envelope, nullptr, now), "From e@example.fr, Yesterday, 6 pm: Tu viens jeudi ?");
    envelope.subject = "Les photos…";
    EXPECT_EQ(row_speech(envelope, nullptr, now), "From e@example.fr, Yesterday, 6 pm: Les photos…");
    envelope.subject = "« Bravo ! »";
    EXPECT_EQ(row_speech(envelope, nullptr, now), "From e@example.fr, Yesterday, 6 pm: « Bravo ! »");
    envelope.subject = "Photos";
    EXPECT_EQ(row_speech(envelope, nullptr, now), "From e@example.fr, Yesterday, 6 pm: Photos.");
    EXPECT_EQ(as_sentence("Bravo !"), "Bravo !");
    EXPECT_EQ(as_sentence("(no subject)"), "(no subject).");
    i18n::set_language(Language::French);
    envelope.subject = "Bravo !";
    EXPECT_EQ(row_speech(envelope, nullptr, now).find("!."), std::string::npos) << row_speech(envelope, nullptr, now);
    EXPECT_TRUE(row_speech(envelope, nullptr, now).ends_with("Bravo !")) << row_speech(envelope, nullptr, now);
}
