// Cutting a long text for the voice: paragraphs, sentences, words, whole characters, nothing lost.
#include "voice/speech_chunks.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

namespace {

// The words of `text`, spaces and line ends folded, to compare what was cut with what was given.
std::string words(std::string_view text)
{
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}

TEST(SpeechChunks, AParagraphStartsANewPieceAndItsWrappedLinesAreJoined)
{
    auto pieces = speech_chunks("Bonjour Mamie,\n\nNous sommes bien\narrivés à Quimper. Il fait beau !\n\nBises");
    ASSERT_EQ(pieces.size(), 3u);
    EXPECT_EQ(pieces[0], "Bonjour Mamie,");
    EXPECT_EQ(pieces[1], "Nous sommes bien arrivés à Quimper. Il fait beau !");
    EXPECT_EQ(pieces[2], "Bises");
}

TEST(SpeechChunks, SentencesShareAPieceWhileTheyFitAndAreNeverCutInside)
{
    std::string text = "Le marché était plein de monde. Léa a acheté des fraises ! Tu viens dimanche ? Nous t’attendons…";
    auto pieces = speech_chunks(text, 40);
    ASSERT_EQ(pieces.size(), 4u);
    EXPECT_EQ(pieces[0], "Le marché était plein de monde.");
    EXPECT_EQ(pieces[1], "Léa a acheté des fraises !");
    EXPECT_EQ(pieces[2], "Tu viens dimanche ?");
    EXPECT_EQ(pieces[3], "Nous t’attendons…");
    EXPECT_EQ(speech_chunks(text, 400).size(), 1u);
}

TEST(SpeechChunks, ASentenceTooLongIsCutAtAWordAndAWordTooLongAtAWholeCharacter)
{
    std::string sentence;
    for (int i = 0; i < 100; ++i)
        sentence += "très ";
    for (auto& piece : speech_chunks(sentence, 50)) {
        EXPECT_LE(piece.size(), 50u);
        EXPECT_FALSE(piece.starts_with(' ') || piece.ends_with(' ')) << piece;
        EXPECT_EQ(piece.find("tr "), std::string::npos) << "cut inside a word: " << piece;
    }
    std::string word;
    for (int i = 0; i < 40; ++i)
        word += "é";
    auto pieces = speech_chunks(word, 7);
    std::string joined;
    for (auto& piece : pieces) {
        EXPECT_LE(piece.size(), 7u);
        EXPECT_EQ(piece.size() % 2, 0u) << "a character was cut in two";
        joined += piece;
    }
    EXPECT_EQ(joined, word);
}

TEST(SpeechChunks, AFiveThousandLineLetterLosesNoWordAndHasNoEmptyOrOversizedPiece)
{
    std::string letter;
    for (int i = 0; i < 5000; ++i)
        letter += "Ligne " + std::to_string(i) + " de la lettre, avec des nouvelles de la famille." + (i % 7 == 6 ? "\n\n" : "\n");
    auto pieces = speech_chunks(letter);
    EXPECT_GT(pieces.size(), 500u);
    std::string joined;
    for (auto& piece : pieces) {
        ASSERT_FALSE(piece.empty());
        ASSERT_LE(piece.size(), 400u);
        joined += piece + " ";
    }
    EXPECT_EQ(words(joined), words(letter));
}
