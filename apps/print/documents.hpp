// Reading documents for printing: PDF pages (poppler), and
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

// read_picture(), exif_orientation() and apply_orientation() are in shell/core/system/image.hpp: the family's
// photos of video calls are phone photos too.

// Writes a one-page PDF of the paper's size with the picture where `placement` puts it (turned a quarter
// on the paper when the placement is landscape). The picture is kept at no more than 300 dots per inch.
ErrorOr<void> write_photo_pdf(const RgbaImage&, const PagePlacement&, const std::string& path);

}
