// Words for the ear: what every voice is given to say. Each row is a sentence a Foyer screen shows (a
// date, a time, a telephone number, a code, an amount, an abbreviation) and what a person would say
// reading it aloud, in French and in English.
#include "voice/speakable.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace Foyer;

namespace {

struct Row {
    const char* shown;
    const char* said;
};

void expect_said(const std::vector<Row>& rows, Language language)
{
    for (auto& row : rows)
        EXPECT_EQ(speakable(row.shown, language), row.said) << "shown: " << row.shown;
}

}

TEST(SpeakableFrench, TimesAreSaidInHoursAndMinutes)
{
    expect_said({
                    { "10 h 42", "dix heures quarante-deux" },
                    { "10h42", "dix heures quarante-deux" },
                    { "9 h", "neuf heures" },
                    { "9h05", "neuf heures cinq" },
                    { "1 h", "une heure" },
                    { "0 h 30", "zéro heure trente" },
                    { "12 h 15", "douze heures quinze" },
                    { "21 h 30", "vingt et une heures trente" },
                    { "18h", "dix-huit heures" },
                    { "de 9 h à 18 h", "de neuf heures à dix-huit heures" },
                    { "10:42", "dix heures quarante-deux" },
                    { "à 14 h 45", "à quatorze heures quarante-cinq" },
                    { "23 h 59", "vingt-trois heures cinquante-neuf" },
                    { "9 heures", "neuf heures" },
                    { "Il est 10 heures 42.", "Il est dix heures quarante-deux." },
                    { "1 heure", "une heure" },
                    { "Ouvert jusqu’à 18 heures.", "Ouvert jusqu’à dix-huit heures." },
                    { "De 9 h à 12 h 30 et de 14 h à 17 h.", "De neuf heures à douze heures trente et de quatorze heures à dix-sept heures." },
                    { "7 h 15", "sept heures quinze" },
                    { "à 20 h", "à vingt heures" },
                    { "13h30", "treize heures trente" },
                    { "11 h 11", "onze heures onze" },
                    { "de 14h à 17h", "de quatorze heures à dix-sept heures" },
                    { "samedi 9h30-12h", "samedi neuf heures trente à douze heures" },
                },
        Language::French);
}

TEST(SpeakableFrench, DatesAreSaidWithTheirDayMonthAndYearInWords)
{
    expect_said({
                    { "jeudi 26 novembre", "jeudi vingt-six novembre" },
                    { "jeudi 26 novembre, 10 h 42", "jeudi vingt-six novembre, dix heures quarante-deux" },
                    { "1er décembre", "premier décembre" },
                    { "le 1er janvier 2027", "le premier janvier deux mille vingt-sept" },
                    { "26/11/2026", "vingt-six novembre deux mille vingt-six" },
                    { "01/12/2026", "premier décembre deux mille vingt-six" },
                    { "26/11", "vingt-six novembre" },
                    { "31 décembre", "trente et un décembre" },
                    { "21 mars", "vingt et un mars" },
                    { "lundi 4 janvier à 9 h", "lundi quatre janvier à neuf heures" },
                    { "en 2026", "en deux mille vingt-six" },
                    { "en 1998", "en mille neuf cent quatre-vingt-dix-huit" },
                    { "le 8 mai 1945", "le huit mai mille neuf cent quarante-cinq" },
                    { "12 juin, 10 h 30", "douze juin, dix heures trente" },
                    { "samedi 2 août", "samedi deux août" },
                    { "2026-11-26", "vingt-six novembre deux mille vingt-six" },
                    { "Reçu le 1er décembre 2026 à 9h05.", "Reçu le premier décembre deux mille vingt-six à neuf heures cinq." },
                    { "le 3e jour", "le troisième jour" },
                    { "au 2e étage", "au deuxième étage" },
                    { "le 21e siècle", "le vingt et unième siècle" },
                    { "mardi 31 mars 2026", "mardi trente et un mars deux mille vingt-six" },
                    { "le 11 novembre", "le onze novembre" },
                    { "25/12/2026", "vingt-cinq décembre deux mille vingt-six" },
                    { "26.11.2026", "vingt-six novembre deux mille vingt-six" },
                    { "1er mai", "premier mai" },
                    { "dimanche 14 juillet", "dimanche quatorze juillet" },
                    { "vendredi 1er janvier, 0 h 05", "vendredi premier janvier, zéro heure cinq" },
                },
        Language::French);
}

