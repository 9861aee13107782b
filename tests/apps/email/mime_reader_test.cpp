// The corpus of awkward messages (tests/apps/email/corpus): charsets, encodings, nested multiparts, HTML,
// forwarded messages, missing headers, broken base64, cut-off messages. Each shows what can be read.
#include "apps/email/mime_reader.hpp"
#include "shell/core/system/files.hpp"
#include "shell/core/system/image.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

namespace {

std::string corpus(const std::string& name)
{
    auto text = read_file(std::string(FOYER_SOURCE_DIR) + "/tests/apps/email/corpus/" + name);
    EXPECT_TRUE(text) << name;
    return text.value_or("");
}

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

}

TEST(MimeReader, Latin1QuotedPrintableWithAnEncodedSubjectAndName)
{
    auto message = read_message(corpus("latin1-quoted-printable.eml"));
    EXPECT_EQ(message.from.name, "Mathilde Bérard");
    EXPECT_EQ(message.from.address, "mathilde@example.fr") << "addresses are compared in lower case";
    EXPECT_EQ(message.subject, "Les photos de Noël");
    EXPECT_EQ(message.message_id, "noel-1@example.fr");
    EXPECT_TRUE(contains(message.text, "Voici les photos de Noël. À bientôt, on t'embrasse très fort !")) << message.text;
    EXPECT_EQ(message.date, 1795539900);
    EXPECT_FALSE(message.damaged);
}

TEST(MimeReader, Iso885915HasTheEuroSign)
{
    auto message = read_message(corpus("iso-8859-15-euro.eml"));
    EXPECT_TRUE(contains(message.text, "120 €")) << message.text;
    EXPECT_TRUE(contains(message.text, "œ") || contains(message.text, "½") || contains(message.text, "Œ")) << message.text;
    EXPECT_EQ(message.subject, "Votre relevé");
}

TEST(MimeReader, UndeclaredEightBitTextIsReadAsWindows1252)
{
    auto message = read_message(corpus("windows-1252-undeclared.eml"));
    EXPECT_EQ(message.subject, "C’est l’été");
    EXPECT_TRUE(contains(message.text, "beau – “vraiment” beau … € 20")) << message.text;
}

TEST(MimeReader, Utf8Base64AndAnEncodedWordSubject)
{
    auto message = read_message(corpus("utf8-base64.eml"));
    EXPECT_EQ(message.subject, "Réunion œuvre « spéciale » 🎉");
    EXPECT_EQ(message.from.name, "Jean-Robert");
    EXPECT_TRUE(contains(message.text, "La réunion de l’œuvre est jeudi à 14 h.")) << message.text;
}

TEST(MimeReader, HtmlBecomesCleanText)
{
    auto message = read_message(corpus("html-only.eml"));
    EXPECT_TRUE(contains(message.text, "Bonjour Marie,")) << message.text;
    EXPECT_TRUE(contains(message.text, "Nos offres & nouveautés :")) << message.text;
    EXPECT_TRUE(contains(message.text, "• Café à 2€")) << message.text;
    EXPECT_TRUE(contains(message.text, "• Thé & biscuits")) << message.text;
    EXPECT_TRUE(contains(message.text, "Cliquez ici.\nMerci")) << message.text;
    for (auto hidden : { "alert", "color: red", "Promo", "Texte caché", "encore", "http://", "<" })
        EXPECT_FALSE(contains(message.text, hidden)) << hidden << " in " << message.text;
}

TEST(MimeReader, PhotosAndDocumentsApartWithTheirNames)
{
    auto message = read_message(corpus("alternative-related-attachments.eml"));
    EXPECT_TRUE(contains(message.text, "voici la photo du jardin")) << message.text;
    EXPECT_EQ(message.text.find("voici"), message.text.rfind("voici")) << "one version of an alternative only: " << message.text;
    ASSERT_EQ(message.photos.size(), 1u) << "the little logo of the HTML is not a photo";
    EXPECT_EQ(message.photos[0].filename, "jardin.png");
    EXPECT_EQ(message.photos[0].data.substr(1, 3), "PNG");
    ASSERT_EQ(message.attachments.size(), 2u);
    EXPECT_EQ(message.attachments[0].filename, "Facture décembre.pdf") << "RFC 2231";
    EXPECT_EQ(message.attachments[0].content_type, "application/pdf");
    EXPECT_EQ(message.attachments[0].data.substr(0, 8), "%PDF-1.4");
    EXPECT_EQ(message.attachments[1].filename, "Lettre à la mairie.doc") << "RFC 2047 in a parameter";
    EXPECT_EQ(message.references, "<older@example.fr>");
}

TEST(MimeReader, ASmallInlinePhotoIsAPhotoAndATrackingPixelIsNot)
{
    // A 640x480 JPEG of 13 KB shown at 320x240 by the HTML, a 1x1 GIF beside it, a remote pixel: Apple Mail's
    // layout, where the photo is only in the HTML version and the plain one is read.
    auto message = read_message(corpus("html-small-inline-photo.eml"));
    EXPECT_TRUE(contains(message.text, "Voici Léo sur la plage ce matin.")) << message.text;
    ASSERT_EQ(message.photos.size(), 1u) << "a photo under 40 KB is still a photo";
    EXPECT_EQ(message.photos[0].filename, "IMG_2041.jpeg");
    EXPECT_LT(message.photos[0].data.size(), 40u * 1024);
    auto size = picture_size(message.photos[0].data);
    ASSERT_TRUE(size);
    EXPECT_EQ(size->width, 640);
    EXPECT_EQ(size->height, 480);
    EXPECT_TRUE(message.attachments.empty()) << "the tracking pixel is decoration, not a document: " << message.attachments[0].filename;
    EXPECT_FALSE(contains(message.text, "suivi.example.com")) << message.text;
}

