// A message cut into pages (message_screen.cpp): every word on exactly one page, in order; no page
// begins with the blank line between two paragraphs; the page that shows a word; what Read aloud says from
// a later page.
#include "apps/email/message_screen.hpp"
#include "tests/support/headless_ui.hpp"

#include <gtest/gtest.h>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

MessageContent letter(size_t paragraphs)
{
    MessageContent content;
    content.subject = "Des nouvelles";
    for (size_t i = 0; i < paragraphs; ++i) {
        if (i > 0)
            content.text += "\n\n";
        content.text += "Paragraphe " + std::to_string(i + 1) + ". Nous sommes allés au marché, il faisait beau et les enfants ont couru sur la plage.";
    }
    return content;
}

bool blank(std::string_view line)
{
    return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}

TEST(MessagePages, EveryWordIsOnOnePageInOrderAndNoPageBeginsWithABlankLine)
{
    HeadlessUi headless(1366, 768, TextSize::Largest);
    auto content = letter(40);
    float line = headless.metrics().font(FontRole::Large) * 1.2f;
    // Two lines a page, as many as a paragraph has here: without care, every page after the first would
    // begin with the blank line.
    Rect body { 0, 0, 1200, 2 * line + 1 };
    auto pages = paginate_message(headless.ui(), content, body);
    ASSERT_GT(pages.size(), 10u);
    size_t blank_starts = 0;
    for (size_t i = 0; i < pages.size(); ++i) {
        ASSERT_EQ(pages[i].kind, MessagePage::Kind::Text);
        ASSERT_LT(pages[i].begin, pages[i].end);
        auto shown = std::string_view(content.text).substr(pages[i].begin, pages[i].end - pages[i].begin);
        blank_starts += blank(shown.substr(0, shown.find('\n')));
        // Only white space between one page and the next: nothing is skipped.
        if (i > 0) {
            ASSERT_GE(pages[i].begin, pages[i - 1].end);
            EXPECT_TRUE(blank(std::string_view(content.text).substr(pages[i - 1].end, pages[i].begin - pages[i - 1].end))) << "page " << i + 1;
        }
    }
    EXPECT_EQ(blank_starts, 0u) << "pages beginning with an empty line";
    EXPECT_EQ(pages.front().begin, 0u);
    EXPECT_EQ(pages.back().end, content.text.size());
}

TEST(MessagePages, ThePageShowingAWordAndReadingFromIt)
{
    HeadlessUi headless(1366, 768, TextSize::Normal);
    auto content = letter(30);
    Rect body { 0, 0, 1200, 4 * headless.metrics().font(FontRole::Large) * 1.2f + 1 };
    auto pages = paginate_message(headless.ui(), content, body);
    ASSERT_GT(pages.size(), 3u);
    auto word = content.text.find("Paragraphe 17.");
    size_t page = page_showing(pages, word);
    EXPECT_LE(pages[page].begin, word);
    EXPECT_GT(pages[page].end, word);
    EXPECT_EQ(page_showing(pages, content.text.size() + 5), pages.size() - 1) << "past the end: the last page";
    // From a later page: its words, not "From …" and the subject again.
    auto from_there = read_aloud_text(content, "Mathilde", {}, pages[page].begin);
    EXPECT_EQ(from_there, content.text.substr(pages[page].begin));
    auto whole = read_aloud_text(content, "Mathilde", {}, 0);
    EXPECT_NE(whole.find("Mathilde"), std::string::npos);
    EXPECT_NE(whole.find("Des nouvelles"), std::string::npos);
}
