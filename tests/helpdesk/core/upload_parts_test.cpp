// The pieces that read uploads: multipart bodies, PNG structure and bounded gzip inflation.
#include "helpdesk/core/gzip.hpp"
#include "helpdesk/core/multipart.hpp"
#include "helpdesk/core/png.hpp"
#include "tests/helpdesk/support/device_client.hpp"

#include <gtest/gtest.h>

using namespace Foyer::Helpdesk;
using Foyer::Testing::gzip_compress;
using Foyer::Testing::make_png;
using Foyer::Testing::multipart_body;

TEST(Multipart, ReadsPartsWithTheirNamesFilesAndTypes)
{
    auto body = multipart_body({ { "report", "{\"a\":1}", "application/json", "" },
                                   { "screenshot", std::string("\0\x01png\r\n--x", 10), "image/png", "s.png" } },
        "XyZ");
    auto parts = parse_multipart(body, "XyZ");
    ASSERT_FALSE(parts.is_error()) << parts.error().message();
    ASSERT_EQ(parts.value().size(), 2u);
    EXPECT_EQ(parts.value()[0].name, "report");
    EXPECT_EQ(parts.value()[0].content, "{\"a\":1}");
    EXPECT_EQ(parts.value()[0].content_type, "application/json");
    EXPECT_EQ(parts.value()[1].filename, "s.png");
    EXPECT_EQ(parts.value()[1].content, std::string_view(std::string("\0\x01png\r\n--x", 10)));
}

TEST(Multipart, FindsTheBoundaryInTheContentType)
{
    EXPECT_EQ(multipart_boundary("multipart/form-data; boundary=abc"), "abc");
    EXPECT_EQ(multipart_boundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b\""), "a b");
    EXPECT_FALSE(multipart_boundary("application/json"));
    EXPECT_FALSE(multipart_boundary("multipart/form-data"));
    EXPECT_FALSE(multipart_boundary("multipart/form-data; boundary=" + std::string(71, 'a')));
}

TEST(Multipart, RefusesBrokenBodies)
{
    auto good = multipart_body({ { "report", "{}", "", "" } }, "B");
    EXPECT_FALSE(parse_multipart(good, "B").is_error());
    EXPECT_EQ(parse_multipart("no boundary here", "B").error().message(),
        "The upload is not multipart/form-data: its boundary never appears.");
    EXPECT_EQ(parse_multipart(good.substr(0, good.size() - 10), "B").error().message(),
        "The upload is cut short: a part has no closing boundary.");
    EXPECT_EQ(parse_multipart("--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--", "B").error().message(),
        "A part of the upload has no Content-Disposition header.");
    EXPECT_EQ(parse_multipart("--B\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--B--", "B")
                  .error()
                  .message(),
        "Each part of the upload must be form-data.");
    std::string many;
    for (int i = 0; i < 20; ++i)
        many += "--B\r\nContent-Disposition: form-data; name=\"p\"\r\n\r\nx\r\n";
    EXPECT_EQ(parse_multipart(many + "--B--", "B").error().message(), "The upload has too many parts.");
}

TEST(Png, AcceptsAWholePngAndTellsItsSize)
{
    auto png = make_png(64, 48);
    auto info = inspect_png(png);
    ASSERT_FALSE(info.is_error()) << info.error().message();
    EXPECT_EQ(info.value().width, 64u);
    EXPECT_EQ(info.value().height, 48u);
}

TEST(Png, RefusesWhatIsNotAWholePng)
{
    auto png = make_png(16, 16);
    EXPECT_EQ(inspect_png("GIF89a").error().message(), "The screenshot is not a PNG image.");
    EXPECT_EQ(inspect_png(png.substr(0, png.size() - 5)).error().message(),
        "The screenshot is cut short (its PNG data ends too early).");
    auto damaged = png;
    damaged[40] ^= 0x55;
    EXPECT_EQ(
        inspect_png(damaged).error().message(), "The screenshot is damaged (a PNG checksum does not match).");
    EXPECT_EQ(inspect_png(png + "trailing").error().message(),
        "The screenshot has data after the end of the PNG image.");
    EXPECT_EQ(inspect_png(png.substr(0, 8)).error().message(),
        "The screenshot is cut short (its PNG data ends too early).");
}

TEST(Gzip, InflatesUpToTheLimitAndNoFurther)
{
    std::string text(100'000, 'a');
    auto packed = gzip_compress(text);
    EXPECT_LT(packed.size(), 1000u);
    auto inflated = inflate_limited(packed, 200'000);
    EXPECT_EQ(inflated.status, InflateStatus::Ok);
    EXPECT_EQ(inflated.data, text);
    auto bomb = inflate_limited(packed, 50'000);
    EXPECT_EQ(bomb.status, InflateStatus::TooLarge);
    EXPECT_TRUE(bomb.data.empty());
    EXPECT_EQ(inflate_limited("not gzip at all", 1000).status, InflateStatus::Corrupt);
    EXPECT_EQ(inflate_limited(packed.substr(0, packed.size() / 2), 200'000).status, InflateStatus::Corrupt);
    EXPECT_EQ(inflate_limited(packed + "junk", 200'000).status, InflateStatus::Corrupt);
}