TEST(MimeReader, AnInlinePictureShownTinyIsDecorationWhateverItsSize)
{
    // The same photo, but the HTML draws it as a 1x1 pixel and as a 120x40 logo: decoration both times.
    auto raw = corpus("html-small-inline-photo.eml");
    for (auto shown : { "width=3D\"1\" height=3D\"1\"", "width=3D\"120\" height=3D\"40\"" }) {
        auto changed = raw;
        auto at = changed.find("width=3D\"320\" height=3D\"240\"");
        ASSERT_NE(at, std::string::npos);
        changed.replace(at, std::string("width=3D\"320\" height=3D\"240\"").size(), shown);
        EXPECT_TRUE(read_message(changed).photos.empty()) << shown;
    }
}

TEST(MimeReader, AForwardedMessageFollowsWithWhoSentIt)
{
    auto message = read_message(corpus("forwarded-message.eml"));
    EXPECT_TRUE(contains(message.text, "Regarde cette recette.")) << message.text;
    EXPECT_TRUE(contains(message.text, "Chef : La tarte aux pommes")) << message.text;
    EXPECT_TRUE(contains(message.text, "Prenez six pommes.")) << message.text;
}

TEST(MimeReader, MissingHeadersStillShowTheText)
{
    auto message = read_message(corpus("missing-headers.eml"));
    EXPECT_TRUE(message.from.address.empty());
    EXPECT_TRUE(message.subject.empty());
    EXPECT_EQ(message.date, 0);
    EXPECT_TRUE(contains(message.text, "Un message sans expéditeur")) << message.text;
}

TEST(MimeReader, BrokenBase64GivesWhatCanBeRead)
{
    auto message = read_message(corpus("broken-base64.eml"));
    EXPECT_TRUE(contains(message.text, "Bonjour à tous!")) << message.text;
    EXPECT_EQ(message.subject, "Cassé");
    // The broken photo is kept, for the screen to list as a file it cannot show.
    EXPECT_EQ(message.photos.size() + message.attachments.size(), 1u);
}

TEST(MimeReader, AMessageCutShortKeepsItsBeginning)
{
    auto message = read_message(corpus("truncated-multipart.eml"));
    EXPECT_TRUE(contains(message.text, "Le début du message arrive quand même.")) << message.text;
    ASSERT_EQ(message.attachments.size(), 1u);
    EXPECT_EQ(message.attachments[0].filename, "doc.pdf");
}

TEST(MimeReader, AnUnknownCharsetFallsBackWithoutLosingTheText)
{
    auto message = read_message(corpus("unknown-charset.eml"));
    EXPECT_TRUE(contains(message.text, "Déjà vu.")) << message.text;
}

TEST(MimeReader, DeepNestingDoesNotCrash)
{
    auto message = read_message(corpus("deep-nesting.eml"));
    EXPECT_EQ(message.subject, "Deep");
}

TEST(MimeReader, GarbageIsNotAMessageButStillShowsSomething)
{
    std::string garbage("\xff\xfe\x00\x01 not a message at all \r\n\r\n", 28);
    auto message = read_message(garbage);
    EXPECT_TRUE(contains(message.text, "not a message at all") || message.damaged);
    auto empty = read_message("");
    EXPECT_TRUE(empty.text.empty());
}

TEST(MimeReader, AHugeAttachmentIsReadWhole)
{
    std::string big(12 * 1000 * 1000, 'x');
    std::string raw = "From: a@example.fr\r\nSubject: big\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nvoici\r\n--b\r\n"
                      "Content-Type: application/pdf; name=big.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (size_t i = 0; i < big.size(); i += 57) {
        for (size_t k = 0; k < 76; ++k)
            raw += alphabet[(i + k) % 64];
        raw += "\r\n";
    }
    raw += "--b--\r\n";
    auto message = read_message(raw);
    ASSERT_EQ(message.attachments.size(), 1u);
    EXPECT_GT(message.attachments[0].data.size(), 11u * 1000 * 1000);
    EXPECT_EQ(message.text, "voici");
}

TEST(MimeReader, EnvelopeFromAHeaderBlock)
{
    auto envelope = read_envelope("From: =?utf-8?q?Jos=C3=A9?= <JOSE@example.fr>\r\nSubject: =?utf-8?b?w4l0w6k=?=\r\n"
                                  "Date: Tue, 24 Nov 2026 18:05:00 +0100\r\nMessage-ID: <a@b>\r\nContent-Type: multipart/mixed; boundary=x\r\n");
    EXPECT_EQ(envelope.from.name, "José");
    EXPECT_EQ(envelope.from.address, "jose@example.fr");
    EXPECT_EQ(envelope.subject, "Été");
    EXPECT_EQ(envelope.message_id, "a@b");
    EXPECT_TRUE(envelope.has_attachments);
    EXPECT_EQ(envelope.date, 1795539900);
}

TEST(MimeReader, Utf8IsKeptAndOtherBytesAreWindows1252)
{
    EXPECT_EQ(to_valid_utf8("déjà"), "déjà");
    EXPECT_EQ(to_valid_utf8("d\xe9j\xe0"), "déjà");
    EXPECT_EQ(to_valid_utf8("mix é and \xe9"), "mix é and é");
    EXPECT_EQ(to_valid_utf8(std::string("a\0b", 3)), "ab");
}
