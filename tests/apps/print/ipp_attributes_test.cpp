// Reading printer-supply, marker-*, printer-state-reasons and media from IPP answers built with libcups.
#include "apps/print/ipp_attributes.hpp"

#include <cups/cups.h>
#include <gtest/gtest.h>

#include <cstring>

using namespace Foyer;

namespace {

// An IPP answer to fill, freed at the end of the test.
struct Answer {
    ipp_t* ipp { ippNew() };
    ~Answer() { ippDelete(ipp); }

    void supplies(std::vector<std::string> values)
    {
        auto* attribute = ippAddOctetString(ipp, IPP_TAG_PRINTER, "printer-supply", values[0].data(), int(values[0].size()));
        for (size_t i = 1; i < values.size(); ++i)
            ippSetOctetString(ipp, &attribute, int(i), values[i].data(), int(values[i].size()));
    }
    void strings(const char* name, ipp_tag_t tag, std::vector<const char*> values)
    {
        ippAddStrings(ipp, IPP_TAG_PRINTER, tag, name, int(values.size()), nullptr, values.data());
    }
    void integers(const char* name, std::vector<int> values)
    {
        ippAddIntegers(ipp, IPP_TAG_PRINTER, IPP_TAG_INTEGER, name, int(values.size()), values.data());
    }
};

}

TEST(IppAttributes, ReadsPrinterSupplyAsIppeveprinterSendsIt)
{
    Answer answer;
    // What ippeveprinter sends after curl ".../supplies?supply1=0": the type flips from ink to toner.
    answer.supplies({ "index=1;class=receptacleThatIsFilled;type=wasteToner;unit=percent;maxcapacity=100;level=25;colorantname=unknown;",
        "index=2;class=supplyThatIsConsumed;type=toner;unit=percent;maxcapacity=100;level=0;colorantname=black;",
        "index=3;class=supplyThatIsConsumed;type=ink;unit=percent;maxcapacity=100;level=50;colorantname=cyan;" });
    answer.strings("printer-supply-description", IPP_TAG_TEXT, { "Ink Waste Tank", "Black Ink", "Cyan Ink" });
    auto supplies = supplies_from_ipp(answer.ipp);
    ASSERT_EQ(supplies.size(), 3u);
    EXPECT_EQ(supplies[0].kind, SupplyKind::Waste);
    EXPECT_EQ(supplies[1].kind, SupplyKind::Colorant);
    EXPECT_EQ(supplies[1].colorant, "black");
    EXPECT_EQ(supplies[1].level, 0);
    EXPECT_EQ(supplies[1].description, "Black Ink");
    EXPECT_EQ(supplies[1].color, Color::hex(0x000000));
    EXPECT_EQ(supplies[2].colorant, "cyan");
    EXPECT_EQ(supplies[2].level, 50);
}

TEST(IppAttributes, ReadsMarkerAttributesWhenThereIsNoPrinterSupply)
{
    Answer answer;
    answer.strings("marker-names", IPP_TAG_NAME, { "Black Cartridge", "Tri-color Cartridge" });
    answer.strings("marker-colors", IPP_TAG_NAME, { "#000000", "#00FFFF#FF00FF#FFFF00" });
    answer.strings("marker-types", IPP_TAG_KEYWORD, { "ink-cartridge", "ink-cartridge" });
    answer.integers("marker-levels", { 5, -3 });
    auto supplies = supplies_from_ipp(answer.ipp);
    ASSERT_EQ(supplies.size(), 2u);
    EXPECT_EQ(supplies[0].colorant, "black");
    EXPECT_EQ(supplies[0].level, 5);
    // A three-colour cartridge has no single colorant; it is drawn in its first colour.
    EXPECT_EQ(supplies[1].colorant, "cyan");
    EXPECT_FALSE(supplies[1].level.has_value());
    EXPECT_TRUE(supplies[1].some_left);
    EXPECT_EQ(supplies[1].color, Color::hex(0x00FFFF));
}

TEST(IppAttributes, PrefersPrinterSupplyAndBorrowsMarkerColours)
{
    Answer answer;
    answer.supplies({ "type=ink;class=supplyThatIsConsumed;level=40;colorantname=black;" });
    answer.strings("marker-names", IPP_TAG_NAME, { "Black" });
    answer.strings("marker-colors", IPP_TAG_NAME, { "#101010" });
    answer.integers("marker-levels", { 45 });
    auto supplies = supplies_from_ipp(answer.ipp);
    ASSERT_EQ(supplies.size(), 1u);
    EXPECT_EQ(supplies[0].level, 40);
    EXPECT_EQ(supplies[0].color, Color::hex(0x101010));
}

TEST(IppAttributes, UnknownLevelsStayUnknown)
{
    for (auto level : { "-1", "-2" }) {
        auto supply = parse_printer_supply(std::string("type=ink;class=supplyThatIsConsumed;level=") + level + ";colorantname=black;");
        ASSERT_TRUE(supply);
        EXPECT_FALSE(supply->level.has_value()) << level;
        EXPECT_FALSE(supply->some_left);
    }
    EXPECT_FALSE(parse_printer_supply("garbage without fields").has_value());
}