TEST(SpeakableFrench, TelephoneNumbersAreSaidInTheirWrittenPairs)
{
    expect_said({
                    { "01 70 77 23 72", "zéro un, soixante-dix, soixante-dix-sept, vingt-trois, soixante-douze" },
                    { "0170772372", "zéro un, soixante-dix, soixante-dix-sept, vingt-trois, soixante-douze" },
                    { "01.70.77.23.72", "zéro un, soixante-dix, soixante-dix-sept, vingt-trois, soixante-douze" },
                    { "06 12 34 56 78", "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit" },
                    { "+33 1 70 77 23 72", "plus trente-trois, un, soixante-dix, soixante-dix-sept, vingt-trois, soixante-douze" },
                    { "Appelez le 09 70 80 90 00.", "Appelez le zéro neuf, soixante-dix, quatre-vingts, quatre-vingt-dix, zéro zéro." },
                    { "téléphone 01 70 77 23 72.", "téléphone zéro un, soixante-dix, soixante-dix-sept, vingt-trois, soixante-douze." },
                    { "Votre fille : 06 71 81 91 11", "Votre fille : zéro six, soixante et onze, quatre-vingt-un, quatre-vingt-onze, onze" },
                    { "07 81 90 12 34", "zéro sept, quatre-vingt-un, quatre-vingt-dix, douze, trente-quatre" },
                    { "04-72-10-30-30", "zéro quatre, soixante-douze, dix, trente, trente" },
                    { "+33 6 12 34 56 78", "plus trente-trois, six, douze, trente-quatre, cinquante-six, soixante-dix-huit" },
                    { "0 800 123 456", "zéro, huit cents, cent vingt-trois, quatre cent cinquante-six" },
                },
        Language::French);
}

TEST(SpeakableFrench, CodesAreSaidInTheGroupsTheyAreShown)
{
    expect_said({
                    { "Votre code : 123 456 789.", "Votre code : un, deux, trois. quatre, cinq, six. sept, huit, neuf." },
                    { "code 1124 1820", "code onze vingt-quatre, dix-huit vingt" },
                    { "Votre code est 482 193 650.", "Votre code est quatre, huit, deux. un, neuf, trois. six, cinq, zéro." },
                    { "dossier 0724 0005", "dossier zéro sept vingt-quatre, zéro zéro zéro cinq" },
                    { "Code hors ligne : 1124 1820.", "Code hors ligne : onze vingt-quatre, dix-huit vingt." },
                },
        Language::French);
    EXPECT_EQ(code_for_ear("1124 1820", Language::French), "onze vingt-quatre, dix-huit vingt.");
    EXPECT_EQ(code_for_ear("0724 0005", Language::French), "zéro sept vingt-quatre, zéro zéro zéro cinq.");
    EXPECT_EQ(code_for_ear("123 456 789", Language::French), "un, deux, trois. quatre, cinq, six. sept, huit, neuf.");
    EXPECT_EQ(code_for_ear("", Language::French), "");
}

