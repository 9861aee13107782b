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