TEST(IppAttributes, LevelsInOtherUnitsBecomePercentages)
{
    auto supply = parse_printer_supply("type=toner;class=supplyThatIsConsumed;unit=impressions;maxcapacity=2000;level=500;colorantname=black;");
    ASSERT_TRUE(supply);
    EXPECT_EQ(supply->level, 25);
}

TEST(IppAttributes, ReasonsLoseTheirSuffixes)
{
    bool is_error = false;
    EXPECT_EQ(reason_without_suffix("toner-low-report", &is_error), "toner-low");
    EXPECT_FALSE(is_error);
    EXPECT_EQ(reason_without_suffix("media-empty-warning", &is_error), "media-empty");
    EXPECT_EQ(reason_without_suffix("media-jam-error", &is_error), "media-jam");
    EXPECT_TRUE(is_error);
    EXPECT_EQ(reason_without_suffix("paused"), "paused");
}

TEST(IppAttributes, PrinterFactsCollectStateAndReasons)
{
    Answer answer;
    ippAddInteger(answer.ipp, IPP_TAG_PRINTER, IPP_TAG_ENUM, "printer-state", IPP_PSTATE_STOPPED);
    answer.strings("printer-state-reasons", IPP_TAG_KEYWORD, { "media-jam-error", "toner-low-report", "none" });
    auto facts = printer_facts_from_ipp(answer.ipp);
    EXPECT_EQ(facts.state, DeviceState::Stopped);
    EXPECT_EQ(facts.reasons, (std::vector<std::string> { "media-jam", "toner-low" }));
    EXPECT_EQ(facts.error_reasons, (std::vector<std::string> { "media-jam" }));
    EXPECT_TRUE(facts.has_reason("toner-low"));
}

TEST(IppAttributes, PaperFromMediaNames)
{
    auto a4 = paper_from_media_name("iso_a4_210x297mm");
    ASSERT_TRUE(a4);
    EXPECT_EQ(a4->width, 21000);
    EXPECT_EQ(a4->height, 29700);
    auto letter = paper_from_media_name("na_letter_8.5x11in");
    ASSERT_TRUE(letter);
    EXPECT_EQ(letter->width, 21590);
    EXPECT_EQ(letter->height, 27940);
    EXPECT_FALSE(paper_from_media_name("custom").has_value());
    EXPECT_FALSE(paper_from_media_name("iso_a4_axbmm").has_value());
}

TEST(IppAttributes, QueuePaperComesFromMediaColDefault)
{
    Answer answer;
    answer.strings("media-default", IPP_TAG_KEYWORD, { "iso_a4_210x297mm" });
    ipp_t* size = ippNew();
    ippAddInteger(size, IPP_TAG_ZERO, IPP_TAG_INTEGER, "x-dimension", 21000);
    ippAddInteger(size, IPP_TAG_ZERO, IPP_TAG_INTEGER, "y-dimension", 29700);
    ipp_t* col = ippNew();
    ippAddCollection(col, IPP_TAG_ZERO, "media-size", size);
    ippAddInteger(col, IPP_TAG_ZERO, IPP_TAG_INTEGER, "media-top-margin", 300);
    ippAddInteger(col, IPP_TAG_ZERO, IPP_TAG_INTEGER, "media-bottom-margin", 1168);
    ippAddCollection(answer.ipp, IPP_TAG_PRINTER, "media-col-default", col);
    ippDelete(size);
    ippDelete(col);
    ippAddString(answer.ipp, IPP_TAG_PRINTER, IPP_TAG_NAME, "printer-name", nullptr, "Jet");
    ippAddString(answer.ipp, IPP_TAG_PRINTER, IPP_TAG_URI, "device-uri", nullptr, "ipp://127.0.0.1:8631/ipp/print");
    auto queue = queue_facts_from_ipp(answer.ipp);
    EXPECT_EQ(queue.name, "Jet");
    EXPECT_EQ(queue.info, "Jet");
    EXPECT_EQ(queue.device_uri, "ipp://127.0.0.1:8631/ipp/print");
    EXPECT_EQ(queue.paper.name, "iso_a4_210x297mm");
    EXPECT_EQ(queue.paper.width, 21000);
    EXPECT_EQ(queue.paper.top, 300);
    EXPECT_EQ(queue.paper.bottom, 1168);
}

TEST(IppAttributes, MarkerColours)
{
    EXPECT_EQ(parse_marker_color("#FF00FF"), Color::hex(0xFF00FF));
    EXPECT_EQ(parse_marker_color("#00FFFF#FF00FF"), Color::hex(0x00FFFF));
    EXPECT_FALSE(parse_marker_color("none").has_value());
    EXPECT_FALSE(parse_marker_color("#12").has_value());
}
