// Every e-mail screen fits at every screen size, text size and language, with its longest words: the
// inbox with its longest buttons and problem, a message's bars, writing with a file list and a notice,
// the family's grid, the Sent screen's longest sentence, the banner.
#include "apps/email/compose_screen.hpp"
#include "apps/email/contacts_screen.hpp"
#include "apps/email/email_service.hpp"
#include "apps/email/email_words.hpp"
#include "apps/email/inbox_screen.hpp"
#include "apps/email/mail_errors.hpp"
#include "apps/email/message_screen.hpp"
#include "apps/email/sent_screen.hpp"
#include "tests/support/headless_ui.hpp"
#include "tests/support/layout_matrix.hpp"

#include <gtest/gtest.h>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

class EmailLayoutTest : public LayoutMatrix {
protected:
    void SetUp() override
    {
        LayoutMatrix::SetUp();
        headless = std::make_unique<HeadlessUi>(screen().width, screen().height, text_size());
        auto& m = headless->metrics();
        content = Rect { 0, 0, screen().width, screen().height };
        content.take_top(m.title_bar);
        content = content.inset(m.margin);
    }
    void TearDown() override
    {
        headless.reset();
        LayoutMatrix::TearDown();
    }
    Ui& ui() { return headless->ui(); }
    std::string where() const
    {
        return std::to_string(int(screen().width)) + "x" + std::to_string(int(screen().height)) + " size " + std::to_string(int(text_size()));
    }

    std::unique_ptr<HeadlessUi> headless;
    Rect content;
};

Draft unfinished()
{
    Draft draft;
    draft.key = "k";
    draft.to = { "Marie-Christine de La Rochefoucauld", "mc@example.fr" };
    draft.text = "x";
    return draft;
}

}

TEST_P(EmailLayoutTest, InboxFitsWithItsLongestButtonsAndProblems)
{
    std::vector<InboxStatus> statuses {
        {},
        inbox_status(InboxState::Failed, mail_error(MailFailure::WrongPassword, "", "La Banque Postale"), 0, true),
        inbox_status(InboxState::Failed, mail_error(MailFailure::NoNetwork, ""), 3, true),
        inbox_status(InboxState::UpToDate, std::nullopt, 2, true),
    };
    for (auto& status : statuses) {
        // As the screen does: the unfinished e-mail's button without the name when the name makes it too long.
        auto buttons = inbox_buttons(true, unfinished(), status.offer_help, true);
        auto layout = layout_inbox(ui(), buttons, status, content);
        if (!layout.fits) {
            buttons = inbox_buttons(true, unfinished(), status.offer_help, true, true);
            layout = layout_inbox(ui(), buttons, status, content);
        }
        EXPECT_TRUE(layout.fits) << where() << ": " << status.text;
        EXPECT_TRUE(content.contains(layout.paging.next)) << where();
        EXPECT_TRUE(content.contains(layout.paging.previous)) << where();
        for (auto& button : layout.actions.buttons) {
            EXPECT_TRUE(content.contains(button)) << where();
            EXPECT_FALSE(button.intersects(layout.paging.previous) || button.intersects(layout.paging.next)) << where();
        }
        // At least one message a page (two with nothing to say above them), and the heading with its
        // warning fits with the first row it introduces, as the pages put them.
        EXPECT_GE(layout.list.height, (status.text.empty() ? 2 : 1) * layout.row_height) << where() << ": " << status.text;
        EXPECT_GE(layout.list.height, layout.heading_height + ui().metrics().gap / 2 + layout.row_height) << where() << ": " << status.text;
    }
}

