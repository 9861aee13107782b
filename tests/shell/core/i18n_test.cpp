// Translations: the .mo reader, plural and context lookups, and that every string has a French translation.
#include "shell/core/i18n/catalog.hpp"
#include "shell/core/i18n/format.hpp"
#include "shell/core/i18n/translate.hpp"
#include "shell/core/system/files.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>
#include <string_view>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

std::string locale_dir()
{
    return std::string(FOYER_BUILD_DIR) + "/share/foyer/locale";
}

// A .po (or .pot) file as (context, msgid) -> (msgstr, fuzzy).
struct PoEntry {
    std::string msgstr;
    bool fuzzy { false };
};
using PoKey = std::pair<std::string, std::string>;

std::string unquote(const std::string& line)
{
    auto start = line.find('"');
    auto end = line.rfind('"');
    std::string out;
    for (size_t i = start + 1; i < end; ++i) {
        if (line[i] == '\\' && i + 1 < end) {
            char c = line[++i];
            out += c == 'n' ? '\n' : c == 't' ? '\t'
                                              : c;
        } else {
            out += line[i];
        }
    }
    return out;
}

// Entries are separated by blank lines; within one, a keyword line may continue on "..." lines.
std::map<PoKey, PoEntry> read_po(const std::string& text)
{
    std::map<PoKey, PoEntry> entries;
    size_t start = 0;
    while (start < text.size()) {
        auto end = text.find("\n\n", start);
        std::string block = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        start = end == std::string::npos ? text.size() : end + 2;
        std::map<std::string, std::string> fields;
        bool fuzzy = false;
        std::string* current = nullptr;
        size_t line_start = 0;
        while (line_start < block.size()) {
            auto line_end = block.find('\n', line_start);
            std::string line = block.substr(line_start, line_end == std::string::npos ? std::string::npos : line_end - line_start);
            line_start = line_end == std::string::npos ? block.size() : line_end + 1;
            if (line.rfind("#,", 0) == 0 && line.find("fuzzy") != std::string::npos) {
                fuzzy = true;
            } else if (!line.empty() && line[0] == '"' && current) {
                *current += unquote(line);
            } else if (!line.empty() && line[0] != '#') {
                auto keyword = line.substr(0, line.find(' '));
                current = &fields[keyword];
                *current = unquote(line);
            }
        }
        if (!fields.count("msgid") || fields["msgid"].empty())
            continue;
        auto msgstr = fields.count("msgstr") ? fields["msgstr"] : fields["msgstr[0]"];
        entries[{ fields["msgctxt"], fields["msgid"] }] = { msgstr, fuzzy };
    }
    return entries;
}

std::set<std::string> sorted_placeholders(const std::string& text)
{
    auto names = placeholders(text);
    return { names.begin(), names.end() };
}

}

TEST(Format, FillsNamedPlaceholdersInAnyOrder)
{
    EXPECT_EQ(format("{b} then {a}", { { "a", "1" }, { "b", "2" } }), "2 then 1");
    EXPECT_EQ(format("{a}{a}", { { "a", "x" } }), "xx");
    EXPECT_EQ(format("keep {unknown} and {", { { "a", "x" } }), "keep {unknown} and {");
    EXPECT_EQ(placeholders("{h24} h {mm}"), (std::vector<std::string> { "h24", "mm" }));
}