TEST(SpeakableFrench, AmountsQuantitiesAndNumbersAreSaidAsWords)
{
    expect_said({
                    { "12,50 €", "douze euros cinquante" },
                    { "1 €", "un euro" },
                    { "3,20 €", "trois euros vingt" },
                    { "100 €", "cent euros" },
                    { "1 500 €", "mille cinq cents euros" },
                    { "50 %", "cinquante pour cent" },
                    { "encre noire : 5 %", "encre noire : cinq pour cent" },
                    { "21 personnes", "vingt et une personnes" },
                    { "1 photo", "une photo" },
                    { "1 message", "un message" },
                    { "71", "soixante et onze" },
                    { "80 ans", "quatre-vingts ans" },
                    { "81", "quatre-vingt-un" },
                    { "200", "deux cents" },
                    { "201", "deux cent un" },
                    { "3 nouveaux messages", "trois nouveaux messages" },
                    { "page 2 sur 5", "page deux sur cinq" },
                },
        Language::French);
}

TEST(SpeakableFrench, AbbreviationsSymbolsAndPunctuationAreNeverReadAsSuch)
{
    expect_said({
                    { "n° 12", "numéro douze" },
                    { "M. Dupont", "monsieur Dupont" },
                    { "Mme Martin", "madame Martin" },
                    { "Dr Lefèvre", "docteur Lefèvre" },
                    { "un e-mail", "un i-mèle" },
                    { "3 emails", "trois i-mèles" },
                    { "un mail", "un mèle" },
                    { "2/5", "deux sur cinq" },
                    { "Bravo !!!", "Bravo !" },
                    { "Quoi ?!", "Quoi ?" },
                    { "« Bonjour »", "Bonjour" },
                    { "Bonjour Marie-Martine.", "Bonjour Marie-Martine." },
                },
        Language::French);
}

TEST(SpeakableEnglish, TimesAndDatesAreSaidAsPeopleSayThem)
{
    expect_said({
                    { "Thursday 26 November, 10:42", "Thursday the twenty-sixth of November, ten forty-two" },
                    { "10:42", "ten forty-two" },
                    { "9:05", "nine oh five" },
                    { "9 am", "nine a m" },
                    { "6 pm", "six p m" },
                    { "9:30 am", "nine thirty a m" },
                    { "10:00", "ten o'clock" },
                    { "from 9 am to 6 pm", "from nine a m to six p m" },
                    { "1 December", "the first of December" },
                    { "Monday 4 January at 9 am", "Monday the fourth of January at nine a m" },
                    { "in 2026", "in twenty twenty-six" },
                    { "in 1998", "in nineteen ninety-eight" },
                    { "26/11/2026", "the twenty-sixth of November twenty twenty-six" },
                    { "26/11", "the twenty-sixth of November" },
                    { "the 3rd floor", "the third floor" },
                    { "the 21st century", "the twenty-first century" },
                },
        Language::English);
}

TEST(SpeakableEnglish, TelephoneNumbersAndCodesAreSaidInTheirGroups)
{
    expect_said({
                    { "0800 123 4567", "oh eight oh oh, one two three, four five six seven" },
                    { "01 70 77 23 72", "oh one, seven oh, seven seven, two three, seven two" },
                    { "+44 20 7946 0018", "plus four four, two oh, seven nine four six, oh oh one eight" },
                    { "Your code is 123 456 789.", "Your code is one, two, three. four, five, six. seven, eight, nine." },
                },
        Language::English);
    EXPECT_EQ(code_for_ear("1124 1820", Language::English), "one, one, two, four. one, eight, two, zero.");
}

TEST(SpeakableEnglish, AmountsNumbersAbbreviationsAndSymbolsAreWords)
{
    expect_said({
                    { "£12.50", "twelve pounds fifty" },
                    { "£1", "one pound" },
                    { "€3.20", "three euros twenty" },
                    { "$5", "five dollars" },
                    { "50 %", "fifty percent" },
                    { "50%", "fifty percent" },
                    { "21 people", "twenty-one people" },
                    { "105", "one hundred and five" },
                    { "1,500", "one thousand five hundred" },
                    { "3 new messages", "three new messages" },
                    { "Dr. Smith", "doctor Smith" },
                    { "Mr. Brown", "mister Brown" },
                    { "Mrs Green", "missus Green" },
                    { "No. 12", "number twelve" },
                    { "an e-mail", "an email" },
                    { "Well done!!!", "Well done!" },
                    { "What?!", "What?" },
                    { "“Hello”", "Hello" },
                    { "Hello Mary.", "Hello Mary." },
                    { "page 2 of 5", "page two of five" },
                    { "Black ink: 5 %.", "Black ink: five percent." },
                },
        Language::English);
}