TEST_P(EmailLayoutTest, InboxPagesHoldEveryRowOnce)
{
    std::vector<InboxItem> items(9);
    items[4].kind = InboxItem::Kind::OthersHeading;
    auto layout = layout_inbox(ui(), inbox_buttons(true, std::nullopt, false, true), {}, content);
    auto pages = paginate_inbox(items, layout.row_height, layout.heading_height, layout.list.height, ui().metrics().gap / 2);
    ASSERT_FALSE(pages.empty());
    std::vector<size_t> starts;
    for (auto& page : pages)
        starts.push_back(page.begin);
    EXPECT_EQ(starts.front(), 0u);
    EXPECT_EQ(pages.back().end, items.size());
    for (size_t i = 1; i < starts.size(); ++i) {
        EXPECT_EQ(pages[i - 1].end, starts[i]);
        EXPECT_GT(starts[i], starts[i - 1]);
        EXPECT_NE(starts[i], 5u) << "the heading never ends a page alone: " << where();
    }
    // Rows a page: at least two, at most as many as an eye can take in at once.
    EXPECT_GE(starts.size() > 1 ? starts[1] : items.size(), 2u) << where();
    EXPECT_LE(starts.size() > 1 ? starts[1] : items.size(), 6u) << where();
}

TEST_P(EmailLayoutTest, MessageFitsWithItsButtonsAndPaging)
{
    for (bool reply : { true, false }) {
        auto buttons = message_buttons(reply);
        auto layout = layout_message(ui(), buttons, content);
        EXPECT_TRUE(layout.fits) << where();
        for (auto& button : layout.actions.buttons)
            EXPECT_TRUE(content.contains(button)) << where();
        EXPECT_TRUE(content.contains(layout.paging.next)) << where();
        EXPECT_TRUE(content.contains(layout.body)) << where();
        for (auto& button : layout.actions.buttons)
            EXPECT_FALSE(button.intersects(layout.paging.previous) || button.intersects(layout.paging.next)) << where();
    }
}

// Issue 14: in the largest text on a 1366x768 screen, a letter showed three lines a page (556 pages for
// 5,000 lines); the header gives up a line when the words would have fewer than roomy_message_lines.
TEST_P(EmailLayoutTest, ALongLetterHasMoreThanThreeLinesAPageInEveryTextSize)
{
    float line = ui().metrics().font(FontRole::Large) * 1.2f;
    for (size_t pages : { size_t(1), size_t(556) }) {
        auto layout = layout_message(ui(), message_buttons(true), content, pages);
        EXPECT_GE(layout.body.height, 4 * line) << where() << " pages " << pages;
        EXPECT_TRUE(content.contains(layout.subject) && content.contains(layout.picture)) << where();
        EXPECT_FALSE(layout.subject.intersects(layout.body) || layout.picture.intersects(layout.body) || layout.when.intersects(layout.body)) << where();
        EXPECT_FALSE(layout.subject.intersects(layout.when) || layout.subject.intersects(layout.picture)) << where();
        // Where it has room, the sender's name is on its row under the title bar as well.
        if (layout.body.height >= (roomy_message_lines + 1) * line)
            EXPECT_GT(layout.name.height, 0) << where();
    }
}

TEST_P(EmailLayoutTest, AStrangersMessageAndReplyFitWithTheWarning)
{
    auto& m = ui().metrics();
    for (bool reply : { true, false }) {
        StrangerNotice notice;
        auto layout = layout_message_for(ui(), message_buttons(reply), content, Sender::Stranger, notice);
        EXPECT_TRUE(layout.fits) << where() << ": body " << layout.body.height;
        EXPECT_GT(notice.band.height, 0) << where();
        EXPECT_TRUE(content.contains(notice.band)) << where();
        EXPECT_FALSE(notice.band.intersects(layout.subject) || notice.band.intersects(layout.body)) << where();
        EXPECT_FALSE(layout.name.height > 0 && notice.band.intersects(layout.name)) << where();
        // Never smaller than body type at the next smaller text size.
        EXPECT_TRUE(notice.px == 0 || notice.px >= m.smaller_font_px[size_t(FontRole::Body)]) << where();
    }
    for (size_t files : { size_t(0), size_t(3) }) {
        StrangerNotice notice;
        auto layout = layout_compose_for(ui(), compose_buttons(), files, "", content, Sender::Stranger, notice);
        EXPECT_TRUE(layout.fits) << where() << " files " << files << ": box " << layout.text.height;
        EXPECT_GT(notice.band.height, 0) << where();
        EXPECT_FALSE(notice.band.intersects(layout.text) || notice.band.intersects(layout.send)) << where();
        EXPECT_FALSE(layout.to.height > 0 && notice.band.intersects(layout.to)) << where();
        // The warning takes its room from the box, never Back's word (issue 13: nothing gets smaller).
        EXPECT_FALSE(layout.back_arrow) << where() << " files " << files;
        // With a notice of its own under the box as well ("Adding the photo…"), the box keeps two lines at
        // least (three everywhere but the largest type on a 1280x1024 screen), and nothing overlaps.
        auto with_notice = layout_compose_for(ui(), compose_buttons(), files, tr("Adding the photo…"), content, Sender::Stranger, notice);
        EXPECT_GE(with_notice.text.height, m.font(FontRole::Large) * 1.2f * 2) << where();
        EXPECT_FALSE(notice.band.intersects(with_notice.text) || notice.band.intersects(with_notice.notice) || with_notice.text.intersects(with_notice.notice))
            << where();
    }
    StrangerNotice none;
    auto contacts = layout_message_for(ui(), message_buttons(true), content, Sender::Contact, none);
    EXPECT_EQ(none.band.height, 0) << "no band for a contact";
    EXPECT_EQ(contacts.body.height, layout_message(ui(), message_buttons(true), content).body.height);
}

