// IMAP answers cut at the right places (literals included, however the bytes arrive) and read into
// atoms, strings and lists; FETCH answers into what an inbox row needs; a malformed answer is an error that
// names what is wrong. That no bytes at all crash the reader is the fuzz target's (tests/fuzz/imap_fuzzer).
#include "apps/email/imap_parser.hpp"
#include "apps/email/mail_errors.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

namespace {

// The answer parsed, failing the test when it is an error.
ImapResponse parsed(std::string_view bytes)
{
    auto response = parse_imap_response(bytes);
    EXPECT_FALSE(response.is_error()) << response.error().detail();
    return response.is_error() ? ImapResponse {} : response.release_value();
}

// The detail of the error `result` must be.
template<typename T>
std::string error_detail(const ErrorOr<T>& result)
{
    if (!result.is_error())
        return "(no error)";
    EXPECT_EQ(mail_failure(result.error()), MailFailure::Other);
    return result.error().detail();
}

}

TEST(ImapParser, StatusAndCodes)
{
    auto r = parsed("* OK [UIDVALIDITY 1795681928] UIDs valid\r\n");
    EXPECT_EQ(r.tag, "*");
    EXPECT_EQ(r.status(), "OK");
    EXPECT_EQ(r.code_number("UIDVALIDITY"), 1795681928u);
    EXPECT_FALSE(r.code_number("UIDNEXT"));
    auto tagged = parsed("f3 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
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
        while (auto response = stream.next()) {
            ASSERT_FALSE(response->is_error()) << response->error().detail();
            responses.push_back(response->release_value());
        }
    }
    ASSERT_EQ(responses.size(), 2u);
    ASSERT_TRUE(is_fetch(responses[0]));
    auto read = read_fetch(responses[0]);
    ASSERT_FALSE(read.is_error()) << read.error().detail();
    auto* fetched = &read.value();
    EXPECT_EQ(fetched->sequence, 12u);
    EXPECT_EQ(fetched->uid, 34u);
    EXPECT_EQ(fetched->size, 1234u);
    ASSERT_TRUE(fetched->flags);
    EXPECT_TRUE(has_flag(*fetched->flags, "\\seen"));
    EXPECT_TRUE(has_flag(*fetched->flags, "\\Answered"));
    EXPECT_EQ(fetched->body, header);
    EXPECT_EQ(fetched->internal_date, 1795539900);
    EXPECT_FALSE(is_fetch(responses[1]));
    EXPECT_EQ(responses[1].status(), "OK");
}

TEST(ImapParser, ALiteralHoldingWhatLooksLikeResponses)
{
    std::string body = "line one\r\nf1 OK not the end\r\n* 3 EXISTS\r\n{5}\r\n";
    std::string wire = "* 1 FETCH (UID 7 BODY[] {" + std::to_string(body.size()) + "}\r\n" + body + ")\r\nf1 OK\r\n";
    ImapStream stream;
    stream.feed(wire);
    auto first = stream.next();
    ASSERT_TRUE(first && !first->is_error());
    auto fetched = read_fetch(first->value());
    ASSERT_FALSE(fetched.is_error()) << fetched.error().detail();
    EXPECT_EQ(fetched.value().body, body);
    auto second = stream.next();
    ASSERT_TRUE(second && !second->is_error());
    EXPECT_EQ(second->value().tag, "f1");
    EXPECT_FALSE(stream.next());
}

TEST(ImapParser, NilQuotedEscapesAndNestedLists)
{
    auto r = parsed("* 2 FETCH (UID 9 BODY[HEADER.FIELDS (FROM)] NIL X (\"a \\\"b\\\" \\\\c\" (d e)))\r\n");
    auto fetched = read_fetch(r);
    ASSERT_FALSE(fetched.is_error()) << fetched.error().detail();
    EXPECT_EQ(fetched.value().body, "");
    auto& list = r.values[2].items;
    ASSERT_GE(list.size(), 6u);
    EXPECT_EQ(list[5].items[0].text, "a \"b\" \\c");
    EXPECT_EQ(list[5].items[1].items.size(), 2u);
}

