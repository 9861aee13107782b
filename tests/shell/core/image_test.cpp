// Reading pictures safely and scaling them down.
#include "shell/core/system/image.hpp"
#include "shell/core/system/png.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

namespace {

RgbaImage checker(int width, int height)
{
    RgbaImage image { width, height, {} };
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            uint8_t v = ((x / 8 + y / 8) % 2) ? 255 : 0;
            image.pixels.insert(image.pixels.end(), { v, v, v, 255 });
        }
    return image;
}

}

TEST(Image, DecodesPngAndRefusesGarbage)
{
    auto png = encode_png(checker(64, 32));
    ASSERT_FALSE(png.is_error());
    auto image = decode_image(png.value());
    ASSERT_FALSE(image.is_error());
    EXPECT_EQ(image.value().width, 64);
    EXPECT_EQ(image.value().height, 32);
    EXPECT_TRUE(decode_image("").is_error());
    EXPECT_TRUE(decode_image("GIF89a broken").is_error());
    auto truncated = png.value().substr(0, png.value().size() / 2);
    EXPECT_TRUE(decode_image(truncated).is_error());
}

TEST(Image, ScalesDownKeepingProportionsNeverUp)
{
    auto big = checker(400, 100);
    auto small = scale_to_fit(big, 100, 100);
    EXPECT_EQ(small.width, 100);
    EXPECT_EQ(small.height, 25);
    auto same = scale_to_fit(big, 1000, 1000);
    EXPECT_EQ(same.width, 400);
    EXPECT_TRUE(scale_to_fit(RgbaImage {}, 10, 10).empty());
}