TEST_P(EmailLayoutTest, WritingFitsWithFilesAndTheLongestNotice)
{
    auto notice = tr("The photo is added ({size}).") + " "
        + format(tr("But together they are too big to send in one e-mail: {size}, and {provider} accepts {limit}. Remove one and send it in another e-mail."),
            { { "size", "27 MB" }, { "provider", "La Poste" }, { "limit", "20 MB" } });
    for (size_t files : { size_t(0), size_t(3) }) {
        for (auto& text : { std::string(), notice }) {
            auto layout = layout_compose(ui(), compose_buttons(), files, text, content);
            EXPECT_TRUE(layout.fits) << where() << " files " << files << " notice " << text.size() << ": box " << layout.text.height << " notice "
                                     << layout.notice.height << " send " << layout.send.y << " buttons " << layout.buttons.height;
            EXPECT_TRUE(content.contains(layout.send)) << where();
            for (auto& button : layout.buttons.buttons) {
                EXPECT_TRUE(content.contains(button)) << where();
                EXPECT_FALSE(button.intersects(layout.send)) << where();
            }
            EXPECT_FALSE(layout.text.intersects(layout.send)) << where();
            EXPECT_GE(layout.send.height, ui().metrics().button_height) << where();
        }
    }
}

TEST_P(EmailLayoutTest, TheFamilysFacesStayLarge)
{
    auto layout = layout_contacts(ui(), content);
    EXPECT_TRUE(layout.fits) << where();
    EXPECT_GE(layout.cells.size(), 4u);
    for (auto& cell : layout.cells)
        EXPECT_TRUE(content.contains(cell)) << where();
    EXPECT_GE(layout.cells.front().height, screen().height / 5) << where();
}

TEST_P(EmailLayoutTest, SentSaysItsLongestSentence)
{
    QueuedMail mail;
    mail.to = { "Marie-Christine de La Rochefoucauld", "mc@example.fr" };
    std::vector<SendReport> reports {
        { mail, mail_error(MailFailure::NoNetwork, ""), std::nullopt },
        { mail, mail_error(MailFailure::TooBig, "", "La Banque Postale"), std::string("k") },
        { mail, mail_error(MailFailure::WrongPassword, "", "La Banque Postale"), std::nullopt },
    };
    for (auto& report : reports) {
        auto words = sent_words(mail, &report);
        std::vector<ButtonSpec> buttons { { "a", Icon::Document, tr("Change my e-mail") }, { "b", Icon::Helpline, tr("Call for help") },
            { "c", Icon::Mail, tr("My e-mails") } };
        auto layout = layout_sent(ui(), words.text, buttons, content);
        EXPECT_TRUE(layout.fits) << where() << ": " << words.text;
    }
}

INSTANTIATE_TEST_SUITE_P(Everywhere, EmailLayoutTest, every_layout_case(), layout_case_name);