TEST(ImapParser, AMalformedAnswerIsAnErrorNamingWhatIsWrong)
{
    struct Odd {
        std::string bytes;
        // Words the error's detail must hold: what is wrong, and where.
        std::vector<std::string> named;
    };
    const std::vector<Odd> odd_answers {
        { "* ((((((\r\n", { "untagged answer has no name" } },
        { ")))\r\n", { "tag \")))\"" } },
        { "* 1 FETCH (UID\r\n", { "list after \"FETCH\" is not closed", "\"UID\"" } },
        { "\"unclosed\r\n", { "tag \"\"unclosed\"" } },
        { "* 1 FETCH (BODY[] {99999999}\r\n", { "literal after \"BODY[]\" announces 99999999 bytes but 0 follow" } },
        { "{3}\r\nab", { "tag \"{3}\"" } },
        { std::string(1000, '(') + "\r\n", { "tag \"((((", "…" } },
        { "* 2 LIST (\\HasNoChildren \"/\" INBOX\r\n", { "list after \"LIST\" is not closed" } },
        { "* 3 FETCH (FLAGS (\\Seen) X \"open\r\n", { "quoted string after \"X\" is not closed" } },
        { "* 4 FETCH (UID 5))\r\n", { "\")\" after \"5\" closes no list" } },
        { "* 5 FETCH " + std::string(100, '(') + std::string(100, ')') + "\r\n", { "lists after \"FETCH\" are nested deeper than 64" } },
        { "f1\r\n", { "answer to f1 has no status" } },
        { "f2 FETCH done\r\n", { "answer to f2 has no status" } },
        { "*\r\n", { "untagged answer has no name" } },
        { "\r\n", { "tag \"\"" } },
    };
    for (auto& odd : odd_answers) {
        SCOPED_TRACE(odd.bytes.substr(0, 40));
        auto detail = error_detail(parse_imap_response(odd.bytes));
        for (auto& words : odd.named)
            EXPECT_NE(detail.find(words), std::string::npos) << detail;
        EXPECT_EQ(detail.find('\r'), std::string::npos) << "no control characters in the log";
    }

    // Through the stream, the same answers are errors too, or incomplete (a literal not yet arrived).
    for (auto& odd : odd_answers) {
        SCOPED_TRACE(odd.bytes.substr(0, 40));
        ImapStream stream;
        stream.feed(odd.bytes);
        auto response = stream.next();
        bool waits_for_literal = odd.bytes.find("{99999999}") != std::string::npos || odd.bytes.starts_with("{3}");
        if (waits_for_literal)
            EXPECT_FALSE(response) << "its literal has not arrived";
        else
            EXPECT_TRUE(response && response->is_error());
    }
}

TEST(ImapParser, TheWordsAfterAStatusAreFreeText)
{
    // Unbalanced brackets and quotes are only words for people there.
    auto r = parsed("* OK [ALERT] Maintenance tonight (from 2 h \"until dawn\r\n");
    EXPECT_EQ(r.status(), "OK");
    EXPECT_EQ(parsed("f4 NO Mailbox busy :-)\r\n").status(), "NO");
    EXPECT_EQ(parsed("* BYE (Closing\r\n").status(), "BYE");
    EXPECT_EQ(parsed("+ Ready for literal data\r\n").tag, "+");
    EXPECT_EQ(parsed("+\r\n").tag, "+");
}

TEST(ImapParser, AFetchWithAWrongItemIsAnErrorNamingTheItem)
{
    const std::vector<std::pair<std::string, std::string>> wrong_items {
        { "* 1 FETCH (UID x)\r\n", "UID \"x\" is not a positive number" },
        { "* 1 FETCH (UID 0)\r\n", "UID \"0\" is not a positive number" },
        { "* 1 FETCH (UID 99999999999)\r\n", "UID \"99999999999\" is not a positive number" },
        { "* 1 FETCH (UID)\r\n", "FETCH item \"UID\" has no value" },
        { "* 1 FETCH (RFC822.SIZE -3)\r\n", "RFC822.SIZE \"-3\" is not a number" },
        { "* 1 FETCH (FLAGS \\Seen)\r\n", "FLAGS is not a list" },
        { "* 1 FETCH (INTERNALDATE \"yesterday\")\r\n", "INTERNALDATE \"yesterday\" is not a date" },
        { "* 1 FETCH (INTERNALDATE 24-Nov-2026)\r\n", "INTERNALDATE \"24-Nov-2026\" is not a date" },
        { "* 1 FETCH (BODY[] (a b))\r\n", "\"BODY[]\" is neither a string nor NIL" },
        { "* 1 FETCH (\"UID\" 3)\r\n", "FETCH item has no name" },
        { "* x FETCH (UID 3)\r\n", "message number \"x\" of FETCH is not a positive number" },
        { "* 1 FETCH UID 3\r\n", "FETCH has no list of items" },
        { "* 3 EXISTS\r\n", "not a FETCH answer" },
    };
    for (auto& [bytes, named] : wrong_items) {
        SCOPED_TRACE(bytes);
        auto response = parsed(bytes);
        auto detail = error_detail(read_fetch(response));
        EXPECT_NE(detail.find(named), std::string::npos) << detail;
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
