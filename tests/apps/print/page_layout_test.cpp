// Placing a picture on the paper: orientation from its shape, fitted inside the margins, centred.
#include "apps/print/page_layout.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

namespace {

PaperSize a4(int margin = 500)
{
    PaperSize paper;
    paper.name = "iso_a4_210x297mm";
    paper.top = paper.bottom = paper.left = paper.right = margin;
    return paper;
}

}

TEST(PageLayout, ATallPictureGoesUprightAndFillsTheWidth)
{
    auto placement = place_picture(a4(), 3000, 4000);
    EXPECT_EQ(placement.orientation, Orientation::Portrait);
    EXPECT_EQ(placement.sheet_width, 21000);
    EXPECT_EQ(placement.sheet_height, 29700);
    // 200 mm wide between the margins; 4:3 makes it 266.7 mm tall, which fits in 287 mm.
    EXPECT_NEAR(placement.picture.width, 20000, 0.5);
    EXPECT_NEAR(placement.picture.height, 20000 * 4.0 / 3.0, 0.5);
    EXPECT_NEAR(placement.picture.x, 500, 0.5);
    EXPECT_NEAR(placement.picture.y + placement.picture.height / 2, 29700 / 2.0, 0.5);
}

TEST(PageLayout, AWidePictureTurnsTheSheet)
{
    auto placement = place_picture(a4(), 4000, 3000);
    EXPECT_EQ(placement.orientation, Orientation::Landscape);
    EXPECT_EQ(placement.sheet_width, 29700);
    EXPECT_EQ(placement.sheet_height, 21000);
    EXPECT_NEAR(placement.picture.height, 20000, 0.5);
    EXPECT_NEAR(placement.picture.width, 20000 * 4.0 / 3.0, 0.5);
    EXPECT_NEAR(placement.picture.x + placement.picture.width / 2, 29700 / 2.0, 0.5);
}

TEST(PageLayout, UnequalMarginsKeepThePictureInTheMiddleOfThePaper)
{
    // ippeveprinter's Letter: 1 mm at the top, 11.68 mm at the bottom.
    PaperSize letter;
    letter.name = "na_letter_8.5x11in";
    letter.width = 21590;
    letter.height = 27940;
    letter.top = 102;
    letter.bottom = 1168;
    letter.left = letter.right = 635;
    auto placement = place_picture(letter, 1000, 2000);
    EXPECT_GE(placement.picture.y, 1168 - 0.5);
    EXPECT_LE(placement.picture.y + placement.picture.height, 27940 - 1168 + 0.5);
    EXPECT_NEAR(placement.picture.y + placement.picture.height / 2, 27940 / 2.0, 0.5);
}

TEST(PageLayout, ASquarePictureStaysPortrait)
{
    auto placement = place_picture(a4(0), 1000, 1000);
    EXPECT_EQ(placement.orientation, Orientation::Portrait);
    EXPECT_NEAR(placement.picture.width, 21000, 0.5);
    EXPECT_NEAR(placement.picture.height, 21000, 0.5);
}

TEST(PageLayout, DocumentPagesFitThePrintableArea)
{
    // An A4 page printed on A4 with 5 mm margins shrinks a little, as print-scaling=fit does.
    auto placement = place_page(a4(), 21000, 29700);
    EXPECT_EQ(placement.orientation, Orientation::Portrait);
    EXPECT_NEAR(placement.picture.width, 20000, 0.5);
    EXPECT_LT(placement.picture.height, 28700);
    auto landscape = place_page(a4(), 29700, 21000);
    EXPECT_EQ(landscape.orientation, Orientation::Landscape);
}

TEST(PageLayout, NothingToPlaceGivesAnEmptyPicture)
{
    auto placement = place_picture(a4(), 0, 0);
    EXPECT_EQ(placement.picture.width, 0);
}