TEST(NumberInWords, FrenchAndEnglishAsTheyAreWritten)
{
    EXPECT_EQ(number_in_words(0, Language::French), "zéro");
    EXPECT_EQ(number_in_words(21, Language::French), "vingt et un");
    EXPECT_EQ(number_in_words(71, Language::French), "soixante et onze");
    EXPECT_EQ(number_in_words(80, Language::French), "quatre-vingts");
    EXPECT_EQ(number_in_words(91, Language::French), "quatre-vingt-onze");
    EXPECT_EQ(number_in_words(200, Language::French), "deux cents");
    EXPECT_EQ(number_in_words(201, Language::French), "deux cent un");
    EXPECT_EQ(number_in_words(1000, Language::French), "mille");
    EXPECT_EQ(number_in_words(2026, Language::French), "deux mille vingt-six");
    EXPECT_EQ(number_in_words(1000000, Language::French), "un million");
    EXPECT_EQ(number_in_words(-5, Language::French), "moins cinq");
    EXPECT_EQ(number_in_words(0, Language::English), "zero");
    EXPECT_EQ(number_in_words(21, Language::English), "twenty-one");
    EXPECT_EQ(number_in_words(105, Language::English), "one hundred and five");
    EXPECT_EQ(number_in_words(2026, Language::English), "two thousand and twenty-six");
    EXPECT_EQ(number_in_words(1000000, Language::English), "one million");
}

TEST(OrdinalInWords, FrenchAndEnglish)
{
    EXPECT_EQ(ordinal_in_words(1, Language::French), "premier");
    EXPECT_EQ(ordinal_in_words(2, Language::French), "deuxième");
    EXPECT_EQ(ordinal_in_words(21, Language::French), "vingt et unième");
    EXPECT_EQ(ordinal_in_words(80, Language::French), "quatre-vingtième");
    EXPECT_EQ(ordinal_in_words(1, Language::English), "first");
    EXPECT_EQ(ordinal_in_words(2, Language::English), "second");
    EXPECT_EQ(ordinal_in_words(26, Language::English), "twenty-sixth");
    EXPECT_EQ(ordinal_in_words(0, Language::English), "zero");
}

TEST(Speakable, PlainWordsComeBackUnchangedAndWordsForTheEarStayAsTheyAre)
{
    for (auto language : { Language::French, Language::English }) {
        for (const char* plain : { "Bonjour Marie. Vous avez trois nouveaux messages.", "Hello Mary, how are you?",
                 "Appeler à l’aide", "" }) {
            EXPECT_EQ(speakable(plain, language), plain);
        }
        for (const char* shown : { "jeudi 26 novembre, 10 h 42", "01 70 77 23 72", "12,50 €", "Thursday 26 November, 10:42" }) {
            auto once = speakable(shown, language);
            EXPECT_EQ(speakable(once, language), once) << shown;
        }
    }
}

TEST(Speakable, BrokenUtf8IsDroppedNeverThrown)
{
    std::string broken = "Bonjour \xff\xfe Marie \xc3";
    std::string said;
    EXPECT_NO_THROW(said = speakable(broken, Language::French));
    EXPECT_EQ(said.find('\xff'), std::string::npos);
    EXPECT_NE(said.find("Bonjour"), std::string::npos);
    EXPECT_NE(said.find("Marie"), std::string::npos);
    EXPECT_NO_THROW(speakable(std::string(5000, '9'), Language::English));
    EXPECT_NO_THROW(speakable(std::string(5000, '!'), Language::French));
}
