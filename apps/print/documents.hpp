// Reading documents and pictures for printing: PDF pages (poppler), photos the right way up (EXIF), and
// the one-page PDF a photo is printed from (cairo).
#pragma once

#include "../../shell/core/error.hpp"
#include "../../shell/core/system/image.hpp"
#include "page_layout.hpp"

#include <string>
#include <string_view>

namespace Foyer {

struct PdfInfo {
    int pages { 0 };
    // The first page as it is shown (its rotation applied), in hundredths of a millimetre.
    double first_width { 0 };
    double first_height { 0 };
};

ErrorOr<PdfInfo> read_pdf_info(const std::string& path);
// One page (0 = the first) drawn on white, no larger than max_width x max_height.
ErrorOr<RgbaImage> render_pdf_page(const std::string& path, int page, int max_width, int max_height);

// A picture file decoded and turned the way the camera held it (the EXIF orientation of phone photos).
ErrorOr<RgbaImage> read_picture(const std::string& path);
// The EXIF orientation (1-8) of a JPEG, 1 when it has none.
int exif_orientation(std::string_view jpeg);
// `image` turned and mirrored as EXIF orientation `orientation` asks.
RgbaImage apply_orientation(const RgbaImage&, int orientation);

// Writes a one-page PDF of the paper's size with the picture where `placement` puts it (turned a quarter
// on the paper when the placement is landscape). The picture is kept at no more than 300 dots per inch.
ErrorOr<void> write_photo_pdf(const RgbaImage&, const PagePlacement&, const std::string& path);

}