TEST(Language, ComesFromTheEnvironmentLikeGettext)
{
    auto with = [](std::map<std::string, std::string> vars) {
        for (auto name : { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" })
            unsetenv(name);
        for (auto& [name, value] : vars)
            setenv(name.c_str(), value.c_str(), 1);
        return language_from_environment();
    };
    EXPECT_EQ(with({ { "LANG", "en_GB.UTF-8" } }), Language::English);
    EXPECT_EQ(with({ { "LANG", "fr_FR.UTF-8" } }), Language::French);
    EXPECT_EQ(with({ { "LANG", "en_US.UTF-8" }, { "LC_ALL", "fr_CA.UTF-8" } }), Language::French);
    EXPECT_EQ(with({ { "LANG", "fr_FR.UTF-8" }, { "LANGUAGE", "de:en" } }), Language::English);
    EXPECT_EQ(with({ { "LANG", "C" } }), Language::French);
    EXPECT_EQ(with({ { "LANG", "de_DE.UTF-8" } }), Language::French);
    EXPECT_EQ(with({}), Language::French);
    unsetenv("LANG");
}

TEST(Catalog, RejectsDamagedFilesWithoutCrashing)
{
    EXPECT_TRUE(i18n::Catalog::parse("").is_error());
    EXPECT_TRUE(i18n::Catalog::parse(std::string(28, '\0')).is_error());
    auto real = read_file(locale_dir() + "/fr/LC_MESSAGES/foyer.mo");
    ASSERT_TRUE(real);
    EXPECT_FALSE(i18n::Catalog::parse(*real).is_error());
    // Every truncation of a real catalog is either read or refused, never a crash or an overread.
    for (size_t cut = 0; cut < real->size(); cut += 53)
        (void)i18n::Catalog::parse(std::string_view(*real).substr(0, cut));
}

TEST(Catalog, TranslatesWithContextsAndPlurals)
{
    ASSERT_FALSE(i18n::load_catalogs(locale_dir()).is_error());
    i18n::set_language(Language::French);
    EXPECT_EQ(tr("Call for help"), "Appeler à l’aide");
    EXPECT_EQ(trc("month", "May"), "mai");
    EXPECT_EQ(trc("weekday", "Thursday"), "jeudi");
    EXPECT_EQ(tr("No such string anywhere"), "No such string anywhere");
    i18n::set_language(Language::English);
    EXPECT_EQ(tr("Call for help"), "Call for help");
    EXPECT_EQ(trn("one tile", "{count} tiles", 1), "one tile");
    EXPECT_EQ(trn("one tile", "{count} tiles", 0), "{count} tiles");
}

// The rule of this project: no string reaches a senior without its French translation.
TEST(Translations, EveryStringInTheSourcesHasAFrenchTranslation)
{
    auto pot_path = temporary_directory("i18n") + "/foyer.pot";
    auto extracted = run({ std::string(FOYER_SOURCE_DIR) + "/tests/tools/extract-messages.sh", pot_path });
    ASSERT_EQ(extracted.exit_code, 0) << extracted.output;
    auto pot = read_po(read_text(pot_path));
    auto po = read_po(read_text(std::string(FOYER_SOURCE_DIR) + "/assets/i18n/fr.po"));
    ASSERT_GT(pot.size(), 50u);
    for (auto& [key, entry] : pot) {
        auto& [context, msgid] = key;
        auto found = po.find(key);
        std::string where = (context.empty() ? "" : "[" + context + "] ") + msgid;
        if (found == po.end()) {
            ADD_FAILURE() << "missing from assets/i18n/fr.po: " << where;
            continue;
        }
        EXPECT_FALSE(found->second.msgstr.empty()) << "untranslated: " << where;
        EXPECT_FALSE(found->second.fuzzy) << "fuzzy (needs review): " << where;
        // A translation may drop a placeholder (French writes 24-hour times without {ampm}) but never
        // invent one, or the screen would show "{name}".
        auto allowed = sorted_placeholders(msgid);
        for (auto& name : sorted_placeholders(found->second.msgstr))
            EXPECT_TRUE(allowed.count(name) || name == "h24") << "unknown placeholder {" << name << "} in: " << where;
    }
}

TEST(Translations, NoObsoleteEntriesLinger)
{
    auto pot_path = temporary_directory("i18n") + "/foyer.pot";
    ASSERT_EQ(run({ std::string(FOYER_SOURCE_DIR) + "/tests/tools/extract-messages.sh", pot_path }).exit_code, 0);
    auto pot = read_po(read_text(pot_path));
    auto po = read_po(read_text(std::string(FOYER_SOURCE_DIR) + "/assets/i18n/fr.po"));
    for (auto& [key, entry] : po)
        EXPECT_TRUE(pot.count(key)) << "fr.po translates a string the sources no longer have: " << key.second;
}

// French puts a no-break space before : ; ? ! % » and after «, so that a line never starts with the
// sign; a plain space there lets the large type wrap it onto a line of its own.
TEST(Translations, FrenchSignsHaveTheirNoBreakSpace)
{
    static const std::string no_break = "\xC2\xA0", narrow_no_break = "\xE2\x80\xAF";
    auto ends_with = [](const std::string& text, size_t end, const std::string& suffix) {
        return end >= suffix.size() && text.compare(end - suffix.size(), suffix.size(), suffix) == 0;
    };
    auto starts_at = [](const std::string& text, size_t at, const std::string& prefix) { return text.compare(at, prefix.size(), prefix) == 0; };
    auto po = read_po(read_text(std::string(FOYER_SOURCE_DIR) + "/assets/i18n/fr.po"));
    for (auto& [key, entry] : po) {
        auto& text = entry.msgstr;
        for (size_t i = 1; i < text.size(); ++i) {
            char c = text[i];
            bool sign = c == ':' || c == ';' || c == '?' || c == '!' || c == '%' || starts_at(text, i, "»");
            if (!sign)
                continue;
            // A colon inside a word (10:30, https://, sip:sophie@…) and a sign doubled (?!) are not French
            // punctuation.
            bool inside_word = c == ':' && text[i - 1] != ' ' && i + 1 < text.size() && text[i + 1] != ' '
                && !starts_at(text, i + 1, no_break) && !ends_with(text, i, no_break);
            bool doubled = std::string_view("?!").find(text[i - 1]) != std::string_view::npos;
            if (inside_word || doubled)
                continue;
            EXPECT_TRUE(ends_with(text, i, no_break) || ends_with(text, i, narrow_no_break))
                << "a no-break space before '" << text.substr(i, c == ':' || c == ';' || c == '?' || c == '!' || c == '%' ? 1 : 2) << "' in: " << text;
        }
        for (size_t at = text.find("«"); at != std::string::npos; at = text.find("«", at + 1))
            EXPECT_TRUE(starts_at(text, at + std::string("«").size(), no_break) || starts_at(text, at + std::string("«").size(), narrow_no_break))
                << "a no-break space after '«' in: " << text;
    }
}
