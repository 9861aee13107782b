// Photos the right way up, the photo's page as a PDF (read back with poppler), and PDF pages.
#include "apps/print/documents.hpp"
#include "shell/core/system/files.hpp"
#include "shell/core/system/png.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>
#include <stb_image_write.h>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

constexpr uint32_t red = 0xFF0000;
constexpr uint32_t blue = 0x0000FF;

// A picture whose left half is red and right half blue.
RgbaImage halves(int width, int height)
{
    RgbaImage image { width, height, std::vector<uint8_t>(size_t(width) * size_t(height) * 4) };
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            auto* p = &image.pixels[(size_t(y) * size_t(width) + size_t(x)) * 4];
            bool left = x < width / 2;
            p[0] = left ? 255 : 0;
            p[2] = left ? 0 : 255;
            p[3] = 255;
        }
    }
    return image;
}

bool near(uint32_t pixel, uint32_t colour)
{
    for (int shift : { 16, 8, 0 })
        if (std::abs(int((pixel >> shift) & 0xFF) - int((colour >> shift) & 0xFF)) > 40)
            return false;
    return true;
}

// A JPEG with an Exif APP1 segment holding only the orientation tag.
std::string jpeg_with_orientation(const RgbaImage& image, int orientation)
{
    std::string jpeg;
    stbi_write_jpg_to_func([](void* out, void* data, int size) { static_cast<std::string*>(out)->append(static_cast<char*>(data), size_t(size)); },
        &jpeg, image.width, image.height, 4, image.pixels.data(), 95);
    std::string tiff = std::string("II*\0", 4) + std::string("\x08\0\0\0", 4) + std::string("\x01\0", 2)
        + std::string("\x12\x01\x03\0\x01\0\0\0", 8) + std::string(1, char(orientation)) + std::string("\0\0\0", 3) + std::string("\0\0\0\0", 4);
    std::string body = std::string("Exif\0\0", 6) + tiff;
    size_t length = body.size() + 2;
    std::string app1 = std::string("\xFF\xE1", 2) + char(length >> 8) + char(length & 0xFF) + body;
    return jpeg.substr(0, 2) + app1 + jpeg.substr(2);
}

PaperSize a4()
{
    PaperSize paper;
    paper.name = "iso_a4_210x297mm";
    paper.top = paper.bottom = paper.left = paper.right = 500;
    return paper;
}

}

TEST(Documents, ReadsTheExifOrientation)
{
    auto image = halves(16, 8);
    EXPECT_EQ(exif_orientation(jpeg_with_orientation(image, 6)), 6);
    EXPECT_EQ(exif_orientation(jpeg_with_orientation(image, 3)), 3);
    std::string plain;
    stbi_write_jpg_to_func([](void* out, void* data, int size) { static_cast<std::string*>(out)->append(static_cast<char*>(data), size_t(size)); },
        &plain, 8, 8, 4, image.pixels.data(), 90);
    EXPECT_EQ(exif_orientation(plain), 1);
    EXPECT_EQ(exif_orientation("not a jpeg"), 1);
    EXPECT_EQ(exif_orientation(std::string("\xFF\xD8\xFF\xE1\xFF\xFF", 6)), 1) << "a truncated segment is ignored";
}

TEST(Documents, TurnsPhotosTheWayTheCameraHeldThem)
{
    auto image = halves(2, 1);
    auto turned = apply_orientation(image, 6); // 90 degrees clockwise: the left pixel goes on top
    ASSERT_EQ(turned.width, 1);
    ASSERT_EQ(turned.height, 2);
    EXPECT_EQ(turned.pixel(0, 0), red);
    EXPECT_EQ(turned.pixel(0, 1), blue);
    auto other_way = apply_orientation(image, 8);
    EXPECT_EQ(other_way.pixel(0, 0), blue);
    auto upside_down = apply_orientation(image, 3);
    EXPECT_EQ(upside_down.pixel(0, 0), blue);
    auto mirrored = apply_orientation(image, 2);
    EXPECT_EQ(mirrored.pixel(0, 0), blue);
    EXPECT_EQ(apply_orientation(image, 1).pixel(0, 0), red);
}

