// Reading PDF documents (poppler): their number of pages and size, and a page as a picture.
#pragma once

#include "../../shell/core/error.hpp"
#include "../../shell/core/system/image.hpp"

#include <string>

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

}
