// IMAP answers cut at the right places (literals included, however the bytes arrive) and read into
// atoms, strings and lists; FETCH answers into what an inbox row needs.
#include "apps/email/imap_parser.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

TEST(ImapParser, StatusAndCodes)
{
    auto r = parse_imap_response("* OK [UIDVALIDITY 1795681928] UIDs valid\r\n");
    EXPECT_EQ(r.tag, "*");
    EXPECT_EQ(r.status(), "OK");
    EXPECT_EQ(r.code_number("UIDVALIDITY"), 1795681928u);
    EXPECT_FALSE(r.code_number("UIDNEXT"));
    auto tagged = parse_imap_response("f3 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
    EXPECT_EQ(tagged.tag, "f3");
    EXPECT_EQ(tagged.status(), "NO");
    EXPECT_EQ(tagged.line, "f3 NO [AUTHENTICATIONFAILED] Authentication failed.");
}

TEST(ImapParser, AFetchWithALiteralArrivingByteByByte)
{
    std::string header = "From: a@b\r\nSubject: (hé) {3}\r\n\r\n";
    std::string wire = "* 12 FETCH (UID 34 FLAGS (\\Seen \\Answered) RFC822.SIZE 1234 INTERNALDATE \"24-Nov-2026 18:05:00 +0100\" "
                       "BODY[HEADER.FIELDS (FROM SUBJECT)] {"
        + std::to_string(header.size()) + "}\r\n" + header + ")\r\nf1 OK done\r\n";
    ImapStream stream;
    std::vector<ImapResponse> responses;
    for (char c : wire) {
        stream.feed(std::string_view(&c, 1));
        while (auto response = stream.next())
            responses.push_back(*response);
    }
    ASSERT_EQ(responses.size(), 2u);
    auto fetched = read_fetch(responses[0]);
    ASSERT_TRUE(fetched);
    EXPECT_EQ(fetched->sequence, 12u);
    EXPECT_EQ(fetched->uid, 34u);
    EXPECT_EQ(fetched->size, 1234u);
    ASSERT_TRUE(fetched->flags);
    EXPECT_TRUE(has_flag(*fetched->flags, "\\seen"));
    EXPECT_TRUE(has_flag(*fetched->flags, "\\Answered"));
    EXPECT_EQ(fetched->body, header);
    EXPECT_EQ(fetched->internal_date, 1795539900);
    EXPECT_EQ(responses[1].status(), "OK");
}

TEST(ImapParser, ALiteralHoldingWhatLooksLikeResponses)
{
    std::string body = "line one\r\nf1 OK not the end\r\n* 3 EXISTS\r\n{5}\r\n";
    std::string wire = "* 1 FETCH (UID 7 BODY[] {" + std::to_string(body.size()) + "}\r\n" + body + ")\r\nf1 OK\r\n";
    ImapStream stream;
    stream.feed(wire);
    auto first = stream.next();
    ASSERT_TRUE(first);
    EXPECT_EQ(read_fetch(*first)->body, body);
    auto second = stream.next();
    ASSERT_TRUE(second);
    EXPECT_EQ(second->tag, "f1");
    EXPECT_FALSE(stream.next());
}

TEST(ImapParser, NilQuotedEscapesAndNestedLists)
{
    auto r = parse_imap_response("* 2 FETCH (UID 9 BODY[HEADER.FIELDS (FROM)] NIL X (\"a \\\"b\\\" \\\\c\" (d e)))\r\n");
    auto fetched = read_fetch(r);
    ASSERT_TRUE(fetched);
    EXPECT_EQ(fetched->body, "");
    auto& list = r.values[2].items;
    ASSERT_GE(list.size(), 6u);
    EXPECT_EQ(list[5].items[0].text, "a \"b\" \\c");
    EXPECT_EQ(list[5].items[1].items.size(), 2u);
}

TEST(ImapParser, OddInputNeverHangsOrCrashes)
{
    for (std::string odd : { std::string("* ((((((\r\n"), std::string(")))\r\n"), std::string("* 1 FETCH (UID\r\n"), std::string("\"unclosed\r\n"),
             std::string("* 1 FETCH (BODY[] {99999999}\r\n"), std::string("{3}\r\nab"), std::string(1000, '(') + "\r\n" }) {
        ImapStream stream;
        stream.feed(odd);
        while (auto response = stream.next())
            (void)read_fetch(*response);
        (void)parse_imap_response(odd);
    }
}

TEST(ImapParser, InternalDates)
{
    EXPECT_EQ(parse_internal_date(" 6-Dec-2026 00:00:00 +0000"), 1796515200);
    EXPECT_EQ(parse_internal_date("24-Nov-2026 18:05:00 -0130"), 1795539900 + 3600 + 5400);
    EXPECT_FALSE(parse_internal_date("yesterday"));
}

TEST(ImapParser, Quoting)
{
    EXPECT_EQ(imap_quote("INBOX"), "\"INBOX\"");
    EXPECT_EQ(imap_quote("a\"b"), "\"a\\\"b\"");
    EXPECT_EQ(imap_quote("Envoyés"), "{8}\r\nEnvoyés");
}