TEST(Documents, ReadsAPhoneJpegUpright)
{
    auto dir = temporary_directory("pictures");
    ASSERT_FALSE(write_file_atomically(dir + "/phone.jpg", jpeg_with_orientation(halves(64, 32), 6)).is_error());
    auto picture = read_picture(dir + "/phone.jpg");
    ASSERT_FALSE(picture.is_error()) << picture.error().detail();
    EXPECT_EQ(picture.value().width, 32);
    EXPECT_EQ(picture.value().height, 64);
    EXPECT_TRUE(near(picture.value().pixel(16, 8), red));
    EXPECT_TRUE(near(picture.value().pixel(16, 56), blue));
    auto missing = read_picture(dir + "/nothing.jpg");
    EXPECT_TRUE(missing.is_error());
}

TEST(Documents, APortraitPhotoPageIsThePaperWithThePhotoWherePlaced)
{
    auto dir = temporary_directory("pdf");
    auto picture = halves(300, 400);
    auto placement = place_picture(a4(), picture.width, picture.height);
    ASSERT_FALSE(write_photo_pdf(picture, placement, dir + "/photo.pdf").is_error());
    auto info = read_pdf_info(dir + "/photo.pdf");
    ASSERT_FALSE(info.is_error()) << info.error().detail();
    EXPECT_EQ(info.value().pages, 1);
    EXPECT_NEAR(info.value().first_width, 21000, 5);
    EXPECT_NEAR(info.value().first_height, 29700, 5);
    auto page = render_pdf_page(dir + "/photo.pdf", 0, 210, 297);
    ASSERT_FALSE(page.is_error());
    auto& image = page.value();
    // The paper is white in the margins, red on the left of the photo, blue on its right.
    EXPECT_TRUE(near(image.pixel(1, 1), 0xFFFFFF));
    EXPECT_TRUE(near(image.pixel(image.width / 4, image.height / 2), red));
    EXPECT_TRUE(near(image.pixel(image.width * 3 / 4, image.height / 2), blue));
}

TEST(Documents, ALandscapePhotoIsTurnedOnThePaper)
{
    auto dir = temporary_directory("pdf");
    auto picture = halves(400, 300);
    auto placement = place_picture(a4(), picture.width, picture.height);
    ASSERT_EQ(placement.orientation, Orientation::Landscape);
    ASSERT_FALSE(write_photo_pdf(picture, placement, dir + "/photo.pdf").is_error());
    auto info = read_pdf_info(dir + "/photo.pdf");
    ASSERT_FALSE(info.is_error());
    // Still the paper as it goes in the printer: portrait A4.
    EXPECT_NEAR(info.value().first_width, 21000, 5);
    auto page = render_pdf_page(dir + "/photo.pdf", 0, 210, 297);
    ASSERT_FALSE(page.is_error());
    auto& image = page.value();
    // Turned a quarter: the photo's left (red) is at the bottom of the paper, its right (blue) at the top.
    EXPECT_TRUE(near(image.pixel(image.width / 2, image.height * 3 / 4), red));
    EXPECT_TRUE(near(image.pixel(image.width / 2, image.height / 4), blue));
}

TEST(Documents, BrokenFilesGivePlainErrors)
{
    auto dir = temporary_directory("pdf");
    write_text(dir + "/broken.pdf", "%PDF-1.4 this is not a PDF");
    auto info = read_pdf_info(dir + "/broken.pdf");
    ASSERT_TRUE(info.is_error());
    EXPECT_EQ(std::string(info.error().msgid()), "This document cannot be opened. It may be damaged. Choose another one.");
    write_text(dir + "/broken.png", "not a png");
    EXPECT_TRUE(read_picture(dir + "/broken.png").is_error());
}
