// The gentle warning about mail from outside the family is wherever such mail is: on every inbox page
// that shows a stranger's row (even when "Other messages" began on an earlier page), and written and said
// on the message and the reply screens of a stranger; never on a contact's.
#include "apps/email/compose_screen.hpp"
#include "apps/email/email_samples.hpp"
#include "apps/email/email_words.hpp"
#include "apps/email/inbox_screen.hpp"
#include "apps/email/message_screen.hpp"
#include "shell/core/i18n/translate.hpp"
#include "tests/apps/email/email_screen_bench.hpp"

#include <gtest/gtest.h>

#include <ctime>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

// `family` rows from contacts, then the heading and `others` rows, as arrange_inbox puts them.
std::vector<InboxItem> inbox_of(size_t family, size_t others)
{
    std::vector<InboxItem> items(family);
    items.push_back({ InboxItem::Kind::OthersHeading, 0, nullptr });
    items.resize(family + 1 + others);
    return items;
}

constexpr float row = 100, heading = 150, gap = 10, list = 450;

// Each page with a stranger's row has the heading above the first such row, and what it draws fits.
void expect_the_heading_wherever_others_are(const std::vector<InboxItem>& items, const std::vector<InboxPage>& pages, size_t heading_at)
{
    for (size_t p = 0; p < pages.size(); ++p) {
        auto& page = pages[p];
        std::optional<size_t> first_other;
        for (size_t i = page.begin; i < page.end && !first_other; ++i)
            if (i > heading_at && items[i].kind == InboxItem::Kind::Message)
                first_other = i;
        auto above = others_heading_above(items, page);
        EXPECT_EQ(above, first_other) << "page " << p + 1;
        float used = above ? heading + gap : 0;
        for (size_t i = page.begin; i < page.end; ++i)
            used += items[i].kind == InboxItem::Kind::Message ? row + gap : 0;
        EXPECT_LE(used - gap, list + 0.5f) << "page " << p + 1 << " holds more than the list";
    }
}

size_t page_of(const std::vector<InboxPage>& pages, size_t item)
{
    for (size_t p = 0; p < pages.size(); ++p)
        if (item >= pages[p].begin && item < pages[p].end)
            return p;
    return pages.size();
}

std::time_t sample_now()
{
    return std::time(nullptr);
}

}

TEST(InboxPages, OtherMessagesBeginningOnPageTwoHaveTheirWarningOnEveryPageAfter)
{
    auto items = inbox_of(5, 6);
    auto pages = paginate_inbox(items, row, heading, list, gap);
    ASSERT_EQ(page_of(pages, 5), 1u) << "the heading begins on page 2";
    ASSERT_GE(pages.size(), 4u) << "the others go on to pages 3 and 4";
    expect_the_heading_wherever_others_are(items, pages, 5);
    EXPECT_TRUE(pages[2].repeats_heading && pages[3].repeats_heading);
    EXPECT_FALSE(pages[0].repeats_heading || pages[1].repeats_heading);
}

TEST(InboxPages, OtherMessagesBeginningOnPageThreeHaveTheirWarningOnEveryPageAfter)
{
    auto items = inbox_of(9, 5);
    auto pages = paginate_inbox(items, row, heading, list, gap);
    ASSERT_EQ(page_of(pages, 9), 2u) << "the heading begins on page 3";
    ASSERT_GE(pages.size(), 4u);
    expect_the_heading_wherever_others_are(items, pages, 9);
    EXPECT_FALSE(others_heading_above(items, pages[0]) || others_heading_above(items, pages[1])) << "no warning above the family";
}

TEST(InboxPages, EveryRowIsOnOnePageOnce)
{
    auto items = inbox_of(5, 9);
    auto pages = paginate_inbox(items, row, heading, list, gap);
    EXPECT_EQ(pages.front().begin, 0u);
    EXPECT_EQ(pages.back().end, items.size());
    for (size_t p = 1; p < pages.size(); ++p)
        EXPECT_EQ(pages[p].begin, pages[p - 1].end);
    EXPECT_EQ(paginate_inbox({}, row, heading, list, gap).size(), 1u) << "an empty inbox is one empty page";
}

