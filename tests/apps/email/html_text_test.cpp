// HTML mail into text: paragraphs, lists, entities, hidden parts; never more than one blank line.
#include "apps/email/html_text.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

TEST(HtmlText, ParagraphsAndBreaks)
{
    EXPECT_EQ(html_to_text("<p>Un</p><p>Deux<br>Trois</p>"), "Un\n\nDeux\nTrois");
    EXPECT_EQ(html_to_text("<div>a</div>\n\n\n<div>b</div>"), "a\nb");
    EXPECT_EQ(html_to_text("<P>Majuscules</P><BR/>fin"), "Majuscules\n\nfin");
}

TEST(HtmlText, EntitiesNamedAndNumbered)
{
    EXPECT_EQ(html_to_text("caf&eacute; &amp; th&#233; &#x20AC; &laquo;&nbsp;oui&nbsp;&raquo; &#146;"), "café & thé € « oui » ’");
    EXPECT_EQ(html_to_text("&unknown; &#; &"), "&unknown; &#; &");
}

TEST(HtmlText, HiddenPartsAreDropped)
{
    EXPECT_EQ(html_to_text("<style>x{}</style><SCRIPT>bad()</SCRIPT>vu<!-- commentaire -->"), "vu");
    EXPECT_EQ(html_to_text("a<span style=\"display: none\">pré-en-tête</span>b"), "ab");
    EXPECT_EQ(html_to_text("<div style='display:none'><div>x</div>y</div>z"), "z");
}

TEST(HtmlText, ListsBecomeBullets)
{
    EXPECT_EQ(html_to_text("<ul><li>un</li><li>deux</li></ul>"), "• un\n• deux");
}

TEST(HtmlText, BrokenHtmlKeepsWhatCanBeRead)
{
    EXPECT_EQ(html_to_text("début <b>gras"), "début gras");
    EXPECT_EQ(html_to_text("texte <a href=\"x"), "texte");
    EXPECT_EQ(html_to_text("<script>never closed"), "");
    EXPECT_EQ(html_to_text(""), "");
}

TEST(HtmlText, TidyTextCollapsesSpaces)
{
    EXPECT_EQ(tidy_text("  a \t b  \r\n\r\n\r\n\r\n c  "), "a b\n\nc");
}

TEST(HtmlText, InlineImagesWithTheSizeTheHtmlGivesThem)
{
    auto images = inline_images("<p>x</p><IMG width=\"320\" SRC=\"cid:photo@a\" height=240><img src='https://far.example/p.gif' width=1>"
                                "<img src=\"CID:pixel@a\" width=\"1px\" height=\"1\"/><img src=\"cid:wide\" width=\"100%\">");
    ASSERT_EQ(images.size(), 3u) << "a remote picture is not the message's";
    EXPECT_EQ(images[0].content_id, "photo@a");
    EXPECT_EQ(images[0].width, 320);
    EXPECT_EQ(images[0].height, 240);
    EXPECT_EQ(images[1].content_id, "pixel@a");
    EXPECT_EQ(images[1].width, 1);
    EXPECT_EQ(images[2].content_id, "wide");
    EXPECT_FALSE(images[2].width) << "a percentage says nothing of the picture";
    EXPECT_FALSE(images[2].height);
}
