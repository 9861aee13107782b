// E-mails Foyer builds read back as sent: French text, names in RFC 2231, photos intact, a reply threaded.
#include "apps/email/mime_reader.hpp"
#include "apps/email/mime_writer.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

TEST(MimeWriter, ATextWithFilesReadsBackExactly)
{
    OutgoingMessage out;
    out.from = { "Marie-Martine", "marie@example.fr" };
    out.to = { { "Mathilde Bérard", "mathilde@example.fr" } };
    out.subject = "Les photos de Noël « enfin »";
    out.text = "Bonjour ma chérie,\nVoici les photos.\n\nBises, Mamie — 25 €";
    out.attachments.push_back({ "Noël à la maison.jpg", "image/jpeg", std::string("\xFF\xD8\xFF\xE0 binary \0 data", 20) });
    out.attachments.push_back({ "Lettre très longue pour la mairie de Saint-Étienne-du-Rouvray (Seine-Maritime).pdf", "application/pdf", "%PDF-1.4 x" });
    auto raw = build_message(out);
    EXPECT_NE(raw.find("\r\n"), std::string::npos);
    EXPECT_EQ(raw.find("\n"), raw.find("\r\n") + 1) << "every line ends in CRLF";
    EXPECT_NE(raw.find("filename*"), std::string::npos) << "RFC 2231 for non-ASCII names";
    for (size_t start = 0, end; (end = raw.find("\r\n", start)) != std::string::npos; start = end + 2)
        EXPECT_LE(end - start, 998u) << "no line over the SMTP limit";

    auto back = read_message(raw);
    EXPECT_EQ(back.from, out.from);
    ASSERT_EQ(back.to.size(), 1u);
    EXPECT_EQ(back.to[0], out.to[0]);
    EXPECT_EQ(back.subject, out.subject);
    EXPECT_EQ(back.text, out.text);
    ASSERT_EQ(back.photos.size(), 1u);
    EXPECT_EQ(back.photos[0], out.attachments[0]);
    ASSERT_EQ(back.attachments.size(), 1u);
    EXPECT_EQ(back.attachments[0], out.attachments[1]);
    EXPECT_FALSE(back.message_id.empty());
}

TEST(MimeWriter, AReplyIsThreaded)
{
    OutgoingMessage out;
    out.from = { "M", "marie@example.fr" };
    out.to = { { "", "paul@example.fr" } };
    out.subject = reply_subject("RE : Re: Dimanche");
    out.text = "Oui !";
    out.in_reply_to = "original@example.fr";
    out.references = reply_references("<first@example.fr>", "original@example.fr");
    out.message_id = "mine@example.fr";
    auto back = read_message(build_message(out));
    EXPECT_EQ(back.subject, "Re: Dimanche");
    EXPECT_EQ(back.message_id, "mine@example.fr");
    EXPECT_EQ(back.references, "<first@example.fr> <original@example.fr>");
    EXPECT_NE(build_message(out).find("In-Reply-To: <original@example.fr>"), std::string::npos);
}

TEST(MimeWriter, ReplySubjects)
{
    EXPECT_EQ(reply_subject("Bonjour"), "Re: Bonjour");
    EXPECT_EQ(reply_subject("Re: Re: Bonjour"), "Re: Bonjour");
    EXPECT_EQ(reply_subject(""), "Re: ");
}

TEST(MimeWriter, MessageIdsAreUniqueAndUseTheSendersDomain)
{
    auto a = make_message_id("marie@orange.fr");
    auto b = make_message_id("marie@orange.fr");
    EXPECT_NE(a, b);
    EXPECT_TRUE(a.ends_with("@orange.fr"));
}