class StrangerWarning : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
        i18n::set_language(Language::English);
    }
    void TearDown() override { i18n::set_language(Language::English); }

    EmailContext samples()
    {
        auto now = sample_now();
        return bench.context(sample_settings(), sample_inbox(now), sample_messages(now));
    }

    EmailScreenBench bench;
};

TEST_F(StrangerWarning, TheInboxPageAfterOtherMessagesBeganShowsTheHeadingAndWarningAgain)
{
    auto now = sample_now();
    auto inbox = sample_inbox(now);
    for (uint32_t uid = 7; uid < 15; ++uid)
        inbox.envelopes.push_back({ .uid = uid, .date = now - uid * 86400, .from = { "Boutique", "offres@boutique.example" }, .subject = "Promotions" });
    InboxScreen screen(bench.services, bench.context(sample_settings(), inbox, sample_messages(now)));
    screen.show_others(OthersPage::Next);
    auto drawn = bench.draw(screen);
    ASSERT_TRUE(drew_text(drawn, page_text(2, 3)) || drew_text(drawn, page_text(2, 4))) << "not on the page after the heading's";
    EXPECT_TRUE(drew_text(drawn, tr("Other messages")));
    EXPECT_TRUE(drew_text(drawn, scam_warning()));
}

TEST_F(StrangerWarning, AStrangersMessageCarriesTheWarningWrittenAndSpoken)
{
    // The parcel scam of the samples (UID 4, Colissimo: not among the contacts).
    MessageScreen screen(bench.services, samples(), 4);
    EXPECT_TRUE(drew_text(bench.draw(screen), scam_warning()));
    EXPECT_NE(screen.arrival_speech().find(scam_warning()), std::string::npos) << screen.arrival_speech();
}

TEST_F(StrangerWarning, AContactsMessageHasNoWarning)
{
    MessageScreen screen(bench.services, samples(), 6);
    EXPECT_FALSE(drew_text(bench.draw(screen), scam_warning()));
    EXPECT_EQ(screen.arrival_speech().find(scam_warning()), std::string::npos) << screen.arrival_speech();
}

TEST_F(StrangerWarning, AReplyToAStrangerCarriesTheWarningWrittenAndSpoken)
{
    Draft draft;
    draft.key = draft_key("suivi@colis-express.example", "colis");
    draft.to = { "Colissimo", "suivi@colis-express.example" };
    draft.reply_subject = "Votre colis est en attente : payez 1,99 €";
    draft.in_reply_to = "colis@colis-express.example";
    ComposeScreen screen(bench.services, samples(), draft);
    EXPECT_TRUE(drew_text(bench.draw(screen), scam_warning()));
    EXPECT_NE(screen.arrival_speech().find(scam_warning()), std::string::npos) << screen.arrival_speech();
}

TEST_F(StrangerWarning, AReplyToAContactHasNoWarning)
{
    Draft draft;
    draft.key = draft_key("mathilde@example.fr", "plage");
    draft.to = { "Mathilde Bérard", "mathilde@example.fr" };
    draft.reply_subject = "Les photos de la plage";
    draft.in_reply_to = "plage@example.fr";
    ComposeScreen screen(bench.services, samples(), draft);
    EXPECT_FALSE(drew_text(bench.draw(screen), scam_warning()));
    EXPECT_EQ(screen.arrival_speech().find(scam_warning()), std::string::npos) << screen.arrival_speech();
}

TEST_F(StrangerWarning, TheWarningIsInFrenchToo)
{
    i18n::set_language(Language::French);
    MessageScreen screen(bench.services, samples(), 4);
    auto drawn = bench.draw(screen);
    EXPECT_TRUE(drew_text(drawn, scam_warning()));
    EXPECT_NE(scam_warning().find("famille"), std::string::npos) << scam_warning();
}
