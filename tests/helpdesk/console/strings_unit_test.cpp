// The console's words and markup helpers: every sentence in both languages with the same placeholders,
// and escaping that leaves no way for a value to become markup.
#include "helpdesk/console/html.hpp"
#include "helpdesk/console/strings.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>

using namespace Foyer::Helpdesk;

namespace {

std::set<std::string> placeholders(std::string_view text)
{
    std::set<std::string> found;
    static const std::regex placeholder(R"(\{[a-z_]+\})");
    std::string copy(text);
    for (std::sregex_iterator it(copy.begin(), copy.end(), placeholder), end; it != end; ++it)
        found.insert(it->str());
    return found;
}

}

TEST(ConsoleStrings, EveryEntryIsInPlaceInBothLanguages)
{
    for (size_t i = 0; i < size_t(Text::Count); ++i) {
        auto& entry = text_entry(Text(i));
        EXPECT_EQ(size_t(entry.key), i) << "entry " << i << " is out of order in console/strings.cpp";
        EXPECT_FALSE(entry.fr.empty()) << i;
        EXPECT_FALSE(entry.en.empty()) << i;
        EXPECT_EQ(placeholders(entry.fr), placeholders(entry.en)) << entry.en;
        EXPECT_EQ(std::string(entry.fr).find('\''), std::string::npos)
            << "typographic apostrophe expected: " << entry.fr;
    }
}

TEST(Html, EscapesEverythingThatCouldBecomeMarkup)
{
    EXPECT_EQ(escape_html("<script>alert('x')</script> & \"q\""),
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    Html html;
    html.raw("<p title=\"").text("\"><img src=x onerror=alert(1)>").raw("\">").text("<b>").raw("</p>");
    EXPECT_EQ(html.str(), "<p title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">&lt;b&gt;</p>");
    EXPECT_EQ(fill("Case {code} for {name}", { { "code", "1" }, { "name", "{code}" } }), "Case 1 for {code}");
    EXPECT_EQ(url_encode("/console/cases/1?a=b&c"), "/console/cases/1%3Fa%3Db%26c");
}

TEST(Html, ThePageFrameCarriesLanguageAndLogout)
{
    PageFrame frame { Language::French, "Anne <admin>", "tok\"en", "/console/cases/3" };
    auto page = render_page(frame, "Dossier <1>", "<p>corps</p>");
    EXPECT_NE(page.find("<html lang=\"fr\">"), std::string::npos);
    EXPECT_NE(page.find("<title>Dossier &lt;1&gt; — Assistance Foyer</title>"), std::string::npos);
    EXPECT_NE(page.find("Connecté : Anne &lt;admin&gt;"), std::string::npos);
    EXPECT_NE(page.find("name=\"csrf\" value=\"tok&quot;en\""), std::string::npos);
    EXPECT_NE(page.find("/console/language?to=en&amp;back=/console/cases/3"), std::string::npos);
    EXPECT_EQ(page.find("<admin>"), std::string::npos);
}
