// Which folder is the Sent folder, from LIST answers as servers write them: the SPECIAL-USE \Sent mark
// first (RFC 6154), else the usual names, French ones in modified UTF-7.
#include "apps/email/imap_filing.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

namespace {

std::vector<ListedFolder> listed(std::initializer_list<const char*> lines)
{
    std::vector<ListedFolder> folders;
    for (auto* line : lines) {
        auto response = parse_imap_response(std::string(line) + "\r\n");
        EXPECT_FALSE(response.is_error()) << line;
        if (auto folder = response.is_error() ? std::nullopt : read_list(response.value()))
            folders.push_back(*folder);
    }
    return folders;
}

}

TEST(SentFolder, TheFolderMarkedSentWinsOverTheUsualName)
{
    auto folders = listed({ R"(* LIST (\HasNoChildren) "." INBOX)", R"(* LIST (\HasNoChildren) "." Sent)",
        R"(* LIST (\HasNoChildren \Sent) "." "Messages partis")" });
    ASSERT_EQ(folders.size(), 3u);
    EXPECT_EQ(choose_sent_folder(folders), "Messages partis");
}

TEST(SentFolder, WithoutAMarkTheUsualNamesAreFoundFrenchOnesIncluded)
{
    EXPECT_EQ(choose_sent_folder(listed({ R"(* LIST () "/" INBOX)", R"(* LIST () "/" "&AMk-l&AOk-ments envoy&AOk-s")" })),
        "&AMk-l&AOk-ments envoy&AOk-s");
    EXPECT_EQ(choose_sent_folder(listed({ R"(* LIST () "." INBOX)", R"(* LIST () "." "Envoy&AOk-s")" })), "Envoy&AOk-s");
    EXPECT_EQ(choose_sent_folder(listed({ R"(* LIST () "." INBOX)", R"(* LIST () "." "INBOX.Sent")" })), "INBOX.Sent");
    EXPECT_EQ(choose_sent_folder(listed({ R"(* LIST () "." INBOX)", R"(* LIST () "." "Sent Messages")" })), "Sent Messages");
    EXPECT_EQ(choose_sent_folder(listed({ R"(* LIST () "." INBOX)", R"(* LIST () "." Drafts)" })), std::nullopt) << "none: Foyer makes one";
}

TEST(SentFolder, AFolderThatCannotHoldMessagesIsNotChosen)
{
    EXPECT_EQ(choose_sent_folder(listed({ R"(* LIST (\Noselect \HasChildren) "/" Sent)", R"(* LIST () "/" "Sent Items")" })), "Sent Items");
}
