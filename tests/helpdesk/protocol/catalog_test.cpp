// The finding catalog: ids unique and well-formed, every sentence present in both languages, and the
// catalog small enough for the offline code.
#include "helpdesk/protocol/finding_catalog.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace Foyer::Protocol;

TEST(FindingCatalog, IdsAreUniqueAndEverySentenceIsWritten)
{
    std::set<std::string_view> ids;
    for (auto& kind : finding_kinds()) {
        EXPECT_TRUE(ids.insert(kind.id).second) << kind.id;
        EXPECT_EQ(&kind, find_finding_kind(kind.id));
        EXPECT_FALSE(kind.title.fr.empty());
        EXPECT_FALSE(kind.title.en.empty());
        for (auto status : { Status::Ok, Status::Warn, Status::Fail, Status::Unknown }) {
            auto sentence = kind.sentence(status);
            EXPECT_FALSE(sentence.fr.empty()) << kind.id;
            EXPECT_FALSE(sentence.en.empty()) << kind.id;
            EXPECT_TRUE(sentence.en.ends_with(".")) << kind.id << ": " << sentence.en;
            EXPECT_TRUE(sentence.fr.ends_with(".")) << kind.id << ": " << sentence.fr;
            // The French apostrophe is the typographic one throughout.
            EXPECT_EQ(std::string(sentence.fr).find('\''), std::string::npos) << sentence.fr;
        }
    }
    EXPECT_LE(finding_kinds().size(), 32u);
    EXPECT_EQ(find_finding_kind("no.such.thing"), nullptr);
}

TEST(FindingCatalog, ItsOrderIsTheOfflineCodeNumbering)
{
    // Append-only: these numbers are read over the phone by devices already installed.
    EXPECT_EQ(find_finding_kind(FindingId::network_connectivity)->index(), 0);
    EXPECT_EQ(find_finding_kind(FindingId::printer_ink)->index(), 10);
    EXPECT_EQ(find_finding_kind(FindingId::system_activity)->index(), 23);
}
